// Normalisation of Chinese text before comparing it: full-width → half-width, brackets and
// punctuation removed, numbering prefixes dropped, letters lower-cased.
const PUNCTUATION = /[\s\p{P}\p{S}]+/gu;

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

/** Full-width ASCII (！-～) and the ideographic space to their half-width forms. */
export function toHalfWidth(s: string): string {
  if (!FULL_WIDTH.test(s)) return s; // the common case, without two replaces (imports call this per cell)
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Leading numbering as printed on forms: "D3.", "3、", "(一)", "一、", "第3项". */
const NUMBERING =
  /^\s*(?:[a-z]{0,2}\d+(?:[.\-]\d+)*[.、):：]?|[（(]?[一二三四五六七八九十]+[)）、.]|[（(]\d+[)）]|第[一二三四五六七八九十\d]+[项条款])\s*/i;

export function stripNumbering(s: string): string {
  return s.replace(NUMBERING, '');
}

export function normalizeText(s: string): string {
  return stripNumbering(toHalfWidth(s).trim()).toLowerCase().replace(PUNCTUATION, '');
}
