// Ledger burden lowered by collecting once: a ledger the hub generates costs a community only the cells
// it still fills itself (cells the hub does not know, form-only columns) × 30 s, each time it is due.
// Each test on its own district of 试验市 with 360 people of 80 and more in one community (builders).
import { expect, it } from 'vitest';
import { describeEachDatabase, type Agent, type TestEnv } from '../../testing/harness.js';
import type { BuiltDistrict } from '../../testing/builders.js';
import { GAOLING, eightyPlus } from '../../testing/ledgers.js';
import { approveSubmitted } from '../../testing/review.js';

const PEOPLE = 360;

/** Hours of one admission in a community this month, as the drill-down lists them to the reviewer. */
async function ledgerHours(env: TestEnv, reviewer: Agent, community: string, admissionId: number): Promise<number> {
  const r = await reviewer.get(`/api/v1/burden/events?community=${community}&month=${env.dates.month()}`);
  expect(r.statusCode, r.body).toBe(200);
  return r
    .json()
    .filter((e: { ref: string }) => e.ref === `admission:${admissionId}`)
    .reduce((n: number, e: { hours: number }) => n + e.hours, 0);
}

/**
 * Cells of a form a community fills itself, from the hub's coverage (what the department sees): form-only
 * columns and the gaps in its own facts — a department's gaps are that department's 回流 backlog.
 */
async function openCells(dept: Agent, formId: number, community: string): Promise<{ open: number; rows: number }> {
  const cov = (await dept.get(`/api/v1/forms/${formId}/coverage?community=${community}`)).json();
  const sources = cov.sources as ({ asksCommunity: boolean } | null)[];
  const open = (cov.coverage.perColumn as { known: number }[]).reduce((n, c, i) => {
    const src = sources[i];
    if (!src) return n + cov.rows;
    return src.asksCommunity ? n + cov.rows - c.known : n;
  }, 0);
  return { open, rows: cov.rows };
}

async function world(env: TestEnv) {
  const d = await env.build.district({ streets: 1, communities: 2 });
  const community = d.communities[0];
  await eightyPlus(env, community, PEOPLE);
  const reviewer = (await env.build.reviewer(d)).agent;
  return { d, community, reviewer };
}

/** A quarterly ledger of 民政局 for the district's street, approved, with one form over the hub. */
async function ledgerWithForm(
  env: TestEnv,
  w: { d: BuiltDistrict; reviewer: Agent },
  officer: { username: string; agent: Agent },
  title: string,
  columns: { label: string; element: string | null }[],
) {
  const created = await officer.agent.post('/api/v1/admissions', {
    title,
    kind: 'ledger',
    listType: 'assist',
    description: `${title}，由系统根据数据底座生成，社区只补录缺失的信息。`,
    legalBasis: '《中华人民共和国老年人权益保障法》',
    scope: { type: 'streets', codes: [w.d.streets[0].code] },
    frequency: 'quarterly',
    ledgerFields: columns.length,
    ledgerRows: 300,
    resources: { fundsYuan: 0, staff: '', training: '', equipment: '' },
    assessment: '以台账完整率评价',
    startDate: env.dates.today(),
    expiryDate: env.dates.monthsFromToday(12),
    emergency: true,
    emergencyReason: '冬季探访需立即开展',
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as number;
  expect((await officer.agent.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' })).statusCode).toBe(200);
  const admitted = await approveSubmitted(env, w.reviewer, id);
  expect(admitted.json().status, admitted.body).toBe('approved');
  const { accounts, forms, admission } = env.ctx.services;
  const filter = [{ element: 'birth_date', op: 'age_gte' as const, value: '80' }];
  const elements = [...new Set(['birth_date', ...columns.flatMap((c) => (c.element ? [c.element] : []))])];
  await env.build.grant(w.d.department('minzheng'), (await admission.view(id))!.number!, elements, '高龄老人探访');
  const formId = await forms.create(await accounts.actingAs(officer.username), {
    title,
    subjectType: 'resident',
    admissionId: id,
    filter,
    columns,
  });
  return { id, formId };
}

describeEachDatabase(
  'ledger burden from the hub',
  (env) => {
    it('costs 高龄津贴台账 only the cells the community still fills itself', async () => {
      const { d, community, reviewer } = await world(env());
      const gaoling = await env().build.ledgerForm(d, GAOLING);
      await env().ctx.services.burden.recompute();
      const { open, rows } = await openCells(gaoling.officer.agent, gaoling.formId, community);
      expect(rows).toBe(PEOPLE);
      // 序号 and 备注 are the form's: two a row. 是否享受高龄津贴 and the amount are 民政's own gap — its
      // 回流 backlog, not the community's hours.
      expect(open).toBe(2 * PEOPLE);
      // Quarterly: four times a year, a twelfth of it each month; 30 s a cell.
      const expected = (open * 0.5 * 4) / 12 / 60;
      expect(expected).toBeGreaterThan(1);
      expect(await ledgerHours(env(), reviewer, community, gaoling.admission.id)).toBeCloseTo(expected, 1);
    });

    it('a form the hub fills entirely costs (almost) nothing; the share it misses costs proportionally', async () => {
      const w = await world(env());
      const { community, reviewer } = w;
      const officer = await env().build.officer(w.d);
      const hubOnly = await ledgerWithForm(env(), w, officer, '高龄老人名册', [
        { label: '姓名', element: 'name' },
        { label: '性别', element: 'gender' },
        { label: '出生日期', element: 'birth_date' },
      ]);
      const withVisit = await ledgerWithForm(env(), w, officer, '高龄老人探访记录', [
        { label: '姓名', element: 'name' },
        { label: '性别', element: 'gender' },
        { label: '出生日期', element: 'birth_date' },
        { label: '探访情况', element: null },
      ]);
      // Approved before their forms existed: counted by the application's estimate (3 or 4 × 300 cells).
      expect(await ledgerHours(env(), reviewer, community, hubOnly.id)).toBeCloseTo((3 * 300 * 0.5 * 4) / 12 / 60, 1);
      await env().ctx.services.burden.recompute();

      const a = await openCells(officer.agent, hubOnly.formId, community);
      expect(a.open).toBe(0);
      expect(await ledgerHours(env(), reviewer, community, hubOnly.id)).toBe(0);
      const b = await openCells(officer.agent, withVisit.formId, community);
      // One column of four is the community's own: a quarter of the cells, × 30 s, quarterly.
      expect(b.rows).toBe(PEOPLE);
      expect(b.open).toBe(b.rows);
      expect(await ledgerHours(env(), reviewer, community, withVisit.id)).toBeCloseTo((b.rows * 0.5 * 4) / 12 / 60, 1);
    });
  },
  { demo: false },
);
