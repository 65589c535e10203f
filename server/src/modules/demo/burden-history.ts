// 24 months of burden history for 蜀山区 ending in today's month (as written: 2025-01 … 2026-12),
// synthetic and deterministic: a reduction campaign in the first spring and summer (a trimmed list,
// collect-once ledgers, merged inspections, apps exited), then from the 15th month a creeping rebound
// through informal demands, renamed items and a check-in group that came back. Pure: the seed step
// writes what this returns.
import { monthRange } from '#common/dates.js';
import type { EventInput } from '../burden/repository.js';
import type { Story } from './story.js';

/** A small deterministic hash of a string (FNV-1a), for per-community variation. */
export function hashOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  // Final avalanche (murmur3 fmix) so codes that differ in the last digit spread well.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

type Source = EventInput['source'];
interface Stream {
  key: string;
  source: Source;
  dept: string;
  kind: string;
  number: string | null;
  /** Hours a month in an average community, by month index t (0 = 2025-01). */
  hours: (t: number, rebound: number) => number;
  reestimate?: boolean;
}

/** From 1 to `to` between months a and b (the campaign's steady cut), then `to`. */
const cut = (t: number, a: number, b: number, to: number) =>
  t <= a ? 1 : t >= b ? to : 1 - ((1 - to) * (t - a)) / (b - a);
/** Zero until month a, then growing by `step` hours a month (the creeping rebound). */
const creep = (t: number, a: number, step: number) => (t < a ? 0 : (t - a + 1) * step);

const N = (n: number, year = 2024) => `蜀准〔${year}〕${n}号`;
// Every number here is a real admission of the demo, with its public record (history-admissions.ts).

const STREAMS: Stream[] = [
  // Admitted items: the 2025 list trimmed what had no legal basis.
  ...(
    [
      ['minzheng', 45, 3],
      ['weijian', 35, 5],
      ['renshe', 25, 8],
      ['zhujian', 20, 11],
      ['tuiyijunren', 12, 14],
      ['canlian', 13, 17],
    ] as const
  ).map(([d, h, n]) => ({
    key: `item-${d}`,
    source: 'admitted_item' as const,
    dept: d,
    kind: 'task',
    number: N(n),
    hours: (t: number) => h * cut(t, 2, 4, 0.8),
  })),
  // Ledgers: collect once (the data hub) halves what communities fill by hand.
  ...(
    [
      ['minzheng', 40, 21],
      ['weijian', 30, 22],
      ['tongji', 30, 23],
      ['canlian', 15, 24],
      ['renshe', 25, 25],
    ] as const
  ).map(([d, h, n]) => ({
    key: `ledger-${d}`,
    source: 'ledger' as const,
    dept: d,
    kind: 'ledger',
    number: N(n),
    hours: (t: number) => h * cut(t, 2, 7, 0.5),
  })),
  // A re-estimate (not a rebound): 民政's ledger found to take longer than first estimated.
  {
    key: 'ledger-minzheng-reestimate',
    source: 'ledger',
    dept: 'minzheng',
    kind: 'ledger',
    number: N(21),
    hours: (t) => (t >= 17 ? 8 : 0),
    reestimate: true,
  },
  ...(
    [
      ['yingji', 15, 31],
      ['chengguan', 15, 32],
      ['zuzhi', 10, 33],
    ] as const
  ).map(([d, h, n]) => ({
    key: `inspection-${d}`,
    source: 'inspection' as const,
    dept: d,
    kind: 'inspection',
    number: N(n),
    hours: (t: number) => h * cut(t, 3, 5, 0.5),
  })),
  ...(
    [
      ['zuzhi', 20],
      ['zhengfa', 15],
      ['minzheng', 15],
    ] as const
  ).map(([d, h]) => ({
    key: `meeting-${d}`,
    source: 'meeting_training' as const,
    dept: d,
    kind: 'meeting',
    number: null,
    hours: (t: number, r: number) => h * cut(t, 2, 4, 0.6) + creep(t, 14, 0.7 * r),
  })),
  // Apps and groups: most exited in the campaign; a check-in group comes back in May 2026 without a number.
  ...(
    [
      ['chengguan', 30, 41],
      ['yingji', 25, 42],
      ['weijian', 15, 43],
      ['gongan', 10, 44],
    ] as const
  ).map(([d, h, n]) => ({
    key: `app-${d}`,
    source: 'app_group' as const,
    dept: d,
    kind: 'app',
    number: N(n),
    hours: (t: number) => h * cut(t, 3, 5, 0.3),
  })),
  {
    key: 'app-yingji-back',
    source: 'app_group',
    dept: 'yingji',
    kind: 'app',
    number: null,
    hours: (t, r) => (t >= 16 ? 18 * r : 0),
  },
  // Informal demands: cut hard by the campaign, then creeping back from March 2026.
  ...(
    [
      ['zhujian', 25, 8],
      ['chengguan', 20, 6],
      ['weijian', 15, 4],
      ['shijian', 10, 2],
    ] as const
  ).map(([d, h, step]) => ({
    key: `informal-${d}`,
    source: 'informal' as const,
    dept: d,
    kind: 'informal',
    number: null,
    hours: (t: number, r: number) => h * cut(t, 2, 5, 0.25) + creep(t, 14, step * r),
  })),
  // Renamed items admitted again under new numbers.
  {
    key: 'renamed-weijian',
    source: 'admitted_item',
    dept: 'weijian',
    kind: 'task',
    number: N(41, 2026),
    hours: (t, r) => (t >= 15 ? 16 * r : 0),
  },
  {
    key: 'renamed-minzheng',
    source: 'admitted_item',
    dept: 'minzheng',
    kind: 'survey',
    number: N(47, 2026),
    hours: (t, r) => (t >= 18 ? 14 * r : 0),
  },
  ...(
    [
      ['minzheng', 10, 51],
      ['weijian', 8, 52],
    ] as const
  ).map(([d, h, n]) => ({
    key: `dispatch-${d}`,
    source: 'dispatch' as const,
    dept: d,
    kind: 'task',
    number: N(n),
    hours: () => h,
  })),
];

/** The admission numbers the history credits hours to, as written (before the story moves their years). */
export function historyNumbers(): { number: string; dept: string; kind: string }[] {
  const seen = new Map<string, { number: string; dept: string; kind: string }>();
  for (const s of STREAMS)
    if (s.number && !seen.has(s.number)) seen.set(s.number, { number: s.number, dept: s.dept, kind: s.kind });
  return [...seen.values()];
}

/** The history of the given communities; the rebound is stronger in some streets than others. */
export function burdenHistory(
  communities: string[],
  story: Pick<Story, 'history' | 'text'>,
  district = '340104',
): EventInput[] {
  const months = monthRange(story.history.from, story.history.to);
  const out: EventInput[] = [];
  for (const c of communities) {
    const size = 0.75 + (hashOf(c) % 50) / 100;
    const rebound = 0.5 + (hashOf(c.slice(0, 9)) % 110) / 100;
    months.forEach((month, t) => {
      for (const s of STREAMS) {
        const noise = 0.97 + (hashOf(`${c}${month}${s.key}`) % 61) / 1000;
        const h = s.hours(t, rebound) * size * noise;
        if (h <= 0) continue;
        out.push({
          community: c,
          month,
          source: s.source,
          department: `${district}-${s.dept}`,
          number: s.number && story.text(s.number),
          objectKind: s.kind,
          minutes: Math.round(h * 60),
          reestimate: s.reestimate,
          ref: `demo:${s.key}`,
          isDemo: true,
        });
      }
    });
  }
  return out;
}

/** Staff per community: 6 to 13 (the older Hefei rule gives at least 6). */
export function demoStaff(community: string): number {
  return 6 + (hashOf(`staff${community}`) % 8);
}
