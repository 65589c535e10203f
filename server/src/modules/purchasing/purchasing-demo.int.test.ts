// The demo's purchased services (issue 19's "done when"): 蜀山区's social organisations with valid credit
// codes on the public list, 蜀山区民政局's contract for visits to elders living alone in 五里墩街道 under a demo
// admission, activities and ratings month by month, the organisation's own login, and 负担监测's hours moved
// off the communities with the gap 龙居社区's shortfall leaves.
import { expect, it } from 'vitest';
import type { ContractDetail, ContractSummary, PublicSocialOrg, ShiftReply } from '#common/api/purchasing.js';
import type { CatalogueItemList, ContractRecord } from '#common/api/purchasing-catalogue.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { creditCodeProblem } from './credit-code.js';

describeEachDatabase('purchased services in the demo', (env) => {
  it('holds the registry, a contract under a demo admission, a year of delivery and the hours moved', async () => {
    const orgs = (await env().anon.get('/api/v1/public/social-orgs?jurisdiction=340104')).json<{
      items: PublicSocialOrg[];
    }>().items;
    expect(orgs.length).toBeGreaterThanOrEqual(5);
    for (const o of orgs) if (o.creditCode) expect(creditCodeProblem(o.creditCode, o.type)).toBeNull();
    expect(orgs.find((o) => o.type === 'community_filed')?.creditCode).toBeNull();

    const staff = await env().login('org.wulidun.kangning');
    const [mine] = (await staff.get('/api/v1/purchase-contracts')).json<{ items: ContractSummary[] }>().items;
    expect(mine.buyer.name).toBe('蜀山区民政局');
    expect(mine.communities).toHaveLength(6);
    const detail = (await staff.get(`/api/v1/purchase-contracts/${mine.id}`)).json<ContractDetail>();
    expect(detail.can.record).toBe(true);
    expect(detail.activities.length).toBeGreaterThan(100);
    expect(detail.ratings.length).toBeGreaterThanOrEqual(6 * 10);
    expect(detail.milestones.filter((m) => m.acceptedAt)).toHaveLength(2);
    const visits = detail.indicators.find((i) => i.activityKind === 'visit')!;
    expect(visits.required).toBe(384);
    expect(visits.delivered).toBeGreaterThan(300);

    // The number is a real one in force: its public record answers.
    const check = await env().anon.get(`/api/v1/public/admissions/${encodeURIComponent(mine.admissionNumber)}`);
    expect(check.statusCode).toBe(200);

    const reviewer = await env().login('reviewer.shushan');
    const shift = (await reviewer.get('/api/v1/purchase-contracts/shift?org=340104006')).json<ShiftReply>();
    expect(shift.movedHours).toBeGreaterThan(150);
    expect(shift.gapHours).toBeGreaterThan(0);
    expect(shift.plannedHours).toBeCloseTo(shift.movedHours + shift.gapHours, 0);

    // 负担监测's own figures hold the same hours: moved off the six communities, 龙居社区's gap named apart.
    type Dash = { totalHours: number; bySource: { source: string; hours: number }[] };
    const of = (d: Dash, s: string) => d.bySource.find((x) => x.source === s)?.hours ?? 0;
    const street = (await reviewer.get('/api/v1/burden?org=340104006')).json<Dash>();
    const moved = -(of(street, 'purchased_service') + of(street, 'purchase_gap'));
    expect(Math.abs(moved - shift.movedHours)).toBeLessThanOrEqual(0.2);
    expect(Math.abs(of(street, 'purchase_gap') - shift.gapHours)).toBeLessThanOrEqual(0.2);
    const longju = (await reviewer.get('/api/v1/burden?org=340104006006')).json<Dash>();
    const jiajia = (await reviewer.get('/api/v1/burden?org=340104006005')).json<Dash>();
    expect(of(longju, 'purchase_gap')).toBeGreaterThan(of(jiajia, 'purchase_gap'));
    const jiajiaMoved = -(of(jiajia, 'purchased_service') + of(jiajia, 'purchase_gap'));
    console.info(
      `demo 购买服务承接: 五里墩街道 planned ${shift.plannedHours} h, moved ${shift.movedHours} h, gap ${shift.gapHours} h; ` +
        `street burden ${street.totalHours + moved} h → ${street.totalHours} h; 家家景园社区 ${jiajia.totalHours + jiajiaMoved} h → ` +
        `${jiajia.totalHours} h (gap ${of(jiajia, 'purchase_gap')} h); 龙居社区 gap ${of(longju, 'purchase_gap')} h`,
    );
    // The dispatch under the purchased item is in 康宁's 承接待办, not in the communities' inboxes.
    const inbox = (await staff.get('/api/v1/social-org/inbox')).json<{ total: number }>();
    expect(inbox.total).toBe(6);
    const worker = await env().login('worker.jiajia');
    const own = (await worker.get('/api/v1/communities/340104006005/inbox')).json<{
      handledElsewhere: { name: string; open: number }[];
    }>();
    expect(own.handledElsewhere).toEqual([{ name: '蜀山区康宁社会工作服务中心', open: 1 }]);
  });

  it('holds 蜀山区’s 指导性目录, monthly reports with computed numbers and residents’ ratings (part B)', async () => {
    const list = (
      await env().anon.get('/api/v1/public/purchase-catalogue?jurisdiction=340104')
    ).json<CatalogueItemList>();
    expect(list.items.map((i) => i.name)).toContain('独居、空巢老年人探访关爱');
    expect(list.items.length).toBeGreaterThanOrEqual(4);
    const buyer = await env().login('dept.shushan.minzheng');
    const [c] = (await buyer.get('/api/v1/purchase-contracts')).json<{ items: ContractSummary[] }>().items;
    const record = (await buyer.get(`/api/v1/purchase-contracts/${c.id}/record`)).json<ContractRecord>();
    expect(record.reports.length).toBeGreaterThanOrEqual(9);
    expect(record.reports.every((r) => r.numbers.activities > 0)).toBe(true);
    // Last month's report is still due; the contract is open for the buyer to close.
    expect(record.missingReports).toHaveLength(1);
    expect(record).toMatchObject({ evaluation: null, residentRatings: 2, can: { evaluate: true } });
  });
});
