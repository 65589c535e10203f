// The text of each notification kind in both languages: the web shows it in the bell, the server sends it
// to the outbound channel. {{name}} is replaced by the notification's parameter of that name.
import type { Lang } from './problems.js';
import type { NotificationKind } from '../notifications.js';
import { ADMISSION_STATUS_LABELS, REFUSAL_REASON_LABELS } from './labels.js';

export const NOTIFICATION_TEXTS: Record<NotificationKind, Record<Lang, string>> = {
  dispatch_new: {
    'zh-CN': '{{department}}派单：{{title}}（{{number}}），{{dueDate}} 前完成',
    en: '{{department}} sent work: {{title}} ({{number}}), due {{dueDate}}',
  },
  dispatch_refused: {
    'zh-CN': '{{community}}拒绝了派单“{{title}}”：{{reason}}',
    en: '{{community}} refused “{{title}}”: {{reason}}',
  },
  refusal_answered: {
    'zh-CN': '{{department}}已答复拒绝的派单“{{title}}”：{{answer}}',
    en: '{{department}} answered the refusal of “{{title}}”: {{answer}}',
  },
  admission_decision: {
    'zh-CN': '准入申请“{{title}}”：{{decision}} {{number}}',
    en: 'Application “{{title}}”: {{decision}} {{number}}',
  },
  consultation_request: {
    'zh-CN': '请对准入申请“{{title}}”提出意见，{{dueDate}} 截止',
    en: 'Your opinion is asked on the application “{{title}}”, by {{dueDate}}',
  },
  correction_request: {
    'zh-CN': '居民申请更正“{{element}}”，请核实',
    en: 'A resident asks to correct “{{element}}”; please check',
  },
  grant_expiring: {
    'zh-CN': '数据授权“{{purpose}}”将于 {{expiryDate}} 到期',
    en: 'Data grant “{{purpose}}” expires on {{expiryDate}}',
  },
  certificate_decided: {
    'zh-CN': '您申请的“{{name}}”{{outcome}}',
    en: 'Your request for “{{name}}”: {{outcome}}',
  },
  service_request_closed: {
    'zh-CN': '您反映的“{{name}}”已办结：{{notes}}',
    en: 'Your “{{name}}” request was closed: {{notes}}',
  },
  topic_tabled: {
    'zh-CN': '居民议题“{{title}}”获得 {{supports}} 份支持，已列入议事日程',
    en: 'Residents’ topic “{{title}}” reached {{supports}} supports and is on the agenda',
  },
  exit_request: {
    'zh-CN': '{{community}}经居民议事表决，申请对准入事项 {{number}} 进行退出审查',
    en: '{{community}} voted to ask for an exit review of admitted item {{number}}',
  },
};

export type NotificationParams = Record<string, string | number>;

/** How a department answers a refused dispatch (issue 12 §8), and the 减负办's ruling on a contest. */
export const REFUSAL_ANSWER_LABELS: Record<string, Record<Lang, string>> = {
  withdrawn: { 'zh-CN': '已撤回派单', en: 'withdrawn' },
  resent: { 'zh-CN': '已补正后重新派单', en: 'fixed and sent again' },
  contested: { 'zh-CN': '已提出申辩，由减负办裁定', en: 'contested; the office decides' },
  refusal_upheld: { 'zh-CN': '减负办裁定拒绝成立', en: 'the office upheld the refusal' },
  refusal_overruled: { 'zh-CN': '减负办裁定应予办理', en: 'the office ruled the work must be done' },
};

/** Parameters that hold a code of a vocabulary, shown by its label. */
/** What became of a resident's certificate request. */
export const CERTIFICATE_OUTCOME_LABELS: Record<string, Record<Lang, string>> = {
  issued: { 'zh-CN': '已开具，可在“我的证明”下载', en: 'issued; download it under My certificates' },
  declined: { 'zh-CN': '未予开具，请查看原因', en: 'declined; see why' },
};

const VOCABULARIES: Record<string, Record<string, Record<Lang, string>>> = {
  decision: ADMISSION_STATUS_LABELS,
  reason: REFUSAL_REASON_LABELS,
  answer: REFUSAL_ANSWER_LABELS,
  outcome: CERTIFICATE_OUTCOME_LABELS,
};

/** The text of a notification in a language; a missing parameter renders empty. */
export function notificationText(kind: NotificationKind, params: NotificationParams, lang: Lang): string {
  const template = NOTIFICATION_TEXTS[kind]?.[lang] ?? kind;
  return template
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined || value === null) return '';
      return VOCABULARIES[name]?.[String(value)]?.[lang] ?? String(value);
    })
    .trim();
}
