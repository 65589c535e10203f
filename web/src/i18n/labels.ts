// The domain's enumeration names (list types, object kinds, frequencies, statuses, pre-check rules,
// verdicts, form fields) in the current language, from common/src/i18n/labels.ts — one source for
// the server's exports and the web.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ADMISSION_FIELD_LABELS,
  ADMISSION_STATUS_LABELS,
  FREQUENCY_LABELS,
  LIST_TYPE_LABELS,
  OBJECT_KIND_LABELS,
  PRECHECK_RULE_LABELS,
  VERDICT_LABELS,
  label,
} from '../../../common/src/i18n/labels.js';
import type { Lang } from '../../../common/src/i18n/problems.js';

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
  };
}

/** Labels that follow the language switch. */
export function useLabels(): Labels {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return useMemo(() => labelsFor(lang), [lang]);
}
