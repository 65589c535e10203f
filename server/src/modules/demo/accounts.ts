// The demo accounts other issues and the README rely on. They exist only in demo mode.
import type { Role } from '../../../../common/src/roles.js';

export const DEMO_PASSWORD = 'jianfu-demo';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  orgCode: string;
  departmentCode: string | null;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', orgCode: '3401', departmentCode: null },
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
    username: 'reviewer.shushan',
    displayName: '周立新',
    role: 'reviewer',
    orgCode: '340104',
    departmentCode: '340104-jianfuban',
  },
  { username: 'steward.hefei', displayName: '孙明', role: 'data_steward', orgCode: '3401', departmentCode: null },
  { username: 'resident.demo', displayName: '李桂兰', role: 'resident', orgCode: '340104006005', departmentCode: null },
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
];
