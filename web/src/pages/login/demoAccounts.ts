// The demo accounts the server seeds in demo mode (server/src/modules/demo/accounts.ts); the login
// page lists them so a visitor can try each role with one click. The API does not list them.
import type { Role } from '../../../../common/src/roles.js';

export const DEMO_PASSWORD = 'jianfu-demo';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  unit: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'worker.jiajia', displayName: '陈晓雯', role: 'community_worker', unit: '家家景园社区' },
  { username: 'street.wulidun', displayName: '刘建国', role: 'street_officer', unit: '五里墩街道' },
  { username: 'dept.shushan.minzheng', displayName: '张海燕', role: 'department_officer', unit: '蜀山区民政局' },
  { username: 'reviewer.shushan', displayName: '周立新', role: 'reviewer', unit: '蜀山区减负办' },
  { username: 'dept.baohe.minzheng', displayName: '吴静', role: 'department_officer', unit: '包河区民政局' },
  { username: 'reviewer.baohe', displayName: '郑伟', role: 'reviewer', unit: '包河区减负办' },
  { username: 'steward.hefei', displayName: '孙明', role: 'data_steward', unit: '合肥市' },
  { username: 'admin', displayName: '系统管理员', role: 'admin', unit: '合肥市' },
  { username: 'resident.demo', displayName: '李桂兰', role: 'resident', unit: '家家景园社区' },
];
