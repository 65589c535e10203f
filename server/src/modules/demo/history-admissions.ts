// Demo step: the admissions behind the numbers 蜀山区's burden history credits hours to (蜀准〔2024〕3号 …),
// recorded as paper approvals kept under their numbers, so the public check knows every number the demo
// shows. Approved in early 2024 and expired since, or revoked — the apps in the 2025 campaign, the two
// renamed items of the 2026 rebound once the office saw through them. They carry no time estimate of their
// own: the history already holds their hours, and counting them again would double them.
import type { ObjectKind, Frequency } from '#common/admission.js';
import type { AppContext } from '../../context.js';
import { historyNumbers } from './burden-history.js';
import { demoOpinion } from './opinions.js';
import { storyOf } from './story.js';

interface HistoryRecord {
  title: string;
  description: string;
  /** Revoked on this day (as written), with this reason; else it expires at the end of its term. */
  revoked?: { on: string; reason: string };
}

const REVOKED_APPS = { on: '2025-05-30', reason: '减负专项行动：政务应用和工作群清理，予以退出（演示）' };
const RENAMED = {
  on: '2026-11-20',
  reason: '减负办核查：与已退出事项实质相同、改名后重新申报，属变相反弹，予以撤销（演示）',
};

const RECORDS: { [number: string]: HistoryRecord } = {
  '蜀准〔2024〕3号': {
    title: '困难群众家庭经济状况入户核查',
    description: '每季度协助区民政局入户核查低保、特困家庭经济状况。',
  },
  '蜀准〔2024〕5号': {
    title: '居民健康档案入户核查更新',
    description: '每季度协助核对辖区居民健康档案中的联系方式和慢病信息。',
  },
  '蜀准〔2024〕8号': {
    title: '灵活就业人员入户调查登记',
    description: '每季度协助调查辖区灵活就业人员就业和参保情况。',
  },
  '蜀准〔2024〕11号': {
    title: '老旧小区房屋安全隐患排查',
    description: '每季度协助排查老旧小区房屋安全隐患并报送住建部门。',
  },
  '蜀准〔2024〕14号': { title: '退役军人家庭走访登记', description: '每季度走访辖区退役军人家庭，登记困难诉求。' },
  '蜀准〔2024〕17号': { title: '残疾人基本服务状况调查', description: '每季度协助调查持证残疾人基本服务需求。' },
  '蜀准〔2024〕21号': { title: '低保及特困人员动态管理台账', description: '每月更新低保、特困人员动态管理台账。' },
  '蜀准〔2024〕22号': {
    title: '重点人群健康管理台账',
    description: '每月更新老年人、慢病患者等重点人群健康管理台账。',
  },
  '蜀准〔2024〕23号': { title: '社区基本情况统计台账', description: '每月报送社区人口、住户等基本情况统计台账。' },
  '蜀准〔2024〕24号': { title: '残疾人证办理情况台账', description: '每月更新辖区残疾人证办理和复评情况台账。' },
  '蜀准〔2024〕25号': { title: '社区就业援助台账', description: '每月更新就业困难人员援助情况台账。' },
  '蜀准〔2024〕31号': {
    title: '社区安全生产和消防安全检查',
    description: '区应急管理局对社区安全生产和消防工作的年度检查。',
  },
  '蜀准〔2024〕32号': { title: '市容环境卫生督查', description: '区城市管理局对社区市容环境卫生的年度督查。' },
  '蜀准〔2024〕33号': { title: '基层党建工作考核', description: '区委组织部对社区党组织党建工作的年度考核。' },
  '蜀准〔2024〕41号': {
    title: '数字城管社区信息采集应用',
    description: '社区使用数字城管应用上报市容问题。',
    revoked: REVOKED_APPS,
  },
  '蜀准〔2024〕42号': {
    title: '应急值守信息报送小程序',
    description: '社区每日在小程序报送应急值守情况。',
    revoked: REVOKED_APPS,
  },
  '蜀准〔2024〕43号': {
    title: '健康宣教积分小程序',
    description: '社区组织居民在小程序参加健康宣教活动。',
    revoked: REVOKED_APPS,
  },
  '蜀准〔2024〕44号': {
    title: '平安社区信息采集应用',
    description: '社区使用应用采集平安建设相关信息。',
    revoked: REVOKED_APPS,
  },
  '蜀准〔2024〕51号': { title: '社区养老服务需求调查任务', description: '按需派单：协助调查居家老人养老服务需求。' },
  '蜀准〔2024〕52号': { title: '重点人群随访任务', description: '按需派单：协助卫健部门联系重点人群随访。' },
  '蜀准〔2026〕41号': { title: '居民健康信息入户核实', description: '每季度入户核实居民健康信息。', revoked: RENAMED },
  '蜀准〔2026〕47号': {
    title: '困难家庭生活状况问卷调查',
    description: '每季度入户开展困难家庭生活状况问卷调查。',
    revoked: RENAMED,
  },
};

const FREQUENCY: { [kind: string]: Frequency } = {
  task: 'quarterly',
  survey: 'quarterly',
  ledger: 'monthly',
  inspection: 'yearly',
  app: 'daily',
};

export async function seedHistoryAdmissions(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const { admission, accounts } = ctx.services;
  const story = storyOf(ctx.clock.today());
  const reviewer = await accounts.actingAs('reviewer.shushan');
  const numbers: string[] = [];
  for (const h of historyNumbers()) {
    const record = RECORDS[h.number];
    if (!record) throw new Error(`no admission record for ${h.number}`);
    const year = Number(/〔(\d{4})〕/.exec(h.number)![1]);
    // 2024 numbers: decided in January, in force from March for two years; 2026 ones: from April.
    const decided = year === 2024 ? '2024-01-15' : '2026-02-20';
    const start = year === 2024 ? '2024-03-01' : '2026-04-01';
    const expiry = year === 2024 ? '2025-12-31' : '2028-03-31';
    const kind = h.kind as ObjectKind;
    const legalBasis = '《中华人民共和国城市居民委员会组织法》第三条';
    // A demo database in use may have issued the number since: it stays what it is.
    if (await admission.viewByNumber(story.text(h.number))) continue;
    const number = await admission.importApproved(
      `340104-${h.dept}`,
      {
        title: record.title,
        kind,
        listType: 'assist',
        description: record.description,
        legalBasis,
        scope: { type: 'all', codes: [] },
        frequency: FREQUENCY[kind] ?? 'quarterly',
        minutesPerOccurrence: null,
        resources: { staff: '区职能部门专人对接' },
        startDate: story.date(start),
        expiryDate: story.date(expiry),
      },
      story.date(decided),
      '周立新（演示）',
      demoOpinion('assist', legalBasis),
      { isDemo: true, number: story.text(h.number) },
    );
    if (record.revoked) {
      const view = (await admission.viewByNumber(number))!;
      await admission.act(reviewer, view.id, { action: 'revoke', opinion: record.revoked.reason }, 'zh-CN', {
        at: story.at(record.revoked.on, '10:00'),
      });
    }
    numbers.push(number);
  }
  log(`负担历史所记准入编号 ${numbers.length} 个，均已补录为准入事项（已到期或已撤销）`);
}
