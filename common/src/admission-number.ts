// Admission numbers (文号) as people type them. The system issues one form, 蜀准〔2026〕1号, but a worker
// copying it from a paper notice or a chat message types 蜀准【2026】1号, 蜀准(2026)1号, 蜀准2026年1号,
// 蜀准〔2026〕第1号, full-width digits or stray spaces. All of them mean the same number, so every place
// that takes a typed number (the public check, its API, search, the dispatch form) reads it through here.
// Pure: no database; the server looks the canonical form up.

export interface AdmissionNumberParts {
  /** The jurisdiction's abbreviation before 准: 蜀, 皖, 合 … */
  abbr: string;
  year: number;
  seq: number;
}

// Every bracket people use around the year: 〔〕 (the official one), 【】, （）, (), [], ［］, 〖〗, 《》, {} …
const OPEN = '〔【（([［〖《〈「『{｛<';
const CLOSE = '〕】）)]］〗》〉」』}｝>';
const esc = (s: string) => s.replace(/[\]\\^-]/g, '\\$&');

// abbreviation (1–4 characters, as an admin may set one: 蜀, 蜀山, 东9) 准 [字] [open] year [年] [close] [第] seq [号]
const NUMBER = new RegExp(
  `^([\\p{Script=Han}A-Za-z0-9]{1,4}?)准字?[${esc(OPEN)}]?(\\d{4})年?[${esc(CLOSE)}]?[-—－_·.。、,，]?第?0*(\\d{1,6})号?$`,
  'u',
);
// The machine code printed under the QR code: 340104-2026-0001.
const CODE = /^(\d{2,12})-(\d{4})-(\d{1,6})$/;

/** Full-width forms to half width (NFKC), whitespace of every kind removed (spaces are never part of a 文号). */
export function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/gu, '');
}

/** The parts of a typed admission number, or null when it is not one. */
export function parseAdmissionNumber(text: string): AdmissionNumberParts | null {
  const m = NUMBER.exec(squeeze(text).replace(/－/g, '-'));
  if (!m) return null;
  const seq = Number(m[3]);
  if (seq < 1) return null;
  return { abbr: m[1]!, year: Number(m[2]), seq };
}

/** The form the system issues: 蜀准〔2026〕1号. */
export function formatAdmissionNumber(p: AdmissionNumberParts): string {
  return `${p.abbr}准〔${p.year}〕${p.seq}号`;
}

/** The canonical number of a typed one, or null when the text is not an admission number. */
export function normaliseAdmissionNumber(text: string): string | null {
  const p = parseAdmissionNumber(text);
  return p ? formatAdmissionNumber(p) : null;
}

/** The canonical machine code (340104-2026-0001) of a typed one, or null. */
export function normaliseAdmissionCode(text: string): string | null {
  const m = CODE.exec(squeeze(text).replace(/[－—_]/g, '-'));
  return m ? `${m[1]}-${m[2]}-${m[3]!.padStart(4, '0')}` : null;
}

/** What to look a typed key up by: the canonical number, the canonical code, or the text as typed. */
export function admissionLookupKey(text: string): { number: string } | { code: string } | { raw: string } {
  const number = normaliseAdmissionNumber(text);
  if (number) return { number };
  const code = normaliseAdmissionCode(text);
  if (code) return { code };
  return { raw: squeeze(text) };
}

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/** The jurisdiction's abbreviation of a typed number, even of one that does not parse (蜀准〔2026〕 → 蜀). */
export function typedAbbreviation(text: string): string | null {
  return parseAdmissionNumber(text)?.abbr ?? /^([\p{Script=Han}A-Za-z0-9]{1,4}?)准/u.exec(squeeze(text))?.[1] ?? null;
}

/**
 * The real numbers nearest to an unknown one, of the same jurisdiction (same abbreviation): the same year
 * first, then by edit distance and how far the sequence is. Far-off numbers are not suggested.
 */
export function nearestAdmissionNumbers(typed: string, known: readonly string[], limit = 3): string[] {
  const q = parseAdmissionNumber(typed);
  const text = q ? formatAdmissionNumber(q) : squeeze(typed);
  const abbr = typedAbbreviation(typed);
  if (!abbr) return [];
  return known
    .map((n) => ({ n, p: parseAdmissionNumber(n) }))
    .filter((k): k is { n: string; p: AdmissionNumberParts } => k.p !== null && k.p.abbr === abbr && k.n !== text)
    .map((k) => ({
      n: k.n,
      sameYear: q ? k.p.year === q.year : false,
      d: editDistance(text, k.n),
      gap: q ? Math.abs(k.p.seq - q.seq) : 0,
    }))
    .filter((k) => k.d <= 2 || (k.sameYear && k.gap <= 3))
    .sort((a, b) => Number(b.sameYear) - Number(a.sameYear) || a.d - b.d || a.gap - b.gap || a.n.localeCompare(b.n))
    .slice(0, limit)
    .map((k) => k.n);
}
