// Inspection plan rules, in plain functions: caps per community per year and per month, and which
// inspections in the same month look alike enough to be merged.
import { itemSimilarity } from '../../text/similarity.js';

export interface Caps {
  perYear: number;
  perMonth: number;
}

export const DEFAULT_CAPS: Caps = { perYear: 10, perMonth: 2 };

export interface PlannedVisit {
  community: string;
  /** YYYY-MM of the inspection's start. */
  month: string;
}

export interface CapBreach {
  community: string;
  scope: 'year' | 'month';
  planned: number;
  cap: number;
}

/** The communities a new inspection would push over a cap, given the visits already planned that year. */
export function capBreaches(existing: PlannedVisit[], communities: string[], month: string, caps: Caps): CapBreach[] {
  const breaches: CapBreach[] = [];
  for (const c of communities) {
    const year = existing.filter((v) => v.community === c).length + 1;
    const inMonth = existing.filter((v) => v.community === c && v.month === month).length + 1;
    if (year > caps.perYear) breaches.push({ community: c, scope: 'year', planned: year, cap: caps.perYear });
    if (inMonth > caps.perMonth) breaches.push({ community: c, scope: 'month', planned: inMonth, cap: caps.perMonth });
  }
  return breaches;
}

export interface PlanEntry {
  id: number;
  topic: string;
  month: string;
  communities: string[];
}

export interface MergeSuggestion {
  a: number;
  b: number;
  month: string;
  score: number;
  sharedCommunities: number;
}

export const MERGE_THRESHOLD = 0.5;

/** Pairs of inspections in the same month whose topics are alike: candidates for one joint visit. */
export function mergeSuggestions(plan: PlanEntry[], threshold = MERGE_THRESHOLD): MergeSuggestion[] {
  const out: MergeSuggestion[] = [];
  for (let i = 0; i < plan.length; i++) {
    for (let j = i + 1; j < plan.length; j++) {
      const a = plan[i];
      const b = plan[j];
      if (a.month !== b.month) continue;
      const score = Math.max(
        itemSimilarity({ title: a.topic }, { name: b.topic }),
        itemSimilarity({ title: b.topic }, { name: a.topic }),
      );
      if (score < threshold) continue;
      const shared = a.communities.filter((c) => b.communities.includes(c)).length;
      out.push({ a: a.id, b: b.id, month: a.month, score: Math.round(score * 100) / 100, sharedCommunities: shared });
    }
  }
  return out.sort((x, y) => y.score - x.score);
}
