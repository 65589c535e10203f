// The dry run's per-row work on a batch of rows, as the checking thread runs it (import-check-worker.ts):
// every cell parsed and validated, and each good row's data JSON and fingerprint. What needs the whole
// file (duplicate keys) or the database (known subjects, communities) stays with the dry run. Pure.
import { encodeFact } from './fact-encoding.js';
import { parseRow, type Mapping } from './import-rows.js';
import type { ElementRule } from './values.js';

/** What every batch of one dry run is checked against. */
export interface CheckSetup {
  header: string[];
  mapping: Mapping;
  rules: Map<string, ElementRule>;
  today: string;
}

/**
 * One batch checked, in the order of its rows, blank rows left out; arrays (not an object per row) so the
 * result crosses to the dry run's thread cheaply. A row with cell errors has `bad[i] = 1`, its errors
 * (in column order) at `errorsOf[i]`, and empty name, community, hash and data.
 */
export interface CheckedRows {
  rowNos: number[];
  /** The row's subject key, when its key cell is good (also for a row with other bad cells: duplicates). */
  keys: (string | null)[];
  bad: Uint8Array<ArrayBuffer>;
  errorsOf: { i: number; column: string; value: string; reason: string }[];
  names: string[];
  communities: string[];
  hashes: string[];
  datas: string[];
}

const isBlank = (cells: string[]) => {
  for (const c of cells) if (String(c).trim()) return false;
  return true;
};

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
  for (let r = 0; r < cells.length; r++) {
    if (isBlank(cells[r])) continue;
    const i = out.rowNos.length;
    out.rowNos.push(rowNos[r]);
    const parsed = parseRow(cells[r], setup.header, setup.mapping, setup.rules, setup.today);
    out.keys.push(parsed.key);
    if (parsed.errors.length) {
      out.bad[i] = 1;
      for (const e of parsed.errors) out.errorsOf.push({ i, ...e });
      out.names.push('');
      out.communities.push('');
      out.hashes.push('');
      out.datas.push('');
      continue;
    }
    out.names.push(parsed.name);
    out.communities.push(parsed.communityRaw);
    if (encode) {
      const fact = encodeFact(parsed.values);
      out.hashes.push(fact.hash);
      out.datas.push(fact.data);
    } else {
      out.hashes.push('');
      out.datas.push('');
    }
  }
  return out;
}
