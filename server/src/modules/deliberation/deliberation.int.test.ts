// 居民议事协商 through the API on both databases: residents of a community propose and support (once per
// household under the community's rules; other communities read but never support), the threshold puts a
// topic on the agenda and tells the worker, the worker moderates with a reason, records a meeting, runs a
// vote with a paper tally and closes it against the rules, and follows the decision up where the street sees
// what is overdue.
import { expect, it } from 'vitest';
import type { RulesView, TopicSummary, TopicView } from '#common/api/deliberation.js';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import { multipart } from '../../testing/multipart.js';
import { DEFAULT_RULES } from './rules.js';

async function setting(env: TestEnv) {
  const d = await env.build.district({ streets: 2, communities: 2 });
  const home = d.streets[0].communities[0];
  const other = d.streets[1].communities[0];
  const [family, ...rest] = await env.build.households(home, [
    [
      { name: '王秀英', gender: 'female', age: 67 },
      { name: '张建国', gender: 'male', age: 69, relation: '10' },
    ],
    ...Array.from({ length: 10 }, (_, i) => [{ name: `陈${'一二三四五六七八九十'[i]}`, gender: 'male' as const }]),
  ]);
  const [away] = await env.build.households(other, [[{ name: '赵丽', gender: 'female' }]]);
  const wife = await env.build.resident(home, family.residents[0]);
  const husband = await env.build.resident(home, family.residents[1]);
  const neighbour = await env.build.resident(home, rest[0].residents[0]);
  const stranger = await env.build.resident(other, away.residents[0]);
  const worker = await env.build.worker(home);
  return { d, home, other, wife, husband, neighbour, stranger, worker };
}

describeEachDatabase(
  'deliberation',
  (env) => {
    it('supports count once per household, other communities never support, and the threshold tables it', async () => {
      const { home, wife, husband, neighbour, stranger, worker } = await setting(env());
      // The community lowers its threshold to two households (a new version of its rules).
      const adopted = await worker.agent.request('PUT', `/api/v1/communities/${home}/deliberation-rules`, {
        doc: { ...DEFAULT_RULES, supportThreshold: { kind: 'households', value: 2 } },
        note: '小区规模较小，两户即可列入议程',
      });
      expect(adopted.statusCode).toBe(200);
      expect(adopted.json<RulesView>()).toMatchObject({ version: 1, supportsNeeded: 2, households: 11 });
      // Not a resident's to change.
      expect(
        (
          await wife.agent.request('PUT', `/api/v1/communities/${home}/deliberation-rules`, {
            doc: DEFAULT_RULES,
            note: '',
          })
        ).statusCode,
      ).toBe(403);

      const empty = await wife.agent.post(`/api/v1/communities/${home}/topics`, {
        title: '   ',
        description: '',
        category: 'parking',
      });
      expect(empty.statusCode).toBe(422);
      expect(empty.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain('title');
      // A resident proposes only in her own community.
      expect(
        (
          await stranger.agent.post(`/api/v1/communities/${home}/topics`, {
            title: '外来议题',
            description: '',
            category: 'other',
          })
        ).statusCode,
      ).toBe(403);

      const proposed = await wife.agent.post(`/api/v1/communities/${home}/topics`, {
        title: '规范 3 号楼前电动车停放',
        description: '楼道口停满电动车，消防通道被堵。',
        category: 'parking',
      });
      expect(proposed.statusCode).toBe(201);
      const topic = proposed.json<TopicView>();
      expect(topic).toMatchObject({ status: 'proposed', supports: 1, supportsNeeded: 2 });
      expect(topic.viewer).toMatchObject({ member: true, supported: true });

      // Her husband is the same household: refused.
      const twice = await husband.agent.post(`/api/v1/topics/${topic.id}/supports`);
      expect(twice.statusCode).toBe(409);
      expect(twice.json<{ code: string }>().code).toBe('topic_already_supported');
      // Another community reads it but may not support it.
      const read = await stranger.agent.get(`/api/v1/topics/${topic.id}`);
      expect(read.statusCode).toBe(200);
      expect(read.json<TopicView>().viewer).toMatchObject({ member: false });
      expect((await stranger.agent.post(`/api/v1/topics/${topic.id}/supports`)).statusCode).toBe(403);
      // Workers table topics; they do not support them.
      expect((await worker.agent.post(`/api/v1/topics/${topic.id}/supports`)).statusCode).toBe(403);

      const supported = await neighbour.agent.post(`/api/v1/topics/${topic.id}/supports`);
      expect(supported.statusCode).toBe(200);
      expect(supported.json<TopicView>()).toMatchObject({ status: 'tabled', supports: 2 });
      // On the agenda: the worker is told and her to-do counts it.
      const notes = (await worker.agent.get('/api/v1/me/notifications')).json<{ items: { text: string }[] }>();
      expect(notes.items.map((n) => n.text).join()).toContain('规范 3 号楼前电动车停放');
      const todo = (await worker.agent.get('/api/v1/me/todo')).json<{ items: { kind: string; count: number }[] }>();
      expect(todo.items.find((i) => i.kind === 'topics_tabled')?.count).toBe(1);
      // Supports close once it is on the agenda.
      expect((await husband.agent.post(`/api/v1/topics/${topic.id}/supports`)).statusCode).toBe(409);

      // Anyone reads the list without logging in.
      const list = await env().anon.get(`/api/v1/communities/${home}/topics`);
      expect(list.statusCode).toBe(200);
      expect(list.json<TopicSummary[]>().map((t) => [t.title, t.status])).toEqual([
        ['规范 3 号楼前电动车停放', 'tabled'],
      ]);
    });

    it('a worker moderates, records a meeting, runs a vote with a paper tally, and follows the decision up', async () => {
      const { d, home, other, wife, husband, neighbour, stranger, worker } = await setting(env());
      const tabled = (
        await worker.agent.post(`/api/v1/communities/${home}/topics`, {
          title: '小区公共收益用于更换路灯',
          description: '广告位收益约 3 万元。',
          category: 'public_income',
        })
      ).json<TopicView>();
      expect(tabled).toMatchObject({ status: 'tabled', origin: 'worker' });

      // Comments before the meeting; the worker hides one with a reason everyone sees.
      const commented = (
        await wife.agent.post(`/api/v1/topics/${tabled.id}/comments`, { body: '建议优先更换 5 号楼附近的路灯' })
      ).json<TopicView>();
      const spam = (
        await neighbour.agent.post(`/api/v1/topics/${tabled.id}/comments`, { body: '加微信领红包' })
      ).json<TopicView>();
      expect(commented.comments[0].author).toBe('王**');
      const spamId = spam.comments[1].id;
      expect(
        (await wife.agent.post(`/api/v1/topics/${tabled.id}/comments/${spamId}/hide`, { reason: '广告' })).statusCode,
      ).toBe(403);
      expect((await stranger.agent.post(`/api/v1/topics/${tabled.id}/comments`, { body: '路过' })).statusCode).toBe(
        403,
      );
      const hidden = (
        await worker.agent.post(`/api/v1/topics/${tabled.id}/comments/${spamId}/hide`, { reason: '与议题无关的广告' })
      ).json<TopicView>();
      expect(hidden.comments[1]).toMatchObject({ hidden: true, body: '', hiddenReason: '与议题无关的广告' });
      expect(hidden.comments[0].body).toBe('建议优先更换 5 号楼附近的路灯');

      // The meeting: another community's worker cannot record one here.
      const meeting = {
        heldOn: env().dates.today(),
        place: '社区议事厅',
        online: false,
        topicIds: [tabled.id],
        participants: [
          { type: 'resident_rep', count: 7, names: '' },
          { type: 'property_company', count: 1, names: '物业项目经理' },
        ],
        minutes: '与会代表同意将公共收益用于更换路灯，提交居民表决。',
        opinions: '物业：可在一个月内完成。',
      };
      const otherWorker = await env().build.worker(other);
      expect((await otherWorker.agent.post(`/api/v1/communities/${home}/meetings`, meeting)).statusCode).toBe(403);
      const recorded = await worker.agent.post(`/api/v1/communities/${home}/meetings`, meeting);
      expect(recorded.statusCode).toBe(201);
      const after = (await env().anon.get(`/api/v1/topics/${tabled.id}`)).json<TopicView>();
      expect(after.status).toBe('deliberated');
      expect(after.meetings).toHaveLength(1);

      // The vote: per household, until the close date.
      const opened = await worker.agent.post(`/api/v1/topics/${tabled.id}/vote`, {
        options: ['同意', '不同意'],
        closesOn: env().dates.daysFromToday(3),
      });
      expect(opened.json<TopicView>().vote).toMatchObject({ eligible: 11, unit: 'household', tally: null });
      expect((await wife.agent.post(`/api/v1/topics/${tabled.id}/votes`, { option: 0 })).statusCode).toBe(200);
      const again = await husband.agent.post(`/api/v1/topics/${tabled.id}/votes`, { option: 1 });
      expect(again.statusCode).toBe(409);
      expect(again.json<{ code: string }>().code).toBe('topic_already_voted');
      expect((await stranger.agent.post(`/api/v1/topics/${tabled.id}/votes`, { option: 1 })).statusCode).toBe(403);
      const voted = await neighbour.agent.post(`/api/v1/topics/${tabled.id}/votes`, { option: 1 });
      // Counts stay hidden until the close; only how many voted shows.
      expect(voted.json<TopicView>().vote).toMatchObject({ castOnline: 2, tally: null });
      expect(voted.json<TopicView>().viewer).toMatchObject({ voted: true });
      expect(
        (await worker.agent.post(`/api/v1/topics/${tabled.id}/paper-tally`, { counts: [4, 1, 0] })).statusCode,
      ).toBe(422);
      await worker.agent.post(`/api/v1/topics/${tabled.id}/paper-tally`, { counts: [4, 1] });
      const closed = await worker.agent.post(`/api/v1/topics/${tabled.id}/vote/close`);
      const decided = closed.json<TopicView>();
      expect(decided.status).toBe('decided');
      expect(decided.vote!.tally).toMatchObject({ cast: 7, eligible: 11, quorumMet: true, passed: true, leading: 0 });
      expect(decided.vote!.tally!.options.map((o) => [o.label, o.online, o.paper])).toEqual([
        ['同意', 1, 4],
        ['不同意', 1, 1],
      ]);
      // Voting after the close.
      const late = await env().build.resident(
        home,
        (await env().build.household(home, [{ name: '孙琳', gender: 'female' }])).residents[0],
      );
      const tooLate = await late.agent.post(`/api/v1/topics/${tabled.id}/votes`, { option: 0 });
      expect(tooLate.statusCode).toBe(409);
      expect(tooLate.json<{ code: string }>().code).toBe('topic_vote_closed');
      // The result is public.
      expect((await env().anon.get(`/api/v1/topics/${tabled.id}`)).json<TopicView>().vote!.tally!.passed).toBe(true);

      // Follow-up: an action already past its date shows to the street, not to another street.
      const withAction = await worker.agent.post(`/api/v1/topics/${tabled.id}/actions`, {
        title: '更换 12 盏路灯',
        owner: '物业公司',
        dueOn: env().dates.daysFromToday(-1),
      });
      const action = withAction.json<TopicView>().actions[0];
      expect(action).toMatchObject({ status: 'open', overdue: true });
      const street = await env().build.streetOfficer(d.streets[0].code);
      const overdue = await street.agent.get(`/api/v1/orgs/${d.streets[0].code}/topic-actions/overdue`);
      expect(overdue.json<{ title: string; topicTitle: string }[]>()).toEqual([
        expect.objectContaining({ title: '更换 12 盏路灯', topicTitle: '小区公共收益用于更换路灯' }),
      ]);
      const streetTodo = (await street.agent.get('/api/v1/me/todo')).json<{
        items: { kind: string; count: number }[];
      }>();
      expect(streetTodo.items.find((i) => i.kind === 'street_actions_overdue')?.count).toBe(1);
      const otherStreet = await env().build.streetOfficer(d.streets[1].code);
      expect((await otherStreet.agent.get(`/api/v1/orgs/${d.streets[0].code}/topic-actions/overdue`)).statusCode).toBe(
        403,
      );
      const done = await worker.agent.post(`/api/v1/topic-actions/${action.id}`, {
        progress: '已全部更换',
        done: true,
      });
      expect(done.json<TopicView>()).toMatchObject({ status: 'done' });
      expect((await street.agent.get(`/api/v1/orgs/${d.streets[0].code}/topic-actions/overdue`)).json()).toEqual([]);
    });

    it('the proposer attaches photos and PDFs; outsiders see them only once the topic is public', async () => {
      const { home, wife, husband, stranger, worker } = await setting(env());
      const topic = (
        await wife.agent.post(`/api/v1/communities/${home}/topics`, {
          title: '修复 2 号楼门前破损路面',
          description: '雨天积水，见照片。',
          category: 'environment',
        })
      ).json<TopicView>();
      expect(topic.status).toBe('proposed');
      const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
      const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
      const upload = (agent: typeof wife.agent, files: { filename: string; type: string; body: Buffer }[]) => {
        const m = multipart(
          {},
          files.map((f) => ({ name: 'files', ...f })),
        );
        return agent.request('POST', `/api/v1/topics/${topic.id}/attachments`, m.body, {
          'content-type': m.contentType,
        });
      };
      const photo = { filename: '路面.png', type: 'image/png', body: PNG };
      expect((await upload(husband.agent, [photo])).statusCode).toBe(403); // not the proposer
      const text = await upload(wife.agent, [{ filename: 'notes.txt', type: 'text/plain', body: Buffer.from('hi') }]);
      expect(text.statusCode).toBe(415);
      expect(text.json<{ code: string }>().code).toBe('attachment_type');
      const fake = await upload(wife.agent, [{ filename: 'x.pdf', type: 'application/pdf', body: Buffer.from('MZ') }]);
      expect(fake.json<{ code: string }>().code).toBe('attachment_type');

      const added = await upload(wife.agent, [photo, { filename: '说明.pdf', type: 'application/pdf', body: PDF }]);
      expect(added.statusCode, added.body).toBe(200);
      const files = added.json<TopicView>().attachments;
      expect(files.map((f) => [f.filename, f.contentType])).toEqual([
        ['路面.png', 'image/png'],
        ['说明.pdf', 'application/pdf'],
      ]);
      expect(added.json<TopicView>().viewer?.proposer).toBe(true);
      const url = `/api/v1/topics/${topic.id}/attachments/${files[0].id}`;

      // While collecting supports: the community sees them, another community's resident and the public not.
      expect((await husband.agent.get(`/api/v1/topics/${topic.id}`)).json<TopicView>().attachments).toHaveLength(2);
      const fromHusband = await husband.agent.get(url);
      expect(fromHusband.headers['content-type']).toBe('image/png');
      expect(fromHusband.rawPayload.equals(PNG)).toBe(true);
      expect((await stranger.agent.get(`/api/v1/topics/${topic.id}`)).json<TopicView>().attachments).toEqual([]);
      expect((await env().anon.get(`/api/v1/topics/${topic.id}`)).json<TopicView>().attachments).toEqual([]);
      expect((await stranger.agent.get(url)).statusCode).toBe(403);
      expect((await env().anon.get(url)).statusCode).toBe(403);
      // The dispatch download never serves a topic's file.
      expect((await worker.agent.get(`/api/v1/attachments/${files[0].id}`)).statusCode).toBe(404);

      // On the agenda the topic is public: everyone sees its files.
      expect((await worker.agent.post(`/api/v1/topics/${topic.id}/table`)).statusCode).toBe(200);
      expect((await env().anon.get(`/api/v1/topics/${topic.id}`)).json<TopicView>().attachments).toHaveLength(2);
      expect((await env().anon.get(url)).rawPayload.equals(PNG)).toBe(true);
      expect((await stranger.agent.get(url)).statusCode).toBe(200);
      expect((await env().anon.get(`/api/v1/topics/${topic.id}/attachments/999999`)).statusCode).toBe(404);
    });

    it('a vote short of its quorum fails and the topic is rejected with the tally', async () => {
      const { home, wife, worker } = await setting(env());
      const t = (
        await worker.agent.post(`/api/v1/communities/${home}/topics`, {
          title: '3 号楼加装电梯',
          description: '',
          category: 'elevator',
        })
      ).json<TopicView>();
      const open = await worker.agent.post(`/api/v1/topics/${t.id}/vote`, {
        options: ['同意', '不同意'],
        closesOn: env().dates.today(),
      });
      // 加装电梯 runs under the stricter rule (two thirds take part).
      expect(open.json<TopicView>().vote!.rule.quorum).toEqual({ num: 2, den: 3 });
      await wife.agent.post(`/api/v1/topics/${t.id}/votes`, { option: 0 });
      await worker.agent.post(`/api/v1/topics/${t.id}/paper-tally`, { counts: [6, 0] });
      const closed = (await worker.agent.post(`/api/v1/topics/${t.id}/vote/close`)).json<TopicView>();
      expect(closed.status).toBe('rejected');
      expect(closed.vote!.tally).toMatchObject({ cast: 7, eligible: 11, quorumMet: false, passed: false });
    });
  },
  { demo: false },
);
