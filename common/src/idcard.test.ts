import { expect, it } from 'vitest';
import { makeIdNumber, maskIdNumber, maskMobile, parseIdNumber } from './idcard.js';

it('accepts a valid ID number and reads birth date and gender from it', () => {
  // The GB 11643 example: 11010519491231002X.
  expect(parseIdNumber('11010519491231002X', '2026-11-28')).toEqual({
    areaCode: '110105',
    birthDate: '1949-12-31',
    gender: 'female',
  });
  expect(parseIdNumber('11010519491231002x', '2026-11-28')).toMatchObject({ gender: 'female' });
});

it('names what is wrong with a bad one', () => {
  expect(parseIdNumber('110105194912310021', '2026-11-28')).toEqual({ problem: 'check_digit' });
  expect(parseIdNumber('110105194902300027', '2026-11-28')).toEqual({ problem: 'birth_date' });
  expect(parseIdNumber('1101051949123100', '2026-11-28')).toEqual({ problem: 'format' });
  expect(parseIdNumber('110105209912310026', '2026-11-28')).toEqual({ problem: 'birth_date' });
});

it('makes valid numbers for demo data, with the gender in the sequence', () => {
  const id = makeIdNumber('340104', '1941-03-08', 122, 'male');
  expect(parseIdNumber(id, '2026-11-28')).toEqual({ areaCode: '340104', birthDate: '1941-03-08', gender: 'male' });
  expect(parseIdNumber(makeIdNumber('340104', '1990-01-01', 7, 'female'), '2026-11-28')).toMatchObject({
    gender: 'female',
  });
});

it('masks ID numbers and phones for lists', () => {
  expect(maskIdNumber('340104194103081234')).toBe('340104********1234');
  expect(maskMobile('13856785678')).toBe('138****5678');
});

it('knows the calendar without Date: leap years by the Gregorian rule, month lengths', async () => {
  const { isCalendarDate } = await import('./idcard.js');
  expect([2000, 2024, 1996].map((y) => isCalendarDate(y, 2, 29))).toEqual([true, true, true]);
  expect([1900, 2023, 2100].map((y) => isCalendarDate(y, 2, 29))).toEqual([false, false, false]);
  expect([isCalendarDate(2023, 4, 31), isCalendarDate(2023, 12, 31), isCalendarDate(2023, 13, 1)]).toEqual([
    false,
    true,
    false,
  ]);
  expect([isCalendarDate(2023, 0, 10), isCalendarDate(2023, 1, 0)]).toEqual([false, false]);
  // A 29 February ID number is a birth date only in a leap year.
  expect(parseIdNumber(makeIdNumber('340104', '1988-02-29', 3, 'male'), '2026-11-28')).toMatchObject({
    birthDate: '1988-02-29',
  });
  expect(parseIdNumber('340104198902290031'.slice(0, 17) + '1', '2026-11-28')).toEqual({ problem: 'birth_date' });
});
