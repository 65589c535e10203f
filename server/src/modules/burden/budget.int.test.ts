import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';

/** An admissible application of 蜀山区民政局: 120 minutes a month in 五里墩街道 = 24 h per community a year. */
const goodDraft = {
  title: '独居老人定期探访',
  kind: 'task',
  listType: 'assist',
  description: '每月上门探访辖区独居老人一次，了解健康和生活状况，发现困难及时转介',
  legalBasis: '《中华人民共和国老年人权益保障法》',
  scope: { type: 'streets', codes: ['340104006'] },
  frequency: 'monthly',
  minutesPerOccurrence: 120,
  resources: { fundsYuan: 30000, staff: '', training: '区民政局组织培训一次', equipment: '' },
  assessment: '以探访记录完整率评价，不以照片考核',
  startDate: '2027-04-01',
  expiryDate: '2029-03-31',
};

describeEachDatabase('burden budget at admission', (env) => {
  it('an over-budget application cannot be admitted until the items it names are retired with it', async () => {
    const reviewer = await env().login('reviewer.shushan');
    const officer = await env().login('dept.shushan.minzheng');
    const current = await env().ctx.services.burden.heaviestCommunityHours(['340104006']);
    expect(current).toBeGreaterThan(0);
    const setCap = (cap: number) =>
      reviewer.request('PUT', '/api/v1/burden/settings/340104', {
        baselineMonth: '2025-01',
        annualCapHours: cap,
        oneInOneOut: false,
      });
    // The new item adds 24 h per community a year; the cap leaves room for 20.
    expect((await setCap(current + 20)).statusCode).toBe(200);

    const created = await officer.post('/api/v1/admissions', goodDraft);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const budget = created.json().prechecks.find((c: { rule: string }) => c.rule === 'budget');
    expect(budget).toMatchObject({ verdict: 'block' });
    expect(budget.message).toContain('超出预算');
    const refused = await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
    expect(refused.statusCode).toBe(409);

    // Naming 高龄津贴资格认证台账 (6 h a year) to retire brings it within the budget.
    const active = (await env().anon.get('/api/v1/public/admissions?jurisdiction=340104')).json();
    const gaoling = active.find((a: { title: string }) => a.title === '高龄津贴资格认证台账');
    const retire = (await env().ctx.services.admission.viewByNumber(gaoling.number))!;
    const bad = await officer.request('PUT', `/api/v1/admissions/${id}`, { ...goodDraft, retires: [999999] });
    expect(bad.statusCode).toBe(200);
    expect(bad.json().prechecks.find((c: { rule: string }) => c.rule === 'budget').message).toContain('999999');
    const saved = await officer.request('PUT', `/api/v1/admissions/${id}`, { ...goodDraft, retires: [retire.id] });
    expect(saved.statusCode, saved.body).toBe(200);
    const ok = saved.json().prechecks.find((c: { rule: string }) => c.rule === 'budget');
    expect(ok.verdict).toBe('pass');
    expect(ok.message).toContain('高龄津贴资格认证台账');
    expect((await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' })).statusCode).toBe(200);
    await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'start_review' });

    // The budget is checked again at the decision: with a lower cap the retired item is not enough.
    await setCap(current + 10);
    const blocked = await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'approve' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('budget_retire_required');
    expect((await env().ctx.services.admission.view(retire.id))!.status).toBe('approved');

    await setCap(current + 20);
    const approved = await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'approve' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('approved');
    const retired = (await reviewer.get(`/api/v1/admissions/${retire.id}`)).json();
    expect(retired.status).toBe('revoked');
    expect(retired.events.at(-1)).toMatchObject({ action: 'retire', to: 'revoked' });
    expect(retired.events.at(-1).reason).toContain(approved.json().number);
    const check = (await env().anon.get(`/api/v1/public/admissions/${encodeURIComponent(gaoling.number)}`)).json();
    expect(check.status).toBe('revoked');
  });

  it('one in, one out: the retired hours must match the new ones', async () => {
    const reviewer = await env().login('reviewer.shushan');
    const officer = await env().login('dept.shushan.minzheng');
    await reviewer.request('PUT', '/api/v1/burden/settings/340104', {
      baselineMonth: '2025-01',
      annualCapHours: null,
      oneInOneOut: true,
    });
    const pre = (await officer.post('/api/v1/admissions/precheck', goodDraft)).json();
    const budget = pre.checks.find((c: { rule: string }) => c.rule === 'budget');
    expect(budget.verdict).toBe('block');
    expect(budget.message).toContain('一进一出');
    expect(pre.checks.map((c: { rule: string }) => c.rule)).toContain('budget');
    // Only the burden office sets budgets.
    const denied = await officer.request('PUT', '/api/v1/burden/settings/340104', {
      baselineMonth: null,
      annualCapHours: null,
      oneInOneOut: false,
    });
    expect(denied.statusCode).toBe(403);
  });
});
