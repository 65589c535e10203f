// Demo step: two applications of 蜀山区 departments submitted in the last days and awaiting review, so
// the reviewer's queue (准入审核) has work: one that passes every pre-check, one with a warning (an
// assist item with no resources following it). Drafted and submitted through the admission service, so
// the pre-checks are real; dated relative to today because "awaiting review" must stay recent.
import type { AppContext } from '../../context.js';
import type { CompleteDraft } from '../admission/service.js';
import { chinaTime, daysAgo, lastDayBefore, monthStartAfter } from './clock.js';

interface Pending {
  username: string;
  draftedDaysAgo: number;
  submittedDaysAgo: number;
  draft: CompleteDraft;
  /** 协助 items: put to every community of the scope the next morning; these have answered since. */
  consultation?: { worker: string; stance: 'agree' | 'concern' | 'object'; comment: string; daysAgo: number }[];
}

/** The reviewer consults the communities in scope (5 working days); some workers have answered. */
async function consult(ctx: AppContext, id: number, submittedDaysAgo: number, answers: Pending['consultation'] & {}) {
  const { accounts, admission } = ctx.services;
  const today = ctx.clock.today();
  const reviewer = await accounts.actingAs('reviewer.shushan');
  await admission.act(reviewer, id, { action: 'start_consultation' }, 'zh-CN', {
    at: chinaTime(daysAgo(submittedDaysAgo - 1, today), '09:30'),
  });
  for (const a of answers) {
    const worker = await accounts.actingAs(a.worker);
    await admission.comment(worker, id, a.stance, a.comment, { at: chinaTime(daysAgo(a.daysAgo, today), '11:00') });
  }
}

export function pendingApplications(today: string): Pending[] {
  const startDate = monthStartAfter(3, today);
  const expiryDate = lastDayBefore(startDate, 24);
  return [
    {
      username: 'dept.shushan.yingji',
      draftedDaysAgo: 6,
      submittedDaysAgo: 5,
      // 家家景园社区 has not answered yet: worker.jiajia finds it under 征求意见.
      consultation: [
        {
          worker: 'worker.tuancun',
          stance: 'agree',
          comment: '同意。区应急管理局人员全程参与、社区不另填表，社区可以配合联系场所管理单位。',
          daysAgo: 3,
        },
        {
          worker: 'worker.longjushequ',
          stance: 'concern',
          comment: '辖区避难场所在学校内，建议由区应急管理局直接联系学校，社区仅提供联系人。',
          daysAgo: 2,
        },
      ],
      draft: {
        title: '社区应急避难场所标识及物资年度核查',
        kind: 'task',
        listType: 'assist',
        description:
          '每年汛期前由区应急管理局工作人员会同社区，对辖区应急避难场所的指示标识和应急物资储备点现场核查一次。社区负责联系场所管理单位并陪同核查，核查结果由区应急管理局录入系统，社区不另填报表、不拍照留痕。',
        legalBasis: '《中华人民共和国突发事件应对法》；《安徽省突发事件应对条例》',
        scope: { type: 'streets', codes: ['340104006'] },
        frequency: 'yearly',
        minutesPerOccurrence: 120,
        resources: {
          fundsYuan: 6000,
          staff: '区应急管理局工作人员2名全程参与核查',
          equipment: '核查清单和标识样式由区应急管理局提供',
        },
        assessment: '不纳入社区考核；发现的问题由场所管理单位整改。',
        startDate,
        expiryDate,
      },
    },
    {
      username: 'dept.shushan.chengguan',
      draftedDaysAgo: 3,
      submittedDaysAgo: 2,
      draft: {
        title: '共享单车停放秩序每周报送',
        kind: 'task',
        listType: 'assist',
        description:
          '请社区每周五前统计辖区主次干道共享单车乱停放点位数量，通过系统报送区城市管理局，由区城市管理局协调运营企业清运。',
        legalBasis: '《合肥市市容和环境卫生管理条例》',
        scope: { type: 'streets', codes: ['340104006'] },
        frequency: 'weekly',
        minutesPerOccurrence: 60,
        resources: {},
        assessment: '',
        startDate,
        expiryDate,
      },
    },
  ];
}

export async function seedPendingReviews(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const { accounts, admission } = ctx.services;
  const titles: string[] = [];
  for (const p of pendingApplications(ctx.clock.today())) {
    const officer = await accounts.actingAs(p.username);
    const id = await admission.create(officer, p.draft, {
      isDemo: true,
      at: chinaTime(daysAgo(p.draftedDaysAgo, ctx.clock.today()), '10:00'),
    });
    await admission.act(officer, id, { action: 'submit' }, 'zh-CN', {
      at: chinaTime(daysAgo(p.submittedDaysAgo, ctx.clock.today()), '15:30'),
    });
    if (p.consultation) await consult(ctx, id, p.submittedDaysAgo, p.consultation);
    titles.push(p.draft.title);
  }
  log(`待审核准入申请 ${titles.length} 项：${titles.join('、')}`);
}
