// Child and descendant counts of the org tree, computed from (code, level, parent) rows. Pure.
// Statistics codes nest, so the ancestors of a code are its prefixes of length 2, 4, 6, 9 and 12.
const PREFIX_LENGTHS = [2, 4, 6, 9, 12];

export interface OrgCounts {
  childCount: number;
  /** Descendants per level, e.g. {"district":12,"street":160,"community":1773}. */
  counts: Record<string, number>;
}

export function countTree(
  rows: Iterable<{ code: string; level: string; parentCode: string | null }>,
): Map<string, OrgCounts> {
  const out = new Map<string, OrgCounts>();
  const entry = (code: string) => {
    let e = out.get(code);
    if (!e) out.set(code, (e = { childCount: 0, counts: {} }));
    return e;
  };
  for (const r of rows) {
    if (r.parentCode) entry(r.parentCode).childCount++;
    for (const len of PREFIX_LENGTHS) {
      if (len >= r.code.length) break;
      const counts = entry(r.code.slice(0, len)).counts;
      counts[r.level] = (counts[r.level] ?? 0) + 1;
    }
  }
  return out;
}
