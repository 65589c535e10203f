import { describe, expect, it } from 'vitest';
import { coverage, ledgerRow, matches, narrowing, type Condition, type RecordCondition } from './ledger.js';

const today = '2026-11-28';
const old = { name: '李桂兰', birth_date: '1941-03-08', disability_grade: null, living_alone: 'true' };
const young = { name: '王芳', birth_date: '1990-01-01', disability_grade: '3' };

describe('form filters', () => {
  it('select by age, by a fact present and by a value', () => {
    expect(matches(old, [{ element: 'birth_date', op: 'age_gte', value: '80' }], today)).toBe(true);
    expect(matches(young, [{ element: 'birth_date', op: 'age_gte', value: '80' }], today)).toBe(false);
    expect(matches(young, [{ element: 'disability_grade', op: 'present' }], today)).toBe(true);
    expect(matches(old, [{ element: 'disability_grade', op: 'present' }], today)).toBe(false);
    expect(matches(old, [{ element: 'living_alone', op: 'eq', value: 'true' }], today)).toBe(true);
  });
});

describe('ledgers', () => {
  const columns = [
    { label: '序号', element: null },
    { label: '姓名', element: 'name' },
    { label: '年龄', element: 'age' },
    { label: '高龄津贴金额', element: 'senior_allowance_amount' },
  ];
  it('fill known cells, derive the age, and mark what is missing', () => {
    expect(ledgerRow(columns, old, today)).toEqual([
      { value: null, state: 'form' },
      { value: '李桂兰', state: 'known' },
      { value: '85', state: 'known' },
      { value: null, state: 'missing' },
    ]);
  });
  it('report the share of data cells already known', () => {
    const rows = [
      ledgerRow(columns, old, today),
      ledgerRow(columns, { ...old, senior_allowance_amount: '100' }, today),
    ];
    const c = coverage(columns, rows);
    expect(c).toMatchObject({ cells: 6, known: 0.833 });
    expect(c.perColumn[3]).toEqual({ label: '高龄津贴金额', element: 'senior_allowance_amount', known: 1, of: 2 });
  });
});

describe('narrowing (what SQL checks before the exact filter)', () => {
  const holds = (r: RecordCondition, v: string | null) => {
    if (v === null) return false;
    if (r.op === 'nonempty') return v !== '' && v !== 'false';
    if (r.op === 'eq') return v === r.value;
    if (r.op === 'lt') return v < r.value!;
    if (r.op === 'gte') return v >= r.value!;
    return true;
  };
  it('never drops a subject the filter keeps: every kept birth date passes the bound on its year', () => {
    const today = '2026-12-07';
    const dates = ['1940-12-31', '1946-12-07', '1946-12-08', '1946-01-01', '1947-01-01', '1956-12-07', '1957-06-30'];
    for (const op of ['age_gte', 'age_lte'] as const)
      for (const value of ['70', '80', '79.5']) {
        const c: Condition = { element: 'birth_date', op, value };
        const [r] = narrowing([c], today);
        for (const d of dates)
          if (matches({ birth_date: d }, [c], today)) expect(holds(r, d), `${op} ${value} ${d}`).toBe(true);
      }
    // And it does narrow: 80-plus reads no one born after 1946.
    expect(holds(narrowing([{ element: 'birth_date', op: 'age_gte', value: '80' }], today)[0], '1947-01-01')).toBe(
      false,
    );
  });

  it('leaves to the exact filter what a missing value or a household may satisfy', () => {
    const today = '2026-12-07';
    expect(narrowing([{ element: 'mobile', op: 'absent' }], today)).toEqual([]);
    expect(narrowing([{ element: 'living_alone', op: 'neq', value: 'true' }], today)).toEqual([]);
    const household = (e: string) => e === 'dibao_household';
    expect(narrowing([{ element: 'dibao_household', op: 'eq', value: 'true' }], today, household)).toEqual([]);
    expect(narrowing([{ element: 'disability_grade', op: 'present' }], today)).toEqual([
      { element: 'disability_grade', op: 'nonempty' },
    ]);
  });
});
