import { describe, expect, it } from 'vitest';
import { displayName, levelOfCode, parentCodeOf } from './orgs.js';
import { codeWithin } from './roles.js';

describe('displayName', () => {
  it.each([
    ['家家景园社区居委会', '家家景园社区'],
    ['官塘社区居民委员会', '官塘社区'],
    ['学林轩社区委员会', '学林轩社区'],
    ['小红门村民委员会', '小红门村'],
    ['大郢村村民委员会', '大郢村'],
    ['楼梓庄村委会', '楼梓庄村'],
    ['七岭居委会', '七岭社区'],
    ['官塘社区', '官塘社区'],
    ['第一街委员会', '第一街委员会'],
    ['居委会', '居委会'],
  ])('%s → %s', (full, shown) => {
    expect(displayName(full)).toBe(shown);
  });
});

describe('division codes', () => {
  it('knows each level by the code length and finds the parent', () => {
    expect(['34', '3401', '340104', '340104006', '340104006005', '340104006005001'].map(levelOfCode)).toEqual([
      'province',
      'city',
      'district',
      'street',
      'community',
      'grid',
    ]);
    expect(levelOfCode('3401040')).toBeNull();
    expect(parentCodeOf('340104006005')).toBe('340104006');
    expect(parentCodeOf('340104')).toBe('3401');
    expect(parentCodeOf('34')).toBeNull();
  });

  it('puts a code inside a scope by prefix', () => {
    expect(codeWithin('340104006005', '340104')).toBe(true);
    expect(codeWithin('340111001001', '340104')).toBe(false);
  });
});
