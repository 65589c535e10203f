// The domain's enumeration names (list types, object kinds, frequencies, statuses, pre-check rules,
// verdicts, form fields) in the current language, from common/src/i18n/labels.ts — one source for
// the server's exports and the web.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ADMISSION_FIELD_LABELS,
  ADMISSION_STATUS_LABELS,
  APP_TYPE_LABELS,
  CHANNEL_LABELS,
  DEMAND_STATUS_LABELS,
  FREQUENCY_LABELS,
  INBOX_STATUS_LABELS,
  LIST_TYPE_LABELS,
  OBJECT_KIND_LABELS,
  PRECHECK_RULE_LABELS,
  PROHIBITED_FEATURE_LABELS,
  REFUSAL_ANSWER_LABELS,
  REFUSAL_DECISION_LABELS,
  REFUSAL_REASON_LABELS,
  REFUSAL_STATE_LABELS,
  VERDICT_LABELS,
  label,
} from '#common/i18n/labels.js';
import type { Lang } from '#common/i18n/problems.js';

export interface Labels {
  lang: Lang;
  listType: (key: string) => string;
  objectKind: (key: string) => string;
  frequency: (key: string) => string;
  status: (key: string) => string;
  rule: (key: string) => string;
  verdict: (key: string) => string;
  /** A field of the application form (审批表), e.g. for 422 messages without a field on screen. */
  field: (key: string) => string;
  /** A community's view of a dispatched item: 新派发, 已签收, 办理中, 已办结, 已拒绝, 已逾期. */
  inboxStatus: (key: string) => string;
  refusalReason: (key: string) => string;
  /** Where a refusal stands: 待部门答复, 已提请减负办裁定, 维持拒绝 … */
  refusalState: (key: string) => string;
  refusalAnswer: (key: string) => string;
  refusalDecision: (key: string) => string;
  /** How an informal demand reached the community: 电话, 工作群 … */
  channel: (key: string) => string;
  demandStatus: (key: string) => string;
  appType: (key: string) => string;
  /** A feature no app or work group may have (打卡, 排名 …). */
  feature: (key: string) => string;
}

export function labelsFor(lang: Lang): Labels {
  return {
    lang,
    listType: (k) => label(LIST_TYPE_LABELS, k, lang),
    objectKind: (k) => label(OBJECT_KIND_LABELS, k, lang),
    frequency: (k) => label(FREQUENCY_LABELS, k, lang),
    status: (k) => label(ADMISSION_STATUS_LABELS, k, lang),
    rule: (k) => label(PRECHECK_RULE_LABELS, k, lang),
    verdict: (k) => label(VERDICT_LABELS, k, lang),
    field: (k) => label(ADMISSION_FIELD_LABELS, k, lang),
    inboxStatus: (k) => label(INBOX_STATUS_LABELS, k, lang),
    refusalReason: (k) => label(REFUSAL_REASON_LABELS, k, lang),
    refusalState: (k) => label(REFUSAL_STATE_LABELS, k, lang),
    refusalAnswer: (k) => label(REFUSAL_ANSWER_LABELS, k, lang),
    refusalDecision: (k) => label(REFUSAL_DECISION_LABELS, k, lang),
    channel: (k) => label(CHANNEL_LABELS, k, lang),
    demandStatus: (k) => label(DEMAND_STATUS_LABELS, k, lang),
    appType: (k) => label(APP_TYPE_LABELS, k, lang),
    feature: (k) => label(PROHIBITED_FEATURE_LABELS, k, lang),
  };
}

/** Labels that follow the language switch. */
export function useLabels(): Labels {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return useMemo(() => labelsFor(lang), [lang]);
}
