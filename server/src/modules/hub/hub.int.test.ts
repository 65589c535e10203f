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
