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
