// Burden events written live: each writer marks its changed source in burden's outbox (burden_dirty) in its
// own transaction, and the projector rebuilds that source's events once it commits, before the request
// returns — the community's month moves the moment work reaches it, and `burden recompute` (the same
// derivation over every source) afterwards finds nothing to change.
// Each test on its own district of 试验市 (builders), with dates relative to the test's clock.
import { expect, it } from 'vitest';
import { describeEachDatabase, type Agent, type TestEnv } from '../../testing/harness.js';
import type { BuiltDistrict } from '../../testing/builders.js';
import { approveSubmitted } from '../../testing/review.js';

/** Hours of one org in the current month as the dashboard shows them, and what re-estimates moved. */
async function monthOf(
  env: TestEnv,
  agent: Agent,
  org: string,
): Promise<{ hours: number; reestimateHours: number; index: number }> {
  const month = env.dates.month();
  const r = await agent.get(`/api/v1/burden?org=${org}&from=${env.dates.monthFromNow(-12)}&to=${month}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json().series.find((s: { month: string }) => s.month === month);
}

/** A district with one street of three communities, its 民政局 officer and its 减负办 reviewer. */
async function world(env: TestEnv) {
  const d = await env.build.district({ streets: 1, communities: 3 });
  const officer = (await env.build.officer(d)).agent;
  const reviewer = (await env.build.reviewer(d)).agent;
  return { d, officer, reviewer };
}

/** An application of the district's 民政局 for its street, taken through submit, review and approval. */
async function approved(
  env: TestEnv,
  w: { d: BuiltDistrict; officer: Agent; reviewer: Agent },
  draft: Record<string, unknown>,
): Promise<number> {
  const created = await w.officer.post('/api/v1/admissions', {
    kind: 'task',
    listType: 'assist',
    legalBasis: '《中华人民共和国老年人权益保障法》',
    scope: { type: 'streets', codes: [w.d.streets[0].code] },
    resources: { fundsYuan: 20000, staff: '', training: '', equipment: '' },
    assessment: '以工作记录评价，不以照片考核',
    startDate: env.dates.today(),
    expiryDate: env.dates.monthsFromToday(12),
    // Starts today, so without the 30 working days' notice.
    emergency: true,
    emergencyReason: '寒潮预警，需立即开展',
    ...draft,
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as number;
  const submitted = await w.officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
  expect(submitted.statusCode, submitted.body).toBe(200);
  const admitted = await approveSubmitted(env, w.reviewer, id);
  expect(admitted.json().status, admitted.body).toBe('approved');
  return id;
}

async function informalDemand(env: TestEnv, worker: Agent, d: BuiltDistrict) {
  const r = await worker.post('/api/v1/informal-demands', {
    departmentCode: d.department('minzheng'),
    occurredOn: env.dates.today(),
    channel: 'phone',
    content: '电话要求当天报送辖区独居老人名单',
    estimatedMinutes: 90,
    anonymous: true,
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as number;
}

/** A once-only task dispatched to every community of the street; the returned refuse() is the last one's. */
async function dispatchToStreet(env: TestEnv, w: { d: BuiltDistrict; officer: Agent; reviewer: Agent }) {
  const admissionId = await approved(env, w, {
    title: '冬季困难群众走访慰问名单核实',
    description: '按街道下发的名单逐户核实困难群众冬季生活情况，填写核实表。',
    frequency: 'once',
    minutesPerOccurrence: 150,
  });
  const sent = await w.officer.post('/api/v1/dispatches', {
    admissionId,
    title: '冬季困难群众名单核实',
    instructions: '请逐户核实后在系统内填写，无需拍照。',
    dueDate: env.dates.monthsFromToday(12),
    targets: { type: 'communities', codes: w.d.communities },
  });
  expect(sent.statusCode, sent.body).toBe(201);
  const community = w.d.communities[2];
  return {
    async refuse() {
      const worker = (await env.build.worker(community)).agent;
      const inbox = (await worker.get(`/api/v1/communities/${community}/inbox`)).json();
      const item = inbox.items.find((i: { dispatchId: number }) => i.dispatchId === sent.json().id);
      const refused = await worker.post(`/api/v1/inbox-items/${item.id}/actions`, {
        action: 'refuse',
        reason: 'no_resources',
        text: '未安排经费和人手',
      });
      expect(refused.statusCode, refused.body).toBe(200);
    },
  };
}

const STANDING = {
  title: '独居老人冬季每月探访',
  description: '每月上门探访辖区独居老人一次，了解取暖和生活状况，发现困难及时转介。',
  frequency: 'monthly',
  minutesPerOccurrence: 120,
};

/** Every rollup row, rounded (live writes add and subtract; a rebuild sums once). */
async function rollups(env: TestEnv) {
  const db = env.ctx.database.db;
  const round = (n: number) => Math.round(Number(n) * 1000) / 1000;
  const detail = (await db.selectFrom('burden_monthly').selectAll().execute())
    .map((r) => ({ ...r, minutes: round(r.minutes), reestimate_minutes: round(r.reestimate_minutes) }))
    .filter((r) => r.minutes !== 0 || r.reestimate_minutes !== 0)
    .map((r) =>
      JSON.stringify([
        r.org_code,
        r.month,
        r.department_code,
        r.source_kind,
        r.object_kind,
        r.minutes,
        r.reestimate_minutes,
        Number(r.events),
      ]),
    )
    .sort();
  const totals = (await db.selectFrom('burden_org_monthly').selectAll().execute())
    .map((r) => ({ ...r, minutes: round(r.minutes), reestimate_minutes: round(r.reestimate_minutes) }))
    .filter((r) => r.minutes !== 0 || r.reestimate_minutes !== 0)
    .map((r) => JSON.stringify([r.org_code, r.month, r.minutes, r.reestimate_minutes]))
    .sort();
  return { detail, totals };
}

describeEachDatabase(
  'burden events written live',
  (env) => {
    it('an informal demand a worker records raises its month by its minutes, with no number', async () => {
      const { d } = await world(env());
      const community = d.communities[0];
      const worker = (await env().build.worker(community)).agent;
      const before = await monthOf(env(), worker, community);
      const id = await informalDemand(env(), worker, d);
      const after = await monthOf(env(), worker, community);
      expect(after.hours).toBeCloseTo(before.hours + 1.5, 1);
      const events = (
        await worker.get(`/api/v1/burden/events?community=${community}&month=${env().dates.month()}`)
      ).json();
      expect(events).toContainEqual(
        expect.objectContaining({ source: 'informal', admissionNumber: null, hours: 1.5, ref: `informal:${id}` }),
      );
    });

    it('a dispatch to three communities adds its minutes to each; a refusal takes them off again', async () => {
      const w = await world(env());
      const three = w.d.communities;
      const before = await Promise.all(three.map((c) => monthOf(env(), w.reviewer, c)));
      const { refuse } = await dispatchToStreet(env(), w);
      const after = await Promise.all(three.map((c) => monthOf(env(), w.reviewer, c)));
      three.forEach((_, i) => expect(after[i].hours).toBeCloseTo(before[i].hours + 2.5, 1));
      await refuse();
      expect((await monthOf(env(), w.reviewer, three[2])).hours).toBeCloseTo(before[2].hours, 1);
      expect((await monthOf(env(), w.reviewer, three[1])).hours).toBeCloseTo(before[1].hours + 2.5, 1);
    });

    it('counts a standing item from its approval; a re-estimate is tagged and leaves the index alone', async () => {
      const w = await world(env());
      const { reviewer, officer } = w;
      const community = w.d.communities[2];
      const before = await monthOf(env(), reviewer, community);
      const id = await approved(env(), w, STANDING);
      const approvedMonth = await monthOf(env(), reviewer, community);
      expect(approvedMonth.hours).toBeCloseTo(before.hours + 2, 1);

      const amended = await officer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'amend',
        tag: 're_estimate',
        reason: '试点后实测每次约 60 分钟',
        amendment: { minutesPerOccurrence: 60 },
      });
      expect(amended.statusCode, amended.body).toBe(200);
      const reestimated = await monthOf(env(), reviewer, community);
      // The month now costs an hour less, all of it a re-estimate; the index (work only) does not move.
      expect(reestimated.hours).toBeCloseTo(approvedMonth.hours - 1, 1);
      expect(reestimated.reestimateHours).toBeCloseTo(approvedMonth.reestimateHours - 1, 1);
      expect(reestimated.index).toBe(approvedMonth.index);
      const events = (
        await reviewer.get(`/api/v1/burden/events?community=${community}&month=${env().dates.month()}`)
      ).json();
      expect(events).toContainEqual(
        expect.objectContaining({ ref: `admission:${id}`, reestimate: true, hours: -1, source: 'admitted_item' }),
      );

      const revoked = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'revoke',
        opinion: '合并到网格走访',
      });
      expect(revoked.statusCode, revoked.body).toBe(200);
      // Revoked today: it still cost this month, as the recompute would say.
      expect((await monthOf(env(), reviewer, community)).hours).toBeCloseTo(reestimated.hours, 1);
    });

    it('after the live writes of every source a recompute changes no rollup', async () => {
      const w = await world(env());
      const { d } = w;
      // An informal demand, a dispatch with a refusal, a standing item re-estimated and revoked,
      // a planned inspection, an app filed and one exited: each written live by its own writer.
      await informalDemand(env(), (await env().build.worker(d.communities[0])).agent, d);
      await (await dispatchToStreet(env(), w)).refuse();
      const standing = await approved(env(), w, STANDING);
      const amend = {
        action: 'amend',
        tag: 're_estimate',
        reason: '实测约 60 分钟',
        amendment: { minutesPerOccurrence: 60 },
      };
      expect((await w.officer.post(`/api/v1/admissions/${standing}/actions`, amend)).statusCode).toBe(200);
      expect(
        (await w.reviewer.post(`/api/v1/admissions/${standing}/actions`, { action: 'revoke', opinion: '合并' }))
          .statusCode,
      ).toBe(200);
      const yingji = (await env().build.officer(d, 'yingji')).agent;
      const inspection = await env().build.admission(d, {
        kind: 'inspection',
        departmentKind: 'yingji',
        title: '汛期安全隐患排查',
        frequency: 'as_needed',
        occurrencesPerYear: 5,
        minutesPerOccurrence: 150,
      });
      const planned = await yingji.post('/api/v1/inspections', {
        admissionId: inspection.id,
        topic: '汛期安全隐患排查',
        // Today, so that it falls in a month burden already keeps (on the 29th, ten days on is next month).
        startDate: env().dates.today(),
        endDate: env().dates.today(),
        hoursPerCommunity: 2.5,
        communities: d.communities.slice(0, 2),
      });
      expect(planned.statusCode, planned.body).toBe(201);
      const chengguan = (await env().build.officer(d, 'chengguan')).agent;
      const app = await env().build.admission(d, {
        kind: 'app',
        departmentKind: 'chengguan',
        title: '垃圾分类督导小程序',
        frequency: 'daily',
        minutesPerOccurrence: 10,
      });
      const filed = async (name: string) => {
        const r = await chengguan.post('/api/v1/apps', {
          name,
          type: 'chat_group',
          admissionId: app.id,
          minutesPerDay: 15,
          expiryDate: env().dates.monthsFromToday(6),
          features: [],
          targets: { type: 'all', codes: [] },
        });
        expect(r.statusCode, r.body).toBe(201);
        return r.json().id as number;
      };
      await filed('垃圾分类督导群');
      const exited = await filed('创卫工作群');
      expect((await w.reviewer.post(`/api/v1/apps/${exited}/exit`, { reason: '创卫结束' })).statusCode).toBe(200);

      const live = await rollups(env());
      const sources = new Set(
        live.detail
          .map((r) => JSON.parse(r) as unknown[])
          .filter((r) => String(r[0]).startsWith(d.code))
          .map((r) => r[3]),
      );
      expect([...sources].sort()).toEqual(['admitted_item', 'app_group', 'dispatch', 'informal', 'inspection']);
      await env().ctx.services.burden.recompute();
      const rebuilt = await rollups(env());
      expect(rebuilt.totals).toEqual(live.totals);
      expect(rebuilt.detail).toEqual(live.detail);
    });

    it('a source marked but not yet projected (a stop after the commit) is rebuilt by the next drain', async () => {
      const { d } = await world(env());
      const community = d.communities[1];
      const worker = (await env().build.worker(community)).agent;
      const before = await monthOf(env(), worker, community);
      const id = await informalDemand(env(), worker, d);
      const db = env().ctx.database.db;
      expect(await db.selectFrom('burden_dirty').selectAll().execute()).toEqual([]);
      const live = await rollups(env());
      // As if the process stopped between the writer's commit and the projection: the events and the
      // rollups without the demand, its mark still in the outbox.
      await env().ctx.services.burden.recompute();
      await db.deleteFrom('burden_events').where('source_ref', '=', `informal:${id}`).execute();
      await db
        .insertInto('burden_dirty')
        .values({ source_ref: `informal:${id}`, source_kind: 'informal', marked_at: env().clock.nowIso() })
        .execute();
      await env().ctx.services.burden.load([]);
      expect((await monthOf(env(), worker, community)).hours).toBeCloseTo(before.hours, 1);
      expect(await env().ctx.services.burden.drain()).toBe(1);
      expect(await rollups(env())).toEqual(live);
      expect(await db.selectFrom('burden_dirty').selectAll().execute()).toEqual([]);
    });
  },
  { demo: false },
);
