// Who is the source of a fact (权威来源, issue 13 §1), in plain functions. Every element has one: a kind of
// department (民政 for benefits paid, 公安 for hukou and ID facts …) or the community itself (facts only a
// visit establishes). A community is asked only for what is its own to establish, or what the owner granted
// it to collect; a gap in a department's element is that department's to bring back (回流), never the worker's.
import { STANDARD_DEPARTMENTS } from '../orgs/departments.js';

export const COMMUNITY_SOURCE = 'community';

/** Kinds a source may be: the community, or a standard department that holds records (not the 减负办). */
export const SOURCE_KINDS: readonly string[] = [
  COMMUNITY_SOURCE,
  ...STANDARD_DEPARTMENTS.filter((d) => !d.burdenOffice).map((d) => d.kind),
];

export interface Sourced {
  ownerDepartmentKind: string;
  communityCollects: boolean;
}

/** Whether a community may be asked for the element (一次入户, ledgers, forms). */
export function asksCommunity(e: Sourced): boolean {
  return e.ownerDepartmentKind === COMMUNITY_SOURCE || e.communityCollects;
}

/** The department that brings a gap in this element back, or null when the community establishes it. */
export function backflowOwner(e: Sourced): string | null {
  return asksCommunity(e) ? null : e.ownerDepartmentKind;
}

/** The name of a source as a ledger prints it: 民政局, 公安分局 …, or 社区. */
export function sourceName(kind: string): string {
  if (kind === COMMUNITY_SOURCE) return '社区';
  return STANDARD_DEPARTMENTS.find((d) => d.kind === kind)?.district ?? kind;
}

/** Derived columns take the source of what they are derived from (年龄 from 出生日期). */
export function sourceElement(element: string): string {
  return element === 'age' ? 'birth_date' : element;
}

export interface DataFirst {
  /** Data columns whose element a department is the source of, of all data columns. */
  departmentColumns: number;
  dataColumns: number;
  /** Share of those departments' cells already known (imported). */
  known: number;
  /** The departments to bring their data first, by name. */
  departments: string[];
}

/**
 * 费随事转 for data: a form whose data columns are mostly department-owned while most of those cells are not
 * yet imported is a ledger the departments must fill first, not one to issue to communities. Null when the
 * form is not such a form.
 */
export function dataFirst(
  perColumn: readonly { known: number; of: number }[],
  sources: readonly ({ name: string; asksCommunity: boolean } | null)[],
): DataFirst | null {
  const data = perColumn.map((c, i) => ({ ...c, src: sources[i] })).filter((c) => c.src !== null);
  const owned = data.filter((c) => c.src && !c.src.asksCommunity);
  const cells = owned.reduce((n, c) => n + c.of, 0);
  const known = cells ? owned.reduce((n, c) => n + c.known, 0) / cells : 1;
  if (data.length === 0 || owned.length * 2 <= data.length || cells === 0 || known >= 0.5) return null;
  const open = owned.filter((c) => c.known < c.of);
  return {
    departmentColumns: owned.length,
    dataColumns: data.length,
    known: Math.round(known * 1000) / 1000,
    departments: [...new Set(open.map((c) => c.src!.name))],
  };
}
