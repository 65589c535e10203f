// Demo step (issue 19): 蜀山区's social organisations (fictional names, valid credit codes), the account of
// 康宁's staff linked to it, and 蜀山区民政局's purchase of 独居老人探访关爱 for the six communities of 五里墩街道
// under a demo admission: a year's term, visits, group activities and case follow-up month by month (one
// community falls behind in autumn, so the dashboard shows a gap), the communities' monthly ratings up to
// last month (this month is left for the worker to rate) and two milestones accepted; then burden's projector
// moves the item's hours off the communities (购买服务承接) and shows 龙居社区's shortfall (购买服务缺口). Written as of
// STORY_DAY and moved by whole months like the rest of the demo.
import type { SocialOrgBody } from '#common/api/purchasing.js';
import { addDays, addMonths, addMonthsToMonth, monthOf, monthRange } from '#common/dates.js';
import type { ActivityKind } from '#common/purchasing.js';
import type { AppContext } from '../../context.js';
import { withCheckChar } from '../purchasing/credit-code.js';
import * as repo from '../purchasing/repository.js';
import { demoOpinion } from './opinions.js';
import { storyOf } from './story.js';

const WULIDUN = ['340104006001', '340104006002', '340104006003', '340104006004', '340104006005', '340104006006'];
const WORKERS: Record<string, string> = {
  '340104006001': 'worker.tuancun',
  '340104006002': 'worker.qingyanglu',
  '340104006003': 'worker.qingxilu',
  '340104006004': 'worker.chencunlu',
  '340104006005': 'worker.jiajia',
  '340104006006': 'worker.longjushequ',
};

type OrgSpec = Omit<SocialOrgBody, 'gradedOn'> & { gradedOn?: string };

const ORGS: OrgSpec[] = [
  {
    name: '蜀山区康宁社会工作服务中心',
    creditCode: withCheckChar('52340104MJB027143'),
    type: 'social_service',
    registeredWith: '合肥市蜀山区民政局',
    jurisdictionCode: '340104',
    grade: '4A',
    gradedOn: '2025-09-18',
    serviceAreas: ['elderly', 'disabled', 'community'],
    contactName: '吴静',
    contactPhone: '0551-65321870',
  },
  {
    name: '蜀山区邻里守望志愿服务协会',
    creditCode: withCheckChar('51340104MJA015628'),
    type: 'social_group',
    registeredWith: '合肥市蜀山区民政局',
    jurisdictionCode: '340104',
    grade: '3A',
    gradedOn: '2024-11-20',
    serviceAreas: ['community', 'elderly'],
    contactName: '许国平',
    contactPhone: '0551-65337412',
  },
  {
    name: '蜀山区青苗儿童成长服务中心',
    creditCode: withCheckChar('52340104MJB039275'),
    type: 'social_service',
    registeredWith: '合肥市蜀山区民政局',
    jurisdictionCode: '340104',
    grade: '3A',
    gradedOn: '2025-06-12',
    serviceAreas: ['children', 'youth'],
    contactName: '方丽',
    contactPhone: '0551-65319026',
  },
  {
    name: '蜀山区安康公益基金会',
    creditCode: withCheckChar('53340104MJ0004816'),
    type: 'foundation',
    registeredWith: '合肥市蜀山区民政局',
    jurisdictionCode: '340104',
    serviceAreas: ['poverty', 'health'],
    contactName: '宋志强',
    contactPhone: '0551-65301155',
  },
  {
    name: '家家景园社区银龄互助队',
    type: 'community_filed',
    registeredWith: '五里墩街道办事处（备案）',
    jurisdictionCode: '340104006005',
    serviceAreas: ['elderly'],
    contactName: '李桂兰',
    contactPhone: '0551-65345520',
  },
];

const min = (a: string, b: string) => (a < b ? a : b);

/** A month's activities in a community: visits (elders visited), a case follow-up, a group activity in turn. */
function monthPlan(community: number, monthIndex: number): { kind: ActivityKind; day: number; n: number }[] {
  // 龙居社区 (the sixth) lost its social worker in autumn: fewer visits, the gap shows.
  const behind = community === 5 && monthIndex >= 8;
  const plan: { kind: ActivityKind; day: number; n: number }[] = [
    { kind: 'visit', day: 4 + community, n: behind ? 1 : 5 + ((community + monthIndex) % 3 === 0 ? 1 : 0) },
    { kind: 'case', day: 15 + community, n: 1 },
  ];
  if (monthIndex % 6 === community) plan.push({ kind: 'group_activity', day: 20, n: 20 + community * 3 });
  return plan;
}

const NOTES: Record<ActivityKind, string> = {
  visit: '上门探访独居老人，了解身体和生活情况，检查燃气、用电安全',
  case: '跟进一名独居老人的就医和助餐需求，联系家属',
  group_activity: '组织老人集体活动（健康讲座、生日会）',
  training: '',
  other: '',
};

export async function seedPurchasing(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const db = ctx.database.db;
  if ((await repo.demoOrgs(db)) > 0) return;
  const { accounts, admission, purchasing } = ctx.services;
  const today = ctx.clock.today();
  // The story's today lags the real one by up to a month (storyOf keeps what it shows as done in the past),
  // so on the first days of a month the story's 31 December, the contract's last day, is already behind.
  // This seed's story then moves one month further: the year's term ends this month and is in force on
  // whatever day the demo is loaded (activities and ratings after today are still left out below).
  const base = storyOf(today);
  const story = base.date('2026-12-31') < today ? storyOf(addMonths(today, 1)) : base;
  const minzheng = await accounts.actingAs('dept.shushan.minzheng');

  const ids: number[] = [];
  for (const o of ORGS) {
    const org = await purchasing.registerOrg(
      minzheng,
      { ...o, ...(o.gradedOn ? { gradedOn: story.date(o.gradedOn) } : {}) },
      { isDemo: true },
    );
    ids.push(org.id);
  }
  await purchasing.linkAccount(minzheng, ids[0], 'org.wulidun.kangning');

  // The admitted work the contract takes off the communities: monthly visits of 3 hours in each community.
  const draft = {
    kind: 'task' as const,
    listType: 'assist' as const,
    title: '独居、空巢老年人定期探访关爱',
    description:
      '对五里墩街道辖区独居、空巢老年人定期上门探访，了解身体、生活和安全状况，发现紧急情况及时联系家属和相关部门；由区民政局购买社会工作服务承接。',
    legalBasis: '《中华人民共和国老年人权益保障法》；民政部等《关于开展特殊困难老年人探访关爱服务的指导意见》',
    scope: { type: 'streets' as const, codes: ['340104006'] },
    frequency: 'monthly' as const,
    occurrencesPerYear: null,
    minutesPerOccurrence: 180,
    ledgerFields: null,
    ledgerRows: null,
    resources: {
      fundsYuan: 216000,
      staff: '政府购买服务：承接社会组织派驻社工 3 名',
      training: '',
      equipment: '',
    },
    assessment: '按探访覆盖率和社区月度评价考核承接机构，不以照片考核',
    startDate: story.date('2025-12-01'),
    expiryDate: story.date('2027-11-30'),
  };
  const number = await admission.importApproved(
    '340104-minzheng',
    draft,
    story.date('2025-11-20'),
    '周立新（演示）',
    demoOpinion(draft.listType, draft.legalBasis),
    { isDemo: true },
  );

  const start = story.date('2026-01-01');
  const contract = await purchasing.createContract(
    minzheng,
    {
      title: story.text('2026年五里墩街道独居老人探访关爱服务项目'),
      admissionNumber: number,
      socialOrgId: ids[0],
      startDate: start,
      endDate: story.date('2026-12-31'),
      budgetYuan: 216000,
      communities: WULIDUN,
      indicators: [
        {
          name: '每位独居老人每年探访 4 次',
          activityKind: 'visit',
          basis: 'per_beneficiary_year',
          target: 4,
          beneficiaries: 96,
        },
        { name: '开展集体活动 12 场', activityKind: 'group_activity', basis: 'total', target: 12 },
        { name: '个案跟进 60 例', activityKind: 'case', basis: 'total', target: 60 },
      ],
      milestones: [
        { name: '首期（合同签订）', dueDate: story.date('2026-01-15'), amountYuan: 64800 },
        { name: '中期评估', dueDate: story.date('2026-07-15'), amountYuan: 86400 },
        { name: '末期评估', dueDate: story.date('2026-12-31'), amountYuan: 64800 },
      ],
    },
    { isDemo: true },
  );

  // Activities and ratings, month by month up to today (inside the transaction, through its handle).
  const staff = await accounts.actingAs('org.wulidun.kangning');
  const months = monthRange(monthOf(start), monthOf(today));
  const raters = new Map<string, number>();
  for (const c of WULIDUN) raters.set(c, (await accounts.actingAs(WORKERS[c])).id);
  let activities = 0;
  let ratings = 0;
  await ctx.database.transaction(async (trx) => {
    for (const [mi, month] of months.entries()) {
      const storyMonth = addMonthsToMonth('2026-01', mi);
      for (const [ci, community] of WULIDUN.entries()) {
        for (const a of monthPlan(ci, mi)) {
          const heldOn = story.day(`${storyMonth}-${String(a.day).padStart(2, '0')}`);
          if (heldOn > today || monthOf(heldOn) !== month) continue;
          await repo.insertActivity(trx, {
            contract_id: contract.id,
            district_code: '340104',
            community_code: community,
            held_on: heldOn,
            kind: a.kind,
            participants: a.kind === 'group_activity' ? 3 : a.kind === 'visit' ? 2 : 1,
            beneficiaries: a.n,
            note: NOTES[a.kind],
            recorded_by: staff.id,
            recorded_at: story.at(heldOn, '17:30'),
            is_demo: 1,
          });
          activities++;
        }
        // Last month and before; this month is the worker's to rate.
        if (month < monthOf(today)) {
          const behind = ci === 5 && mi >= 8;
          await repo.putRating(trx, {
            contract_id: contract.id,
            community_code: community,
            month,
            score: behind ? 3 : 4 + ((ci + mi) % 3 === 0 ? 1 : 0),
            comment: behind ? '探访次数减少，请承接机构补足人手' : '探访及时，老人反映良好',
            rated_by: raters.get(community)!,
            rated_at: story.at(min(story.date(`${addMonthsToMonth(storyMonth, 1)}-03`), today), '10:00'),
            is_demo: 1,
          });
          ratings++;
        }
      }
    }
  });
  // 负担监测: the contract's months moved off the six communities (购买服务承接, and 龙居社区's gap), after the commit.
  await purchasing.markBurden([contract.id]);
  for (const m of contract.milestones.slice(0, 2))
    if (m.dueDate <= today)
      await purchasing.acceptMilestone(minzheng, contract.id, m.id, '指标进度达到节点要求，同意付款');
  // A dispatch under the purchased item: it goes to 康宁's 承接待办, not to the six communities' inboxes.
  const admitted = (await admission.viewByNumber(number))!;
  await ctx.services.dispatch.create(
    minzheng,
    {
      admissionId: admitted.id,
      title: '本月独居老人探访名单核对',
      instructions: '请结合探访情况核对独居、空巢老人名单，新增或变化的在服务台账中更新。',
      dueDate: addDays(today, 10),
      targets: { type: 'streets', codes: ['340104006'] },
    },
    [],
    { isDemo: true },
  );
  log(
    `社会组织 ${ORGS.length} 家；政府购买服务 1 项（${number}，五里墩街道 6 个社区）：服务活动 ${activities} 条，社区月度评价 ${ratings} 条`,
  );
}
