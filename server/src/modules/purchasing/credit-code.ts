// 统一社会信用代码 (GB 32100-2015): 18 characters — registering authority (1), organisation type (1), the
// registering authority's division code (6), the organisation code (9), a check character (1) — over the 31
// characters 0-9 and A-Y without I, O, S, V, Z. Pure.
import type { SocialOrgType } from '#common/purchasing.js';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of the first 17 characters, or null when one is outside the charset. */
export function creditCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i] ?? '');
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** Upper case, no spaces: how people type a code from a certificate. */
export function normalizeCreditCode(raw: string): string {
  return raw.replace(/[\s\u3000-]/g, '').toUpperCase();
}

export type CreditCodeReason = 'invalid_format' | 'invalid_check' | 'not_civil_affairs' | 'type_mismatch';

/** Type codes under 民政 (registering authority 5): 1 社会团体, 2 民办非企业单位, 3 基金会, 9 其他. */
const TYPE_DIGIT: Record<Exclude<SocialOrgType, 'community_filed'>, string> = {
  social_group: '1',
  social_service: '2',
  foundation: '3',
};

/** Why a code cannot be a social organisation's of this type, or null when it can. */
export function creditCodeProblem(code: string, type: SocialOrgType): CreditCodeReason | null {
  if (!/^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/.test(code)) return 'invalid_format';
  if (creditCheckChar(code.slice(0, 17)) !== code[17]) return 'invalid_check';
  // Social organisations are registered by 民政 (authority 5); a filed community group may hold none.
  if (code[0] !== '5') return 'not_civil_affairs';
  if (type !== 'community_filed' && code[1] !== TYPE_DIGIT[type]) return 'type_mismatch';
  return null;
}

/** A valid code from its 17 first characters (the demo and the tests write codes this way). */
export function withCheckChar(first17: string): string {
  const c = creditCheckChar(first17);
  if (!c) throw new Error(`not a credit code body: ${first17}`);
  return first17 + c;
}
