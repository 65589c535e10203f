import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';

describeEachDatabase('data dictionary and matcher', (env) => {
  it('lists 120+ standard elements with national code lists', async () => {
    const steward = await env().login('steward.hefei');
    const elements = (await steward.get('/api/v1/hub/elements')).json();
    expect(elements.length).toBeGreaterThanOrEqual(120);
    expect(elements.find((e: { code: string }) => e.code === 'id_number')).toMatchObject({
      name: '公民身份号码',
      validation: 'id_number',
      sensitivity: 'personal',
    });
    const lists = (await steward.get('/api/v1/hub/code-lists')).json();
    expect(lists.find((l: { id: string }) => l.id === 'ethnicity').items.length).toBeGreaterThanOrEqual(56);
    expect((await env().anon.get('/api/v1/hub/elements')).statusCode).toBe(401);
  });

  it('matches printed labels to elements in order, and form-only fields to none', async () => {
    const steward = await env().login('steward.hefei');
    const labels = [
      '公民身份号码',
      '身份证号码(18位)',
      'D3.公民身份号码',
      '联系电话/手机',
      '户籍所在地',
      '现居住地址',
      '户主姓名',
      '申请理由',
      '审批意见',
      '签字',
      '盖章',
      '备注',
      '序号',
    ];
    const res = await steward.post('/api/v1/hub/match', { labels });
    expect(res.statusCode).toBe(200);
    const out = res.json() as { label: string; element: string | null }[];
    expect(out.map((m) => m.label)).toEqual(labels);
    expect(out.slice(0, 3).map((m) => m.element)).toEqual(['id_number', 'id_number', 'id_number']);
    expect(out.slice(7).every((m) => m.element === null)).toBe(true);
    const worker = await env().login('worker.jiajia');
    expect((await worker.post('/api/v1/hub/match', { labels })).statusCode).toBe(403);
    const tooMany = await steward.post('/api/v1/hub/match', { labels: Array.from({ length: 1001 }, () => '姓名') });
    expect(tooMany.statusCode).toBe(422);
  });
});

describeEachDatabase(
  'subjects and facts',
  (env) => {
    it('lists a community’s residents to its worker, masked, paged', async () => {
      const worker = await env().login('worker.jiajia');
      const res = await worker.get('/api/v1/hub/subjects?community=340104006005&type=resident&pageSize=5');
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page.total).toBeGreaterThan(10000);
      expect(page.items).toHaveLength(5);
      expect(page.items[0].key).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      expect(page.items.find((i: { mobile: string | null }) => i.mobile)?.mobile).toMatch(/^1\d{2}\*{4}\d{4}$/);
      const households = (
        await worker.get('/api/v1/hub/subjects?community=340104006005&type=household&pageSize=1')
      ).json();
      expect(households.total).toBe(5000);
      // The grid by its name, as the 行政区划 tree shows it, not its 15-digit code.
      expect(households.items[0]).toMatchObject({ gridCode: '340104006005001', gridName: '第1网格' });
    });

    it('refuses another community, departments and residents', async () => {
      const worker = await env().login('worker.jiajia');
      expect((await worker.get('/api/v1/hub/subjects?community=340104006006&type=resident')).statusCode).toBe(403);
      const dept = await env().login('dept.shushan.minzheng');
      expect((await dept.get('/api/v1/hub/subjects?community=340104006005&type=resident')).statusCode).toBe(403);
      const resident = await env().login('resident.demo');
      expect((await resident.get('/api/v1/hub/subjects?community=340104006005&type=resident')).statusCode).toBe(403);
      const street = await env().login('street.wulidun');
      expect(
        (await street.get('/api/v1/hub/subjects?community=340104006006&type=resident&pageSize=1')).statusCode,
      ).toBe(200);
    });

    it('shows one resident with current values, their sources and code names', async () => {
      const worker = await env().login('worker.jiajia');
      const first = (await worker.get('/api/v1/hub/subjects?community=340104006005&type=resident&pageSize=1')).json()
        .items[0];
      const detail = (await worker.get(`/api/v1/hub/subjects/${first.id}`)).json();
      expect(detail.masked).toBe(false);
      expect(detail.key).toMatch(/^34\d{15}[\dX]$/);
      const gender = detail.facts.find((f: { element: string }) => f.element === 'gender');
      expect(['男性', '女性']).toContain(gender.value);
      expect(gender.source).toContain('蜀山区公安分局');
      const street = await env().login('street.wulidun');
      const masked = (await street.get(`/api/v1/hub/subjects/${first.id}`)).json();
      expect(masked.masked).toBe(true);
      expect(masked.key).toContain('********');
      const other = await env().login('dept.baohe.minzheng');
      expect((await other.get(`/api/v1/hub/subjects/${first.id}`)).statusCode).toBe(403);
    });
  },
  { population: true },
);
