// The rules of what may be asked of a community, in one place: the negative list (work that must
// never be pushed down), the ban on photo, screenshot and check-in proof (work is not judged by
// photos), and the form rules. Pure. The same functions judge an application at its pre-check, again
// when a reviewer approves it, and the work a department dispatches under it — so wording that is
// blocked at dispatch can no longer slip through admission.
import type { FieldError } from '../../http/problem.js';
import { itemSimilarity } from '../../text/similarity.js';

// "拍照上传", "截图留痕", "打卡" … one or more proof words in a row (照片、截图 counts once).
const PROOF_WORD = '拍照|照片|相片|截图|截屏|留痕|打卡|合影|录像|视频为证|图片佐证';
const PROOF = new RegExp(`(?:${PROOF_WORD})(?:[、/和或及与]?(?:${PROOF_WORD}))*`, 'g');
// … unless the text says they are NOT needed: 无需拍照, 不得要求截图, 不以照片考核, 不设打卡, 不拍照.
const NEGATION = /(无需|不需|不需要|不必|不用|不得|不要|不以|不设|不作|不再|禁止|严禁|免于|无须)[^，。；,;]{0,4}$/;
const BARE_NEGATION = /[不勿免]$/;

/** The phrases of a text that demand photo or screenshot proof (empty when none does). */
export function photoProofPhrases(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PROOF)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (NEGATION.test(before) || BARE_NEGATION.test(before)) continue;
    // The phrase as a reader recognises it: the proof words with the verb before them, within the clause.
    const end = m.index + m[0].length;
    const head =
      text
        .slice(Math.max(0, m.index - 4), m.index)
        .split(/[，。；,;、\s]/)
        .pop() ?? '';
    const tail = text.slice(end, end + 2).split(/[，。；,;、\s]/)[0] ?? '';
    found.push(head + m[0] + tail);
  }
  return [...new Set(found)];
}

/** Whether a text demands photo or screenshot proof (policy: work is not judged by photos). */
export function demandsPhotoProof(text: string): boolean {
  return photoProofPhrases(text).length > 0;
}

/** What a rule reads of a piece of work: an application's title, description and assessment, or a dispatch. */
export interface WorkText {
  title?: string;
  description?: string;
  /** How the work is judged (an application's 考核方式) — where photo proof is most often asked. */
  assessment?: string;
  /** A dispatch's instructions to the communities. */
  instructions?: string;
}

export interface ListedItem {
  code: string;
  name: string;
  description?: string;
  /** Which list or register it comes from: negative, cert_forbidden, duty, assist, admission … */
  source: string;
}

export interface ItemMatch {
  code: string;
  name: string;
  score: number;
  source: string;
}

/** Whether there is any text to judge: a blank form is "not checked", never "passed". */
export function hasText(work: WorkText): boolean {
  return [work.title, work.description, work.assessment, work.instructions].some((t) => Boolean(t?.trim()));
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** Listed items resembling the work, best first (one per name: a city's and a district's copy of an item). */
export function similarItems(work: WorkText, items: readonly ListedItem[], threshold: number): ItemMatch[] {
  const request = {
    title: work.title ?? '',
    description: [work.description, work.instructions].filter(Boolean).join(' '),
  };
  if (!request.title.trim() && !request.description.trim()) return [];
  return items
    .map((i) => ({
      code: i.code,
      name: i.name,
      source: i.source,
      score: r2(itemSimilarity(request, { name: i.name, text: i.description })),
    }))
    .filter((m) => m.score >= threshold)
    .sort((a, b) => b.score - a.score)
    .filter((m, i, all) => all.findIndex((x) => x.name === m.name) === i)
    .slice(0, 5);
}

/** The photo-proof rule over every text of the work: the field that asks for it and the phrases. */
export function photoProofFindings(work: WorkText): { field: keyof WorkText; phrases: string[] }[] {
  return (['title', 'description', 'assessment', 'instructions'] as const)
    .map((field) => ({ field, phrases: photoProofPhrases(work[field] ?? '') }))
    .filter((f) => f.phrases.length > 0);
}

/** Similarity to a negative-list item from which work is blocked, and from which it is flagged. */
export const NEGATIVE_BLOCK = 0.75;
export const NEGATIVE_WARN = 0.45;

/**
 * The rules as they apply to dispatched work (title and instructions): field errors that refuse it — photo
 * proof, and work closely resembling a negative-list item (unless its admission was admitted over the
 * negative list by a reviewer's recorded override).
 */
export function dispatchRuleErrors(
  work: { title: string; instructions?: string },
  negativeItems: readonly ListedItem[] = [],
  overridden = false,
): FieldError[] {
  const errors: FieldError[] = [];
  if (photoProofFindings(work).length) errors.push({ field: 'instructions', reason: 'photo_proof_forbidden' });
  const top = overridden ? undefined : similarItems(work, negativeItems, NEGATIVE_BLOCK)[0];
  if (top) errors.push({ field: 'instructions', reason: 'negative_list_item', params: { name: top.name } });
  return errors;
}
