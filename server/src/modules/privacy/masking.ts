// Masking by sensitivity (个人信息 / 敏感个人信息, PIPL arts. 4 and 28), in plain functions. ID numbers
// and phones keep the parts people recognise them by; addresses keep the area; other sensitive personal
// information (disability, health, assistance, corrections …) is hidden unless the reader may see it.
import { maskIdNumber, maskMobile } from '#common/idcard.js';

export interface MaskableElement {
  code: string;
  sensitivity: string;
  validation: string | null;
  ownerDepartmentKind: string;
}

export const HIDDEN = '＊＊＊';

/** 安徽省合肥市蜀山区五里墩街道某某路 12 号 → 安徽省合肥市蜀山区****: the area stays, the door goes. */
export function maskAddress(a: string): string {
  const m = /^(.{0,11}?[区县])/.exec(a) ?? /^(.{0,11}?市)/.exec(a);
  const keep = m ? m[1] : a.slice(0, Math.min(6, Math.floor(a.length / 2)));
  return `${keep}****`;
}

export function isAddress(code: string): boolean {
  return code.endsWith('_address');
}

export interface Reader {
  /** The subject's own community worker, or an unmask of one record with a stated reason. */
  clear: boolean;
  /**
   * The subject's own community worker opening one record: everything as she sees it in her work, but
   * the identifiers (ID number, phone) stay masked until she states a reason (an audited unmask).
   */
  ownCommunity?: boolean;
  departmentKind: string | null;
  /** Elements the reader's department holds a current grant for. */
  granted?: ReadonlySet<string>;
}

/**
 * The value a reader sees. Clear readers see everything. Identifiers (ID number, phone) stay masked
 * for everyone else; sensitive information and addresses show only to the department that owns the
 * element (the source of truth) or holds a grant for it.
 */
export function maskValue(e: MaskableElement | undefined, value: string | null, reader: Reader): string | null {
  if (value === null || !e || reader.clear) return value;
  if (e.validation === 'id_number') return maskIdNumber(value);
  if (e.validation === 'mobile') return maskMobile(value);
  if (reader.ownCommunity) return value;
  const entitled =
    Boolean(reader.departmentKind && reader.departmentKind === e.ownerDepartmentKind) ||
    Boolean(reader.granted?.has(e.code));
  if (entitled) return value;
  if (e.sensitivity === 'sensitive') return HIDDEN;
  if (e.sensitivity === 'personal' && isAddress(e.code)) return maskAddress(value);
  return value;
}

/** '340104-canlian' → 'canlian' */
export function departmentKindOf(departmentCode: string | null): string | null {
  if (!departmentCode) return null;
  const i = departmentCode.indexOf('-');
  return i < 0 ? departmentCode : departmentCode.slice(i + 1);
}

/** A person's name on a public page: the family name only (李**). */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}
