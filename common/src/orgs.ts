// Pure helpers for administrative division names and codes.
import type { OrgLevel } from './roles.js';

// Longest first, so 居民委员会 is tried before 居委会.
const COMMITTEE_SUFFIXES: ReadonlyArray<[suffix: string, kind: string]> = [
  ['居民委员会', '社区'],
  ['村民委员会', '村'],
  ['社区委员会', '社区'], // 146 names nationally, e.g. 学林轩社区委员会 in 蜀山区
  ['居委会', '社区'],
  ['村委会', '村'],
];

/**
 * Display name of a community or village: the committee suffix dropped, the official full name kept
 * elsewhere. 家家景园社区居委会 → 家家景园社区; 官塘社区居民委员会 → 官塘社区; 小红门村民委员会 → 小红门村;
 * 楼梓庄村委会 → 楼梓庄村. A residents' committee whose name lacks 社区 (七岭居委会) is shown as 七岭社区,
 * the name its community has gone by since the 2000 community reform.
 */
export function displayName(fullName: string): string {
  const name = fullName.trim();
  for (const [suffix, kind] of COMMITTEE_SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      const stem = name.slice(0, -suffix.length);
      return stem.endsWith(kind) ? stem : stem + kind;
    }
  }
  return name;
}

/** Level of a statistics division code by its length (grids are community code + 3 digits). */
export function levelOfCode(code: string): OrgLevel | null {
  switch (code.length) {
    case 2:
      return 'province';
    case 4:
      return 'city';
    case 6:
      return 'district';
    case 9:
      return 'street';
    case 12:
      return 'community';
    case 15:
      return 'grid';
    default:
      return null;
  }
}

/** A city or a province: the level that decides for a whole deployment (the calendar, unknown login names). */
export function isCityOrAbove(code: string): boolean {
  const level = levelOfCode(code);
  return level === 'city' || level === 'province';
}

/** Parent code by code structure: 340104006005 → 340104006. */
export function parentCodeOf(code: string): string | null {
  switch (code.length) {
    case 4:
      return code.slice(0, 2);
    case 6:
      return code.slice(0, 4);
    case 9:
      return code.slice(0, 6);
    case 12:
      return code.slice(0, 9);
    case 15:
      return code.slice(0, 12);
    default:
      return null;
  }
}

export const ORG_CODE_PATTERN = '^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3}([0-9]{3}([0-9]{3})?)?)?)?)?$';
