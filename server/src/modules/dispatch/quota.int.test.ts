// Dispatch held to what was admitted: the admitted frequency per community and calendar period, the admitted
// hours per community and year, and a warning before nearly the same work goes out again while the first is
// still open. Each test on its own district of 试验市, dates relative to the test clock.
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import type { Agent } from '../../testing/agent.js';
import { TEST_PASSWORD } from '../../testing/builders.js';
import { addMonths, daysBetween, quarterStart } from '#common/dates.js';

async function world(env: TestEnv, opts: Parameters<TestEnv['build']['admission']>[1] = {}) {
  const d = await env.build.district({ streets: 1, communities: 3 });
  const account = await env.build.officer(d);
  const admission = await env.build.admission(d, opts);
  return { d, officer: account.agent, username: account.username, admission };
}

const send = (env: TestEnv, officer: Agent, body: Record<string, unknown>) =>
  officer.post('/api/v1/dispatches', { dueDate: env.dates.daysFromToday(20), ...body });

describeEachDatabase(
  'dispatch held to the admitted frequency and hours',
  (env) => {
    it('blocks a second quarterly dispatch to a community in the same quarter with 409 and the count', async () => {
      const { d, officer, admission } = await world(env());
      const first = await send(env(), officer, {
        admissionId: admission.id,
        title: '本季度高龄津贴资格认证',
        instructions: '核对认证名单，上门协助未认证老人。',
        targets: { type: 'communities', codes: [d.communities[0], d.communities[1]] },
      });
      expect(first.statusCode, first.body).toBe(201);
      const before = (await officer.get('/api/v1/dispatches')).json().total;

      const again = await send(env(), officer, {
        admissionId: admission.id,
        title: '困难老人走访名单补报',
        instructions: '补报辖区困难老人走访情况。',
        targets: { type: 'communities', codes: d.communities },
      });
      expect(again.statusCode, again.body).toBe(409);
      expect(again.headers['content-type']).toContain('application/problem+json');
      const p = again.json();
      expect(p.code).toBe('dispatch_over_frequency');
      expect(p.detail).toContain('本季度已派 1 次，准入频次为每季度 1 次');
      expect(p.excess.map((e: { community: { code: string } }) => e.community.code).sort()).toEqual(
        [d.communities[0], d.communities[1]].sort(),
      );
      expect(p.excess[0]).toMatchObject({ rule: 'frequency', period: 'quarter', count: 1, allowed: 1 });
      // Nothing was saved; the community not reached yet can still be sent to.
      expect((await officer.get('/api/v1/dispatches')).json().total).toBe(before);
      const third = await send(env(), officer, {
        admissionId: admission.id,
        title: '本季度高龄津贴资格认证（第三社区）',
        targets: { type: 'communities', codes: [d.communities[2]] },
      });
      expect(third.statusCode, third.body).toBe(201);
    });

    it('counts by the quarter in China time: next quarter on the clock the same community may be sent to', async () => {
      const { d, officer, username, admission } = await world(env());
      const target = { type: 'communities', codes: [d.communities[0]] };
      expect(
        (await send(env(), officer, { admissionId: admission.id, title: '认证一', targets: target })).statusCode,
      ).toBe(201);
      // To the first day of the next quarter in China.
      const today = env().dates.today();
      const days = daysBetween(today, addMonths(quarterStart(today), 3));
      env().clock.advanceDays(days);
      try {
        const next = await (
          await env().login(username, TEST_PASSWORD)
        ).post('/api/v1/dispatches', {
          admissionId: admission.id,
          title: '认证二',
          dueDate: env().dates.daysFromToday(20),
          targets: target,
        });
        expect(next.statusCode, next.body).toBe(201);
      } finally {
        env().clock.advanceDays(-days);
      }
    });

    it('does not count refused work against the admission', async () => {
      const { d, officer, admission } = await world(env());
      const community = d.communities[0];
      const sent = (
        await send(env(), officer, {
          admissionId: admission.id,
          title: '名单核对',
          targets: { type: 'communities', codes: [community] },
        })
      ).json();
      const worker = (await env().build.worker(community)).agent;
      const item = (await worker.get(`/api/v1/communities/${community}/inbox`))
        .json()
        .items.find((i: { dispatchId: number }) => i.dispatchId === sent.id);
      const refused = await worker.post(`/api/v1/inbox-items/${item.id}/actions`, {
        action: 'refuse',
        reasons: ['no_resources', 'other'],
        text: '未配发终端；名单与上月重复',
      });
      expect(refused.json()).toMatchObject({
        refusalReasons: ['no_resources', 'other'],
        refusalReason: 'no_resources',
      });
      const again = await send(env(), officer, {
        admissionId: admission.id,
        title: '名单核对（配发终端后）',
        targets: { type: 'communities', codes: [community] },
      });
      expect(again.statusCode, again.body).toBe(201);
    });

    it('holds as-needed work to its admitted count a year', async () => {
      // Twice a year at 60 minutes: 2 hours per community and year.
      const { d, officer, admission } = await world(env(), {
        frequency: 'as_needed',
        occurrencesPerYear: 2,
        minutesPerOccurrence: 60,
      });
      const target = { type: 'communities', codes: [d.communities[0]] };
      for (const title of ['防汛物资清点', '应急避难场所巡查'])
        expect((await send(env(), officer, { admissionId: admission.id, title, targets: target })).statusCode).toBe(
          201,
        );
      const third = await send(env(), officer, {
        admissionId: admission.id,
        title: '燃气安全入户宣传',
        targets: target,
      });
      expect(third.statusCode).toBe(409);
      // The admitted count a year is its frequency.
      expect(third.json()).toMatchObject({ code: 'dispatch_over_frequency' });
      expect(third.json().detail).toContain('本年度已派 2 次，准入频次为每年 2 次');
    });

    it('holds daily work to one dispatch a day', async () => {
      const { d, officer, admission } = await world(env(), {
        frequency: 'daily',
        minutesPerOccurrence: 10,
      });
      const target = { type: 'communities', codes: [d.communities[0]] };
      expect(
        (await send(env(), officer, { admissionId: admission.id, title: '每日巡查', targets: target })).statusCode,
      ).toBe(201);
      const same = await send(env(), officer, {
        admissionId: admission.id,
        title: '每日巡查（下午）',
        targets: target,
      });
      expect(same.json()).toMatchObject({ code: 'dispatch_over_frequency' });
      expect(same.json().detail).toContain('今日已派 1 次，准入频次为每日 1 次');
    });

    it('warns of a near-duplicate of open work, naming it, and sends once the department confirms', async () => {
      const { d, officer, admission } = await world(env(), { frequency: 'as_needed', occurrencesPerYear: 12 });
      const first = (
        await send(env(), officer, {
          admissionId: admission.id,
          title: '辖区高龄老人资格认证名单核对',
          instructions: '请核对系统生成的认证名单，对未完成线上认证的老人上门协助认证，并补录结果。',
          targets: { type: 'communities', codes: [d.communities[0], d.communities[1]] },
        })
      ).json();
      const body = {
        admissionId: admission.id,
        title: '辖区高龄老人资格认证名单核对（补充）',
        instructions: '请核对系统生成的认证名单，对未完成线上认证的老人上门协助认证，并补录结果。',
        targets: { type: 'communities', codes: [d.communities[1], d.communities[2]] },
      };
      const warned = await send(env(), officer, body);
      expect(warned.statusCode, warned.body).toBe(409);
      expect(warned.json()).toMatchObject({ code: 'dispatch_near_duplicate' });
      expect(warned.json().detail).toContain('辖区高龄老人资格认证名单核对');
      expect(warned.json().duplicates).toEqual([
        expect.objectContaining({ id: first.id, communities: [expect.objectContaining({ code: d.communities[1] })] }),
      ]);
      const confirmed = await send(env(), officer, { ...body, confirmDuplicate: true });
      expect(confirmed.statusCode, confirmed.body).toBe(201);
      // Other work under the same number, or the same work elsewhere, is no duplicate.
      const other = await send(env(), officer, {
        admissionId: admission.id,
        title: '独居老人冬季取暖情况排查',
        instructions: '排查独居老人取暖设备安全。',
        targets: { type: 'communities', codes: [d.communities[0]] },
      });
      expect(other.statusCode, other.body).toBe(201);
    });
  },
  { demo: false },
);
