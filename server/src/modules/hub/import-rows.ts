// One row of a department dataset: its cells parsed into element values, or the reasons it cannot be
// imported, column by column. Pure.
import { parseCell, type CellReason, type ElementRule } from './values.js';

export interface Mapping {
  /** Element code for each column of the file, or null for a column left out. */
  columns: (string | null)[];
  /**
   * The person each column speaks of (户主姓名 → householder), null for the subject itself. A column about another
   * person is checked like its element (a wrong check digit is still an error) but not stored on the subject: that
   * person's facts come from their own records and the household membership, never from a second copy.
   */
  relations?: (string | null)[];
  /** The column that identifies the subject (the ID number for residents, the 户号 for households). */
  keyColumn: number;
  /** Optional column naming the community (code or name), needed only for subjects new to the hub. */
  communityColumn: number | null;
}

export interface ParsedRow {
  key: string | null;
  name: string;
  communityRaw: string;
  values: Record<string, string>;
  errors: { column: string; value: string; reason: CellReason | 'missing_key' }[];
}

/**
 * Where a dry run keeps the rows it validated until the commit: a file beside the upload, one line per row
 * (COPY text: subject key, name, community for a new subject, fingerprint, data JSON). A file, not a table: the dry run writes
 * nothing to the database but its errors, and the commit loads the rows in one pass.
 */
export const stagedFile = (uploadPath: string) => `${uploadPath}.staged`;

export const NAME_ELEMENTS = ['name', 'householder_name', 'org_name'];

export function parseRow(
  cells: string[],
  header: string[],
  mapping: Mapping,
  rules: Map<string, ElementRule>,
  today: string,
): ParsedRow {
  const values: Record<string, string> = {};
  const errors: ParsedRow['errors'] = [];
  let householderName = '';
  mapping.columns.forEach((element, i) => {
    if (!element) return;
    const rule = rules.get(element);
    if (!rule) return;
    const raw = cells[i] ?? '';
    const r = parseCell(raw, rule, today);
    if ('reason' in r) errors.push({ column: header[i] ?? `#${i + 1}`, value: raw, reason: r.reason });
    else if (r.value !== null && mapping.relations?.[i]) {
      if (mapping.relations[i] === 'householder' && element === 'name') householderName = r.value;
    } else if (r.value !== null) values[element] = r.value;
  });
  const keyElement = mapping.columns[mapping.keyColumn];
  const key = keyElement ? (values[keyElement] ?? null) : null;
  if (!key && !errors.some((e) => e.column === header[mapping.keyColumn])) {
    errors.push({
      column: header[mapping.keyColumn] ?? `#${mapping.keyColumn + 1}`,
      value: cells[mapping.keyColumn] ?? '',
      reason: 'missing_key',
    });
  }
  const name = NAME_ELEMENTS.map((e) => values[e]).find(Boolean) ?? (householderName ? `${householderName}户` : '');
  const communityRaw = mapping.communityColumn === null ? '' : (cells[mapping.communityColumn] ?? '').trim();
  return { key, name, communityRaw, values, errors };
}
