import { expect, it } from 'vitest';
import { addMonthsToMonth, monthOf } from '#common/dates.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { storyOf } from '../demo/story.js';

const JIAJIA = '340104006005';
const WULIDUN = '340104006';

describeEachDatabase('burden monitoring', (env) => {
  // The demo's history: 24 months ending in today's month; its other dates as the story moves them.
  const story = () => storyOf(env().clock.today());
  const historyMonth = (t: number) => addMonthsToMonth(story().history.from, t);

  it('publishes aggregates only: the index series (baseline = the first month = 100) and breakdowns', async () => {
    const { from, to } = story().history;
    const r = await env().anon.get(`/api/v1/public/burden?org=340104&from=${from}&to=${to}`);
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(Object.keys(body).sort()).toEqual(
      ['baselineMonth', 'byDepartment', 'byKind', 'from', 'org', 'series', 'to', 'totalHours'].sort(),
    );
    expect(body.baselineMonth).toBe(from);
    const idx = Object.fromEntries(body.series.map((s: { month: string; index: number }) => [s.month, s.index]));
    expect(idx[from]).toBe(100);
    expect(idx[historyMonth(9)]).toBeLessThan(70); // the campaign
    expect(idx[to]).toBeGreaterThan(idx[historyMonth(14)] + 20); // the rebound
    expect(body.byDepartment[0]).toMatchObject({ code: expect.stringMatching(/^340104-/), name: expect.any(String) });
    expect(body.byKind.map((k: { kind: string }) => k.kind)).toContain('informal');
    expect((await env().anon.get('/api/v1/burden?org=340104')).statusCode).toBe(401);
    expect((await env().anon.get('/api/v1/public/burden?org=999999')).statusCode).toBe(404);
  });

  it('shows a worker its own community only, traced to department and number', async () => {
    const worker = await env().login('worker.jiajia');
    const own = await worker.get(`/api/v1/burden?org=${JIAJIA}`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().org.name).toBe('家家景园社区');
    expect(own.json().capacity.staff).toBeGreaterThanOrEqual(6);
    expect((await worker.get('/api/v1/burden?org=340104006001')).statusCode).toBe(403);
    expect((await worker.get(`/api/v1/burden?org=${WULIDUN}`)).statusCode).toBe(403);
    const lastMonth = historyMonth(22);
    const month = (await worker.get(`/api/v1/burden/events?community=${JIAJIA}&month=${lastMonth}`)).json();
    const informal = month.filter((e: { source: string }) => e.source === 'informal');
    expect(informal.length).toBeGreaterThan(0);
    expect(informal.every((e: { admissionNumber: string | null }) => e.admissionNumber === null)).toBe(true);
    expect(month.find((e: { source: string }) => e.source === 'ledger').admissionNumber).toMatch(/^蜀准/);
    expect((await worker.get(`/api/v1/burden/events?community=340104006001&month=${lastMonth}`)).statusCode).toBe(403);
  });

  it('lets a street see and staff its communities, and a reviewer its district only', async () => {
    const street = await env().login('street.wulidun');
    const s = (await street.get(`/api/v1/burden?org=${WULIDUN}`)).json();
    expect(s.children.map((c: { code: string }) => c.code)).toContain(JIAJIA);
    expect(s.ranking[0].ratio).toBeGreaterThan(0);
    expect((await street.get('/api/v1/burden?org=340104001')).statusCode).toBe(403);
    const put = await street.request('PUT', '/api/v1/burden/capacity', {
      items: [{ community: JIAJIA, staff: 20, leaveDays: 10 }],
    });
    expect(put.statusCode, put.body).toBe(204);
    const cap = (await street.get(`/api/v1/burden/capacity?org=${WULIDUN}&pageSize=200`)).json().items;
    expect(cap.find((c: { code: string }) => c.code === JIAJIA)).toMatchObject({ staff: 20, leaveDays: 10 });
    expect(
      (await street.request('PUT', '/api/v1/burden/capacity', { items: [{ community: '340104001001', staff: 3 }] }))
        .statusCode,
    ).toBe(403);
    const bad = await street.request('PUT', '/api/v1/burden/capacity', { items: [{ community: JIAJIA, staff: -1 }] });
    expect(bad.statusCode).toBe(422);

    const reviewer = await env().login('reviewer.shushan');
    const d = (await reviewer.get(`/api/v1/burden?org=340104&split=${historyMonth(14)}`)).json();
    expect(d.children.length).toBeGreaterThan(5);
    expect(d.beforeAfter.afterMonthlyHours).toBeGreaterThan(0);
    expect((await reviewer.get('/api/v1/burden?org=340111')).statusCode).toBe(403);
    expect((await reviewer.get('/api/v1/burden?org=3401')).statusCode).toBe(403);
    const dept = await env().login('dept.shushan.minzheng');
    expect((await dept.get('/api/v1/burden?org=340104006')).statusCode).toBe(200);
    expect((await dept.get('/api/v1/burden?org=340111')).statusCode).toBe(403);
    expect((await (await env().login('resident.demo')).get(`/api/v1/burden?org=${JIAJIA}`)).statusCode).toBe(403);
    const xlsx = await reviewer.get('/api/v1/burden.xlsx?org=340104');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('adds an entered meeting to the community, street, district and city at once', async () => {
    const worker = await env().login('worker.jiajia');
    const date = env().dates.daysFromToday(-10);
    const before = async (org: string) =>
      (await env().ctx.services.burden.aggregates(org, { from: monthOf(date), to: monthOf(date) })).series[0].hours;
    const orgs = [JIAJIA, WULIDUN, '340104', '3401'];
    const was = await Promise.all(orgs.map(before));
    const r = await worker.post('/api/v1/burden/meetings', {
      community: JIAJIA,
      departmentCode: '340104-zuzhi',
      date,
      minutes: 90,
    });
    expect(r.statusCode, r.body).toBe(201);
    const now = await Promise.all(orgs.map(before));
    now.forEach((h, i) => expect(Math.round((h - was[i]) * 10) / 10).toBe(1.5));
    const other = await worker.post('/api/v1/burden/meetings', {
      community: '340104006001',
      departmentCode: '340104-zuzhi',
      date,
      minutes: 90,
    });
    expect(other.statusCode).toBe(403);
    // A recompute rebuilds the derived events and keeps the entered meeting and the demo history.
    await env().ctx.services.burden.recompute();
    expect(await Promise.all(orgs.map(before))).toEqual(now);
  });

  it('alerts the reviewer to the rebound, the renamed item and the group that came back', async () => {
    const reviewer = await env().login('reviewer.shushan');
    const alerts = (await reviewer.get('/api/v1/burden/alerts')).json();
    const rules = new Set(alerts.map((a: { rule: string }) => a.rule));
    for (const r of ['index_rising', 'above_baseline', 'renamed_item', 'app_reappears', 'informal_rising'])
      expect(rules, r).toContain(r);
    expect(alerts.find((a: { rule: string }) => a.rule === 'renamed_item').params).toMatchObject({
      title: '独居老人居家安全入户排查登记',
      resembles: '社区老年人居家安全入户排查登记',
    });
    expect(alerts.find((a: { rule: string }) => a.rule === 'informal_rising').subjectName).toMatch(/局|委/);
    expect((await (await env().login('worker.jiajia')).get('/api/v1/burden/alerts')).statusCode).toBe(403);
  });
});
