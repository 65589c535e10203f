// Reading an uploaded form template from disk: the type by its bytes (a zip) and by what the zip holds (a
// workbook or a Word document), the zip checked by the zip guard before anything is inflated, then its header.
import fs from 'node:fs';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { problem } from '../../http/problem.js';
import { centralDirectory, checkZip, type ZipLimits } from './zip-guard.js';
import { docxColumns } from './template-docx.js';
import { headerColumns, parseRange, sheetTitle, type Merge, type TemplateColumn } from './template-header.js';

/** A blank template is small: a few sheets of header and formatting. */
export const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;
const TEMPLATE_LIMITS: ZipLimits = { maxEntries: 500, maxUncompressed: 50 * 1024 * 1024, maxRatio: 150 };
/** Rows and columns of a sheet read for its header (the header is at the top). */
const SHEET_ROWS = 20;
const SHEET_COLUMNS = 200;

export type TemplateFormat = 'xlsx' | 'docx';

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function entriesOf(path: string) {
  const fd = fs.openSync(path, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const readAt = (pos: number, len: number) => {
      const b = Buffer.alloc(Math.max(0, Math.min(len, size - pos)));
      fs.readSync(fd, b, 0, b.length, pos);
      return b;
    };
    const tailLen = Math.min(size, 22 + 65_535);
    const entries = centralDirectory(readAt(Math.max(0, size - tailLen), tailLen), readAt);
    return { entries: Array.isArray(entries) ? entries : [] };
  } finally {
    fs.closeSync(fd);
  }
}

/** One entry of a zip already checked by the guard, inflated with a cap on its size. */
export function readEntry(path: string, name: string): Buffer | null {
  const { entries } = entriesOf(path);
  const e = entries.find((x) => x.name === name);
  if (!e) return null;
  const fd = fs.openSync(path, 'r');
  try {
    const local = Buffer.alloc(30);
    fs.readSync(fd, local, 0, 30, e.localHeaderOffset);
    const start = e.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const raw = Buffer.alloc(e.compressedSize);
    fs.readSync(fd, raw, 0, raw.length, start);
    if (e.method === 0) return raw;
    return zlib.inflateRawSync(raw, { maxOutputLength: TEMPLATE_LIMITS.maxUncompressed });
  } finally {
    fs.closeSync(fd);
  }
}

/** What kind of template the file is, by its bytes and contents (the name's extension is not trusted). */
export async function templateFormat(path: string, filename: string): Promise<TemplateFormat> {
  const head = Buffer.alloc(4);
  const fd = fs.openSync(path, 'r');
  const n = fs.readSync(fd, head, 0, 4, 0);
  fs.closeSync(fd);
  if (n === 0) throw problem('dataset_empty', { detail: filename });
  if (!ZIP.every((b, i) => head[i] === b)) throw problem('template_format', { detail: filename });
  await checkZip(path, filename, TEMPLATE_LIMITS);
  const names = new Set(entriesOf(path).entries.map((e) => e.name));
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  throw problem('template_format', { detail: filename });
}

async function xlsxColumns(
  path: string,
  filename: string,
): Promise<{ columns: TemplateColumn[]; title: string | null }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch {
    throw problem('dataset_unreadable', { detail: filename });
  }
  // The first sheet that has a header (a workbook may open on a 填表说明 sheet).
  for (const ws of wb.worksheets) {
    const grid: string[][] = [];
    for (let r = 1; r <= Math.min(ws.rowCount, SHEET_ROWS); r++) {
      const row = ws.getRow(r);
      const line: string[] = [];
      for (let c = 1; c <= Math.min(ws.columnCount, SHEET_COLUMNS); c++) {
        const cell = row.getCell(c);
        line.push(cell.isMerged && cell.master !== cell ? '' : cell.text);
      }
      grid.push(line);
    }
    const merges = (ws.model.merges ?? []).map(parseRange).filter((m): m is Merge => m !== null);
    const columns = headerColumns(grid, merges);
    if (columns.length >= 2) return { columns, title: sheetTitle(grid, merges) };
  }
  return { columns: [], title: null };
}

/** The columns of a template file. */
export async function readTemplate(
  path: string,
  filename: string,
): Promise<{ format: TemplateFormat; columns: TemplateColumn[]; title: string | null }> {
  const format = await templateFormat(path, filename);
  let read: { columns: TemplateColumn[]; title: string | null };
  if (format === 'docx') {
    const xml = readEntry(path, 'word/document.xml');
    if (!xml) throw problem('dataset_unreadable', { detail: filename });
    read = { columns: docxColumns(xml.toString('utf8')), title: null };
  } else read = await xlsxColumns(path, filename);
  if (read.columns.length === 0) throw problem('template_no_columns', { detail: filename });
  return { format, ...read };
}
