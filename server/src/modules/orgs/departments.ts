// The standard set of departments each district and city gets; editable afterwards.
import type { OrgLevel } from '#common/roles.js';

export interface StandardDepartment {
  kind: string;
  /** Name at district level and, where it differs, at city level. */
  district: string;
  city?: string;
  burdenOffice?: boolean;
  /** A department of the Party committee: 蜀山区委组织部, 合肥市委政法委. */
  party?: boolean;
}

export const STANDARD_DEPARTMENTS: readonly StandardDepartment[] = [
  { kind: 'minzheng', district: '民政局' },
  { kind: 'weijian', district: '卫生健康委员会' },
  { kind: 'gongan', district: '公安分局', city: '公安局' },
  { kind: 'renshe', district: '人力资源和社会保障局' },
  { kind: 'zhujian', district: '住房和城乡建设局' },
  { kind: 'chengguan', district: '城市管理局' },
  { kind: 'yingji', district: '应急管理局' },
  { kind: 'shijian', district: '市场监督管理局' },
  { kind: 'tuiyijunren', district: '退役军人事务局' },
  { kind: 'canlian', district: '残疾人联合会' },
  { kind: 'tongji', district: '统计局' },
  { kind: 'jiaoti', district: '教育体育局', city: '教育局' },
  { kind: 'sifa', district: '司法局' },
  { kind: 'shengtai', district: '生态环境分局', city: '生态环境局' },
  { kind: 'yibao', district: '医疗保障局' },
  { kind: 'shuju', district: '数据资源局' },
  // Party committee departments that own some of the hub's data (party members, religion, grids).
  { kind: 'zuzhi', district: '组织部', party: true },
  { kind: 'tongzhan', district: '统战部', party: true },
  { kind: 'zhengfa', district: '政法委', party: true },
  { kind: 'jianfuban', district: '减负办', burdenOffice: true },
];

/**
 * The offices of a street (街道办事处) or town (乡镇人民政府): the office as a whole and its internal
 * offices. A main source of work pushed onto communities outside the gate, so a community can name them.
 */
export const STREET_OFFICES: readonly { kind: string; name: string }[] = [
  { kind: 'banshichu', name: '办事处' },
  { kind: 'dangzheng', name: '党政办公室' },
  { kind: 'shehui', name: '社会事务办公室' },
  { kind: 'pingan', name: '平安建设办公室' },
  { kind: 'chengguan', name: '城市管理办公室' },
  { kind: 'jingji', name: '经济发展办公室' },
  { kind: 'bianmin', name: '便民服务中心' },
];

/** The source of an informal demand a community cannot place: one per district, never offered to choose. */
export const OTHER_SOURCE_KIND = 'other';

export interface DepartmentSeed {
  code: string;
  orgCode: string;
  kind: string;
  name: string;
  shortName: string;
  isBurdenOffice: boolean;
  sort: number;
}

export function departmentCode(orgCode: string, kind: string): string {
  return `${orgCode}-${kind}`;
}

/** A street's offices, named after it: 五里墩街道办事处, 五里墩街道党政办公室; a town's 人民政府 for the whole. */
export function streetOfficesFor(org: { code: string; name: string }): DepartmentSeed[] {
  const town = !org.name.endsWith('街道');
  return STREET_OFFICES.map((o, i) => {
    const shortName = o.kind === 'banshichu' && town ? '人民政府' : o.name;
    return {
      code: departmentCode(org.code, o.kind),
      orgCode: org.code,
      kind: o.kind,
      name: org.name + shortName,
      shortName,
      isBurdenOffice: false,
      sort: i,
    };
  });
}

/**
 * The standard departments of one city or district, named after it (蜀山区民政局, 合肥市公安局), and the
 * offices of a street.
 */
export function standardDepartmentsFor(org: { code: string; name: string; level: OrgLevel }): DepartmentSeed[] {
  if (org.level === 'street') return streetOfficesFor(org);
  if (org.level !== 'city' && org.level !== 'district') return [];
  return STANDARD_DEPARTMENTS.map((d, i) => {
    const shortName = (org.level === 'city' && d.city) || d.district;
    return {
      code: departmentCode(org.code, d.kind),
      orgCode: org.code,
      kind: d.kind,
      name: d.party ? `${org.name}委${shortName}` : org.name + shortName,
      shortName,
      isBurdenOffice: Boolean(d.burdenOffice),
      sort: i,
    };
  });
}
