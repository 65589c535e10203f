// The tables of a DOCX form template, read from word/document.xml: rows, cells with their text, horizontal
// spans (w:gridSpan) and vertical merges (w:vMerge), nested tables kept inside their cell. Then the labels: a
// roster (a header over blank rows to fill) gives its header's columns; a registration form (label cells
// beside blank value cells, 申请人姓名 | ____ | 性别 | ____) gives its label cells in reading order. Pure.
import {
  cellText,
  headerColumns,
  MAX_LABEL_CHARS,
  withoutRepeats,
  type Merge,
  type TemplateColumn,
} from './template-header.js';

export interface DocxCell {
  text: string;
  span: number;
  vMerge: 'restart' | 'continue' | null;
  tables: DocxTable[];
}
export type DocxTable = DocxCell[][];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? all;
  });

const TAG = /<(\/?)(w:tbl|w:tr|w:tc|w:t|w:gridSpan|w:vMerge|w:tab)\b([^>]*?)(\/?)>/g;

/** The top-level tables of a document.xml, nested tables inside the cells that hold them. */
export function docxTables(xml: string): DocxTable[] {
  const top: DocxTable[] = [];
  const tables: DocxTable[] = [];
  const cells: DocxCell[] = [];
  let textStart = -1;
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, attrs, selfClose] = m;
    const cell = cells[cells.length - 1];
    const table = tables[tables.length - 1];
    if (name === 'w:t') {
      if (close) {
        if (textStart >= 0 && cell) cell.text += decode(xml.slice(textStart, m.index));
        textStart = -1;
      } else if (!selfClose) textStart = m.index + m[0].length;
    } else if (name === 'w:tab' && !close && cell) cell.text += ' ';
    else if (name === 'w:tbl') {
      if (!close) tables.push([]);
      else {
        const done = tables.pop();
        if (!done) continue;
        // A table closing while a cell is open sits in that cell.
        if (cells.length > 0) cells[cells.length - 1].tables.push(done);
        else top.push(done);
      }
    } else if (name === 'w:tr' && !close && table) table.push([]);
    else if (name === 'w:tc') {
      if (!close) {
        const c: DocxCell = { text: '', span: 1, vMerge: null, tables: [] };
        table?.[table.length - 1]?.push(c);
        cells.push(c);
      } else cells.pop();
    } else if (name === 'w:gridSpan' && cell) cell.span = Math.max(1, Number(/w:val="(\d+)"/.exec(attrs)?.[1] ?? 1));
    else if (name === 'w:vMerge' && cell) cell.vMerge = /w:val="restart"/.test(attrs) ? 'restart' : 'continue';
  }
  return top;
}

/** A table as a grid of texts with its merged ranges (columns counted on the table's grid). */
export function tableGrid(table: DocxTable): { grid: string[][]; merges: Merge[] } {
  const grid: string[][] = [];
  const merges: Merge[] = [];
  const openVertical = new Map<number, Merge>(); // by left column
  table.forEach((row, r) => {
    const line: string[] = [];
    let c = 0;
    for (const cell of row) {
      const text = cellText(cell.text);
      for (let k = 0; k < cell.span; k++) line.push(k === 0 && cell.vMerge !== 'continue' ? text : '');
      if (cell.vMerge === 'continue' && openVertical.has(c)) openVertical.get(c)!.bottom = r;
      else {
        const m: Merge = { top: r, left: c, bottom: r, right: c + cell.span - 1 };
        if (cell.vMerge === 'restart') openVertical.set(c, m);
        else openVertical.delete(c);
        if (cell.span > 1 || cell.vMerge === 'restart') merges.push(m);
      }
      c += cell.span;
    }
    grid.push(line);
  });
  return { grid, merges: merges.filter((m) => m.bottom > m.top || m.right > m.left) };
}

const OPTION = /^[□☐■☑]|[□☐■☑]/;

/** Every label cell of a registration-style table in reading order, nested tables where they sit. */
function formLabels(table: DocxTable, out: TemplateColumn[]) {
  for (const row of table)
    for (const cell of row) {
      if (cell.vMerge !== 'continue') {
        const text = cellText(cell.text).replace(/[:：]$/, '');
        if (text && text.length <= MAX_LABEL_CHARS && !OPTION.test(text)) out.push({ label: text, groups: [] });
      }
      for (const nested of cell.tables) formLabels(nested, out);
    }
}

/** A roster: a header, then rows left blank to fill (every cell empty and no nested table). */
function isRoster(table: DocxTable): boolean {
  const blank = (row: DocxCell[]) => row.every((c) => !cellText(c.text) && c.tables.length === 0);
  const blankRows = table.filter(blank).length;
  return table.length >= 3 && blankRows >= 1 && blank(table[table.length - 1]);
}

/** The columns of a DOCX template: each table's, in document order. */
export function docxColumns(xml: string): TemplateColumn[] {
  const out: TemplateColumn[] = [];
  for (const table of docxTables(xml)) {
    if (isRoster(table)) {
      const { grid, merges } = tableGrid(table);
      out.push(...headerColumns(grid, merges));
    } else formLabels(table, out);
  }
  // A repeat within a section is dropped; under another section's title it is another person's field.
  return withoutRepeats(out);
}
