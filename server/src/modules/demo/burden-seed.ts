// Demo step: 蜀山区's burden history, staff per community, the baseline month, an item retired in the
// campaign and a renamed application, an exited group and its look-alike back in use; then the events
// the real demo sources (admissions, dispatches, inspections, apps, informal demands) give.
import type { AppContext } from '../../context.js';
import { burdenHistory, demoStaff } from './burden-history.js';
import { storyOf } from './story.js';
import { demoOpinion } from './opinions.js';

const RETIRED = {
  title: '社区老年人居家安全入户排查登记',
  description: '每季度入户排查辖区老年人居家安全隐患，逐户填写排查登记表并拍照上传。',
};
const RENAMED = {
  title: '独居老人居家安全入户排查登记',
  description: '每季度入户排查独居老年人居家安全隐患，逐户填写排查登记表。',
};

export async function seedBurden(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const { burden, orgs, accounts, admission, apps } = ctx.services;
  const story = storyOf(ctx.clock.today());
  const communities = (await orgs.communitiesUnder(['340104'])).map((c) => c.code);
  const events = burdenHistory(communities, story);
  await burden.load(events);
  const admin = await accounts.actingAs('admin');
  await burden.setCapacity(
    admin,
    communities.map((c) => ({ community: c, staff: demoStaff(c), leaveDays: 15 })),
    { isDemo: true },
  );
  const reviewer = await accounts.actingAs('reviewer.shushan');
  await burden.setSettings(reviewer, '340104', {
    baselineMonth: story.history.from,
    annualCapHours: null,
    oneInOneOut: false,
  });

  // Retired in the campaign (revoked), then asked for again under a new name.
  const draft = {
    kind: 'task' as const,
    listType: 'assist' as const,
    legalBasis: '《中华人民共和国老年人权益保障法》',
    scope: { type: 'all' as const, codes: [] },
    frequency: 'quarterly' as const,
    minutesPerOccurrence: 240,
    resources: { staff: '区民政局专干1名' },
  };
  const number = await admission.importApproved(
    '340104-minzheng',
    { ...draft, ...RETIRED, startDate: story.date('2024-04-01'), expiryDate: story.date('2027-03-31') },
    story.date('2024-02-20'),
    '周立新（演示）',
    demoOpinion(draft.listType, draft.legalBasis),
    { isDemo: true },
  );
  const retired = (await admission.viewByNumber(number))!;
  // Revoked in the 2025 campaign; the renamed application is drafted in the 2026 rebound.
  await admission.act(
    reviewer,
    retired.id,
    {
      action: 'revoke',
      opinion: '减负专项行动：入户排查与网格日常走访合并，拍照上传不再要求，予以撤销（演示）',
    },
    'zh-CN',
    { at: story.at('2025-06-16', '10:00') },
  );
  const minzheng = await accounts.actingAs('dept.shushan.minzheng');
  await admission.create(
    minzheng,
    { ...draft, ...RENAMED, startDate: story.date('2027-04-01'), expiryDate: story.date('2028-03-31') },
    { isDemo: true, at: story.at('2026-03-16', '15:00') },
  );

  // A check-in group exited, and one like it back in use.
  const chengguan = await accounts.actingAs('dept.shushan.chengguan');
  const group = (await apps.list(chengguan)).find((a) => a.name === '五里墩街道创卫工作群');
  if (group) {
    await apps.exit(chengguan, group.id, '创卫验收结束，工作群解散（演示）', { at: story.at('2026-07-31', '17:00') });
    const sorting = await admission.viewByNumber(group.admissionNumber);
    await apps.register(
      chengguan,
      {
        name: '五里墩街道创卫巩固工作群',
        type: 'chat_group',
        admissionId: sorting!.id,
        purpose: '创卫巩固期间工作群',
        minutesPerDay: 15,
        expiryDate: sorting!.expiryDate,
        features: [],
        targets: { type: 'streets', codes: ['340104006'] },
      },
      // Back from September and in use today.
      { isDemo: true, at: story.at('2026-09-01'), lastUsedOn: ctx.clock.today() },
    );
  }
  const r = await burden.recompute();
  log(
    `蜀山区负担演示历史：${communities.length} 个社区 × 24 个月，${events.length} 条明细；由实际数据重算 ${r.events} 条`,
  );
}
