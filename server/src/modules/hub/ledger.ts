// Forms and ledgers, in plain functions: which subjects a form's filter selects, the cells the hub
// fills, and how much of a ledger is already known. A ledger is generated, never filled in.
import type { Relation } from '#common/relations.js';
import { ageOn } from './subjects-service.js';

export type FilterOp = 'eq' | 'neq' | 'present' | 'absent' | 'age_gte' | 'age_lte' | 'gte' | 'lte';

export interface Condition {
  element: string;
  op: FilterOp;
  value?: string;
}

export interface FormColumn {
  label: string;
  /** null: a field of the form itself (序号, 备注, 签字 …), never filled from the hub. */
  element: string | null;
  /**
   * The person the column speaks of (户主姓名: the householder's name); absent or null: the subject itself.
   * The householder's facts come from the household's membership (relationValues); the hub holds no
   * copy of them under the subject.
   */
  relation?: Relation | null;
}

/** Where a column's value sits in a subject's values: `name`, or `householder.name` for another person. */
export const valueKey = (c: { element: string; relation?: Relation | null }) =>
  c.relation ? `${c.relation}.${c.element}` : c.element;

export type Values = Record<string, string | null | undefined>;

export function matches(values: Values, conditions: Condition[], today: string): boolean {
  return conditions.every((c) => {
    const v = values[c.element] ?? null;
    switch (c.op) {
      case 'present':
        return v !== null && v !== '' && v !== 'false';
      case 'absent':
        return v === null || v === '' || v === 'false';
      case 'eq':
        return v === c.value;
      case 'neq':
        return v !== c.value;
      case 'age_gte':
      case 'age_lte': {
        const age = ageOn(v, today);
        if (age === null) return false;
        return c.op === 'age_gte' ? age >= Number(c.value) : age <= Number(c.value);
      }
      case 'gte':
        return v !== null && Number(v) >= Number(c.value);
      case 'lte':
        return v !== null && Number(v) <= Number(c.value);
      default:
        return false;
    }
  });
}

export interface LedgerCell {
  value: string | null;
  /**
   * Whether the hub knows it; form-only columns are neither known nor missing. A gap in an element a
   * department is the source of is 'backflow': that department brings it (回流), the community is not asked.
   */
  state: 'known' | 'missing' | 'backflow' | 'form';
}

/** Derived elements: age comes from the birth date, not from anyone typing it. */
export function cellValue(element: string, values: Values, today: string): string | null {
  if (element === 'age') {
    const age = ageOn(values.birth_date ?? null, today);
    return age === null ? null : String(age);
  }
  const v = values[element];
  return v === undefined || v === '' ? null : v;
}

export function ledgerRow(
  columns: FormColumn[],
  values: Values,
  today: string,
  awaitsBackflow: (element: string) => boolean = () => false,
): LedgerCell[] {
  return columns.map((c) => {
    if (!c.element) return { value: null, state: 'form' };
    const value = c.relation
      ? cellValue(c.element, relationValues(values, c.relation), today)
      : cellValue(c.element, values, today);
    if (value !== null) return { value, state: 'known' };
    return { value, state: awaitsBackflow(c.element) ? 'backflow' : 'missing' };
  });
}

/** The values of another person, as the subject's values carry them (`householder.name` → `name`). */
function relationValues(values: Values, relation: Relation): Values {
  const prefix = `${relation}.`;
  const out: Values = {};
  for (const [k, v] of Object.entries(values)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}

export interface Coverage {
  /** Share of the data cells (not form-only ones) the hub already fills. */
  known: number;
  cells: number;
  perColumn: { label: string; element: string | null; known: number; of: number }[];
}

export function coverage(columns: FormColumn[], rows: LedgerCell[][]): Coverage {
  const perColumn = columns.map((c, i) => ({
    label: c.label,
    element: c.element,
    known: rows.filter((r) => r[i].state === 'known').length,
    of: c.element ? rows.length : 0,
  }));
  const cells = perColumn.reduce((n, c) => n + c.of, 0);
  const known = perColumn.reduce((n, c) => n + c.known, 0);
  return { known: cells ? Math.round((known / cells) * 1000) / 1000 : 0, cells, perColumn };
}

/** A condition on one element a fact record must meet for its subject to be read (see narrowing). */
export interface RecordCondition {
  element: string;
  op: 'nonempty' | 'eq' | 'lt' | 'gte' | 'notnull';
  value?: string;
}

/**
 * What the database may check before the exact filter runs: for each condition that needs a value, some
 * record of the subject must hold a value that could pass (the current value is one of its records'
 * values). A superset of the matching subjects, never fewer; `absent`, `neq` and conditions on values a
 * resident takes from the household are left to `matches`. Dates are validated YYYY-MM-DD, so an age
 * bound is a bound on the birth year.
 */
export function narrowing(
  conditions: Condition[],
  today: string,
  fromHousehold: (element: string) => boolean = () => false,
): RecordCondition[] {
  const year = Number(today.slice(0, 4));
  const y = (n: number) => String(n).padStart(4, '0');
  const out: RecordCondition[] = [];
  for (const c of conditions) {
    if (fromHousehold(c.element)) continue;
    const n = Number(c.value);
    switch (c.op) {
      case 'present':
        out.push({ element: c.element, op: 'nonempty' });
        break;
      case 'eq':
        if (c.value !== undefined) out.push({ element: c.element, op: 'eq', value: c.value });
        break;
      case 'age_gte':
        if (Number.isFinite(n)) out.push({ element: c.element, op: 'lt', value: y(year - Math.ceil(n) + 1) });
        break;
      case 'age_lte':
        if (Number.isFinite(n)) out.push({ element: c.element, op: 'gte', value: y(year - Math.floor(n) - 1) });
        break;
      case 'gte':
      case 'lte':
        out.push({ element: c.element, op: 'notnull' });
        break;
      default:
        break;
    }
  }
  return out;
}

/** The elements a ledger reads: its columns' and filter's (a derived age reads the birth date). */
export function elementsOf(columns: FormColumn[], conditions: Condition[]): Set<string> {
  const out = new Set<string>();
  for (const c of columns) if (c.element) out.add(c.element === 'age' ? 'birth_date' : c.element);
  for (const c of conditions) out.add(c.element);
  return out;
}
