// The demo accounts other issues and the README rely on. They exist only in demo mode.
import type { Role } from '#common/roles.js';

export const DEMO_PASSWORD = 'jianfu-demo';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  orgCode: string;
  departmentCode: string | null;
  /** Offered on the login page; the other community workers exist to give the demo inboxes life. */
  listed?: false;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', orgCode: '3401', departmentCode: null },
  // 政府购买服务 (issue 19): staff of 蜀山区康宁社会工作服务中心, linked to it by the purchasing demo step.
  {
    username: 'org.wulidun.kangning',
    displayName: '吴静',
    role: 'social_org',
    orgCode: '340104',
    departmentCode: null,
  },
  {
    username: 'worker.jiajia',
    displayName: '陈晓雯',
    role: 'community_worker',
    orgCode: '340104006005',
    departmentCode: null,
  },
  {
    username: 'street.wulidun',
    displayName: '刘建国',
    role: 'street_officer',
    orgCode: '340104006',
    departmentCode: null,
  },
  {
    username: 'dept.shushan.minzheng',
    displayName: '张海燕',
    role: 'department_officer',
    orgCode: '340104',
    departmentCode: '340104-minzheng',
  },
  {
    username: 'dept.shushan.yingji',
    displayName: '马骏',
    role: 'department_officer',
    orgCode: '340104',
    departmentCode: '340104-yingji',
  },
  {
    username: 'dept.shushan.chengguan',
    displayName: '何丽',
    role: 'department_officer',
    orgCode: '340104',
    departmentCode: '340104-chengguan',
  },
  {
    username: 'reviewer.shushan',
    displayName: '周立新',
    role: 'reviewer',
    orgCode: '340104',
    departmentCode: '340104-jianfuban',
  },
  { username: 'steward.hefei', displayName: '孙明', role: 'data_steward', orgCode: '3401', departmentCode: null },
  { username: 'resident.demo', displayName: '李桂兰', role: 'resident', orgCode: '340104006005', departmentCode: null },
  // Neighbours of 李桂兰 in other households, so that supports and votes (counted per household) can be tried.
  {
    username: 'resident.demo2',
    displayName: '周海燕',
    role: 'resident',
    orgCode: '340104006005',
    departmentCode: null,
  },
  {
    username: 'resident.demo3',
    displayName: '吴志强',
    role: 'resident',
    orgCode: '340104006005',
    departmentCode: null,
  },
  // A second district, so that scope refusals can be shown and tested.
  {
    username: 'dept.baohe.minzheng',
    displayName: '吴静',
    role: 'department_officer',
    orgCode: '340111',
    departmentCode: '340111-minzheng',
  },
  {
    username: 'reviewer.baohe',
    displayName: '郑伟',
    role: 'reviewer',
    orgCode: '340111',
    departmentCode: '340111-jianfuban',
  },
  {
    username: 'dept.shushan.canlian',
    displayName: '何平',
    role: 'department_officer',
    orgCode: '340104',
    departmentCode: '340104-canlian',
    listed: false,
  },
  // Workers of the other communities of 五里墩街道, so their inboxes hold work in different states.
  ...(
    [
      ['worker.tuancun', '王敏', '340104006001'],
      ['worker.qingyanglu', '赵立红', '340104006002'],
      ['worker.qingxilu', '孙婷', '340104006003'],
      ['worker.chencunlu', '杨帆', '340104006004'],
      ['worker.longjushequ', '黄晓燕', '340104006006'],
    ] as const
  ).map(([username, displayName, orgCode]) => ({
    username,
    displayName,
    role: 'community_worker' as const,
    orgCode,
    departmentCode: null,
    listed: false as const,
  })),
];
