// The demo's deliberation story (issue 18's "done when"): 家家景园社区 has topics in each state, a meeting
// with minutes, an elevator decided with the tally and actions in progress (one overdue, which the street
// sees), and neighbours of 李桂兰 in other households who can support and vote.
import { expect, it } from 'vitest';
import type { CovenantView, MeetingView, RulesVersionView, TopicSummary, TopicView } from '#common/api/deliberation.js';
import type { ExitRequestView, PublicExitRequest } from '#common/api/exit-requests.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { addDays } from '#common/dates.js';

const JIAJIA = '340104006005';

describeEachDatabase(
  'deliberation in the demo',
  (env) => {
    it('holds topics in each state, a meeting, a decision followed up, and residents who can take part', async () => {
      const topics = (await env().anon.get(`/api/v1/communities/${JIAJIA}/topics`)).json<TopicSummary[]>();
      expect(new Set(topics.map((t) => t.status)), JSON.stringify(topics.map((t) => [t.title, t.status]))).toEqual(
        new Set(['proposed', 'tabled', 'deliberated', 'voting', 'decided', 'done', 'rejected']),
      );
      expect(topics.every((t) => t.isDemo)).toBe(true);
      // Two or more in each stage, raised over the past year.
      const perStatus = new Map<string, number>();
      for (const t of topics) perStatus.set(t.status, (perStatus.get(t.status) ?? 0) + 1);
      expect(Math.min(...perStatus.values()), JSON.stringify([...perStatus])).toBeGreaterThanOrEqual(2);
      const raised = topics.map((t) => t.createdAt.slice(0, 10)).sort();
      expect(raised[0] <= addDays(env().dates.today(), -300)).toBe(true);
      const meetings = (await env().anon.get(`/api/v1/communities/${JIAJIA}/meetings`)).json<MeetingView[]>();
      expect(meetings[0].minutes).toContain('加装电梯');

      const elevator = topics.find((t) => t.category === 'elevator')!;
      const view = (await env().anon.get(`/api/v1/topics/${elevator.id}`)).json<TopicView>();
      expect(view.vote!.tally).toMatchObject({ eligible: 18, quorumMet: true, passed: true });
      expect(view.actions.map((a) => [a.status, a.overdue])).toEqual([
        ['done', false],
        ['open', true],
        ['open', false],
      ]);
      const street = await env().login('street.wulidun');
      const overdue = (await street.get('/api/v1/orgs/340104006/topic-actions/overdue')).json<
        { topicTitle: string }[]
      >();
      expect(overdue.map((o) => o.topicTitle)).toContain('3 号楼加装电梯');

      // 群众不认可→退出: the decided check-in topic went to the 减负办, whose outcome is on the number's page.
      const reviewer = await env().login('reviewer.shushan');
      const exits = (await reviewer.get('/api/v1/exit-requests')).json<ExitRequestView[]>();
      const exit = exits.find((e) => e.topicTitle.includes('桶边督导'))!;
      expect(exit).toMatchObject({ status: 'kept', communityName: '家家景园社区' });
      expect(exit.tally.passed).toBe(true);
      const published = (
        await env().anon.get(`/api/v1/public/admissions/${encodeURIComponent(exit.admissionNumber)}/exit-requests`)
      ).json<PublicExitRequest[]>();
      expect(published[0]).toMatchObject({ status: 'kept', communityName: '家家景园社区' });
      expect(published[0].reason).toContain('每日');

      // 居民公约 and 议事规则: two versions each, the newest in force.
      const covenant = (await env().anon.get(`/api/v1/communities/${JIAJIA}/covenant`)).json<CovenantView[]>();
      expect(covenant.map((c) => c.version)).toEqual([2, 1]);
      expect(covenant[0].body).toContain('电动自行车');
      const rules = (await env().anon.get(`/api/v1/communities/${JIAJIA}/deliberation-rules/versions`)).json<
        RulesVersionView[]
      >();
      expect(rules.map((r) => [r.version, r.doc.supportThreshold])).toEqual([
        [2, { kind: 'households', value: 20 }],
        [1, { kind: 'percent', value: 5 }],
      ]);

      // A neighbour in another household supports the topic 周海燕 proposed; 李桂兰 too; neither twice.
      const lockers = topics.find((t) => t.status === 'proposed')!;
      const li = await env().login('resident.demo');
      const first = await li.post(`/api/v1/topics/${lockers.id}/supports`);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json<TopicView>().supports).toBe(lockers.supports + 1);
      expect((await li.post(`/api/v1/topics/${lockers.id}/supports`)).statusCode).toBe(409);
    });
  },
  // The neighbours are linked to records of the demo population.
  { population: true },
);
