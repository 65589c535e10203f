import { describe, expect, it } from 'vitest';
import { creditCheckChar, creditCodeProblem, normalizeCreditCode, withCheckChar } from './credit-code.js';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('computes the check character of published codes', () => {
    // Codes printed on business licences (enterprises, authority 9): the check character matches.
    for (const code of ['91110000802100433B', '91440300708461136T', '91310000MA1FL1MMXL', '91350100M000100Y43'])
      expect(creditCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it('maps a remainder of 0 to the character 0, not 31', () => {
    // 51340104MJA000001 sums to a multiple of 31.
    expect(withCheckChar('51340104MJA000001')).toBe('51340104MJA0000010');
  });

  it('accepts a social organisation of the matching type', () => {
    expect(creditCodeProblem(withCheckChar('52340104MJB123456'), 'social_service')).toBeNull();
    expect(creditCodeProblem(withCheckChar('51340104MJA000001'), 'social_group')).toBeNull();
    expect(creditCodeProblem(withCheckChar('53340000MJ0000123'), 'foundation')).toBeNull();
  });

  it('refuses a wrong check character, a bad shape and letters outside the charset', () => {
    expect(creditCodeProblem('52340104MJB1234567', 'social_service')).toBe('invalid_check');
    expect(creditCodeProblem('52340104MJB12345', 'social_service')).toBe('invalid_format');
    // I, O, S, V and Z are never used.
    expect(creditCodeProblem('52340104MJO1234566', 'social_service')).toBe('invalid_format');
    expect(creditCodeProblem('52340A04MJB1234566', 'social_service')).toBe('invalid_format');
  });

  it('refuses an enterprise code and a type that does not match', () => {
    expect(creditCodeProblem('91110000802100433B', 'social_service')).toBe('not_civil_affairs');
    expect(creditCodeProblem(withCheckChar('51340104MJA000002'), 'foundation')).toBe('type_mismatch');
  });

  it('normalises what people type', () => {
    expect(normalizeCreditCode(' 52340104mjb 1234566 ')).toBe('52340104MJB1234566');
  });
});
