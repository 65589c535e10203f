// 购买服务承接 in 负担监测's own figures, on both databases: a contract takes its admitted item's hours off the
// covered communities as far as the organisation delivers (the community's burden falls by the hours moved, the
// item stays admitted); where delivery falls short the figures name the gap (购买服务缺口) instead of handing the
// work silently back; a recompute gives the same rollups as the live writes.
import { expect, it } from 'vitest';
import type { ContractDetail, ShiftReply } from '#common/api/purchasing.js';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';

interface Dashboard {
  totalHours: number;
  bySource: { source: string; hours: number }[];
  series: { month: string; hours: number }[];
}

async function world(env: TestEnv) {
  const d = await env.build.district({ streets: 1, communities: 3 });
  const [c1, c2, c3] = d.streets[0].communities;
  const officer = await env.build.officer(d);
  const reviewer = await env.build.reviewer(d);
  // Monthly, 2 hours each time: 2 hours a month in each community of the street.
  const admission = await env.build.admission(d, {
    title: '独居老人定期探访',
    frequency: 'monthly',
    minutesPerOccurrence: 120,
    decidedDaysAgo: 200,
    scope: { type: 'streets', codes: [d.streets[0].code] },
  });
  const org = await env.build.socialOrg(d, '试验区康宁社会工作服务中心');
  const startDate = env.dates.monthStart(-2);
  const body = {
    title: '独居老人探访关爱服务',
    admissionNumber: admission.number,
    socialOrgId: org.id,
    startDate,
    endDate: env.dates.termEnd(startDate, 12),
    budgetYuan: 120000,
    communities: [c1, c2],
    // 24 elders in the two communities, 4 visits a year: 4 visits a month in each.
    indicators: [
      {
        name: '每位独居老人每年探访 4 次',
        activityKind: 'visit' as const,
        basis: 'per_beneficiary_year' as const,
        target: 4,
        beneficiaries: 24,
      },
    ],
  };
  const from = env.dates.monthFromNow(-2);
  const to = env.dates.month();
  const dash = async (org: string) => {
    const r = await reviewer.agent.get(`/api/v1/burden?org=${org}&from=${from}&to=${to}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json<Dashboard>();
  };
  const source = (d: Dashboard, s: string) => d.bySource.find((x) => x.source === s)?.hours ?? 0;
  return { d, c1, c2, c3, officer, reviewer, org, body, dash, source };
}

describeEachDatabase(
  'purchased services in the burden figures',
  (env) => {
    it('moves the delivered hours off the community; the one left behind shows a gap, not returned work', async () => {
      const { d, c1, c2, c3, officer, reviewer, org, body, dash, source } = await world(env());
      const before = {
        c1: await dash(c1),
        c2: await dash(c2),
        c3: await dash(c3),
        street: await dash(d.streets[0].code),
      };
      // Three months of the item: 6 hours in each community.
      expect(source(before.c1, 'admitted_item')).toBe(6);

      const res = await officer.agent.post('/api/v1/purchase-contracts', body);
      expect(res.statusCode, res.body).toBe(201);
      const c = res.json<ContractDetail>();
      // Nothing delivered yet: the item is moved off (−6 h) and all of it shows as the organisation's gap.
      const bought = await dash(c1);
      expect(source(bought, 'purchased_service')).toBe(-6);
      expect(source(bought, 'purchase_gap')).toBe(6);
      expect(bought.totalHours).toBe(before.c1.totalHours);

      // The organisation visits in c1 every month (4 elders a month: all that is due); nobody in c2.
      for (const n of [-2, -1, 0]) {
        const heldOn = n === 0 ? env().dates.today() : env().dates.monthStart(n);
        const r = await org.staff.agent.post(`/api/v1/purchase-contracts/${c.id}/activities`, {
          heldOn,
          communityCode: c1,
          kind: 'visit',
          participants: 2,
          beneficiaries: 4,
          note: '上门探访',
        });
        expect(r.statusCode, r.body).toBe(201);
      }
      const after = {
        c1: await dash(c1),
        c2: await dash(c2),
        c3: await dash(c3),
        street: await dash(d.streets[0].code),
      };
      // c1: the burden falls by the 6 hours moved, month by month; the item is still admitted there.
      expect(after.c1.totalHours).toBeCloseTo(before.c1.totalHours - 6, 1);
      expect(source(after.c1, 'admitted_item')).toBe(6);
      expect(source(after.c1, 'purchase_gap')).toBe(0);
      after.c1.series.forEach((m, i) => expect(m.hours).toBeCloseTo(before.c1.series[i].hours - 2, 1));
      // c2: nothing delivered — the figure names the 6 hours as the organisation's gap.
      expect(after.c2.totalHours).toBeCloseTo(before.c2.totalHours, 1);
      expect(source(after.c2, 'purchased_service')).toBe(-6);
      expect(source(after.c2, 'purchase_gap')).toBe(6);
      // c3 is not covered; the street falls by what moved.
      expect(after.c3.totalHours).toBe(before.c3.totalHours);
      expect(after.street.totalHours).toBeCloseTo(before.street.totalHours - 6, 1);
      // The card beside it says the same.
      const shift = (
        await reviewer.agent.get(`/api/v1/purchase-contracts/shift?org=${d.streets[0].code}`)
      ).json<ShiftReply>();
      expect(shift).toMatchObject({ plannedHours: 12, movedHours: 6, gapHours: 6 });
      // Each hour traced: the drill-down of a month names the contract's events under the item's number.
      const month = (
        await reviewer.agent.get(`/api/v1/burden/events?community=${c2}&month=${env().dates.month()}`)
      ).json<{ source: string; admissionNumber: string; hours: number; ref: string }[]>();
      expect(month.filter((e) => e.ref === `purchase_contract:${c.id}`).map((e) => [e.source, e.hours])).toEqual(
        expect.arrayContaining([
          ['purchased_service', -2],
          ['purchase_gap', 2],
        ]),
      );

      // A recompute gives the very same rollups.
      const rollups = async () =>
        (
          await env()
            .ctx.database.db.selectFrom('burden_monthly')
            .select(['org_code', 'month', 'department_code', 'source_kind', 'object_kind', 'minutes', 'events'])
            .where('org_code', 'like', `${d.code}%`)
            .orderBy('org_code')
            .orderBy('month')
            .orderBy('department_code')
            .orderBy('source_kind')
            .orderBy('object_kind')
            .execute()
        ).map((r) => ({ ...r, minutes: Math.round(Number(r.minutes) * 1000) / 1000, events: Number(r.events) }));
      const live = await rollups();
      await env().ctx.services.burden.recompute();
      expect(await rollups()).toEqual(live);
    });

    it('a rating refreshes the figures without changing them; a second purchase moves nothing twice', async () => {
      const { c1, officer, org, body, dash, source } = await world(env());
      const c = (await officer.agent.post('/api/v1/purchase-contracts', body)).json<ContractDetail>();
      const worker = await env().build.worker(c1);
      const r = await worker.agent.post(`/api/v1/purchase-contracts/${c.id}/ratings`, {
        communityCode: c1,
        month: env().dates.month(),
        score: 2,
        comment: '本月未见探访',
      });
      expect(r.statusCode, r.body).toBe(200);
      expect(source(await dash(c1), 'purchase_gap')).toBe(6);
      // Bought again for c1: the month is already bought, nothing more is moved off (no burden below zero).
      const twice = await officer.agent.post('/api/v1/purchase-contracts', { ...body, communities: [c1] });
      expect(twice.statusCode, twice.body).toBe(201);
      expect(twice.json<ContractDetail>().shift.plannedHours).toBe(0);
      expect(source(await dash(c1), 'purchased_service')).toBe(-6);
      // The organisation does not see 负担监测; a worker sees only its own community's.
      expect((await org.staff.agent.get(`/api/v1/burden?org=${c1}`)).statusCode).toBe(403);
      expect((await worker.agent.get(`/api/v1/burden?org=${body.communities[1]}`)).statusCode).toBe(403);
    });
  },
  { demo: false },
);
