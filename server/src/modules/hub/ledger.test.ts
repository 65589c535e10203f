import { describe, expect, it } from 'vitest';
import { coverage, ledgerRow, matches } from './ledger.js';

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
