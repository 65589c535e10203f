// Refusals get an answer: the department withdraws the refused work, resends it fixed (resources attached,
// a later due date) or contests it to the 减负办, who upholds the refusal or orders the community to do it.
// The worker sees the outcome on her item; burden follows (refused and withdrawn work costs nothing).
// Each test on its own district of 试验市, dates relative to the test clock.
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import type { Agent } from '../../testing/agent.js';
import { multipart } from '../../testing/multipart.js';

/** Once-only work (counted in burden per dispatch) sent to the district's three communities, one refused. */
async function refusedWorld(env: TestEnv) {
  const d = await env.build.district({ streets: 1, communities: 3 });
  const officer = (await env.build.officer(d)).agent;
  const reviewer = (await env.build.reviewer(d)).agent;
  const admission = await env.build.admission(d, { frequency: 'once', minutesPerOccurrence: 120 });
  const sent = await officer.post('/api/v1/dispatches', {
    admissionId: admission.id,
    title: '冬季困难群众名单核实',
    instructions: '请逐户核实后在系统内填写，无需拍照。',
    dueDate: env.dates.daysFromToday(10),
    targets: { type: 'communities', codes: d.communities },
  });
  expect(sent.statusCode, sent.body).toBe(201);
  const community = d.communities[0];
  const worker = (await env.build.worker(community)).agent;
  const item = (await worker.get(`/api/v1/communities/${community}/inbox`))
    .json()
    .items.find((i: { dispatchId: number }) => i.dispatchId === sent.json().id);
  const refused = await worker.post(`/api/v1/inbox-items/${item.id}/actions`, {
    action: 'refuse',
    reasons: ['no_resources', 'over_admitted'],
    text: '未随转经费；本年已做过一次同样的核实',
  });
  expect(refused.statusCode, refused.body).toBe(200);
  return { d, officer, reviewer, worker, community, itemId: item.id as number, dispatchId: sent.json().id as number };
}

async function itemOf(worker: Agent, community: string, itemId: number) {
  return (await worker.get(`/api/v1/communities/${community}/inbox`))
    .json()
    .items.find((i: { id: number }) => i.id === itemId);
}

/** Whether burden counts the item's occurrence this month. */
async function counted(env: TestEnv, reviewer: Agent, community: string, itemId: number) {
  const r = await reviewer.get(`/api/v1/burden/events?community=${community}&month=${env.dates.month()}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json().some((e: { ref: string }) => e.ref === `dispatch_item:${itemId}`);
}

describeEachDatabase(
  'answers to a refusal',
  (env) => {
    it('shows the department its refusal unanswered, with several reasons and what it may answer', async () => {
      const w = await refusedWorld(env());
      const list = (await w.officer.get('/api/v1/refusals?state=unanswered')).json();
      const r = list.items.find((x: { id: number }) => x.id === w.itemId);
      expect(r).toMatchObject({
        refusalState: 'unanswered',
        refusalReasons: ['no_resources', 'over_admitted'],
        allowedAnswers: ['withdraw', 'resend', 'contest'],
        canDecide: false,
      });
      expect(await counted(env(), w.reviewer, w.community, w.itemId)).toBe(false);
    });

    it('withdraws: the item leaves the count, burden stays off, the worker sees it withdrawn', async () => {
      const w = await refusedWorld(env());
      const noNote = await w.officer.post(`/api/v1/refusals/${w.itemId}/answer`, { answer: 'withdraw', note: ' ' });
      expect(noNote.statusCode).toBe(422);
      const res = await w.officer.post(`/api/v1/refusals/${w.itemId}/answer`, {
        answer: 'withdraw',
        note: '经核实该社区已由街道统一核实，撤回。',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'withdrawn', refusalState: 'withdrawn', allowedAnswers: [] });
      const progress = (await w.officer.get(`/api/v1/dispatches/${w.dispatchId}`)).json();
      expect(progress.counts).toMatchObject({ total: 3, new: 2, refused: 0, withdrawn: 1 });
      const mine = await itemOf(w.worker, w.community, w.itemId);
      expect(mine).toMatchObject({ status: 'withdrawn', refusalState: 'withdrawn', allowedActions: [] });
      expect(mine.answerNote).toContain('撤回');
      // … and hears of it: the bell says the department withdrew it.
      const bell = (await w.worker.get('/api/v1/me/notifications')).json();
      expect(bell.items[0]).toMatchObject({ kind: 'refusal_answered', params: { answer: 'withdrawn' } });
      expect(bell.items[0].text).toContain('已撤回派单');
      expect(await counted(env(), w.reviewer, w.community, w.itemId)).toBe(false);
      // Answered once: no second answer.
      const again = await w.officer.post(`/api/v1/refusals/${w.itemId}/answer`, { answer: 'resend', note: 'x' });
      expect(again.statusCode).toBe(409);
    });

    it('resends with the resources attached and a later due date: back in the inbox and counted again', async () => {
      const w = await refusedWorld(env());
      const dueDate = env().dates.daysFromToday(30);
      const form = multipart(
        { data: JSON.stringify({ answer: 'resend', note: '已下拨专项经费 2000 元，附拨付通知；期限延后。', dueDate }) },
        [{ name: 'files', filename: '经费拨付通知.pdf', type: 'application/pdf', body: Buffer.from('%PDF-1.4 test') }],
      );
      const res = await w.officer.request('POST', `/api/v1/refusals/${w.itemId}/answer`, form.body, {
        'content-type': form.contentType,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'new', refusalState: 'resent', dueDate });
      const mine = await itemOf(w.worker, w.community, w.itemId);
      expect(mine).toMatchObject({ status: 'new', refusalState: 'resent', dueDate });
      expect(mine.answerNote).toContain('专项经费');
      expect(mine.attachments.map((a: { filename: string }) => a.filename)).toContain('经费拨付通知.pdf');
      expect(mine.allowedActions).toContain('refuse');
      expect(await counted(env(), w.reviewer, w.community, w.itemId)).toBe(true);
      // Refused again: unanswered again.
      const again = await w.worker.post(`/api/v1/inbox-items/${w.itemId}/actions`, {
        action: 'refuse',
        reasons: ['other'],
        text: '经费仍未到账',
      });
      expect(again.json()).toMatchObject({ refusalState: 'unanswered', answerNote: '' });
    });

    it('contests to the 减负办, who orders the community to do it: the worker sees the decision', async () => {
      const w = await refusedWorld(env());
      const contested = await w.officer.post(`/api/v1/refusals/${w.itemId}/answer`, {
        answer: 'contest',
        note: '该事项已随转经费，见准入审批表第六项。',
      });
      expect(contested.json()).toMatchObject({ status: 'refused', refusalState: 'contested', allowedAnswers: [] });
      // The department cannot decide its own contest, nor a reviewer elsewhere.
      expect(
        (await w.officer.post(`/api/v1/refusals/${w.itemId}/decision`, { decision: 'order', note: 'x' })).statusCode,
      ).toBe(403);
      const elsewhere = (await env().build.reviewer(await env().build.district({ streets: 1, communities: 1 }))).agent;
      expect(
        (await elsewhere.post(`/api/v1/refusals/${w.itemId}/decision`, { decision: 'order', note: 'x' })).statusCode,
      ).toBe(403);
      const queue = (await w.reviewer.get('/api/v1/refusals?state=contested')).json();
      expect(queue.items.find((x: { id: number }) => x.id === w.itemId)).toMatchObject({ canDecide: true });
      expect(
        (await w.reviewer.post(`/api/v1/refusals/${w.itemId}/decision`, { decision: 'order', note: '' })).statusCode,
      ).toBe(422);
      const decided = await w.reviewer.post(`/api/v1/refusals/${w.itemId}/decision`, {
        decision: 'order',
        note: '经费已随转到位，属准入范围内事项，社区应办理。',
      });
      expect(decided.statusCode, decided.body).toBe(200);
      expect(decided.json()).toMatchObject({ status: 'new', refusalState: 'ordered' });
      const mine = await itemOf(w.worker, w.community, w.itemId);
      expect(mine).toMatchObject({ status: 'new', refusalState: 'ordered' });
      expect(mine.decisionNote).toContain('社区应办理');
      expect(await counted(env(), w.reviewer, w.community, w.itemId)).toBe(true);
      expect(
        (await w.reviewer.post(`/api/v1/refusals/${w.itemId}/decision`, { decision: 'uphold', note: 'x' })).statusCode,
      ).toBe(409);
    });

    it('contests, and the 减负办 upholds the refusal: it stays refused and off the burden', async () => {
      const w = await refusedWorld(env());
      await w.officer.post(`/api/v1/refusals/${w.itemId}/answer`, { answer: 'contest', note: '请裁定' });
      const decided = await w.reviewer.post(`/api/v1/refusals/${w.itemId}/decision`, {
        decision: 'uphold',
        note: '未随转经费，拒绝成立。',
      });
      expect(decided.json()).toMatchObject({ status: 'refused', refusalState: 'upheld' });
      const mine = await itemOf(w.worker, w.community, w.itemId);
      expect(mine).toMatchObject({ status: 'refused', refusalState: 'upheld', decisionNote: '未随转经费，拒绝成立。' });
      expect(await counted(env(), w.reviewer, w.community, w.itemId)).toBe(false);
      // The 减负办's alerts name the department whose refused work it upheld.
      const alerts = (await w.reviewer.get(`/api/v1/burden/alerts?org=${w.d.code}`)).json();
      expect(alerts).toContainEqual(
        expect.objectContaining({ rule: 'refusals_upheld', params: expect.objectContaining({ count: 1 }) }),
      );
      // Upheld: the department may still withdraw it, not contest it again.
      const list = (await w.officer.get('/api/v1/refusals?state=upheld')).json();
      expect(list.items.find((x: { id: number }) => x.id === w.itemId).allowedAnswers).toEqual(['withdraw', 'resend']);
    });

    it('holds a resend to what was admitted: once-only work sent again meanwhile blocks it (409)', async () => {
      const w = await refusedWorld(env());
      const detail = (await w.officer.get(`/api/v1/dispatches/${w.dispatchId}`)).json();
      const other = await w.officer.post('/api/v1/dispatches', {
        admissionId: detail.admission.id,
        title: '困难群众冬季取暖补贴发放核对',
        dueDate: env().dates.daysFromToday(10),
        targets: { type: 'communities', codes: [w.community] },
      });
      // The refusal freed the once-only occurrence for this community.
      expect(other.statusCode, other.body).toBe(201);
      const resend = await w.officer.post(`/api/v1/refusals/${w.itemId}/answer`, {
        answer: 'resend',
        note: '已补经费',
      });
      expect(resend.statusCode, resend.body).toBe(409);
      expect(resend.json()).toMatchObject({ code: 'dispatch_over_frequency' });
      expect(resend.json().detail).toContain('准入有效期内已派 1 次');
    });

    it('lets only the owning department answer, and only reviewers decide', async () => {
      const w = await refusedWorld(env());
      const other = (await env().build.officer(w.d, 'weijian')).agent;
      expect(
        (await other.post(`/api/v1/refusals/${w.itemId}/answer`, { answer: 'withdraw', note: 'x' })).statusCode,
      ).toBe(403);
      expect(
        (await w.worker.post(`/api/v1/refusals/${w.itemId}/answer`, { answer: 'withdraw', note: 'x' })).statusCode,
      ).toBe(403);
      expect(
        (await w.worker.post(`/api/v1/refusals/${w.itemId}/decision`, { decision: 'uphold', note: 'x' })).statusCode,
      ).toBe(403);
      expect(
        (await w.officer.post(`/api/v1/refusals/999999/answer`, { answer: 'withdraw', note: 'x' })).statusCode,
      ).toBe(404);
    });
  },
  { demo: false },
);
