// Demo step (issue 19, part B): 蜀山区's 政府购买服务指导性目录 (four items, kept by 区民政局), the monthly
// reports 康宁 filed for the months of its contract up to last month (their numbers computed from the
// activities the previous step recorded; the last one left for the organisation to file) and a few residents'
// ratings of the service. The contract stays open: the buyer's closing evaluation is the user's to give.
import { monthOf, monthRange } from '#common/dates.js';
import type { AppContext } from '../../context.js';
import * as records from '../purchasing/catalogue-repository.js';
import * as repo from '../purchasing/repository.js';

const ITEMS = [
  {
    name: '独居、空巢老年人探访关爱',
    serviceArea: 'elderly' as const,
    description: '定期上门探访独居、空巢、留守老年人，了解身体、生活和安全状况，及时转介',
  },
  {
    name: '困境儿童关爱保护',
    serviceArea: 'children' as const,
    description: '困境儿童、留守儿童的走访、个案服务和监护指导',
  },
  {
    name: '残疾人居家托养与康复服务',
    serviceArea: 'disabled' as const,
    description: '重度残疾人居家托养、上门康复指导',
  },
  {
    name: '社区社会组织培育孵化',
    serviceArea: 'community' as const,
    description: '培育备案社区社会组织，开展能力建设和项目指导',
  },
];

const REPORT_TEXT = [
  '按计划完成本月探访，重点关注高龄独居老人的用电、用气安全。',
  '本月开展集体活动一次，个案跟进按时完成，未发现紧急情况。',
  '天气变化较大，增加了电话问候，上门探访按计划进行。',
];

export async function seedPurchasingCatalogue(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const db = ctx.database.db;
  const { accounts, purchaseCatalogue, deliveryRecords } = ctx.services;
  const minzheng = await accounts.actingAs('dept.shushan.minzheng');
  for (const item of ITEMS)
    await purchaseCatalogue.add(minzheng, { jurisdictionCode: '340104', ...item }, { isDemo: true });

  const staff = await accounts.actingAs('org.wulidun.kangning');
  const orgId = await repo.orgOfUser(db, staff.id);
  const contract = orgId === null ? undefined : (await repo.contractsOfOrg(db, orgId))[0];
  let reports = 0;
  let rated = 0;
  if (contract) {
    const today = ctx.clock.today();
    // Every month of the term before last month: last month's report is still the organisation's to file.
    const months = monthRange(monthOf(contract.start_date), monthOf(today)).slice(0, -2);
    for (const [i, month] of months.entries()) {
      await deliveryRecords.report(
        staff,
        contract.id,
        { month, text: REPORT_TEXT[i % REPORT_TEXT.length] },
        { isDemo: true, at: `${month}-28T09:00:00.000Z` },
      );
      reports++;
    }
    for (const [username, score, comment] of [
      ['resident.demo', 5, '社工每月都来看我，帮我换了燃气报警器'],
      ['resident.demo2', 4, ''],
    ] as const) {
      const resident = await accounts.actingAs(username);
      if (!(JSON.parse(contract.communities) as string[]).includes(resident.orgCode)) continue;
      await deliveryRecords.rateAsResident(resident, contract.id, { score, comment }, { isDemo: true });
      rated++;
    }
    const n = (await records.reportsOf(db, contract.id)).length;
    if (n !== reports) throw new Error(`demo: ${reports} reports filed, ${n} stored`);
  }
  log(`政府购买服务指导性目录（蜀山区）${ITEMS.length} 项；月度报告 ${reports} 份；居民评价 ${rated} 条`);
}
