// Demo step: work already dispatched to the communities of 五里墩街道 in different states, informal
// demands in the register, this year's inspection plan and the apps communities must use. Dates are the
// story's (story.ts: as written for 2026-12-06, moved to the day the demo is loaded) and passed to the
// services as each step's time; states such as "overdue" follow from today's date, and the zombie app's
// last use is kept 120 days before today.
import type { AppContext } from '../../context.js';
import type { ItemAction } from '../dispatch/rules.js';
import type { RefusalReason } from '#common/dispatch.js';
import { chinaTime, daysAgo } from './clock.js';
import { storyOf, type Story } from './story.js';
import { quarterOf } from '#common/dates.js';

const SENT_ON = '2026-11-02';
// The annual check of the list went out the quarter before (the admission allows one dispatch a quarter
// per community): three months earlier, so that the two stay in different quarters wherever the story
// moves.
const ANNUAL_SENT_ON = '2026-08-03';

const WORKERS: Record<string, string> = {
  '340104006001': 'worker.tuancun',
  '340104006002': 'worker.qingyanglu',
  '340104006003': 'worker.qingxilu',
  '340104006004': 'worker.chencunlu',
  '340104006005': 'worker.jiajia',
  '340104006006': 'worker.longjushequ',
};

/** A worker's step on an item, and when (Beijing date and time). */
type Step = { action: ItemAction; note?: string; reason?: RefusalReason; text?: string; on: [string, string] };

/** The first batch's title names the quarter it was sent in (written: 2026年第四季度). */
export function quarterTitle(story: Story): string {
  const sent = story.day(SENT_ON);
  return `${sent.slice(0, 4)}年第${'一二三四'[quarterOf(sent) - 1]}季度高龄津贴资格认证`;
}

async function publicAdmission(ctx: AppContext, title: string) {
  const all = await ctx.services.admission.publicActive('340104');
  const a = all.find((x) => x.title === title);
  if (!a) throw new Error(`demo admission missing: ${title}`);
  return (await ctx.services.admission.viewByNumber(a.number))!;
}

export async function seedDispatches(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const { accounts, dispatch, informal, inspections, apps } = ctx.services;
  const story = storyOf(ctx.clock.today());
  const minzheng = await accounts.actingAs('dept.shushan.minzheng');
  const gaoling = await publicAdmission(ctx, '高龄津贴资格认证台账');

  const send = async (
    title: string,
    instructions: string,
    dueDate: string,
    sentAt: string,
    codes: string[],
    steps: Record<string, Step[]>,
    sentOn = SENT_ON,
  ) => {
    const d = await dispatch.create(
      minzheng,
      {
        admissionId: gaoling.id,
        title,
        instructions,
        dueDate: story.date(dueDate),
        targets: { type: 'communities', codes },
      },
      [],
      { isDemo: true, at: story.at(sentOn, sentAt) },
    );
    for (const item of d.items) {
      const worker = await accounts.actingAs(WORKERS[item.community.code]);
      for (const { on, ...step } of steps[item.community.code] ?? [])
        await dispatch.act(worker, item.id, step, [], { at: story.at(...on) });
    }
  };

  await send(
    quarterTitle(story),
    '请核对系统生成的认证名单，对连续两个月未完成线上认证的老人上门协助认证，并在系统中补录认证结果。无需拍照留痕。',
    '2026-12-20',
    '09:30',
    Object.keys(WORKERS),
    {
      '340104006001': [
        { action: 'acknowledge', on: ['2026-11-02', '14:10'] },
        { action: 'complete', note: '名单 138 人已全部核对，上门协助认证 5 人。', on: ['2026-11-27', '16:40'] },
      ],
      '340104006002': [{ action: 'acknowledge', on: ['2026-11-03', '09:05'] }],
      '340104006004': [
        {
          action: 'refuse',
          reason: 'no_resources',
          text: '人脸识别终端尚未配发到本社区，上门认证无法开展，请先落实设备。',
          on: ['2026-11-04', '10:20'],
        },
      ],
      '340104006005': [
        { action: 'acknowledge', on: ['2026-11-03', '08:50'] },
        { action: 'start', on: ['2026-11-10', '09:30'] },
      ],
    },
  );
  await send(
    '高龄老人名单年度核对',
    '核对八十周岁以上老人名单中的迁出、去世人员，在系统中标注。',
    '2026-11-25',
    '10:00',
    ['340104006005', '340104006006', '340104006003'],
    {
      '340104006006': [
        { action: 'acknowledge', on: ['2026-11-03', '11:00'] },
        { action: 'complete', note: '迁出 2 人、去世 1 人，已标注。', on: ['2026-11-19', '15:20'] },
      ],
    },
    ANNUAL_SENT_ON,
  );

  const jiajia = await accounts.actingAs('worker.jiajia');
  const chencun = await accounts.actingAs('worker.chencunlu');
  const demands = [
    {
      who: jiajia,
      departmentCode: '340104-weijian',
      occurredOn: story.day('2026-10-14'),
      channel: 'phone',
      content: '电话要求当天报送辖区65岁以上老人体检预约名单',
      estimatedMinutes: 180,
      anonymous: true,
    },
    {
      who: jiajia,
      departmentCode: '340104-chengguan',
      occurredOn: story.day('2026-10-28'),
      channel: 'chat_group',
      content: '工作群要求每天上午10点前在群里发垃圾分类桶边照片并接龙',
      estimatedMinutes: 20 * 22,
      anonymous: true,
    },
    {
      who: chencun,
      departmentCode: '340104-minzheng',
      occurredOn: story.day('2026-11-05'),
      channel: 'meeting',
      content: '街道会议上口头布置：填写“社区养老需求调查表”，每户一张',
      estimatedMinutes: 600,
      anonymous: false,
    },
    {
      who: chencun,
      departmentCode: '340104-tongji',
      occurredOn: story.day('2026-11-12'),
      channel: 'paper',
      content: '纸质通知要求社区协助发放并回收经济普查问卷，未附准入编号',
      estimatedMinutes: 480,
      anonymous: false,
    },
  ] as const;
  for (const { who, ...d } of demands) await informal.record(who, d, { isDemo: true });

  const yingji = await accounts.actingAs('dept.shushan.yingji');
  const flood = await publicAdmission(ctx, '汛期安全隐患排查');
  const wulidun = Object.keys(WORKERS);
  const plan = [
    ['汛期安全隐患排查（第一轮）', '2026-06-09', wulidun],
    ['汛期防汛安全隐患检查', '2026-06-23', wulidun.slice(0, 3)],
    ['主汛期安全隐患排查（第二轮）', '2026-07-14', wulidun],
    ['汛后安全隐患复查', '2026-09-15', wulidun.slice(3)],
  ] as const;
  for (const [topic, startDate, communities] of plan) {
    await inspections.create(
      yingji,
      {
        admissionId: flood.id,
        topic,
        startDate: story.day(startDate),
        endDate: story.day(startDate),
        hoursPerCommunity: 2.5,
        communities: [...communities],
        recordsRef: '系统内“汛期安全隐患排查台账”，不另备纸质台账',
      },
      { isDemo: true, today: story.date('2026-05-01') },
    );
  }

  const chengguan = await accounts.actingAs('dept.shushan.chengguan');
  const sorting = await publicAdmission(ctx, '生活垃圾分类桶边督导小程序');
  // Registered when its admission came into force, then no longer opened: a zombie (unused 90 days).
  const sortingFrom = story.day('2026-06-08');
  const idleSince = daysAgo(120, ctx.clock.today());
  await apps.register(
    chengguan,
    {
      name: '垃圾分类桶边督导',
      type: 'mini_program',
      admissionId: sorting.id,
      purpose: '记录桶边督导时段和问题点位',
      minutesPerDay: 10,
      expiryDate: sorting.expiryDate,
      features: [],
      targets: { type: 'streets', codes: ['340104006'] },
    },
    {
      isDemo: true,
      at: chinaTime(sortingFrom, '10:00'),
      lastUsedOn: idleSince > sortingFrom ? idleSince : sortingFrom,
    },
  );
  await apps.register(
    chengguan,
    {
      name: '五里墩街道创卫工作群',
      type: 'chat_group',
      admissionId: sorting.id,
      purpose: '创卫期间临时工作群',
      minutesPerDay: 15,
      expiryDate: sorting.expiryDate,
      features: [],
      targets: { type: 'streets', codes: ['340104006'] },
    },
    // Set up for the 创卫 inspection in June; exited after it (burden step).
    { isDemo: true, at: story.at('2026-06-03'), lastUsedOn: story.day('2026-07-20') },
  );
  log(
    '演示派单 2 批（9 个社区事项，含签收、办理、办结、拒绝、逾期）、违规派单登记 4 条、汛期检查计划 4 次、应用与工作群 2 个（1 个僵尸）',
  );
}
