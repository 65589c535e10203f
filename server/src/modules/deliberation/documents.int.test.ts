// 居民公约 and 议事规则 as versioned public documents, through the API on both databases: the community's
// worker publishes new versions, anyone (no login, another community) reads every version, newest first;
// nobody else publishes. Other communities' residents read the topics but never support them.
import { expect, it } from 'vitest';
import type { CovenantView, RulesVersionView, TopicSummary, TopicView } from '#common/api/deliberation.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { DEFAULT_RULES } from './rules.js';

describeEachDatabase(
  'community documents',
  (env) => {
    it('the worker publishes the covenant and the rules as versions; everyone reads the history', async () => {
      const d = await env().build.district({ streets: 2, communities: 1 });
      const home = d.streets[0].communities[0];
      const other = d.streets[1].communities[0];
      const [family] = await env().build.households(home, [[{ name: '王秀英', gender: 'female', age: 60 }]]);
      const [away] = await env().build.households(other, [[{ name: '赵丽', gender: 'female' }]]);
      const resident = await env().build.resident(home, family.residents[0]);
      const stranger = await env().build.resident(other, away.residents[0]);
      const worker = await env().build.worker(home);
      const otherWorker = await env().build.worker(other);

      expect((await env().anon.get(`/api/v1/communities/${home}/covenant`)).json()).toEqual([]);
      expect((await env().anon.get(`/api/v1/communities/${home}/deliberation-rules/versions`)).json()).toEqual([]);

      const first = { title: '居民公约', body: '一、爱护公共设施。\n二、文明养犬。', note: '居民会议通过' };
      expect((await worker.agent.post(`/api/v1/communities/${home}/covenant`, first)).statusCode).toBe(201);
      const second = await worker.agent.post(`/api/v1/communities/${home}/covenant`, {
        ...first,
        body: `${first.body}\n三、电动车不进楼道。`,
        note: '增加第三条',
      });
      expect(second.statusCode).toBe(201);
      // Not a resident's, nor another community's worker's, to publish; an empty text names the field.
      expect((await resident.agent.post(`/api/v1/communities/${home}/covenant`, first)).statusCode).toBe(403);
      expect((await otherWorker.agent.post(`/api/v1/communities/${home}/covenant`, first)).statusCode).toBe(403);
      const empty = await worker.agent.post(`/api/v1/communities/${home}/covenant`, { ...first, body: '  ' });
      expect(empty.statusCode).toBe(422);
      expect(JSON.stringify(empty.json())).toContain('body');

      const covenant = (await env().anon.get(`/api/v1/communities/${home}/covenant`)).json<CovenantView[]>();
      expect(covenant.map((c) => [c.version, c.note])).toEqual([
        [2, '增加第三条'],
        [1, '居民会议通过'],
      ]);
      expect(covenant[0].body).toContain('电动车不进楼道');

      for (const value of [20, 2])
        await worker.agent.request('PUT', `/api/v1/communities/${home}/deliberation-rules`, {
          doc: { ...DEFAULT_RULES, supportThreshold: { kind: 'households', value } },
          note: `${value} 户联名列入议程`,
        });
      const rules = (await stranger.agent.get(`/api/v1/communities/${home}/deliberation-rules/versions`)).json<
        RulesVersionView[]
      >();
      expect(rules.map((r) => [r.version, r.doc.supportThreshold.value])).toEqual([
        [2, 2],
        [1, 20],
      ]);

      // Another community's resident reads the topics, without login too, and never supports.
      const topic = (
        await resident.agent.post(`/api/v1/communities/${home}/topics`, {
          title: '增设快递柜',
          description: '',
          category: 'other',
        })
      ).json<TopicView>();
      const listed = (await env().anon.get(`/api/v1/communities/${home}/topics`)).json<TopicSummary[]>();
      expect(listed.map((t) => t.title)).toEqual(['增设快递柜']);
      expect((await stranger.agent.get(`/api/v1/topics/${topic.id}`)).statusCode).toBe(200);
      const refused = await stranger.agent.post(`/api/v1/topics/${topic.id}/supports`);
      expect(refused.statusCode).toBe(403);
      expect((await env().anon.get(`/api/v1/topics/${topic.id}`)).json<TopicView>().supports).toBe(1);
    });
  },
  { demo: false },
);
