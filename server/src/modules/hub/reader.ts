// Streaming readers for department datasets: CSV in UTF-8 or GBK/GB18030 (as Chinese Excel saves it,
// detected) and XLSX (first worksheet). Rows come one at a time; a file is never loaded whole.
import fs from 'node:fs';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { ProblemError, problem } from '../../http/problem.js';

export type TableFormat = 'csv' | 'xlsx';
export type TextEncoding = 'utf-8' | 'gb18030';

/** Excel's own limit on a cell; a longer one is not a spreadsheet cell but an attack or a broken file. */
export const MAX_CELL_CHARS = 32_767;
export const MAX_COLUMNS = 500;
/** A CSV record (one row) longer than this is refused before it is held in memory whole. */
const MAX_CSV_RECORD_CHARS = 2_000_000;

export interface TableRow {
  /** Row number as the user sees it in the file: the header is row 1. */
  rowNo: number;
  cells: string[];
}

export function detectFormat(filename: string, head: Buffer): TableFormat {
  const zip = head[0] === 0x50 && head[1] === 0x4b;
  if (zip && /\.xlsx$/i.test(filename)) return 'xlsx';
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  // A UTF-16 CSV is a CSV in an encoding we refuse (the encoding check says so); other NULs mean binary.
  if (/\.(csv|txt)$/i.test(filename) && !zip && (utf16 || !head.subarray(0, 4096).includes(0))) return 'csv';
  throw problem('dataset_format', { detail: filename });
}

/** UTF-8 (with or without BOM) or the GB family; anything else is refused with a clear error. */
export function detectEncoding(head: Buffer): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    throw problem('dataset_encoding', { detail: 'UTF-16' });
  // Text that decodes as UTF-8 needs no statistical guess (its 64 kB cost 70 ms of the import of 100k rows):
  // Chinese in GB18030 is not valid UTF-8 beyond a few characters, and plain ASCII reads the same either way.
  if (isUtf8(head)) return 'utf-8';
  const guess = (chardet.detect(head) ?? '').toUpperCase();
  // UTF-8 with a stray invalid byte is still UTF-8 to the statistical guess (as before the fast path).
  if (guess === 'UTF-8' || guess === 'ASCII') return 'utf-8';
  if (['GB18030', 'GBK', 'GB2312'].includes(guess)) return 'gb18030';
  // Short files defeat statistical detection: accept GB18030 when it decodes cleanly into Chinese text.
  const asGb = iconv.decode(head, 'gb18030');
  if (!asGb.includes('\uFFFD') && /[\u4e00-\u9fff]/.test(asGb)) return 'gb18030';
  throw problem('dataset_encoding', { detail: guess || 'unknown' });
}

function isUtf8(b: Buffer): boolean {
  // Cut at the last complete character so a sample ending mid-character still counts as UTF-8.
  let end = b.length;
  while (end > 0 && end > b.length - 4 && (b[end - 1] & 0xc0) === 0x80) end--;
  if (end > 0 && b[end - 1] >= 0xc0) end--;
  return !new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, end)).includes('\uFFFD');
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('error' in v) return '';
    return '';
  }
  return String(v);
}

/** Where a reader is in its file, for progress: bytes read so far. */
export interface ReadPosition {
  bytes: number;
}

/** Rows one at a time (the upload's sample, small callers). */
export async function* readTable(
  path: string,
  format: TableFormat,
  encoding: TextEncoding,
  position?: ReadPosition,
): AsyncGenerator<TableRow> {
  for await (const batch of readTableBatches(path, format, encoding, position)) yield* batch;
}

/** How many rows a batch holds at most: one await per batch, not per row (imports read millions). */
const BATCH = 2000;

/** Rows in batches, in file order; for the import's dry run, which handles a batch synchronously. */
export async function* readTableBatches(
  path: string,
  format: TableFormat,
  encoding: TextEncoding,
  position?: ReadPosition,
): AsyncGenerator<TableRow[]> {
  const input = fs.createReadStream(path, { highWaterMark: 1 << 16 });
  const track = () => {
    if (position) position.bytes = input.bytesRead;
  };
  const checked = (row: TableRow): TableRow => {
    if (row.cells.length > MAX_COLUMNS) throw problem('dataset_too_many_columns', { detail: String(row.rowNo) });
    for (const c of row.cells)
      if (c.length > MAX_CELL_CHARS) throw problem('dataset_cell_too_long', { detail: String(row.rowNo) });
    return row;
  };
  if (format === 'xlsx') {
    let batch: TableRow[] = [];
    for await (const row of readXlsx(input, track, checked)) {
      batch.push(row);
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
    return;
  }
  if (encoding === 'utf-8' && plainCsv(path)) yield* plainCsvBatches(input, track, checked);
  else yield* csvBatches(input, encoding, track, checked);
}

/**
 * Whether a CSV file can be read by splitting lines at newlines and cells at commas: no quote character
 * anywhere, and one line ending throughout (every line feed after a carriage return, or none is). Then
 * the split reads exactly what csv-parse reads, several times faster; any other file goes to csv-parse.
 */
export function plainCsv(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(1 << 20);
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  let prev = 0; // the last byte of the previous block
  try {
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      const b = n < buf.length ? buf.subarray(0, n) : buf;
      if (b.indexOf(0x22) >= 0) return false;
      for (let at = b.indexOf(0x0a); at >= 0; at = b.indexOf(0x0a, at + 1)) {
        lf++;
        if ((at > 0 ? b[at - 1] : prev) === 0x0d) crlf++;
      }
      for (let at = b.indexOf(0x0d); at >= 0; at = b.indexOf(0x0d, at + 1)) cr++;
      prev = b[n - 1];
    }
  } finally {
    fs.closeSync(fd);
  }
  return cr === crlf && (crlf === 0 || crlf === lf);
}

/** The fast reader for a file `plainCsv` accepted (UTF-8): the same records, row numbers and errors as csvBatches. */
/**
 * UTF-8 text in blocks that end at a line feed (the last block: wherever the file ends), decoded by
 * Buffer (faster than a streaming TextDecoder); a leading byte-order mark is dropped. `maxLine` bounds the
 * bytes carried while no line feed comes: `onLong` is thrown then.
 */
export async function* lineBlocks(
  input: AsyncIterable<Buffer>,
  maxLine: number,
  onLong: () => Error,
): AsyncGenerator<string> {
  let rest: Buffer = Buffer.alloc(0);
  let first = true;
  const bom = (text: string) => {
    if (!first) return text;
    first = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  for await (const block of input) {
    const buf = rest.length ? Buffer.concat([rest, block]) : block;
    const cut = buf.lastIndexOf(0x0a);
    if (cut < 0) {
      rest = buf;
      // UTF-8 takes at most 4 bytes a character: only then can the line be too long.
      if (rest.length > maxLine && buf.toString('utf8').length > maxLine) throw onLong();
      continue;
    }
    rest = buf.subarray(cut + 1);
    if (rest.length > maxLine && rest.toString('utf8').length > maxLine) throw onLong();
    yield bom(buf.toString('utf8', 0, cut + 1));
  }
  if (rest.length) yield bom(rest.toString('utf8'));
}

/** The fast reader for a file `plainCsv` accepted (UTF-8): the same records, row numbers and errors as csvBatches. */
async function* plainCsvBatches(
  input: fs.ReadStream,
  track: () => void,
  checked: (row: TableRow) => TableRow,
): AsyncGenerator<TableRow[]> {
  let n = 0;
  let batch: TableRow[] = [];
  const tooLong = () => problem('dataset_cell_too_long', { detail: String(n + 1) });
  try {
    for await (const text of lineBlocks(input as AsyncIterable<Buffer>, MAX_CSV_RECORD_CHARS, tooLong)) {
      let start = 0;
      while (start < text.length) {
        let nl = text.indexOf('\n', start);
        if (nl < 0) nl = text.length;
        const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        // skip_empty_lines, as csv-parse
        if (end > start) {
          if (end - start > MAX_CSV_RECORD_CHARS) throw tooLong();
          n++;
          const line = text.slice(start, end);
          if (n === 1 && line.includes('\uFFFD')) throw problem('dataset_encoding', { detail: 'undecodable header' });
          batch.push(checked({ rowNo: n, cells: line.split(',') }));
        }
        start = nl + 1;
      }
      if (batch.length >= BATCH) {
        const out = batch;
        batch = [];
        track();
        yield out;
      }
    }
    track();
    if (batch.length) yield batch;
  } finally {
    input.destroy();
  }
}

/**
 * CSV records gathered from the parser's 'data' events into batches; the parser is paused while a batch
 * waits for its consumer, so memory stays bounded however large the file.
 */
async function* csvBatches(
  input: fs.ReadStream,
  encoding: TextEncoding,
  track: () => void,
  checked: (row: TableRow) => TableRow,
): AsyncGenerator<TableRow[]> {
  const decoder = iconv.decodeStream(encoding === 'utf-8' ? 'utf8' : 'gb18030');
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    relax_quotes: true,
    max_record_size: MAX_CSV_RECORD_CHARS,
  });
  let batch: TableRow[] = [];
  let n = 0;
  let failure: unknown = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const fail = (err: unknown) => {
    failure ??= err;
    signal();
  };
  parser.on('data', (record: string[]) => {
    n++;
    try {
      if (n === 1 && record.join('').includes('\uFFFD'))
        throw problem('dataset_encoding', { detail: 'undecodable header' });
      batch.push(checked({ rowNo: n, cells: record }));
    } catch (err) {
      parser.pause();
      fail(err);
      return;
    }
    if (batch.length >= BATCH) {
      parser.pause();
      signal();
    }
  });
  parser.on('end', () => {
    ended = true;
    signal();
  });
  parser.on('error', (err: Error & { code?: string }) =>
    fail(err.code === 'CSV_MAX_RECORD_SIZE' ? problem('dataset_cell_too_long', { detail: String(n + 1) }) : err),
  );
  input.on('error', fail);
  decoder.on('error', fail);
  input.pipe(decoder).pipe(parser);
  try {
    for (;;) {
      if (failure) throw failure;
      if (batch.length >= BATCH || (ended && batch.length)) {
        const out = batch;
        batch = [];
        track();
        yield out;
        continue;
      }
      if (ended) return;
      const woken = new Promise<void>((resolve) => (wake = resolve));
      parser.resume();
      await woken;
    }
  } finally {
    input.destroy();
    parser.destroy();
  }
}

async function* readXlsx(
  input: fs.ReadStream,
  track: () => void,
  checked: (row: TableRow) => TableRow,
): AsyncGenerator<TableRow> {
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
    });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row as ExcelJS.Row).values as ExcelJS.CellValue[];
        track();
        // Array.from, not map: a blank cell between two filled ones is a hole in `values`, which map keeps
        // (and the length check then meets undefined); Array.from turns it into ''.
        yield checked({ rowNo: (row as ExcelJS.Row).number, cells: Array.from(values.slice(1), cellText) });
      }
      return; // the first worksheet only
    }
  } catch (err) {
    // A broken workbook (ExcelJS and its unzipper throw plain errors) is the file's problem, not ours.
    if (err instanceof ProblemError) throw err;
    throw problem('dataset_unreadable', { detail: String((err as Error).message ?? '').slice(0, 200) });
  } finally {
    input.destroy();
  }
}
