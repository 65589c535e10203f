// The columns of a blank form template, read from its header: a grid of cells with merged ranges (XLSX, a
// DOCX table, a header pasted from Excel). Title rows ("XX社区高龄老人台账") and 填报单位/日期 rows are skipped;
// a header may span rows ("家庭成员情况" over 姓名/与户主关系/身份证号); a parent that names a person is
// composed with its child ("监护人" over "姓名" → 监护人姓名) so the matcher reads whose fact it is. Pure.
import { cleanLabel, relationPrefix, SUBJECT_PREFIXES } from './matcher-rules.js';
import { sectionTitle } from './matcher-sections.js';

/** A merged range, 0-based and inclusive. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TemplateColumn {
  /** The label to match (composed with a parent that names a person). */
  label: string;
  /** The header cells above it, outermost first ("家庭成员情况"); empty for a one-row header. */
  groups: string[];
}

/** How many rows a header may span; deeper ones are notes, not headers. */
const MAX_HEADER_ROWS = 4;
/** Rows searched for the header's start (titles and 填报单位 lines come first). */
const MAX_LEADING_ROWS = 12;
/** A header cell longer than this is an instruction, not a column. */
export const MAX_LABEL_CHARS = 40;

export const cellText = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '').trim();

/** Each cell's value, a merged range's value in all of its cells. */
function filled(grid: string[][], merges: readonly Merge[]): string[][] {
  const out = grid.map((r) => r.map(cellText));
  for (const m of merges) {
    const v = out[m.top]?.[m.left] ?? '';
    for (let r = m.top; r <= m.bottom && r < out.length; r++)
      for (let c = m.left; c <= m.right; c++) {
        while (out[r].length <= c) out[r].push('');
        out[r][c] = v;
      }
  }
  return out;
}

const distinct = (row: string[]) => [...new Set(row.filter(Boolean))];
// "填报单位：  填报日期：", "单位（盖章）：": lines about the form, above its header.
const isMetaRow = (values: string[]) =>
  values.every((v) => /[:：]$|[:：].*[:：]|^(填报|制表|单位|日期|年月日)/.test(v));

/** The first row of the header: two distinct values at least, not a title and not a 填报 line. */
export function headerStart(grid: string[][], merges: readonly Merge[]): number {
  const f = filled(grid, merges);
  for (let r = 0; r < Math.min(f.length, MAX_LEADING_ROWS); r++) {
    const values = distinct(f[r]);
    if (values.length >= 2 && !isMetaRow(values)) return r;
  }
  return 0;
}

// A place that printed the form for itself (家家景园社区, 五里墩街道): a department's form is for every community.
// (社区 that begins a kind of work — 社区矫正, 社区服务 — is not a place.)
const LEADING_PLACE =
  /^[\u4e00-\u9fa5A-Za-zＡ-Ｚ×＊*○]{1,12}?(社区居委会|居委会|社区(?!矫正|服务|卫生|养老|治理|工作|戒毒|康复|医疗)|村委会|村|街道|乡|镇)(?=[\u4e00-\u9fa5]{4})/;

/**
 * The form's title printed above its header ("家家景园社区高龄老人监护情况台账" → 高龄老人监护情况台账): the first
 * row above the header with one value that is not a 填报 line; null when there is none.
 */
export function sheetTitle(grid: string[][], merges: readonly Merge[]): string | null {
  const f = filled(grid, merges);
  const start = headerStart(grid, merges);
  for (let r = 0; r < start; r++) {
    const values = distinct(f[r]).map((v) => v.replace(/\s+/g, ''));
    if (values.length !== 1 || isMetaRow(values) || values[0].length < 4 || values[0].length > 60) continue;
    return values[0].replace(LEADING_PLACE, '');
  }
  return null;
}

/** How many rows the header starting at `start` spans: as deep as its merges reach, and one below a parent. */
export function headerDepth(grid: string[][], merges: readonly Merge[], start: number): number {
  const f = filled(grid, merges);
  let depth = 1;
  for (let changed = true; changed;) {
    changed = false;
    for (const m of merges) {
      if (m.top < start || m.top >= start + depth) continue;
      let need = m.bottom - start + 1;
      // A parent spanning columns has its children in the row below its bottom.
      const below = f[m.bottom + 1];
      if (m.right > m.left && below && below.slice(m.left, m.right + 1).some(Boolean)) need = m.bottom + 2 - start;
      need = Math.min(need, MAX_HEADER_ROWS, f.length - start);
      if (need > depth) {
        depth = need;
        changed = true;
      }
    }
  }
  return depth;
}

const PERSON_GROUP_SUFFIX = /(基本)?(情况|信息|资料)$/;

/**
 * A child label read together with its parent when the parent names a person: 监护人 + 姓名 → 监护人姓名,
 * 申请人情况 + 身份证号 → 申请人身份证号. A parent that only groups (家庭成员情况, 联系方式) leaves the child as it is.
 */
export function composeLabel(parent: string | null, child: string): string {
  if (!parent || parent === child) return child;
  const who = cleanLabel(parent).replace(PERSON_GROUP_SUFFIX, '');
  if (!who || child.startsWith(who)) return child;
  const rel = relationPrefix(who);
  if (rel && rel.word === who) return who + child;
  if (SUBJECT_PREFIXES.includes(who) && who !== '家庭成员' && who !== '共同生活家庭成员') return who + child;
  return child;
}

/** The columns of a roster-style header (one row or several, merged cells filled in). */
export function headerColumns(
  grid: string[][],
  merges: readonly Merge[],
  opts: { start?: number; depth?: number } = {},
): TemplateColumn[] {
  if (grid.length === 0) return [];
  const start = opts.start ?? headerStart(grid, merges);
  const depth = opts.depth ?? headerDepth(grid, merges, start);
  const f = filled(grid, merges);
  const rows = f.slice(start, start + depth);
  const width = Math.max(0, ...rows.map((r) => r.length));
  const out: TemplateColumn[] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    for (const r of rows) {
      const v = r[c] ?? '';
      if (v && path[path.length - 1] !== v) path.push(v);
    }
    if (path.length === 0) continue; // an empty header cell: no column
    const child = path[path.length - 1];
    if (child.length > MAX_LABEL_CHARS) continue;
    // A cell merged across columns with nothing below is one column printed wide, not several.
    const prev = out[out.length - 1];
    const groups = path.slice(0, -1);
    if (prev && prev.label === composeLabel(groups[groups.length - 1] ?? null, child) && sameGroups(prev, groups))
      continue;
    out.push({ label: composeLabel(groups[groups.length - 1] ?? null, child), groups });
  }
  return out;
}

const sameGroups = (c: TemplateColumn, groups: string[]) => c.groups.join('|') === groups.join('|');

/**
 * Pasted text: a header copied from Excel (tab-separated rows; a merged parent copies as its value followed by
 * empty cells) or one label a line (commas and 顿号 also separate).
 */
export function pastedColumns(text: string): TemplateColumn[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l) => l.trim());
  const tabbed = lines.filter((l) => l.includes('\t'));
  if (tabbed.length >= 2 && tabbed.length === lines.length) {
    const grid = lines.map((l) => l.split('\t').map(cellText));
    const merges: Merge[] = [];
    // A value followed by empty cells, over a row that has values there, spans them.
    for (let r = 0; r + 1 < grid.length; r++) {
      for (let c = 0; c < grid[r].length; c++) {
        if (!grid[r][c]) continue;
        let right = c;
        while (
          right + 1 < Math.max(grid[r].length, grid[r + 1].length) &&
          !grid[r][right + 1] &&
          grid[r + 1][right + 1]
        )
          right++;
        if (right > c) merges.push({ top: r, left: c, bottom: r, right });
      }
    }
    return headerColumns(grid, merges, { start: 0, depth: grid.length });
  }
  return withoutRepeats(
    lines
      .flatMap((l) => l.split(/[\t,，、]+/))
      .map(cellText)
      .filter((l) => l && l.length <= MAX_LABEL_CHARS)
      .map((label) => ({ label, groups: [] })),
  );
}

/**
 * A label printed twice within one section is one field (a cell copied twice, a line pasted again); under
 * another section's title it is another person's field (申请人信息 | 姓名 | 联系电话 | 监护人信息 | 姓名 | 联系电话)
 * and stays, for the matcher to read as that person's.
 */
export function withoutRepeats(columns: readonly TemplateColumn[]): TemplateColumn[] {
  let seen = new Set<string>();
  return columns.filter((c, i) => {
    if (sectionTitle(c.label, columns[i + 1]?.label, false)) seen = new Set();
    if (seen.has(c.label)) return false;
    seen.add(c.label);
    return true;
  });
}

/** A1-style range ("B2:D3") as a merge. */
export function parseRange(range: string): Merge | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range.replace(/\$/g, '').toUpperCase());
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4]) - 1, right: col(m[3]) };
}
