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
}

export function pendingApplications(): Pending[] {
  const startDate = monthStartAfter(3);
  const expiryDate = lastDayBefore(startDate, 24);
  return [
    {
      username: 'dept.shushan.yingji',
      draftedDaysAgo: 6,
      submittedDaysAgo: 5,
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
  for (const p of pendingApplications()) {
    const officer = await accounts.actingAs(p.username);
    const id = await admission.create(officer, p.draft, {
      isDemo: true,
      at: chinaTime(daysAgo(p.draftedDaysAgo), '10:00'),
    });
    await admission.act(officer, id, { action: 'submit' }, 'zh-CN', {
      at: chinaTime(daysAgo(p.submittedDaysAgo), '15:30'),
    });
    titles.push(p.draft.title);
  }
  log(`待审核准入申请 ${titles.length} 项：${titles.join('、')}`);
}
