// The audit trail of personal-data reads: every read (and every refused attempt) appends one entry to
// the hash chain; `verify` walks the whole chain and names the first entry that does not fit.
import type { Database } from '../../db/database.js';
import { nowIso } from '../../db/dialect.js';
import type { SessionUser } from '../accounts/types.js';
import { ChainVerifier, type VerifyResult } from './chain.js';
import * as repo from './audit-repository.js';

export interface AuditRead {
  /** What was read: subjects.list, subjects.detail, ledger.json, ledger.xlsx, collect.sheet … */
  action: string;
  outcome?: 'allowed' | 'denied';
  subjectIds?: number[];
  /** When the ids are not listed (a count is enough, e.g. a refused list). */
  subjectCount?: number;
  elements?: string[];
  purpose?: string;
  admissionNumber?: string | null;
  fileSha256?: string | null;
  /** The community (or district) the data belongs to; the district is derived from it. */
  orgCode?: string;
  /** Non-personal context: route parameters, the problem code of a refusal. */
  detail?: string;
}

export class AuditService {
  constructor(private readonly database: Database) {}

  async record(user: SessionUser | null, requestId: string, r: AuditRead): Promise<number> {
    const ids = [...new Set(r.subjectIds ?? [])];
    const where = r.orgCode ?? user?.orgCode ?? '';
    return repo.append(this.database, {
      at: nowIso(),
      request_id: requestId,
      user_id: user?.id ?? null,
      username: user?.username ?? '',
      role: user?.role ?? '',
      org_code: user?.orgCode ?? '',
      department_code: user?.departmentCode ?? null,
      district_code: where.slice(0, 6),
      action: r.action,
      outcome: r.outcome ?? 'allowed',
      subject_ids: JSON.stringify(ids),
      subject_count: r.subjectCount ?? ids.length,
      elements: JSON.stringify([...new Set(r.elements ?? [])]),
      purpose: r.purpose ?? '',
      admission_number: r.admissionNumber ?? null,
      file_sha256: r.fileSha256 ?? null,
      detail: r.detail ?? '',
      subjectIdList: ids,
    });
  }

  /** Walks the chain in pages from the first entry; exits at the first broken one. */
  async verify(): Promise<VerifyResult> {
    const v = new ChainVerifier();
    for (let after = 0; ;) {
      const rows = await repo.page(this.database, after, 2000);
      for (const r of rows) {
        const failure = v.push(r);
        if (failure) return failure;
      }
      if (rows.length < 2000) break;
      after = Number(rows[rows.length - 1].id);
    }
    return v.finish(await repo.head(this.database));
  }

  entriesAbout(subjectIds: number[], limit = 500) {
    return repo.entriesAbout(this.database, subjectIds, limit);
  }

  async recent(f: repo.AuditFilter) {
    const [rows, count] = await repo.recent(this.database, f);
    return { rows, total: Number(count.n) };
  }
}
