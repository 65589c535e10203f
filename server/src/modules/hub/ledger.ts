// Forms and ledgers, in plain functions: which subjects a form's filter selects, the cells the hub
// fills, and how much of a ledger is already known. A ledger is generated, never filled in.
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
}

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
    const value = cellValue(c.element, values, today);
    if (value !== null) return { value, state: 'known' };
    return { value, state: awaitsBackflow(c.element) ? 'backflow' : 'missing' };
  });
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
