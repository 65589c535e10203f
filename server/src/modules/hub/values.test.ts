import { describe, expect, it } from 'vitest';
import { codeLookup, parseCell, validUscc, type ElementRule } from './values.js';

const today = '2026-11-28';
const rule = (over: Partial<ElementRule>): ElementRule => ({ code: 'x', type: 'text', validation: null, ...over });

describe('cells', () => {
  it('check ID numbers, mobiles and credit codes', () => {
    expect(parseCell('11010519491231002x', rule({ validation: 'id_number' }), today)).toEqual({
      value: '11010519491231002X',
    });
    expect(parseCell('110105194912310021', rule({ validation: 'id_number' }), today)).toEqual({
      reason: 'bad_id_check_digit',
    });
    expect(parseCell('138 5678 5678', rule({ validation: 'mobile' }), today)).toEqual({ value: '13856785678' });
    expect(parseCell('1234', rule({ validation: 'mobile' }), today)).toEqual({ reason: 'bad_mobile' });
    expect(validUscc('91340100MA2MXXXX0X')).toBe(false);
    expect(validUscc('91110000600037341L')).toBe(true);
  });

  it('refuse cells with control characters or broken Unicode, and keep text in NFC', () => {
    expect(parseCell('张\u0000三', rule({}), today)).toEqual({ reason: 'bad_characters' });
    expect(parseCell('李\ud800', rule({}), today)).toEqual({ reason: 'bad_characters' });
    expect(parseCell('Cafe\u0301', rule({}), today)).toEqual({ value: 'Caf\u00e9' });
  });

  it('read dates the ways Chinese spreadsheets write them', () => {
    const d = rule({ type: 'date' });
    expect(parseCell('2026/1/5', d, today)).toEqual({ value: '2026-01-05' });
    expect(parseCell('2026年1月5日', d, today)).toEqual({ value: '2026-01-05' });
    expect(parseCell('20260105', d, today)).toEqual({ value: '2026-01-05' });
    expect(parseCell('46027', d, today)).toEqual({ value: '2026-01-05' });
    expect(parseCell('2026-02-30', d, today)).toEqual({ reason: 'bad_date' });
    expect(parseCell('1850-01-01', d, today)).toEqual({ reason: 'date_out_of_range' });
  });

  it('map code-list names and synonyms to codes, and refuse unknown ones', () => {
    const gender = rule({
      type: 'code',
      codes: codeLookup([
        { code: '1', name: '男性', synonyms: ['男'] },
        { code: '2', name: '女性', synonyms: ['女'] },
      ]),
    });
    expect(parseCell('男', gender, today)).toEqual({ value: '1' });
    expect(parseCell('2', gender, today)).toEqual({ value: '2' });
    expect(parseCell('未知', gender, today)).toEqual({ reason: 'unknown_code' });
  });

  it('read numbers and yes/no, and keep empty cells empty', () => {
    expect(parseCell('1,200.50', rule({ type: 'decimal' }), today)).toEqual({ value: '1200.5' });
    expect(parseCell('3.5', rule({ type: 'integer' }), today)).toEqual({ reason: 'not_an_integer' });
    expect(parseCell('是', rule({ type: 'boolean' }), today)).toEqual({ value: 'true' });
    expect(parseCell('  ', rule({}), today)).toEqual({ value: null });
  });
});
