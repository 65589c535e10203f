// Budgets checked at admission (cap, one in one out), each test in its own district of 试验市.
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import { goodDraft as draftFor } from '../../testing/drafts.js';
import { TEST_OPINION, consultOneCommunity } from '../../testing/review.js';

/** A district of six communities with an admitted quarterly ledger of 民政局 (90 min → 6 h a year each). */
async function world(env: TestEnv) {
  const d = await env.build.district({ streets: 1, communities: 6 });
  const gaoling = await env.build.admission(d, {
    title: '高龄津贴资格认证台账',
    kind: 'ledger',
    minutesPerOccurrence: 90,
  });
  return {
    d,
    gaoling,
    goodDraft: draftFor(env.dates, d),
    reviewer: (await env.build.reviewer(d)).agent,
    officer: (await env.build.officer(d)).agent,
  };
}

describeEachDatabase(
  'burden budget at admission',
  (env) => {
    it('an over-budget application cannot be admitted until the items it names are retired with it', async () => {
      const { d, gaoling, goodDraft, reviewer, officer } = await world(env());
      const current = await env().ctx.services.burden.heaviestCommunityHours([d.streets[0].code]);
      expect(current).toBeGreaterThan(0);
      const setCap = (cap: number) =>
        reviewer.request('PUT', `/api/v1/burden/settings/${d.code}`, {
          baselineMonth: env().dates.monthFromNow(-12),
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
      await consultOneCommunity(env(), reviewer, id);

      // The budget is checked again at the decision: with a lower cap the retired item is not enough.
      await setCap(current + 10);
      const blocked = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'approve',
        opinion: TEST_OPINION,
      });
      expect(blocked.statusCode).toBe(409);
      expect(blocked.json().code).toBe('budget_retire_required');
      expect((await env().ctx.services.admission.view(retire.id))!.status).toBe('approved');

      await setCap(current + 20);
      const approved = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'approve',
        opinion: TEST_OPINION,
      });
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
      const { d, goodDraft, reviewer, officer } = await world(env());
      await reviewer.request('PUT', `/api/v1/burden/settings/${d.code}`, {
        baselineMonth: env().dates.monthFromNow(-12),
        annualCapHours: null,
        oneInOneOut: true,
      });
      const pre = (await officer.post('/api/v1/admissions/precheck', goodDraft)).json();
      const budget = pre.checks.find((c: { rule: string }) => c.rule === 'budget');
      expect(budget.verdict).toBe('block');
      expect(budget.message).toContain('一进一出');
      expect(pre.checks.map((c: { rule: string }) => c.rule)).toContain('budget');
      // Only the burden office sets budgets.
      const denied = await officer.request('PUT', `/api/v1/burden/settings/${d.code}`, {
        baselineMonth: null,
        annualCapHours: null,
        oneInOneOut: false,
      });
      expect(denied.statusCode).toBe(403);
    });
  },
  { demo: false },
);
