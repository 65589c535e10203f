import { expect, it } from 'vitest';
import { currentValues, type FactRecord } from './current.js';

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
