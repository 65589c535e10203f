// The audit trail of personal-data reads: every read (and every refused attempt) appends one entry to
// the keyed chain; every `checkpointEvery` entries (and on `audit checkpoint`, and when the server
// stops) a signed checkpoint of the head goes to a file outside the database; `verify` walks the chain —
// all of it, or from the last checkpoint — and names every range that does not fit.
import type { Database } from '../../db/database.js';
import type { SessionUser } from '../accounts/types.js';
import { ChainVerifier, KEY_ROTATED, rotatedTo, type Checkpoint, type VerifyResult } from './chain.js';
import { addKey, appendCheckpoint, loadKeyring, readCheckpoints, type AuditKeys } from './audit-keys.js';
import * as repo from './audit-repository.js';
import type { Clock } from '../../clock/clock.js';

export interface TrailFiles {
  /** The keyring (outside the database; created on first start). */
  keyFile: string;
  /** Signed checkpoints of the head, appended. */
  checkpointFile: string;
  checkpointEvery: number;
}

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
  private keyring: AuditKeys;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly files: TrailFiles,
  ) {
    this.keyring = loadKeyring(files.keyFile, clock.nowIso());
  }

  /** The key for the head's key id; a chain not keyed yet starts with the newest key. */
  private keyFor = (headKeyId: string | null) => {
    const id = headKeyId ?? this.keyring.newest;
    const key = this.keyring.keys.get(id);
    // Without the key the trail cannot grow verifiably: refuse rather than write an entry nobody can check.
    if (!key) throw new Error(`audit key ${id} is not in the keyring ${this.files.keyFile}`);
    return { id, key };
  };

  async record(user: SessionUser | null, requestId: string, r: AuditRead): Promise<number> {
    const ids = [...new Set(r.subjectIds ?? [])];
    const where = r.orgCode ?? user?.orgCode ?? '';
    const written = await repo.append(
      this.database,
      {
        at: this.clock.nowIso(),
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
      },
      this.keyFor,
    );
    if (written.id % this.files.checkpointEvery === 0) await this.checkpoint();
    return written.id;
  }

  /** Writes a signed checkpoint of the current head to the checkpoint file (nothing when the trail is empty). */
  async checkpoint(): Promise<Checkpoint | null> {
    const head = await repo.head(this.database);
    if (Number(head.last_id) === 0) return null;
    const { id, key } = this.keyFor(head.key_id);
    return appendCheckpoint(this.files.checkpointFile, key, {
      id: Number(head.last_id),
      hash: head.last_hash,
      at: this.clock.nowIso(),
      keyId: id,
    });
  }

  /**
   * Adds a new key and records the rotation in the chain (made with the old key, so the hand-over is
   * itself authenticated); entries after it use the new key. Returns the new key's id.
   */
  async rotateKey(): Promise<string> {
    const to = addKey(this.files.keyFile, this.clock.nowIso());
    this.keyring = loadKeyring(this.files.keyFile, this.clock.nowIso());
    const head = await repo.head(this.database);
    await this.record(null, 'cli', {
      action: KEY_ROTATED,
      detail: JSON.stringify({ from: head.key_id, to }),
      orgCode: '',
    });
    return to;
  }

  /**
   * Walks the chain in pages and reports every broken range. `sinceCheckpoint`: start after the last
   * signed checkpoint whose entry still has the hash it vouched for (fast, for a routine check).
   */
  async verify(opts: { sinceCheckpoint?: boolean } = {}): Promise<VerifyResult> {
    const { valid, forged } = readCheckpoints(this.files.checkpointFile, this.keyring.keys);
    let from: { id: number; hash: string; keyId: string | null } | undefined;
    if (opts.sinceCheckpoint) {
      for (const c of [...valid].sort((a, b) => b.id - a.id)) {
        const e = await repo.entry(this.database, c.id);
        if (e && e.hash === c.hash) {
          from = { id: c.id, hash: c.hash, keyId: e.action === KEY_ROTATED ? rotatedTo(e) : e.key_id };
          break;
        }
      }
    }
    const v = new ChainVerifier(this.keyring.keys, from, valid);
    for (let after = from?.id ?? 0; ;) {
      const rows = await repo.page(this.database, after, 2000);
      for (const r of rows) v.push(r);
      if (rows.length < 2000) break;
      after = Number(rows[rows.length - 1].id);
    }
    const result = v.finish(await repo.head(this.database));
    if (forged.length === 0) return result;
    const breaks = [
      ...(result.ok ? [] : result.breaks),
      ...forged.map((id) => ({ from: id, to: id, reason: 'checkpoint_mismatch' as const })),
    ].sort((a, b) => a.from - b.from);
    return { ...result, ok: false, brokenAt: breaks[0].from, reason: breaks[0].reason, breaks };
  }

  /** Entries that read these subjects, newest first; only the given actions when named. */
  entriesAbout(subjectIds: number[], limit = 500, actions?: readonly string[]) {
    return repo.entriesAbout(this.database, subjectIds, limit, actions);
  }

  async recent(f: repo.AuditFilter) {
    const [rows, count] = await repo.recent(this.database, f);
    return { rows, total: Number(count.n) };
  }
}
