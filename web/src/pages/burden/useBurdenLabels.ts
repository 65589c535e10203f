// Names of burden sources, kinds and alert rules in the current language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ALERT_RULE_LABELS, BURDEN_KIND_LABELS, BURDEN_SOURCE_LABELS } from '#common/i18n/burden-labels.js';
import { label } from '#common/i18n/labels.js';
import type { Lang } from '#common/i18n/problems.js';

export function useBurdenLabels() {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return useMemo(
    () => ({
      source: (k: string) => label(BURDEN_SOURCE_LABELS, k, lang),
      kind: (k: string) => label(BURDEN_KIND_LABELS, k, lang),
      rule: (k: string) => label(ALERT_RULE_LABELS, k, lang),
    }),
    [lang],
  );
}

export const percent = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? '—' : `${Math.round(ratio * 1000) / 10}%`;
