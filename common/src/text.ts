// What a text value may hold, at every edge (JSON bodies, queries, form fields, file cells): valid
// Unicode only — no lone surrogates, no NUL or other C0 controls except tab and line breaks — and
// normalised to NFC, so that what is hashed, compared and stored is the same string on both databases.
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const NOT_PRINTABLE_ASCII = /[^\x20-\x7E]/;

export type TextProblem = 'invalid_characters';

/** The cleaned text, or the problem that makes it unacceptable. */
export function cleanText(s: string): { text: string } | { problem: TextProblem } {
  if (!NOT_PRINTABLE_ASCII.test(s)) return { text: s }; // printable ASCII: nothing to refuse or normalise
  if (LONE_SURROGATE.test(s) || FORBIDDEN_CONTROLS.test(s)) return { problem: 'invalid_characters' };
  return { text: s.normalize('NFC') };
}

/**
 * Cleans every string in a parsed JSON value (keys included) into a copy; returns the cleaned value
 * and the dotted paths of strings that cannot be accepted.
 */
export function cleanStrings(value: unknown, path = ''): { value: unknown; bad: string[] } {
  const bad: string[] = [];
  const walk = (v: unknown, p: string): unknown => {
    if (typeof v === 'string') {
      const r = cleanText(v);
      if ('problem' in r) {
        bad.push(p || 'body');
        return v;
      }
      return r.text;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, p ? `${p}.${i}` : String(i)));
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const key = cleanText(k);
        const name = 'problem' in key ? k : key.text;
        if ('problem' in key) bad.push(p ? `${p}.${k}` : k);
        out[name] = walk(x, p ? `${p}.${name}` : name);
      }
      return out;
    }
    return v;
  };
  return { value: walk(value, path), bad };
}
