// Citizen ID numbers (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence (odd for
// men, even for women), and an ISO 7064 MOD 11-2 check character. Pure; the web validates with it too.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Whether year-month-day is a day of the (proleptic Gregorian) calendar; arithmetic, no Date (imports call it per cell). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (m === 2) return d <= ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28);
  return d <= (m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

export type IdProblem = 'format' | 'birth_date' | 'check_digit';

export interface IdInfo {
  areaCode: string;
  birthDate: string;
  gender: 'male' | 'female';
}

/** Parses an 18-character ID number; returns the problem when it is not a valid one. */
export function parseIdNumber(
  raw: string,
  /** Today (YYYY-MM-DD): a birth date after it is impossible. */
  today: string,
): IdInfo | { problem: IdProblem } {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { problem: 'format' };
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const valid = isCalendarDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
  if (!valid || birth > today || birth < '1890-01-01') {
    return { problem: 'birth_date' };
  }
  if (idCheckChar(id) !== id[17]) return { problem: 'check_digit' };
  return { areaCode: id.slice(0, 6), birthDate: birth, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

/** Builds a valid ID number (demo data, tests). */
export function makeIdNumber(areaCode: string, birthDate: string, sequence: number, gender: 'male' | 'female'): string {
  let seq = sequence % 1000;
  if ((seq % 2 === 1) !== (gender === 'male')) seq = (seq + 1) % 1000;
  const first17 = `${areaCode}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/** 340104********1234: area code and the last four kept. */
export function maskIdNumber(id: string): string {
  return id.length < 10 ? '*'.repeat(id.length) : `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/** 138****5678 */
export function maskMobile(m: string): string {
  return m.length === 11 ? `${m.slice(0, 3)}****${m.slice(-4)}` : m.replace(/\d(?=\d{2})/g, '*');
}

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
