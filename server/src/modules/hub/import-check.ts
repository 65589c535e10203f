// The dry run's per-row work on a batch of rows: every cell parsed and validated, and each good row's
// data JSON and fingerprint. What needs the whole file (duplicate keys) or the database (known subjects,
// communities) stays with the dry run. Pure.
import { FactEncoder, encodeFact } from './fact-encoding.js';
import { NAME_ELEMENTS, parseRow, type Mapping, type ParsedRow } from './import-rows.js';
import { parseCell, type ElementRule } from './values.js';

/** What every batch of one dry run is checked against. */
export interface CheckSetup {
  header: string[];
  mapping: Mapping;
  rules: Map<string, ElementRule>;
  today: string;
}

/**
 * One batch checked, in the order of its rows, blank rows left out; arrays, not an object per row. A row with cell errors has `bad[i] = 1`, its errors
 * (in column order) at `errorsOf[i]`, and empty name, community, hash and data.
 */
export interface CheckedRows {
  rowNos: number[];
  /** The row's subject key, when its key cell is good (also for a row with other bad cells: duplicates). */
  keys: (string | null)[];
  bad: Uint8Array;
  errorsOf: { i: number; column: string; value: string; reason: string }[];
  names: string[];
  communities: string[];
  hashes: string[];
  datas: string[];
}

// A cell is blank when trimming leaves nothing; a first character that is printable ASCII other than
// the space settles it without trimming (the common case: no string made per cell).
const isBlank = (cells: string[]) => {
  for (const c of cells) {
    const first = c.length ? c.charCodeAt(0) : 0;
    if ((first > 0x20 && first < 0x7f) || String(c).trim()) return false;
  }
  return true;
};

/** The mapped columns, each with its rule; for the common mapping (no element twice), each stored value's slot. */
interface Plan {
  columns: { at: number; element: string; rule: ElementRule; relation: string | null; label: string; slot: number }[];
  /** Slot of each stored element (the mapped columns about the subject itself), in column order. */
  encoder: FactEncoder | null;
  keySlot: number;
  nameSlots: number[];
}

const plans = new WeakMap<CheckSetup, Plan>();

function planOf(setup: CheckSetup): Plan {
  let plan = plans.get(setup);
  if (plan) return plan;
  const { mapping, header, rules } = setup;
  const columns: Plan['columns'] = [];
  const stored: string[] = [];
  mapping.columns.forEach((element, at) => {
    const rule = element ? rules.get(element) : undefined;
    if (!element || !rule) return;
    const relation = mapping.relations?.[at] || null;
    columns.push({
      at,
      element,
      rule,
      relation,
      label: header[at] ?? `#${at + 1}`,
      slot: relation ? -1 : stored.length,
    });
    if (!relation) stored.push(element);
  });
  const keyElement = mapping.columns[mapping.keyColumn];
  plan = {
    columns,
    encoder: FactEncoder.fits(stored) ? new FactEncoder(stored) : null,
    keySlot: keyElement ? stored.indexOf(keyElement) : -1,
    nameSlots: NAME_ELEMENTS.map((e) => stored.indexOf(e)),
  };
  plans.set(setup, plan);
  return plan;
}

/** Checks a batch; `encode` false skips the data JSON and fingerprint (the file already has a bad row). */
export function checkRows(
  setup: CheckSetup,
  rowNos: ArrayLike<number>,
  cells: string[][],
  encode: boolean,
): CheckedRows {
  const out: CheckedRows = {
    rowNos: [],
    keys: [],
    bad: new Uint8Array(cells.length),
    errorsOf: [],
    names: [],
    communities: [],
    hashes: [],
    datas: [],
  };
  const plan = planOf(setup);
  const { mapping, header, today } = setup;
  const values: string[] = new Array<string>(plan.columns.length).fill('');
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (isBlank(row)) continue;
    const i = out.rowNos.length;
    out.rowNos.push(rowNos[r]);
    if (!plan.encoder) {
      // A mapping with an element twice (or unusual element codes): the general row parser.
      const parsed = parseRow(row, header, mapping, setup.rules, today);
      const fact = parsed.errors.length || !encode ? null : encodeFact(parsed.values);
      push(out, i, parsed.key, parsed.errors, parsed.name, parsed.communityRaw, fact);
      continue;
    }
    // As parseRow, without an object per row: values by slot, a bit per slot that has one.
    let present = 0;
    let errors: ParsedRow['errors'] | null = null;
    let householderName = '';
    for (const c of plan.columns) {
      const raw = row[c.at] ?? '';
      const v = parseCell(raw, c.rule, today);
      if ('reason' in v) (errors ??= []).push({ column: c.label, value: raw, reason: v.reason });
      else if (v.value !== null && c.relation) {
        if (c.relation === 'householder' && c.element === 'name') householderName = v.value;
      } else if (v.value !== null) {
        values[c.slot] = v.value;
        present |= 1 << c.slot;
      }
    }
    const has = (slot: number) => slot >= 0 && (present & (1 << slot)) !== 0;
    const key = has(plan.keySlot) ? values[plan.keySlot] : null;
    if (!key && !errors?.some((e) => e.column === header[mapping.keyColumn]))
      (errors ??= []).push({
        column: header[mapping.keyColumn] ?? `#${mapping.keyColumn + 1}`,
        value: row[mapping.keyColumn] ?? '',
        reason: 'missing_key',
      });
    let name = '';
    for (const slot of plan.nameSlots)
      if (has(slot) && values[slot]) {
        name = values[slot];
        break;
      }
    if (!name && householderName) name = `${householderName}户`;
    const communityRaw = mapping.communityColumn === null ? '' : (row[mapping.communityColumn] ?? '').trim();
    const fact = errors || !encode ? null : plan.encoder.encode(values, present);
    push(out, i, key, errors ?? [], name, communityRaw, fact);
  }
  return out;
}

function push(
  out: CheckedRows,
  i: number,
  key: string | null,
  errors: ParsedRow['errors'],
  name: string,
  communityRaw: string,
  fact: { data: string; hash: string } | null,
) {
  out.keys.push(key);
  if (errors.length) {
    out.bad[i] = 1;
    for (const e of errors) out.errorsOf.push({ i, ...e });
    name = '';
    communityRaw = '';
  }
  out.names.push(name);
  out.communities.push(communityRaw);
  out.hashes.push(fact?.hash ?? '');
  out.datas.push(fact?.data ?? '');
}
