// A certificate's guide for residents, from its catalogue item and what the jurisdiction wrote. Pure.
import type { AskerKind } from '#common/certificates.js';

export interface CertificateItem {
  jurisdiction: string;
  jurisdictionName: string;
  code: string;
  listType: string;
  name: string;
  description: string;
  legalBasis: string;
  departmentKind: string | null;
}

/** The first sentence: a list shows one line per certificate. */
export function firstSentence(text: string): string {
  const m = /^[^。；;]*[。；;]?/.exec(text.trim());
  return (m?.[0] ?? '').replace(/[；;]$/, '。');
}

/** Whether a resident may ask the community for it (the forbidden list says what to do instead). */
export const isAllowed = (item: { listType: string }) => item.listType === 'cert_allowed';

/** Items whose name or text holds every word of the query (a resident types 亲属, 居住 …). */
export function matchesQuery(item: { name: string; description: string; code: string }, q?: string): boolean {
  const words = (q ?? '').trim().split(/\s+/).filter(Boolean);
  return words.every((w) => item.name.includes(w) || item.description.includes(w) || item.code.includes(w));
}

/** The same certificate listed by the city and the district: the nearer list speaks (items come nearest first). */
export function nearestByName<T extends { name: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.name) ? false : (seen.add(i.name), true)));
}

/** The asking body's name as people write it: trimmed, inner spaces collapsed, so reports group. */
export function normaliseAsker(kind: AskerKind, name: string): { kind: AskerKind; name: string } {
  return { kind, name: name.trim().replace(/\s+/g, ' ') };
}
