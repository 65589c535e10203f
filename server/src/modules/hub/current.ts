// The current value of each element of a subject, from its fact records. Pure.
// Each source (a dataset, or the community's collectors) has its latest value; when sources disagree,
// the element's owner department wins (it is the source of truth), else the most recent; the others
// are kept as conflicts so that people can see both.
export interface FactRecord {
  id: number;
  /** 'dataset:<id>' or 'collector' */
  source: string;
  /** Department kind of the dataset's department; null for collectors. */
  departmentKind: string | null;
  observedAt: string;
  values: Record<string, string | null>;
}

export interface CurrentValue {
  value: string | null;
  source: string;
  observedAt: string;
  factId: number;
  conflicts: { value: string | null; source: string; observedAt: string }[];
}

const newer = (a: FactRecord, b: FactRecord) =>
  a.observedAt > b.observedAt || (a.observedAt === b.observedAt && a.id > b.id);

export function currentValues(
  records: FactRecord[],
  ownerOf: (element: string) => string | undefined,
): Record<string, CurrentValue> {
  // Latest record per (element, source).
  const latest = new Map<string, Map<string, FactRecord>>();
  for (const r of records) {
    for (const element of Object.keys(r.values)) {
      let bySource = latest.get(element);
      if (!bySource) latest.set(element, (bySource = new Map()));
      const prev = bySource.get(r.source);
      if (!prev || newer(r, prev)) bySource.set(r.source, r);
    }
  }
  const out: Record<string, CurrentValue> = {};
  for (const [element, bySource] of latest) {
    const candidates = [...bySource.values()];
    const owner = ownerOf(element);
    const fromOwner = candidates
      .filter((c) => owner && c.departmentKind === owner)
      .sort((a, b) => (newer(a, b) ? -1 : 1));
    const chosen = fromOwner[0] ?? candidates.sort((a, b) => (newer(a, b) ? -1 : 1))[0];
    const value = chosen.values[element] ?? null;
    out[element] = {
      value,
      source: chosen.source,
      observedAt: chosen.observedAt,
      factId: chosen.id,
      conflicts: candidates
        .filter((c) => c !== chosen && (c.values[element] ?? null) !== value)
        .map((c) => ({ value: c.values[element] ?? null, source: c.source, observedAt: c.observedAt })),
    };
  }
  return out;
}

/**
 * Only the value of each element, by the same rules as currentValues (the owner department's newest
 * record, else the newest of all, an empty value included), without sources and conflicts: what ledgers
 * read for thousands of subjects at a time. The newest of each source's latest records is the newest
 * record, so one pass suffices (current.test.ts holds it to currentValues).
 */
export function currentValueMap(
  records: FactRecord[],
  ownerOf: (element: string) => string | undefined,
): Record<string, string | null> {
  const newest = new Map<string, FactRecord>();
  const owners = new Map<string, FactRecord>();
  for (const r of records) {
    for (const element of Object.keys(r.values)) {
      const n = newest.get(element);
      if (!n || newer(r, n)) newest.set(element, r);
      const owner = ownerOf(element);
      if (owner && r.departmentKind === owner) {
        const o = owners.get(element);
        if (!o || newer(r, o)) owners.set(element, r);
      }
    }
  }
  const out: Record<string, string | null> = {};
  for (const [element, r] of newest) out[element] = (owners.get(element) ?? r).values[element] ?? null;
  return out;
}
