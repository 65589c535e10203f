// Residents' own view (我的数据): the facts about me and my household with their source and date, who
// looked at them (department, purpose, when), and a download of it all. A resident's account is linked
// to one resident record; everything here is about that record and its household, never anyone else.
import ExcelJS from 'exceljs';
import type { Database } from '../../db/database.js';
import { forbidden, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { SubjectService } from '../hub/subjects-service.js';
import type { OrgService } from '../orgs/service.js';
import type { AuditService } from './audit-service.js';
import * as repo from './privacy-repository.js';
import type { AccessEntry, AuditOutcome } from '#common/api/privacy.js';

/** What an audit action means to a resident. */
export const ACTION_LABELS: Record<string, string> = {
  'subjects.list': '查询社区居民名单',
  'subjects.detail': '查看个人信息',
  'subjects.unmask': '查看未脱敏信息',
  'ledger.json': '生成台账',
  'ledger.xlsx': '导出台账',
  'collect.sheet': '入户采集',
  'corrections.list': '处理更正申请',
  attest: '数据核验（代替证明）',
};

/** Audit actions that can be a look at one person: her record in clear, ledgers and sheets naming her. */
export const LOOKING_ACTIONS = [
  'subjects.detail',
  'subjects.unmask',
  'ledger.json',
  'ledger.xlsx',
  'collect.sheet',
  'attest',
];

/** A read of one record counts only when it was shown in clear (or was refused: an attempt at her record). */
function looksAtMe(action: string, outcome: string, detail: string): boolean {
  if (action !== 'subjects.detail' || outcome !== 'allowed') return true;
  try {
    return (JSON.parse(detail) as { masked?: boolean }).masked === false;
  } catch {
    return false;
  }
}

export class MeService {
  constructor(
    private readonly database: Database,
    private readonly subjects: SubjectService,
    private readonly orgs: OrgService,
    private readonly audit: AuditService,
  ) {}

  /** The resident record of the signed-in resident, and the household it belongs to. */
  async mine(user: SessionUser) {
    if (user.role !== 'resident') throw forbidden('forbidden_role');
    const id = await repo.linkedSubject(this.database.db, user.id);
    if (!id) throw problem('resident_not_linked');
    const me = await this.subjects.detail(user, id, { clear: true, self: true });
    const householdNumber = me.facts.find((f) => f.element === 'household_number')?.value ?? null;
    const householdId = householdNumber ? await this.subjects.idByKey('household', householdNumber) : null;
    const household = householdId ? await this.subjects.detail(user, householdId, { clear: true, self: true }) : null;
    return { me, household };
  }

  /**
   * The 户号 on the signed-in resident's own record (null: not linked, or no household): what a community
   * counting supports and votes per household keys them by. Her own fact, read for her: not audited.
   */
  async householdNumber(user: SessionUser): Promise<string | null> {
    const id = await repo.linkedSubject(this.database.db, user.id);
    if (!id) return null;
    const facts = await this.subjects.currentFactsOf(id, ['household_number']);
    return facts?.values.household_number?.value ?? null;
  }

  async data(user: SessionUser) {
    const { me, household } = await this.mine(user);
    const shape = (s: typeof me) => ({
      id: s.id,
      type: s.type,
      name: s.name,
      facts: s.facts.map((f) => ({
        element: f.element,
        name: f.name,
        value: f.value,
        source: f.source,
        authority: f.authority,
        observedAt: f.observedAt,
        sensitivity: f.sensitivity,
        conflicts: f.conflicts,
      })),
    });
    return {
      name: me.name,
      community: me.community,
      subjects: [shape(me), ...(household ? [shape(household)] : [])],
    };
  }

  async subjectIds(user: SessionUser): Promise<number[]> {
    const { me, household } = await this.mine(user);
    return [me.id, ...(household ? [household.id] : [])];
  }

  /**
   * Who looked: the reads that looked at me — my record in clear (unmasked with a reason, or read by
   * someone who sees it unmasked), and ledgers and sheets naming me — grouped by who, in what role, for
   * what purpose; newest first. Paging through a masked list of the community is recorded in the trail
   * but is not looking at me, so it is not shown here.
   */
  async accessLog(user: SessionUser) {
    const ids = await this.subjectIds(user);
    const rows = (await this.audit.entriesAbout(ids, 2000, LOOKING_ACTIONS)).filter(
      (r) => r.role !== 'resident' && looksAtMe(r.action, r.outcome, r.detail),
    );
    const seen = new Set<number>();
    const groups = new Map<string, AccessEntry>();
    for (const r of rows) {
      if (seen.has(r.id)) continue; // one entry may read both me and my household
      seen.add(r.id);
      const org = r.department_code ? null : await this.orgs.find(r.org_code);
      const who = r.department_name ?? org?.name ?? r.org_code;
      const key = JSON.stringify([who, r.role, r.action, r.purpose, r.admission_number, r.outcome]);
      const g = groups.get(key);
      if (g) {
        // Rows come newest first: a later row of the group is an earlier read.
        g.count += 1;
        g.firstAt = r.at;
        for (const e of JSON.parse(r.elements) as string[]) if (!g.elements.includes(e)) g.elements.push(e);
        continue;
      }
      groups.set(key, {
        id: r.id,
        at: r.at,
        firstAt: r.at,
        count: 1,
        who,
        role: r.role,
        action: r.action,
        actionLabel: ACTION_LABELS[r.action] ?? r.action,
        purpose: r.purpose,
        admissionNumber: r.admission_number,
        outcome: r.outcome as AuditOutcome,
        elements: JSON.parse(r.elements) as string[],
      });
    }
    return [...groups.values()];
  }

  async exportXlsx(user: SessionUser): Promise<Buffer> {
    const data = await this.data(user);
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Jianfu 减负';
    const ws = wb.addWorksheet('我的数据');
    ws.mergeCells(1, 1, 1, 5);
    ws.getCell(1, 1).value = `${data.name}（${data.community.name}）的个人数据`;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.addRow(['对象', '数据项', '值', '来源', '日期']).font = { bold: true };
    for (const s of data.subjects)
      for (const f of s.facts)
        ws.addRow([
          s.type === 'household' ? `本户（${s.name}）` : s.name,
          f.name,
          f.value ?? '',
          f.source,
          f.observedAt.slice(0, 10),
        ]);
    [16, 20, 36, 36, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}
