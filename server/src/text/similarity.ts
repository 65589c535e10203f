// How much one Chinese text is about the same thing as another. Two signals, both on normalised text:
// character bigrams (robust to segmentation and to renamed items that keep their core words) and
// IDF-weighted jieba words (so 亲属关系 counts for more than 证明 or 社区).
import { normalizeText } from './normalize.js';
import { contentTokens, idfOf } from './tokens.js';

export function charNgrams(text: string, n = 2): Set<string> {
  const s = normalizeText(text);
  const out = new Set<string>();
  if (s.length < n) {
    if (s) out.add(s);
    return out;
  }
  for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n));
  return out;
}

/** Share of `needle`'s n-grams found in `haystack` (1 when the whole needle appears). */
export function containment(needle: Set<string>, haystack: Set<string>): number {
  if (needle.size === 0) return 0;
  let hit = 0;
  for (const g of needle) if (haystack.has(g)) hit++;
  return hit / needle.size;
}

export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let hit = 0;
  for (const g of a) if (b.has(g)) hit++;
  return (2 * hit) / (a.size + b.size);
}

function weightedVector(tokens: string[]): Map<string, number> {
  const v = new Map<string, number>();
  for (const t of tokens) v.set(t, (v.get(t) ?? 0) + idfOf(t));
  return v;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    na += x * x;
    const y = b.get(k);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** IDF-weighted share of the needle's words that appear in the haystack. */
export function weightedTokenContainment(needle: string[], haystack: string[]): number {
  const have = new Set(haystack);
  let total = 0;
  let hit = 0;
  for (const t of new Set(needle)) {
    const w = idfOf(t);
    total += w;
    if (have.has(t)) hit += w;
  }
  return total ? hit / total : 0;
}

export interface Comparable {
  /** The short name of the item (亲属关系证明). */
  name: string;
  /** Longer text: description, legal basis … */
  text?: string;
}

/**
 * Similarity of a request (title + description) to a catalogue item, 0…1. The item's name counts most:
 * when the request contains the whole name, it is about that item whatever else it says.
 */
export function itemSimilarity(request: { title: string; description?: string }, item: Comparable): number {
  const reqText = `${request.title} ${request.description ?? ''}`;
  const reqGrams = charNgrams(reqText);
  const nameInRequest = containment(charNgrams(item.name), reqGrams);
  const titleVsName = dice(charNgrams(request.title), charNgrams(item.name));
  const reqTokens = contentTokens(reqText);
  const nameTokens = contentTokens(item.name);
  const nameWords = nameTokens.length ? weightedTokenContainment(nameTokens, reqTokens) : 0;
  const whole = cosine(weightedVector(reqTokens), weightedVector(contentTokens(`${item.name} ${item.text ?? ''}`)));
  const nameScore = Math.max(nameInRequest * 0.6 + nameWords * 0.4, titleVsName);
  return Math.min(1, Math.max(nameScore * 0.85 + whole * 0.15, whole));
}
