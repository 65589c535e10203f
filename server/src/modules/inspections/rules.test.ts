import { describe, expect, it } from 'vitest';
import { capBreaches, mergeSuggestions } from './rules.js';

describe('inspection caps', () => {
  const existing = [
    { community: 'A', month: '2026-05' },
    { community: 'A', month: '2026-06' },
    { community: 'B', month: '2026-05' },
  ];
  it('allow a visit within the caps', () => {
    expect(capBreaches(existing, ['A', 'B'], '2026-07', { perYear: 3, perMonth: 2 })).toEqual([]);
  });
  it('name the communities and the cap a new visit would break', () => {
    expect(capBreaches(existing, ['A', 'B'], '2026-05', { perYear: 3, perMonth: 1 })).toEqual([
      { community: 'A', scope: 'month', planned: 2, cap: 1 },
      { community: 'B', scope: 'month', planned: 2, cap: 1 },
    ]);
    expect(capBreaches(existing, ['A'], '2026-07', { perYear: 2, perMonth: 2 })).toEqual([
      { community: 'A', scope: 'year', planned: 3, cap: 2 },
    ]);
  });
});

describe('merge suggestions', () => {
  it('pair inspections of the same month with similar topics', () => {
    const plan = [
      { id: 1, topic: '汛期安全隐患排查', month: '2026-06', communities: ['A', 'B'] },
      { id: 2, topic: '汛期防汛安全隐患检查', month: '2026-06', communities: ['B', 'C'] },
      { id: 3, topic: '汛期安全隐患排查', month: '2026-08', communities: ['A'] },
      { id: 4, topic: '垃圾分类工作考核', month: '2026-06', communities: ['A'] },
    ];
    const s = mergeSuggestions(plan);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ a: 1, b: 2, month: '2026-06', sharedCommunities: 1 });
  });
});
