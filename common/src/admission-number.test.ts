import { describe, expect, it } from 'vitest';
import {
  admissionLookupKey,
  editDistance,
  nearestAdmissionNumbers,
  normaliseAdmissionCode,
  normaliseAdmissionNumber,
  parseAdmissionNumber,
} from './admission-number.js';

describe('admission numbers as people type them', () => {
  const variants = [
    '蜀准〔2026〕1号',
    '蜀准【2026】1号',
    '蜀准（2026）1号',
    '蜀准(2026)1号',
    '蜀准[2026]1号',
    '蜀准［2026］1号',
    '蜀准〖2026〗1号',
    '蜀准2026年1号',
    '蜀准〔2026年〕1号',
    '蜀准〔2026〕1 号',
    ' 蜀准 〔 2026 〕 1 号 ',
    '蜀准\u3000〔2026〕\u30001号',
    '蜀准〔２０２６〕１号',
    '蜀准（２０２６）１号',
    '蜀准〔2026〕第1号',
    '蜀准〔2026〕第 1 号',
    '蜀准2026年第1号',
    '蜀准〔2026〕01号',
    '蜀准〔2026〕1',
    '蜀准(2026〕1号',
    '蜀准【2026)1号',
    '蜀准字〔2026〕1号',
    '蜀准2026-1号',
  ];
  it.each(variants)('reads %s as 蜀准〔2026〕1号', (v) => {
    expect(normaliseAdmissionNumber(v)).toBe('蜀准〔2026〕1号');
  });

  it('keeps the abbreviation, year and sequence', () => {
    expect(parseAdmissionNumber('皖准【2025】22号')).toEqual({ abbr: '皖', year: 2025, seq: 22 });
    expect(parseAdmissionNumber('蜀山准(2024)３号')).toEqual({ abbr: '蜀山', year: 2024, seq: 3 });
    expect(normaliseAdmissionNumber('合准２０２４年第１２号')).toBe('合准〔2024〕12号');
    expect(normaliseAdmissionNumber('东９准（２０２６）１号')).toBe('东9准〔2026〕1号');
  });

  it('is not fooled by text that is not a number', () => {
    for (const t of [
      '',
      '蜀准',
      '蜀准〔2026〕',
      '蜀准〔26〕1号',
      '蜀准〔2026〕0号',
      '2026-1',
      'abcde准〔2026〕1号',
      '蜀批〔2026〕1号',
    ])
      expect(normaliseAdmissionNumber(t)).toBeNull();
  });

  it('reads the machine code with full-width digits, spaces and short sequences', () => {
    expect(normaliseAdmissionCode('340104-2026-0001')).toBe('340104-2026-0001');
    expect(normaliseAdmissionCode('３４０１０４－２０２６－１')).toBe('340104-2026-0001');
    expect(normaliseAdmissionCode(' 340104 - 2026 - 12 ')).toBe('340104-2026-0012');
    expect(normaliseAdmissionCode('蜀准〔2026〕1号')).toBeNull();
  });

  it('says what to look a key up by', () => {
    expect(admissionLookupKey('蜀准(2026)1号')).toEqual({ number: '蜀准〔2026〕1号' });
    expect(admissionLookupKey('340104-2026-1')).toEqual({ code: '340104-2026-0001' });
    expect(admissionLookupKey(' 入户 核查 ')).toEqual({ raw: '入户核查' });
  });
});

describe('nearest real numbers', () => {
  const known = [
    '蜀准〔2026〕1号',
    '蜀准〔2026〕2号',
    '蜀准〔2026〕3号',
    '蜀准〔2025〕4号',
    '蜀准〔2024〕12号',
    '皖准〔2026〕5号',
  ];
  it('suggests the same jurisdiction and year first, then the nearest by edit distance', () => {
    expect(nearestAdmissionNumbers('蜀准（2026）4号', known)).toEqual([
      '蜀准〔2026〕3号',
      '蜀准〔2026〕2号',
      '蜀准〔2026〕1号',
    ]);
    expect(nearestAdmissionNumbers('蜀准〔2025〕5号', known)[0]).toBe('蜀准〔2025〕4号');
  });
  it('never suggests another jurisdiction or far-off numbers', () => {
    expect(nearestAdmissionNumbers('皖准〔2026〕9号', known)).toEqual(['皖准〔2026〕5号']);
    expect(nearestAdmissionNumbers('渝准〔2026〕1号', known)).toEqual([]);
    expect(nearestAdmissionNumbers('hello', known)).toEqual([]);
    expect(nearestAdmissionNumbers('蜀准〔2019〕40号', known)).toEqual([]);
  });
  it('counts edits per character', () => {
    expect(editDistance('蜀准〔2026〕1号', '蜀准〔2026〕1号')).toBe(0);
    expect(editDistance('蜀准〔2026〕1号', '蜀准〔2026〕12号')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
