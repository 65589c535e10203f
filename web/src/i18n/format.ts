// Display helpers that depend on the language: numbers, dates, level and role names, count lines.
import type { TFunction } from 'i18next';
import dayjs from 'dayjs';
import { ORG_LEVELS, type OrgLevel } from '#common/roles.js';
import { currentLanguage } from './index.js';

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(currentLanguage()).format(n);
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '';
}

/**
 * Descendant counts per level, with the direct children filled in from childCount when the counts
 * leave them out (the server now counts a community's grids too; older replies did not).
 */
export function descendantCounts(org: {
  level: OrgLevel;
  childCount: number;
  counts: Partial<Record<OrgLevel, number>>;
}): Partial<Record<OrgLevel, number>> {
  const next = ORG_LEVELS[ORG_LEVELS.indexOf(org.level) + 1];
  if (!next || org.childCount === 0 || (org.counts[next] ?? 0) > 0) return org.counts;
  return { ...org.counts, [next]: org.childCount };
}

/** "12 个区县 · 160 个街道/乡镇 · 1,773 个社区/村" from an org's counts, top level first. */
export function countsLine(t: TFunction, counts: Partial<Record<OrgLevel, number>>): string {
  return ORG_LEVELS.filter((l) => (counts[l] ?? 0) > 0)
    .map((l) => {
      const count = counts[l] ?? 0;
      return t(`levelCount.${l}`, { count, n: formatNumber(count) });
    })
    .join(' · ');
}

/** "市、区县" — a role's allowed levels as one phrase. */
export function levelsPhrase(t: TFunction, levels: readonly OrgLevel[]): string {
  return levels.map((l) => t(`levels.${l}`)).join(currentLanguage() === 'en' ? ', ' : '、');
}

/** A calendar date as YYYY-MM-DD (dates are the same in both languages, as on official documents). */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD') : '';
}

/** Hours and other measured quantities: grouped, at most one decimal. */
export function formatAmount(n: number): string {
  return new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 1 }).format(n);
}

/** Chart axis ticks: short (3万, 180K) so that a row of them fits. */
export function formatCompact(n: number): string {
  return new Intl.NumberFormat(currentLanguage(), { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/** Money in yuan, without cents. */
export function formatYuan(n: number): string {
  return new Intl.NumberFormat(currentLanguage(), {
    style: 'currency',
    currency: 'CNY',
    maximumFractionDigits: 0,
  }).format(n);
}

/** A month of the year by number (1–12): "6月" / "June"; short: "6月" / "Jun". */
export function formatMonth(month: number, style: 'long' | 'short' = 'long'): string {
  if (currentLanguage() === 'zh-CN') return `${month}月`;
  return new Intl.DateTimeFormat(currentLanguage(), { month: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}
