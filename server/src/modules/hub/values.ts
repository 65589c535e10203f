// Turning a raw cell (from a CSV, a spreadsheet or a form) into the stored value of a data element,
// or the reason it cannot be one. Pure.
import { cleanText } from '#common/text.js';
import { MOBILE_PATTERN, isCalendarDate, parseIdNumber } from '#common/idcard.js';
import { toHalfWidth } from '../../text/normalize.js';

export type ElementType = 'text' | 'integer' | 'decimal' | 'date' | 'boolean' | 'code';
export type Validation = 'id_number' | 'mobile' | 'phone' | 'uscc' | 'postcode' | 'household_number' | null;

export interface ElementRule {
  code: string;
  type: ElementType;
  validation: Validation;
  /** For code lists: code, name or synonym (normalised) → code. */
  codes?: ReadonlyMap<string, string>;
}

export type CellReason =
  | 'bad_id_check_digit'
  | 'bad_id_birth_date'
  | 'bad_id_format'
  | 'bad_mobile'
  | 'bad_phone'
  | 'bad_uscc'
  | 'bad_postcode'
  | 'not_a_number'
  | 'not_an_integer'
  | 'bad_date'
  | 'date_out_of_range'
  | 'not_a_boolean'
  | 'unknown_code'
  | 'too_long'
  | 'bad_characters';

export type CellResult = { value: string | null } | { reason: CellReason };

const TRUE = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓', '对']);
const FALSE = new Set(['否', '无', '没有', 'n', 'no', 'false', '0', '×', '✗']);
export const MAX_TEXT = 500;

/** Excel's day numbers (1900 system) → ISO date. */
function excelSerial(n: number): string {
  return new Date(Date.UTC(1899, 11, 30) + n * 86_400_000).toISOString().slice(0, 10);
}

export function parseDate(raw: string, today: string): string | 'bad' | 'range' {
  const s = toHalfWidth(raw).trim();
  let y: number, m: number, d: number;
  let match: RegExpMatchArray | null;
  if ((match = s.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/)))
    [y, m, d] = [+match[1], +match[2], +match[3]];
  else if ((match = s.match(/^(\d{4})(\d{2})(\d{2})$/))) [y, m, d] = [+match[1], +match[2], +match[3]];
  else if (/^\d{5}(\.\d+)?$/.test(s)) return excelSerial(Math.floor(Number(s)));
  else return 'bad';
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!isCalendarDate(y, m, d)) return 'bad';
  if (iso < '1890-01-01' || iso > `${Number(today.slice(0, 4)) + 50}-12-31`) return 'range';
  return iso;
}

// 统一社会信用代码 GB 32100: 18 characters, the last a check character over the first 17.
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export function validUscc(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  const sum = USCC_WEIGHTS.reduce((n, w, i) => n + USCC_CHARS.indexOf(code[i]) * w, 0);
  return USCC_CHARS[(31 - (sum % 31)) % 31] === code[17];
}

export function parseCell(
  raw: string | number | boolean | Date | null | undefined,
  rule: ElementRule,
  today: string,
): CellResult {
  if (raw === null || raw === undefined) return { value: null };
  if (raw instanceof Date)
    return rule.type === 'date' ? { value: raw.toISOString().slice(0, 10) } : { value: raw.toISOString() };
  const clean = cleanText(String(raw));
  if ('problem' in clean) return { reason: 'bad_characters' };
  const text = toHalfWidth(clean.text).trim();
  if (text === '') return { value: null };
  switch (rule.validation) {
    case 'id_number': {
      const r = parseIdNumber(text, today);
      if ('problem' in r)
        return {
          reason:
            r.problem === 'check_digit'
              ? 'bad_id_check_digit'
              : r.problem === 'birth_date'
                ? 'bad_id_birth_date'
                : 'bad_id_format',
        };
      return { value: text.toUpperCase() };
    }
    case 'mobile': {
      const digits = text.replace(/[\s-]/g, '').replace(/^\+?86/, '');
      return MOBILE_PATTERN.test(digits) ? { value: digits } : { reason: 'bad_mobile' };
    }
    case 'phone': {
      const p = text.replace(/\s/g, '');
      return /^(\+?86)?(0\d{2,3}-?\d{7,8}(-\d{1,6})?|1[3-9]\d{9})$/.test(p) ? { value: p } : { reason: 'bad_phone' };
    }
    case 'uscc':
      return validUscc(text.toUpperCase()) ? { value: text.toUpperCase() } : { reason: 'bad_uscc' };
    case 'postcode':
      return /^\d{6}$/.test(text) ? { value: text } : { reason: 'bad_postcode' };
    default:
      break;
  }
  switch (rule.type) {
    case 'integer': {
      const n = Number(text.replace(/,/g, ''));
      if (!Number.isFinite(n)) return { reason: 'not_a_number' };
      return Number.isInteger(n) ? { value: String(n) } : { reason: 'not_an_integer' };
    }
    case 'decimal': {
      const n = Number(text.replace(/[,￥¥元]/g, ''));
      return Number.isFinite(n) ? { value: String(n) } : { reason: 'not_a_number' };
    }
    case 'date': {
      const d = parseDate(text, today);
      return d === 'bad' ? { reason: 'bad_date' } : d === 'range' ? { reason: 'date_out_of_range' } : { value: d };
    }
    case 'boolean': {
      const b = text.toLowerCase();
      return TRUE.has(b) ? { value: 'true' } : FALSE.has(b) ? { value: 'false' } : { reason: 'not_a_boolean' };
    }
    case 'code': {
      const code = rule.codes?.get(text.toLowerCase()) ?? rule.codes?.get(text.replace(/\s/g, '').toLowerCase());
      return code ? { value: code } : { reason: 'unknown_code' };
    }
    default:
      return text.length > MAX_TEXT ? { reason: 'too_long' } : { value: text };
  }
}

/** The lookup a code list needs: its codes, names and synonyms, all pointing at the code. */
export function codeLookup(items: { code: string; name: string; synonyms: readonly string[] }[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const it of items) for (const k of [it.code, it.name, ...it.synonyms]) m.set(k.toLowerCase(), it.code);
  return m;
}
