// The inspection plan and the registry of apps and work groups, each test on its own small district of
// 试验市 (builders), with every date relative to the test's clock.
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import { TEST_PASSWORD } from '../../testing/builders.js';
import { chinaDate } from '#common/dates.js';

const visit = (admission: number, topic: string, startDate: string, communities: string[]) => ({
  admissionId: admission,
  topic,
  startDate,
  endDate: startDate,
  hoursPerCommunity: 3,
  communities,
  recordsRef: '汛期隐患排查台账（系统内生成）',
});

async function orgName(env: TestEnv, code: string): Promise<string> {
  return (await env.ctx.services.orgs.find(code))!.name;
}

/** A district with six communities in one street, its 应急管理局 officer and an admitted inspection of it. */
async function inspectionWorld(env: TestEnv) {
  const d = await env.build.district({ streets: 1, communities: 6 });
  const officer = (await env.build.officer(d, 'yingji')).agent;
  const inspection = await env.build.admission(d, {
    kind: 'inspection',
    departmentKind: 'yingji',
    title: '汛期安全隐患排查',
    description: '汛期每月一次，协助排查低洼小区、老旧房屋和地下车库的积水隐患，发现险情立即报告街道防汛办。',
    frequency: 'as_needed',
    occurrencesPerYear: 5,
    minutesPerOccurrence: 150,
  });
  // The plan is for a month ahead; its days, and the year the plan and calendars are asked for.
  const month = env.dates.monthFromNow(2);
  return { d, officer, inspection, month, day: (dd: string) => `${month}-${dd}`, year: month.slice(0, 4) };
}

describeEachDatabase(
  'inspection plan',
  (env) => {
    it('plans numbered inspections, refuses one over the monthly cap, and shows each community its calendar', async () => {
      const { d, officer, inspection, month, day, year } = await inspectionWorld(env());
      const [, , , c4, c5, c6] = d.communities;
      const a = await officer.post(
        '/api/v1/inspections',
        visit(inspection.id, '汛期安全隐患排查', day('08'), [c5, c6]),
      );
      expect(a.statusCode, a.body).toBe(201);
      expect(
        (await officer.post('/api/v1/inspections', visit(inspection.id, '汛期防汛安全隐患检查', day('20'), [c5])))
          .statusCode,
      ).toBe(201);
      const third = await officer.post(
        '/api/v1/inspections',
        visit(inspection.id, '汛期安全复查', day('25'), [c5, c4]),
      );
      expect(third.statusCode).toBe(409);
      expect(third.json()).toMatchObject({ code: 'inspection_cap_exceeded', caps: { perMonth: 2 } });
      expect(third.json().breaches).toEqual([
        { community: c5, communityName: await orgName(env(), c5), scope: 'month', planned: 3, cap: 2 },
      ]);

      const plan = (await officer.get(`/api/v1/districts/${d.code}/inspections?year=${year}`)).json();
      expect(plan.items).toHaveLength(2);
      expect(plan.items[0]).toMatchObject({
        topic: '汛期安全隐患排查',
        totalHours: 6,
        recordsRef: '汛期隐患排查台账（系统内生成）',
      });
      expect(plan.suggestions).toEqual([expect.objectContaining({ month, sharedCommunities: 1 })]);

      const worker = (await env().build.worker(c5)).agent;
      const cal = (await worker.get(`/api/v1/communities/${c5}/inspections?year=${year}`)).json();
      expect(cal.items.map((i: { startDate: string }) => i.startDate)).toEqual([day('08'), day('20')]);
      expect(cal.hours).toBe(6);
      expect(cal.items[0].admissionNumber).toBe(inspection.number);
      expect(cal.items[0].admissionNumber).toMatch(new RegExp(`^${d.abbreviation}准`));
      expect((await worker.get(`/api/v1/communities/${c6}/inspections?year=${year}`)).statusCode).toBe(403);
    });

    it('needs an inspection-kind number of the own department (一事一码)', async () => {
      const { d, officer, inspection, day } = await inspectionWorld(env());
      const ledger = await env().build.admission(d, {
        kind: 'ledger',
        departmentKind: 'yingji',
        title: '防汛物资台账',
        description: '每季度更新社区防汛物资台账，记录沙袋、雨衣和应急广播的数量与存放点。',
        ledgerFields: 8,
        ledgerRows: 20,
      });
      const res = await officer.post(
        '/api/v1/inspections',
        visit(ledger.id, '台账检查', day('01'), [d.communities[0]]),
      );
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('inspection_needs_number');
      const minzheng = (await env().build.officer(d, 'minzheng')).agent;
      const own = await minzheng.post(
        '/api/v1/inspections',
        visit(inspection.id, '借用编号', day('01'), [d.communities[0]]),
      );
      expect(own.statusCode).toBe(403);
    });

    it('lets the district’s reviewer set the caps, and no one else', async () => {
      const { d, officer, inspection, day } = await inspectionWorld(env());
      const caps = `/api/v1/districts/${d.code}/inspection-caps`;
      expect((await officer.request('PUT', caps, { perYear: 6, perMonth: 1 })).statusCode).toBe(403);
      const neighbour = (await env().build.reviewer(await env().build.district())).agent;
      expect((await neighbour.request('PUT', caps, { perYear: 6, perMonth: 1 })).statusCode).toBe(403);
      const reviewer = (await env().build.reviewer(d)).agent;
      const res = await reviewer.request('PUT', caps, { perYear: 6, perMonth: 1 });
      expect(res.json()).toEqual({ perYear: 6, perMonth: 1 });
      expect(
        (await officer.post('/api/v1/inspections', visit(inspection.id, '汛前检查', day('10'), [d.communities[0]])))
          .statusCode,
      ).toBe(201);
      expect(
        (await officer.post('/api/v1/inspections', visit(inspection.id, '汛前复查', day('20'), [d.communities[0]])))
          .statusCode,
      ).toBe(409);
    });
  },
  { demo: false },
);

/** A district with one street of six communities, its 城市管理局 officer and an admitted app of it. */
async function appWorld(env: TestEnv) {
  const d = await env.build.district({ streets: 1, communities: 6 });
  const officer = await env.build.officer(d, 'chengguan');
  const admission = await env.build.admission(d, {
    kind: 'app',
    departmentKind: 'chengguan',
    title: '生活垃圾分类桶边督导小程序',
    description: '督导志愿者通过小程序记录投放点督导情况和问题点位，社区每日查看并转交物业处理，不设打卡和排名。',
    frequency: 'daily',
    minutesPerOccurrence: 10,
  });
  const body = (over: Record<string, unknown> = {}) => ({
    name: '垃圾分类督导小程序',
    type: 'mini_program',
    admissionId: admission.id,
    purpose: '记录桶边督导情况',
    minutesPerDay: 10,
    expiryDate: env.dates.monthsFromToday(12),
    features: [],
    targets: { type: 'streets', codes: [d.streets[0].code] },
    ...over,
  });
  return { d, officer, body };
}

const appsOf = async (worker: { get(url: string): Promise<{ json(): unknown }> }, community: string) =>
  (await worker.get(`/api/v1/communities/${community}/apps`)).json() as {
    items: { id: number; name: string; status: string; minutesPerDay: number }[];
    counts: { total: number; zombie: number };
    minutesPerDay: number;
  };

describeEachDatabase(
  'apps and work groups',
  (env) => {
    it('refuses an app with a prohibited feature and files one without', async () => {
      const { d, officer, body } = await appWorld(env());
      const barred = await officer.agent.post('/api/v1/apps', body({ features: ['check_in', 'ranking'] }));
      expect(barred.statusCode).toBe(422);
      expect(barred.json()).toMatchObject({ code: 'prohibited_features', features: ['check_in', 'ranking'] });
      const ok = await officer.agent.post('/api/v1/apps', body());
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json()).toMatchObject({ status: 'active', communityCount: 6 });

      const worker = (await env().build.worker(d.communities[4])).agent;
      const mine = await appsOf(worker, d.communities[4]);
      expect(mine.items.map((a) => a.name)).toEqual(['垃圾分类督导小程序']);
      expect(mine.counts).toEqual({ total: 1, zombie: 0 });
      expect(mine.minutesPerDay).toBe(10);
      const outsider = (await env().build.worker((await env().build.district()).communities[0])).agent;
      expect((await outsider.get(`/api/v1/communities/${d.communities[4]}/apps`)).statusCode).toBe(403);
    });

    it('marks an app unused for 90 days as a zombie; a reviewer makes it exit', async () => {
      const { d, officer, body } = await appWorld(env());
      const created = (
        await officer.agent.post('/api/v1/apps', body({ name: '创卫打分群', type: 'chat_group' }))
      ).json();
      const reviewer = await env().build.reviewer(d);
      const worker = await env().build.worker(d.communities[4]);
      const statusAfter = async (days: number) => {
        env().clock.advanceDays(days);
        try {
          // A fresh login: the days on, the first session has ended.
          const list = (await (await env().login(officer.username, TEST_PASSWORD)).get('/api/v1/apps')).json();
          return list.find((a: { id: number }) => a.id === created.id).status as string;
        } finally {
          env().clock.advanceDays(-days);
        }
      };
      expect(await statusAfter(89)).toBe('active');
      expect(await statusAfter(90)).toBe('zombie');

      env().clock.advanceDays(90);
      try {
        const r = await env().login(reviewer.username, TEST_PASSWORD);
        const mine = await appsOf(await env().login(worker.username, TEST_PASSWORD), d.communities[4]);
        expect(mine.counts).toEqual({ total: 1, zombie: 1 });
        const exited = await r.post(`/api/v1/apps/${created.id}/exit`, { reason: '90 天未使用，予以解散' });
        expect(exited.json()).toMatchObject({ status: 'exited', exitReason: '90 天未使用，予以解散' });
        expect(chinaDate(exited.json().exitedAt)).toBe(env().dates.today());
        const after = await appsOf(await env().login(worker.username, TEST_PASSWORD), d.communities[4]);
        expect(after.items.find((a) => a.id === created.id)!.status).toBe('exited');
        expect(after.counts).toEqual({ total: 0, zombie: 0 });
        expect((await r.post(`/api/v1/apps/${created.id}/exit`, { reason: 'again' })).statusCode).toBe(409);
      } finally {
        env().clock.advanceDays(-90);
      }
    });
  },
  { demo: false },
);
