// What changed between two versions of a list: items added, removed and changed, by item code. Pure.
import type { ItemValues } from './repository.js';

export const COMPARED_FIELDS = [
  'listType',
  'name',
  'description',
  'legalBasis',
  'departmentKind',
  'objectKind',
  'frequency',
  'occurrencesPerYear',
  'standardMinutes',
] as const satisfies readonly (keyof ItemValues)[];

export interface FieldChange {
  field: (typeof COMPARED_FIELDS)[number];
  before: string | number | null;
  after: string | number | null;
}

export interface CatalogueDiff {
  added: ItemValues[];
  removed: ItemValues[];
  changed: { code: string; name: string; changes: FieldChange[] }[];
  unchanged: number;
}

export function diffItems(before: ItemValues[], after: ItemValues[]): CatalogueDiff {
  const old = new Map(before.map((i) => [i.code, i]));
  const now = new Map(after.map((i) => [i.code, i]));
  const diff: CatalogueDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const item of after) {
    const prev = old.get(item.code);
    if (!prev) {
      diff.added.push(item);
      continue;
    }
    const changes = COMPARED_FIELDS.filter((f) => (prev[f] ?? null) !== (item[f] ?? null)).map((f) => ({
      field: f,
      before: prev[f] ?? null,
      after: item[f] ?? null,
    }));
    if (changes.length) diff.changed.push({ code: item.code, name: item.name, changes });
    else diff.unchanged++;
  }
  for (const item of before) if (!now.has(item.code)) diff.removed.push(item);
  return diff;
}
