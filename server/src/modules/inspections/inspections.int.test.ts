import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';

async function admissionId(env: TestEnv, kind: string): Promise<number> {
  const active = (await env.anon.get('/api/v1/public/admissions?jurisdiction=340104')).json();
  const a = active.find((x: { kind: string }) => x.kind === kind);
  return (await env.ctx.services.admission.viewByNumber(a.number))!.id;
}

const visit = (admission: number, topic: string, startDate: string, communities: string[]) => ({
  admissionId: admission,
  topic,
  startDate,
  endDate: startDate,
  hoursPerCommunity: 3,
  communities,
  recordsRef: '汛期隐患排查台账（系统内生成）',
});

describeEachDatabase('inspection plan', (env) => {
  it('plans numbered inspections, refuses one over the monthly cap, and shows each community its calendar', async () => {
    const officer = await env().login('dept.shushan.yingji');
    const id = await admissionId(env(), 'inspection');
    const a = await officer.post(
      '/api/v1/inspections',
      visit(id, '汛期安全隐患排查', '2027-06-08', ['340104006005', '340104006006']),
    );
    expect(a.statusCode, a.body).toBe(201);
    expect(
      (await officer.post('/api/v1/inspections', visit(id, '汛期防汛安全隐患检查', '2027-06-20', ['340104006005'])))
        .statusCode,
    ).toBe(201);
    const third = await officer.post(
      '/api/v1/inspections',
      visit(id, '汛期安全复查', '2027-06-25', ['340104006005', '340104006004']),
    );
    expect(third.statusCode).toBe(409);
    expect(third.json()).toMatchObject({ code: 'inspection_cap_exceeded', caps: { perMonth: 2 } });
    expect(third.json().breaches).toEqual([
      { community: '340104006005', communityName: '家家景园社区', scope: 'month', planned: 3, cap: 2 },
    ]);

    const plan = (await officer.get('/api/v1/districts/340104/inspections?year=2027')).json();
    expect(plan.items).toHaveLength(2);
    expect(plan.items[0]).toMatchObject({
      topic: '汛期安全隐患排查',
      totalHours: 6,
      recordsRef: '汛期隐患排查台账（系统内生成）',
    });
    expect(plan.suggestions).toEqual([expect.objectContaining({ month: '2027-06', sharedCommunities: 1 })]);

    const worker = await env().login('worker.jiajia');
    const cal = (await worker.get('/api/v1/communities/340104006005/inspections?year=2027')).json();
    expect(cal.items.map((i: { startDate: string }) => i.startDate)).toEqual(['2027-06-08', '2027-06-20']);
    expect(cal.hours).toBe(6);
    expect(cal.items[0].admissionNumber).toMatch(/^蜀准/);
    expect((await worker.get('/api/v1/communities/340104006006/inspections?year=2027')).statusCode).toBe(403);
  });

  it('needs an inspection-kind number of the own department (一事一码)', async () => {
    const officer = await env().login('dept.shushan.yingji');
    const ledger = await admissionId(env(), 'ledger');
    const res = await officer.post('/api/v1/inspections', visit(ledger, '台账检查', '2027-07-01', ['340104006005']));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('inspection_needs_number');
    const minzheng = await env().login('dept.shushan.minzheng');
    const own = await minzheng.post(
      '/api/v1/inspections',
      visit(await admissionId(env(), 'inspection'), '借用编号', '2027-07-01', ['340104006005']),
    );
    expect(own.statusCode).toBe(403);
  });

  it('lets the district’s reviewer set the caps, and no one else', async () => {
    const officer = await env().login('dept.shushan.yingji');
    expect(
      (await officer.request('PUT', '/api/v1/districts/340104/inspection-caps', { perYear: 6, perMonth: 1 }))
        .statusCode,
    ).toBe(403);
    const baohe = await env().login('reviewer.baohe');
    expect(
      (await baohe.request('PUT', '/api/v1/districts/340104/inspection-caps', { perYear: 6, perMonth: 1 })).statusCode,
    ).toBe(403);
    const reviewer = await env().login('reviewer.shushan');
    const res = await reviewer.request('PUT', '/api/v1/districts/340104/inspection-caps', { perYear: 6, perMonth: 1 });
    expect(res.json()).toEqual({ perYear: 6, perMonth: 1 });
    const id = await admissionId(env(), 'inspection');
    await officer.post('/api/v1/inspections', visit(id, '汛前检查', '2027-05-10', ['340104006001']));
    expect(
      (await officer.post('/api/v1/inspections', visit(id, '汛前复查', '2027-05-20', ['340104006001']))).statusCode,
    ).toBe(409);
  });
});

describeEachDatabase('apps and work groups', (env) => {
  const body = async (over: Record<string, unknown> = {}) => ({
    name: '垃圾分类督导小程序',
    type: 'mini_program',
    admissionId: await admissionId(env(), 'app'),
    purpose: '记录桶边督导情况',
    minutesPerDay: 10,
    expiryDate: '2027-05-31',
    features: [],
    targets: { type: 'streets', codes: ['340104006'] },
    ...over,
  });

  it('holds one demo zombie (unused for 120 days) and the 创卫 group exited on its day', async () => {
    const worker = await env().login('worker.jiajia');
    const mine = (await worker.get('/api/v1/communities/340104006005/apps')).json();
    const byName = Object.fromEntries(mine.items.map((a: { name: string }) => [a.name, a]));
    expect(byName['垃圾分类桶边督导'].status).toBe('zombie');
    expect(mine.counts.zombie).toBe(1);
    expect(byName['五里墩街道创卫工作群']).toMatchObject({ status: 'exited' });
    expect(byName['五里墩街道创卫工作群'].exitedAt.slice(0, 10)).toBe('2026-07-31');
    expect(byName['五里墩街道创卫巩固工作群'].status).toBe('active');
  });

  it('refuses an app with a prohibited feature and files one without', async () => {
    const officer = await env().login('dept.shushan.chengguan');
    const barred = await officer.post('/api/v1/apps', await body({ features: ['check_in', 'ranking'] }));
    expect(barred.statusCode).toBe(422);
    expect(barred.json()).toMatchObject({ code: 'prohibited_features', features: ['check_in', 'ranking'] });
    const ok = await officer.post('/api/v1/apps', await body());
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ status: 'active', communityCount: 6 });

    const worker = await env().login('worker.jiajia');
    const mine = (await worker.get('/api/v1/communities/340104006005/apps')).json();
    expect(mine.items.map((a: { name: string }) => a.name)).toContain('垃圾分类督导小程序');
    expect(mine.minutesPerDay).toBeGreaterThanOrEqual(10);
  });

  it('marks an app unused for 90 days as a zombie; a reviewer makes it exit', async () => {
    const officer = await env().login('dept.shushan.chengguan');
    const created = (await officer.post('/api/v1/apps', await body({ name: '创卫打分群', type: 'chat_group' }))).json();
    await env()
      .ctx.database.db.updateTable('apps')
      .set({ last_used_on: '2026-01-01' })
      .where('id', '=', created.id)
      .execute();
    const list = (await officer.get('/api/v1/apps')).json();
    expect(list.find((a: { id: number }) => a.id === created.id).status).toBe('zombie');
    const reviewer = await env().login('reviewer.shushan');
    const exited = await reviewer.post(`/api/v1/apps/${created.id}/exit`, { reason: '90 天未使用，予以解散' });
    expect(exited.json()).toMatchObject({ status: 'exited', exitReason: '90 天未使用，予以解散' });
    const worker = await env().login('worker.jiajia');
    const mine = (await worker.get('/api/v1/communities/340104006005/apps')).json();
    expect(mine.items.find((a: { id: number }) => a.id === created.id).status).toBe('exited');
    expect((await reviewer.post(`/api/v1/apps/${created.id}/exit`, { reason: 'again' })).statusCode).toBe(409);
  });
});
