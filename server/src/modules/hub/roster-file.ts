// An uploaded roster (XLSX, or CSV in UTF-8/GBK) read through the hub's readers: the first non-empty row is
// the header, every later non-empty row a body or row errors. The staffing roster and the social-organisation
// roster share it; each keeps its own column rules (`header`, `row`). Nothing is written here.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { UploadedFile } from '../../http/multipart.js';
import { detectEncoding, detectFormat, readTable } from './reader.js';

export interface RosterRowError<F extends string> {
  row: number;
  field: F | 'header';
  reason: string;
}

export interface RosterSpec<C, B, F extends string> {
  header(cells: string[]): { columns: C; missing: string[] };
  row(rowNo: number, cells: string[], columns: C): { body: B | null; errors: RosterRowError<F>[] };
  /** More data rows than this end the reading with a `too_many_rows` error. */
  maxRows: number;
}

export async function readRosterFile<C, B, F extends string>(
  file: UploadedFile,
  spec: RosterSpec<C, B, F>,
): Promise<{ rows: number; bodies: { row: number; body: B }[]; errors: RosterRowError<F>[] }> {
  const format = detectFormat(file.filename, file.bytes.subarray(0, 4096));
  const encoding = format === 'csv' ? detectEncoding(file.bytes.subarray(0, 65536)) : 'utf-8';
  // The readers stream from a file; the upload is in memory.
  const tmp = path.join(os.tmpdir(), `jianfu-roster-${crypto.randomBytes(6).toString('hex')}`);
  const bodies: { row: number; body: B }[] = [];
  const errors: RosterRowError<F>[] = [];
  let rows = 0;
  try {
    fs.writeFileSync(tmp, file.bytes);
    let columns: C | null = null;
    for await (const row of readTable(tmp, format, encoding)) {
      if (row.cells.every((c) => !c.trim())) continue;
      if (columns === null) {
        const header = spec.header(row.cells);
        for (const m of header.missing) errors.push({ row: row.rowNo, field: 'header', reason: `missing:${m}` });
        if (header.missing.length) break;
        columns = header.columns;
        continue;
      }
      if (++rows > spec.maxRows) {
        errors.push({ row: row.rowNo, field: 'header', reason: 'too_many_rows' });
        break;
      }
      const r = spec.row(row.rowNo, row.cells, columns);
      if (r.body) bodies.push({ row: row.rowNo, body: r.body });
      errors.push(...r.errors);
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return { rows, bodies, errors };
}
