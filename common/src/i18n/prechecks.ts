// Explanations of the admission pre-checks, in both languages. {placeholders} are filled by the server.
import type { Lang } from './problems.js';

export const PRECHECK_MESSAGES = {
  negative_block: {
    'zh-CN':
      '与负面清单事项「{name}」高度相似（相似度 {score}）。此类事项不得交由社区承担；确需办理的，须由减负办审核人员复核并记录理由。',
    en: 'Closely resembles the negative-list item “{name}” (similarity {score}). Such work must not be pushed onto communities; a reviewer must override this with a recorded reason.',
  },
  negative_warn: {
    'zh-CN': '与负面清单事项「{name}」有一定相似（相似度 {score}），请在说明中写明两者的区别。',
    en: 'Somewhat resembles the negative-list item “{name}” (similarity {score}); explain the difference in the description.',
  },
  negative_pass: { 'zh-CN': '未发现与负面清单相似的事项。', en: 'Nothing similar on the negative lists.' },
  no_text_yet: {
    'zh-CN': '尚未填写事项名称和说明，暂未检查。',
    en: 'No title or description yet, so nothing was checked.',
  },
  photo_proof_block: {
    'zh-CN':
      '要求以拍照、截图、打卡等留痕作为工作证明（「{phrases}」）。负面清单规定工作不以照片论，此类要求不得写入准入事项，派单时同样会被拒收。',
    en: 'Asks for photos, screenshots or check-ins as proof of work (“{phrases}”). The negative list bans judging work by photos; such a demand cannot be admitted, and a dispatch asking it is refused too.',
  },
  photo_proof_pass: {
    'zh-CN': '未要求拍照、截图或打卡留痕。',
    en: 'No photos, screenshots or check-ins asked as proof.',
  },
  funding_no_list_type: {
    'zh-CN': '尚未选择事项性质（依法履职或依法协助），暂未检查。',
    en: 'No nature chosen yet (duty or assistance), so nothing was checked.',
  },
  duplicate_warn: {
    'zh-CN': '可能与已有事项重复：「{name}」（{code}，相似度 {score}）。已覆盖的工作请勿重复下派。',
    en: 'May duplicate “{name}” ({code}, similarity {score}); do not send communities work that is already covered.',
  },
  duplicate_pass: { 'zh-CN': '未发现重复的准入事项或清单事项。', en: 'No similar admission or catalogue item.' },
  burden_estimate: {
    'zh-CN':
      '每个社区每年约 {perCommunity} 小时（每次 {minutes} 分钟 × 每年 {occurrences} 次），{communities} 个社区合计 {total} 小时，约 {days} 个工作日。',
    en: 'About {perCommunity} h per community per year ({minutes} min × {occurrences} times), {total} h across {communities} communities, about {days} worker-days.',
  },
  burden_ledger: {
    'zh-CN': '按台账 {fields} 个字段 × {rows} 行、每格 30 秒计，每次约 {minutes} 分钟。',
    en: 'A ledger of {fields} fields × {rows} rows at 30 s a cell: about {minutes} min each time.',
  },
  burden_missing: {
    'zh-CN': '未填写每次所需时间（或台账字段数与行数），无法估算社区负担。',
    en: 'No time per occurrence (or ledger size) given, so the burden cannot be estimated.',
  },
  burden_no_scope: { 'zh-CN': '未选择下派范围内的社区。', en: 'No communities in scope.' },
  funding_warn: {
    'zh-CN': '协助事项未随转经费、人员、培训或设备（费随事转），社区可据此提出异议。',
    en: 'An assistance item with no funds, staff, training or equipment following it (费随事转).',
  },
  funding_pass: { 'zh-CN': '已随转资源：{resources}。', en: 'Resources follow the task: {resources}.' },
  funding_duty: {
    'zh-CN': '社区依法履职事项，不要求随转经费。',
    en: 'A statutory duty of the community; no transfer required.',
  },
  lead_pass: {
    'zh-CN': '开始日期为提交后第 {days} 个工作日，满足提前 30 个工作日申请的要求。',
    en: 'Starts {days} working days after submission, meeting the 30-working-day lead time.',
  },
  lead_block: {
    'zh-CN':
      '开始日期距提交仅 {days} 个工作日，不足 30 个工作日；最早可于 {earliest} 开始，或标记为紧急事项并说明理由。',
    en: 'Starts only {days} working days after submission (30 needed); the earliest start is {earliest}, unless marked as an emergency with a reason.',
  },
  lead_emergency: {
    'zh-CN': '紧急事项：开始日期距提交 {days} 个工作日，免于 30 个工作日的提前申请要求。',
    en: 'Emergency: starts {days} working days after submission, exempt from the 30-working-day lead time.',
  },
  lead_missing: { 'zh-CN': '尚未填写开始日期，暂未检查。', en: 'No start date yet, so nothing was counted.' },
  lead_assumed: {
    'zh-CN': '（{years} 年的官方节假日安排尚未录入，暂只按周末计算，请管理员录入后复核。）',
    en: '(No official holiday schedule for {years} yet; only weekends were counted. An admin should enter it.)',
  },
  // --- budgets (burden module) ---
  budget_within: {
    'zh-CN':
      '负担最重的社区近12个月已承担 {current} 小时，新增 {added} 小时后为 {after} 小时，在每社区每年 {cap} 小时的预算以内。',
    en: 'The most burdened community took {current} h over the last 12 months; {added} h more makes {after} h, within the budget of {cap} h per community a year.',
  },
  budget_offset: {
    'zh-CN': '新增每社区每年 {added} 小时，同时退出 {retiring} 小时（{items}），符合预算；准入时一并退出所列事项。',
    en: 'Adds {added} h per community a year and retires {retiring} h ({items}), within the budget; the listed items are retired when this is admitted.',
  },
  budget_over_cap: {
    'zh-CN':
      '超出预算：负担最重的社区近12个月已承担 {current} 小时，新增后超出每社区每年 {cap} 小时的上限 {need} 小时。须在“拟退出事项”中列出至少 {need} 小时的已准入事项，准入时一并退出。',
    en: 'Over budget: the most burdened community took {current} h over the last 12 months; this adds {need} h beyond the cap of {cap} h per community a year. Name admitted items of at least {need} h to retire; they are retired when this is admitted.',
  },
  budget_one_in_one_out: {
    'zh-CN': '本辖区实行“一进一出”：新增每社区每年 {added} 小时，须退出同等工时的已准入事项，尚差 {need} 小时。',
    en: 'One in, one out applies here: this adds {added} h per community a year and must retire as much; {need} h are still missing.',
  },
  budget_one_in_one_out_pass: {
    'zh-CN': '本辖区实行“一进一出”：本申请新增每社区每年 {added} 小时，无须退出事项。',
    en: 'One in, one out applies here: this adds {added} h per community a year, so nothing needs to be retired.',
  },
  budget_retire_invalid: {
    'zh-CN': '拟退出事项 {ids} 不是本辖区有效的已准入事项。',
    en: 'Items {ids} to retire are not valid admissions of this jurisdiction.',
  },
  form_pass: {
    'zh-CN': '表单填写完整，期限与范围符合要求。',
    en: 'The form is complete; term and scope are within limits.',
  },
  form_problems: { 'zh-CN': '表单有 {n} 处需要修改：{list}', en: '{n} problem(s) in the form: {list}' },
} as const satisfies Record<string, Record<Lang, string>>;

export type PrecheckMessageKey = keyof typeof PRECHECK_MESSAGES;
