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
