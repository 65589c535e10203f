import { expect, it } from 'vitest';
import { currentValueMap, currentValues, type FactRecord } from './current.js';

const rec = (
  id: number,
  source: string,
  departmentKind: string | null,
  observedAt: string,
  values: Record<string, string | null>,
): FactRecord => ({
  id,
  source,
  departmentKind,
  observedAt,
  values,
});

it('keeps the latest value per source and prefers the owner department when sources disagree', () => {
  const records = [
    rec(1, 'dataset:1', 'canlian', '2026-01-01', { disability_grade: '2' }),
    rec(2, 'dataset:1', 'canlian', '2026-06-01', { disability_grade: '3' }),
    rec(3, 'collector', null, '2026-10-01', { disability_grade: '1', mobile: '13800000000' }),
  ];
  const cur = currentValues(records, (e) => (e === 'disability_grade' ? 'canlian' : undefined));
  expect(cur.disability_grade).toMatchObject({
    value: '3',
    source: 'dataset:1',
    conflicts: [{ value: '1', source: 'collector', observedAt: '2026-10-01' }],
  });
  expect(cur.mobile).toMatchObject({ value: '13800000000', source: 'collector', conflicts: [] });
});

it('takes the most recent value when no source is the owner', () => {
  const cur = currentValues(
    [
      rec(1, 'dataset:2', 'minzheng', '2026-01-01', { mobile: '1' }),
      rec(2, 'collector', null, '2026-02-01', { mobile: '2' }),
    ],
    () => 'gongan',
  );
  expect(cur.mobile.value).toBe('2');
  expect(cur.mobile.conflicts).toHaveLength(1);
});

it('gives, value for value, what currentValues gives (owners, ties on the date, empty and absent values)', () => {
  // A small deterministic generator: many subjects' worth of records over few elements, sources and dates.
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 48271) % 2147483647; // Park–Miller; the high part of the state picks
    return Math.floor((seed / 2147483647) * n);
  };
  const kinds = ['gongan', 'minzheng', 'canlian', null];
  const elements = ['name', 'mobile', 'birth_date', 'disability_grade'];
  const ownerOf = (e: string) => (e === 'mobile' ? undefined : e === 'disability_grade' ? 'canlian' : 'gongan');
  for (let s = 0; s < 500; s++) {
    const records: FactRecord[] = [];
    for (let i = 0, n = next(6); i < n; i++) {
      const kind = kinds[next(kinds.length)];
      const values: Record<string, string | null> = {};
      for (const e of elements) {
        const pick = next(4);
        if (pick === 0) values[e] = null;
        else if (pick < 3) values[e] = `${e}-${next(3)}`;
      }
      records.push(
        rec(
          next(1000) * 10 + i,
          kind ? `dataset:${kinds.indexOf(kind)}` : 'collector',
          kind,
          `2026-0${1 + next(3)}-01`,
          values,
        ),
      );
    }
    const full = Object.fromEntries(Object.entries(currentValues(records, ownerOf)).map(([k, v]) => [k, v.value]));
    expect(currentValueMap(records, ownerOf)).toEqual(full);
  }
});
