// Ledger burden lowered by collecting once: a ledger the hub generates costs a community only the cells
// it still fills itself (cells the hub does not know, form-only columns) × 30 s, each time it is due.
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import { todayInChina } from '../calendar/service.js';

const JIAJIA = '340104006005';
const month = () => todayInChina().slice(0, 7);
const nextYear = () => `${Number(todayInChina().slice(0, 4)) + 1}${todayInChina().slice(4, 10)}`;

/** Hours of one admission in 家家景园社区 this month, as the drill-down lists them. */
async function ledgerHours(env: TestEnv, admissionId: number): Promise<number> {
  const reviewer = await env.login('reviewer.shushan');
  const r = await reviewer.get(`/api/v1/burden/events?community=${JIAJIA}&month=${month()}`);
  expect(r.statusCode, r.body).toBe(200);
  return r
    .json()
    .filter((e: { ref: string }) => e.ref === `admission:${admissionId}`)
    .reduce((n: number, e: { hours: number }) => n + e.hours, 0);
}

/** Cells of a form 家家景园社区 fills itself, from the hub's coverage (what the steward sees). */
async function openCells(env: TestEnv, formId: number): Promise<{ open: number; rows: number }> {
  const dept = await env.login('dept.shushan.minzheng');
  const cov = (await dept.get(`/api/v1/forms/${formId}/coverage?community=${JIAJIA}`)).json();
  const known = cov.coverage.perColumn.reduce((n: number, c: { known: number }) => n + c.known, 0);
  return { open: cov.rows * cov.columns.length - known, rows: cov.rows };
}

/** A quarterly ledger of 民政局 for 五里墩街道, approved, with one form over the hub. */
async function ledgerWithForm(env: TestEnv, title: string, columns: { label: string; element: string | null }[]) {
  const officer = await env.login('dept.shushan.minzheng');
  const created = await officer.post('/api/v1/admissions', {
    title,
    kind: 'ledger',
    listType: 'assist',
    description: `${title}，由系统根据数据底座生成，社区只补录缺失的信息。`,
    legalBasis: '《中华人民共和国老年人权益保障法》',
    scope: { type: 'streets', codes: ['340104006'] },
    frequency: 'quarterly',
    ledgerFields: columns.length,
    ledgerRows: 300,
    resources: { fundsYuan: 0, staff: '', training: '', equipment: '' },
    assessment: '以台账完整率评价',
    startDate: todayInChina(),
    expiryDate: nextYear(),
    emergency: true,
    emergencyReason: '冬季探访需立即开展',
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as number;
  const reviewer = await env.login('reviewer.shushan');
  for (const [who, action] of [
    [officer, 'submit'],
    [reviewer, 'start_review'],
    [reviewer, 'approve'],
  ] as const)
    expect((await who.post(`/api/v1/admissions/${id}/actions`, { action })).statusCode).toBe(200);
  const { accounts, grants, forms } = env.ctx.services;
  const filter = [{ element: 'birth_date', op: 'age_gte' as const, value: '80' }];
  const elements = [...new Set(['birth_date', ...columns.flatMap((c) => (c.element ? [c.element] : []))])];
  await grants.ensureDemoGrant('340104-minzheng', id, elements, '高龄老人探访');
  const formId = await forms.create(await accounts.actingAs('dept.shushan.minzheng'), {
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
    it('costs 高龄津贴台账 only the cells 家家景园社区 still fills itself', async () => {
      const dept = await env().login('dept.shushan.minzheng');
      const form = (await dept.get('/api/v1/forms')).json().find((f: { title: string }) => f.title === '高龄津贴台账');
      const { open } = await openCells(env(), form.id);
      expect(open).toBeGreaterThan(0);
      // Quarterly: four times a year, a twelfth of it each month; 30 s a cell.
      expect(await ledgerHours(env(), form.admissionId)).toBeCloseTo((open * 0.5 * 4) / 12 / 60, 1);
    });

    it('a form the hub fills entirely costs (almost) nothing; the share it misses costs proportionally', async () => {
      const hubOnly = await ledgerWithForm(env(), '高龄老人名册', [
        { label: '姓名', element: 'name' },
        { label: '性别', element: 'gender' },
        { label: '出生日期', element: 'birth_date' },
      ]);
      const withVisit = await ledgerWithForm(env(), '高龄老人探访记录', [
        { label: '姓名', element: 'name' },
        { label: '性别', element: 'gender' },
        { label: '出生日期', element: 'birth_date' },
        { label: '探访情况', element: null },
      ]);
      // Approved before their forms existed: counted by the application's estimate (3 or 4 × 300 cells).
      expect(await ledgerHours(env(), hubOnly.id)).toBeCloseTo((3 * 300 * 0.5 * 4) / 12 / 60, 1);
      await env().ctx.services.burden.recompute();

      const a = await openCells(env(), hubOnly.formId);
      expect(a.open).toBe(0);
      expect(await ledgerHours(env(), hubOnly.id)).toBe(0);
      const b = await openCells(env(), withVisit.formId);
      // One column of four is the community's own: a quarter of the cells, × 30 s, quarterly.
      expect(b.open).toBe(b.rows);
      expect(b.rows).toBeGreaterThan(50);
      expect(await ledgerHours(env(), withVisit.id)).toBeCloseTo((b.rows * 0.5 * 4) / 12 / 60, 1);
    });
  },
  { population: true },
);
