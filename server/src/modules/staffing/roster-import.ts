// Reading a roster (花名册) from a spreadsheet, pure: the header names the columns (姓名, 岗位, 岗级, 等级,
// 社工证, 入职日期, 网格 — in any order, extra columns ignored), each row becomes an entry or row errors
// naming the column and the reason. The import is all-or-nothing: one bad row and nothing is written.
import type { RosterBody } from '#common/api/roster.js';
import { addDays } from '#common/dates.js';
import {
  ROSTER_POSTS,
  SOCIAL_WORK_CERTIFICATES,
  type RosterPost,
  type SocialWorkCertificate,
} from '#common/staffing.js';

export const ROSTER_COLUMNS = {
  name: ['姓名'],
  post: ['岗位', '职务'],
  postLevel: ['岗级', '岗位等级', '岗'],
  grade: ['等级', '级别', '薪级'],
  certificate: ['社工证', '社工证书', '职业水平证书'],
  hiredOn: ['入职日期', '入职时间', '聘用日期'],
  gridCode: ['网格', '所在网格', '负责网格'],
} as const;

export type RosterColumn = keyof typeof ROSTER_COLUMNS;

const POST_NAMES: Record<string, RosterPost> = {
  书记: 'secretary',
  党组织书记: 'secretary',
  主任: 'director',
  居委会主任: 'director',
  委员: 'member',
  专职社区工作者: 'full_time',
  社区工作者: 'full_time',
  网格员: 'grid_worker',
  专职网格员: 'grid_worker',
};

const CERTIFICATE_NAMES: Record<string, SocialWorkCertificate> = {
  '': 'none',
  无: 'none',
  助理社会工作师: 'assistant',
  助理社工师: 'assistant',
  社会工作师: 'social_worker',
  社工师: 'social_worker',
  高级社会工作师: 'senior',
  高级社工师: 'senior',
};

const LEVELS: Record<string, number> = { 一: 1, 二: 2, 三: 3, '1': 1, '2': 2, '3': 3 };

export interface RowError {
  row: number;
  field: RosterColumn | 'header';
  reason: string;
}

/** Which column holds what: from the header row's labels (trimmed, spaces removed). */
export function rosterHeader(cells: string[]): { columns: Partial<Record<RosterColumn, number>>; missing: string[] } {
  const labels = cells.map((c) => c.replace(/\s+/g, ''));
  const columns: Partial<Record<RosterColumn, number>> = {};
  for (const [key, names] of Object.entries(ROSTER_COLUMNS) as [RosterColumn, readonly string[]][]) {
    const i = labels.findIndex((l) => names.includes(l));
    if (i >= 0) columns[key] = i;
  }
  const missing = (['name', 'post', 'hiredOn'] as const).filter((k) => columns[k] === undefined);
  return { columns, missing };
}

/**
 * 2024-9-1, 2024/09/01, 2024年9月1日 or 20240901 → 2024-09-01; null when not a real date. A date cell of
 * a workbook arrives as Excel's day number (the streaming reader ignores styles): 45000 → 2023-03-15.
 */
export function dateOf(text: string): string | null {
  const serial = /^\d{5}$/.exec(text.trim());
  if (serial && Number(text) >= 10000 && Number(text) < 100000) return addDays('1899-12-30', Number(text));
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  if (!days || d < 1 || d > days) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * One data row → a roster body, or its errors. Grids are named as the community names them (第3网格)
 * or by code; posts and certificates by their Chinese names (or the API's keys); 岗级 as 一岗/1, 等级 as
 * 12/12级.
 */
export function rosterRow(
  rowNo: number,
  cells: string[],
  columns: Partial<Record<RosterColumn, number>>,
  ctx: { today: string; grids: ReadonlyMap<string, string> },
): { body: RosterBody | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const cell = (k: RosterColumn) => (columns[k] === undefined ? '' : (cells[columns[k]] ?? '').trim());
  const fail = (field: RosterColumn, reason: string) => errors.push({ row: rowNo, field, reason });

  const name = cell('name');
  if (!name) fail('name', 'required');
  else if (name.length > 40) fail('name', 'too_long');

  const postText = cell('post');
  const post =
    POST_NAMES[postText] ?? (ROSTER_POSTS.includes(postText as RosterPost) ? (postText as RosterPost) : null);
  if (!post) fail('post', postText ? 'invalid_value' : 'required');

  const levelText = cell('postLevel').replace(/岗$/, '');
  const postLevel = levelText ? LEVELS[levelText] : undefined;
  if (levelText && postLevel === undefined) fail('postLevel', 'invalid_value');

  const gradeText = cell('grade').replace(/级$/, '');
  const grade = gradeText ? Number(gradeText) : undefined;
  if (gradeText && !(Number.isInteger(grade) && grade! >= 1 && grade! <= 18)) fail('grade', 'invalid_value');

  const certText = cell('certificate');
  const certificate =
    CERTIFICATE_NAMES[certText] ??
    (SOCIAL_WORK_CERTIFICATES.includes(certText as SocialWorkCertificate) ? (certText as SocialWorkCertificate) : null);
  if (!certificate) fail('certificate', 'invalid_value');

  const hiredText = cell('hiredOn');
  const hiredOn = hiredText ? dateOf(hiredText) : null;
  if (!hiredText) fail('hiredOn', 'required');
  else if (!hiredOn) fail('hiredOn', 'invalid_date');
  else if (hiredOn > ctx.today) fail('hiredOn', 'in_future');

  const gridText = cell('gridCode');
  let gridCode: string | undefined;
  if (gridText) {
    gridCode = ctx.grids.has(gridText) ? gridText : [...ctx.grids].find(([, n]) => n === gridText)?.[0];
    if (!gridCode) fail('gridCode', 'not_a_grid');
  }

  if (errors.length) return { body: null, errors };
  return {
    body: {
      name,
      post: post!,
      ...(postLevel !== undefined ? { postLevel } : {}),
      ...(grade !== undefined ? { grade } : {}),
      certificate: certificate!,
      hiredOn: hiredOn!,
      ...(gridCode ? { gridCode } : {}),
    },
    errors,
  };
}
