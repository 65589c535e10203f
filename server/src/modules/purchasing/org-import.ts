// Reading a roster of social organisations (社会组织名册) from a spreadsheet, pure: the header names the
// columns (in any order, extra columns ignored); each row becomes a registration or row errors naming the
// column and the reason — a credit code failing GB 32100-2015 among them. The import is all-or-nothing.
import type { SocialOrgBody } from '#common/api/purchasing.js';
import {
  SERVICE_AREAS,
  SOCIAL_ORG_GRADES,
  type ServiceArea,
  type SocialOrgGrade,
  type SocialOrgType,
} from '#common/purchasing.js';
import { isIsoDate } from '#common/dates.js';
import { creditCodeProblem, normalizeCreditCode } from './credit-code.js';

export const ORG_COLUMNS = {
  name: ['名称', '组织名称', '社会组织名称', '单位名称'],
  creditCode: ['统一社会信用代码', '信用代码', '社会信用代码'],
  type: ['类型', '组织类型', '类别'],
  registeredWith: ['登记管理机关', '登记机关', '业务主管单位', '备案单位'],
  grade: ['评估等级', '等级'],
  gradedOn: ['评估日期', '评估时间'],
  serviceAreas: ['服务领域', '业务范围'],
  contactName: ['联系人'],
  contactPhone: ['联系电话', '电话'],
} as const;
export type OrgColumn = keyof typeof ORG_COLUMNS;
const REQUIRED: readonly OrgColumn[] = ['name', 'creditCode', 'type', 'registeredWith', 'contactName', 'contactPhone'];

export const TYPE_NAMES: Record<string, SocialOrgType> = {
  社会团体: 'social_group',
  社团: 'social_group',
  民办非企业单位: 'social_service',
  社会服务机构: 'social_service',
  '民办非企业单位（社会服务机构）': 'social_service',
  基金会: 'foundation',
  社区社会组织: 'community_filed',
  备案的社区社会组织: 'community_filed',
  备案社区社会组织: 'community_filed',
};

export const AREA_NAMES: Record<string, ServiceArea> = {
  养老: 'elderly',
  养老服务: 'elderly',
  助残: 'disabled',
  助残服务: 'disabled',
  儿童: 'children',
  儿童关爱: 'children',
  青少年: 'youth',
  青少年服务: 'youth',
  社会救助: 'poverty',
  救助: 'poverty',
  社区治理: 'community',
  卫生健康: 'health',
  健康: 'health',
  文化体育: 'culture',
  文体: 'culture',
};

export interface OrgRowError {
  row: number;
  field: OrgColumn | 'header';
  reason: string;
}

export function orgHeader(cells: string[]): { columns: Partial<Record<OrgColumn, number>>; missing: string[] } {
  const labels = cells.map((c) => c.replace(/\s+/g, ''));
  const columns: Partial<Record<OrgColumn, number>> = {};
  for (const [key, names] of Object.entries(ORG_COLUMNS) as [OrgColumn, readonly string[]][]) {
    const i = labels.findIndex((l) => names.includes(l));
    if (i >= 0) columns[key] = i;
  }
  const missing = REQUIRED.filter((k) => columns[k] === undefined).map((k) => ORG_COLUMNS[k][0]);
  return { columns, missing };
}

/** A grade as rosters write it: 5A, ５Ａ, AAAAA, 5A级. */
export function readGrade(raw: string): SocialOrgGrade | null | 'bad' {
  const s = raw.normalize('NFKC').replace(/\s|级/g, '').toUpperCase();
  if (!s || s === '无' || s === '未评估') return null;
  const n = /^A{1,5}$/.test(s) ? s.length : /^([1-5])A$/.exec(s)?.[1];
  const g = n ? (`${n}A` as SocialOrgGrade) : null;
  return g && SOCIAL_ORG_GRADES.includes(g) ? g : 'bad';
}

/** A date as Excel or people write it: 2024-05-01, 2024/5/1, 2024.5.1, 2024年5月1日. */
export function readDate(raw: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(raw.trim());
  if (!m) return null;
  const d = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isIsoDate(d) ? d : null;
}

export function orgRow(
  rowNo: number,
  cells: string[],
  columns: Partial<Record<OrgColumn, number>>,
  ctx: { jurisdictionCode: string; today: string },
): { body: SocialOrgBody | null; errors: OrgRowError[] } {
  const cell = (k: OrgColumn) => (columns[k] === undefined ? '' : (cells[columns[k]] ?? '').trim());
  const errors: OrgRowError[] = [];
  const err = (field: OrgColumn, reason: string) => errors.push({ row: rowNo, field, reason });
  const name = cell('name');
  if (name.length < 2) err('name', name ? 'too_short' : 'required');
  else if (name.length > 80) err('name', 'too_long');
  const type = TYPE_NAMES[cell('type').replace(/\s/g, '')];
  if (!type) err('type', cell('type') ? 'invalid_value' : 'required');
  const rawCode = cell('creditCode');
  const code = rawCode ? normalizeCreditCode(rawCode) : '';
  if (!code) {
    if (type && type !== 'community_filed') err('creditCode', 'required');
  } else if (type) {
    const why = creditCodeProblem(code, type);
    if (why)
      err(
        'creditCode',
        {
          invalid_format: 'invalid_format',
          invalid_check: 'credit_check',
          not_civil_affairs: 'credit_not_civil_affairs',
          type_mismatch: 'credit_type_mismatch',
        }[why],
      );
  }
  const registeredWith = cell('registeredWith');
  if (!registeredWith) err('registeredWith', 'required');
  const grade = readGrade(cell('grade'));
  if (grade === 'bad') err('grade', 'invalid_value');
  const gradedOnRaw = cell('gradedOn');
  const gradedOn = gradedOnRaw ? readDate(gradedOnRaw) : null;
  if (gradedOnRaw && !gradedOn) err('gradedOn', 'invalid_date');
  else if (gradedOn && gradedOn > ctx.today) err('gradedOn', 'in_future');
  else if (grade && grade !== 'bad' && !gradedOn) err('gradedOn', 'required');
  const areas: ServiceArea[] = [];
  for (const part of cell('serviceAreas')
    .split(/[、,，;；\s]+/)
    .filter(Boolean)) {
    const a = AREA_NAMES[part] ?? (SERVICE_AREAS as readonly string[]).find((x) => x === part);
    if (!a) err('serviceAreas', 'invalid_value');
    else if (!areas.includes(a as ServiceArea)) areas.push(a as ServiceArea);
  }
  const contactName = cell('contactName');
  if (!contactName) err('contactName', 'required');
  const contactPhone = cell('contactPhone').replace(/[\s-]/g, '');
  if (!contactPhone) err('contactPhone', 'required');
  else if (!/^\+?\d{5,20}$/.test(contactPhone)) err('contactPhone', 'invalid_format');
  if (errors.length) return { body: null, errors };
  return {
    body: {
      name,
      ...(code ? { creditCode: code } : {}),
      type: type!,
      registeredWith,
      jurisdictionCode: ctx.jurisdictionCode,
      ...(grade && grade !== 'bad' ? { grade, gradedOn: gradedOn! } : {}),
      serviceAreas: areas,
      contactName,
      contactPhone,
    },
    errors,
  };
}

/** Codes that appear twice in the file: each later row is an error. */
export function duplicateCodes(rows: { row: number; creditCode?: string }[]): OrgRowError[] {
  const seen = new Set<string>();
  const out: OrgRowError[] = [];
  for (const r of rows) {
    if (!r.creditCode) continue;
    if (seen.has(r.creditCode)) out.push({ row: r.row, field: 'creditCode', reason: 'duplicate_in_file' });
    seen.add(r.creditCode);
  }
  return out;
}
