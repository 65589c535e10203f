// Taking a submitted application through review in a test, as the burden-reduction office must (issue 12
// §7): a 协助 item is first put to a community it falls on, whose worker agrees; every decision carries
// a written opinion (审查意见).
import { expect } from 'vitest';
import type { Agent, TestEnv } from './harness.js';

export const TEST_OPINION = '经审查，依据充分，负担测算合理，资源随事项下沉，同意准入。';

/** Consults the first community in the application's scope and has its worker agree; the reviewer closes it. */
export async function consultOneCommunity(env: TestEnv, reviewer: Agent, id: number): Promise<string> {
  const a = (await reviewer.get(`/api/v1/admissions/${id}`)).json() as {
    scope: { type: string; codes: string[] };
    jurisdiction: { code: string };
  };
  const prefixes = a.scope.type === 'all' ? [a.jurisdiction.code] : a.scope.codes;
  const [community] = await env.ctx.services.orgs.communitiesUnder(prefixes);
  const started = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
    action: 'start_consultation',
    consultation: { codes: [community!.code], workingDays: 5 },
  });
  expect(started.statusCode, started.body).toBe(200);
  const worker = (await env.build.worker(community!.code)).agent;
  const answered = await worker.post(`/api/v1/admissions/${id}/comments`, {
    stance: 'agree',
    comment: '同意，社区可以配合。',
  });
  expect(answered.statusCode, answered.body).toBe(204);
  const closed = await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'close_consultation' });
  expect(closed.statusCode, closed.body).toBe(200);
  return community!.code;
}

/**
 * Reviews a submitted application and approves it with an opinion (one sign-off): an assist item after
 * consulting a community, a duty item straight away. Returns the reply of the approval.
 */
export async function approveSubmitted(env: TestEnv, reviewer: Agent, id: number, opinion = TEST_OPINION) {
  const a = (await reviewer.get(`/api/v1/admissions/${id}`)).json() as { listType: string };
  if (a.listType === 'assist') await consultOneCommunity(env, reviewer, id);
  else {
    const started = await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'start_review' });
    expect(started.statusCode, started.body).toBe(200);
  }
  return reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'approve', opinion });
}
