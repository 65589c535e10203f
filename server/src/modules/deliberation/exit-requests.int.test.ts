// 群众不认可→退出 through the API on both databases: a community's worker sends a voted topic to the 减负办
// naming an admission in force that covers the community; reviewers over the admission's jurisdiction see
// it in their to-do and notifications and decide with a reason; the admission number's public page shows
// the outcome. Other communities' workers and other districts' reviewers are refused.
import { expect, it } from 'vitest';
import type { TopicView } from '#common/api/deliberation.js';
import type { ExitRequestView, PublicExitRequest } from '#common/api/exit-requests.js';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';

async function setting(env: TestEnv) {
  const d = await env.build.district({ streets: 2, communities: 1 });
  const home = d.streets[0].communities[0];
  const other = d.streets[1].communities[0];
  await env.build.households(home, [
    [{ name: '王秀英', gender: 'female', age: 67 }],
    [{ name: '陈一', gender: 'male' }],
    [{ name: '陈二', gender: 'male' }],
  ]);
  const worker = await env.build.worker(home);
  const otherWorker = await env.build.worker(other);
  const reviewer = await env.build.reviewer(d);
  const elsewhere = await env.build.district({ streets: 1, communities: 1 });
  const farReviewer = await env.build.reviewer(elsewhere);
  const admission = await env.build.admission(d, { title: '社区每月上报创城迎检照片台账' });
  const narrow = await env.build.admission(d, {
    title: '只涉及另一个社区的事项',
    scope: { type: 'communities', codes: [other] },
  });
  // A topic the community raised and voted through: 3 households, 2 for, 1 against.
  const topic = (
    await worker.agent.post(`/api/v1/communities/${home}/topics`, {
      title: '申请退出创城迎检拍照上报',
      description: '每月拍照上报占用大量时间，居民认为流于形式。',
      category: 'other',
    })
  ).json<TopicView>();
  await worker.agent.post(`/api/v1/topics/${topic.id}/vote`, {
    options: ['同意申请退出', '不同意'],
    closesOn: env.dates.daysFromToday(3),
  });
  await worker.agent.post(`/api/v1/topics/${topic.id}/paper-tally`, { counts: [2, 1] });
  return { d, home, worker, otherWorker, reviewer, farReviewer, admission, narrow, topic };
}

describeEachDatabase(
  'exit requests',
  (env) => {
    it('the worker sends a decided topic naming a covering admission; reviewers decide; the public sees it', async () => {
      const { worker, otherWorker, reviewer, farReviewer, admission, narrow, topic } = await setting(env());
      const send = (agent: typeof worker.agent, admissionNumber: string) =>
        agent.post(`/api/v1/topics/${topic.id}/exit-request`, { admissionNumber });

      // Not before the vote decided it.
      const early = await send(worker.agent, admission.number);
      expect(early.statusCode).toBe(409);
      expect(early.json<{ code: string }>().code).toBe('topic_wrong_status');
      const closed = (await worker.agent.post(`/api/v1/topics/${topic.id}/vote/close`)).json<TopicView>();
      expect(closed.status).toBe('decided');

      // Only the community's own worker; only a real number in force that covers the community.
      expect((await send(otherWorker.agent, admission.number)).statusCode).toBe(403);
      for (const wrong of ['皖准〔2099〕999号', narrow.number]) {
        const bad = await send(worker.agent, wrong);
        expect(bad.statusCode).toBe(422);
        expect(bad.headers['content-type']).toContain('application/problem+json');
        expect(bad.json<{ code: string; errors: { field: string }[] }>()).toMatchObject({
          code: 'exit_admission_invalid',
          errors: [{ field: 'admissionNumber' }],
        });
      }

      const sent = await send(worker.agent, admission.number);
      expect(sent.statusCode).toBe(201);
      const request = sent.json<ExitRequestView>();
      expect(request).toMatchObject({
        admissionNumber: admission.number,
        admissionTitle: '社区每月上报创城迎检照片台账',
        topicTitle: '申请退出创城迎检拍照上报',
        supports: 0,
        status: 'pending',
        reason: null,
      });
      expect(request.tally).toMatchObject({ cast: 3, eligible: 3, passed: true });
      expect((await send(worker.agent, admission.number)).json<{ code: string }>().code).toBe('exit_request_exists');

      // The district's 减负办 is told and counts it; another district's reviewer neither sees nor decides it.
      const notes = (await reviewer.agent.get('/api/v1/me/notifications')).json<{ items: { text: string }[] }>();
      expect(notes.items.map((n) => n.text).join()).toContain(admission.number);
      const todo = (await reviewer.agent.get('/api/v1/me/todo')).json<{ items: { kind: string; count: number }[] }>();
      expect(todo.items.find((i) => i.kind === 'exit_requests')?.count).toBe(1);
      expect((await reviewer.agent.get('/api/v1/exit-requests')).json<ExitRequestView[]>().map((r) => r.id)).toEqual([
        request.id,
      ]);
      expect((await farReviewer.agent.get('/api/v1/exit-requests')).json<ExitRequestView[]>()).toEqual([]);
      const decision = { outcome: 'review', reason: '居民表决通过，启动退出审查，征求区文明办意见。' };
      expect((await farReviewer.agent.post(`/api/v1/exit-requests/${request.id}/decision`, decision)).statusCode).toBe(
        403,
      );
      expect((await worker.agent.post(`/api/v1/exit-requests/${request.id}/decision`, decision)).statusCode).toBe(403);
      const blank = await reviewer.agent.post(`/api/v1/exit-requests/${request.id}/decision`, {
        outcome: 'kept',
        reason: '  ',
      });
      expect(blank.statusCode).toBe(422);

      // An exit review first, then the outcome; the count stays until the outcome is final.
      const reviewing = await reviewer.agent.post(`/api/v1/exit-requests/${request.id}/decision`, decision);
      expect(reviewing.json<ExitRequestView>()).toMatchObject({ status: 'review', reason: decision.reason });
      const todo2 = (await reviewer.agent.get('/api/v1/me/todo')).json<{ items: { kind: string; count: number }[] }>();
      expect(todo2.items.find((i) => i.kind === 'exit_requests')?.count).toBe(1);
      const exited = await reviewer.agent.post(`/api/v1/exit-requests/${request.id}/decision`, {
        outcome: 'exited',
        reason: '经审查，该事项不属于社区职责，予以退出。',
      });
      expect(exited.json<ExitRequestView>()).toMatchObject({ status: 'exited' });
      const again = await reviewer.agent.post(`/api/v1/exit-requests/${request.id}/decision`, decision);
      expect(again.json<{ code: string }>().code).toBe('exit_request_decided');
      const todo3 = (await reviewer.agent.get('/api/v1/me/todo')).json<{ items: { kind: string; count: number }[] }>();
      expect(todo3.items.find((i) => i.kind === 'exit_requests')?.count ?? 0).toBe(0);

      // Published on the number's page, without login.
      const pub = await env().anon.get(
        `/api/v1/public/admissions/${encodeURIComponent(admission.number)}/exit-requests`,
      );
      expect(pub.statusCode).toBe(200);
      expect(pub.json<PublicExitRequest[]>()).toEqual([
        expect.objectContaining({ status: 'exited', reason: '经审查，该事项不属于社区职责，予以退出。' }),
      ]);
      expect(pub.json<PublicExitRequest[]>()[0].decidedAt).not.toBeNull();
      expect(pub.json<PublicExitRequest[]>()[0].communityName).not.toBe('');
    });
  },
  { demo: false },
);
