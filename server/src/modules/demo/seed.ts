// The Hefei demo: loaded once into a demo-mode database, step by step so later issues can add steps.
import type { AppContext } from '../../context.js';
import { getSetting, setSetting } from '../settings/repository.js';
import { refreshStatistics } from '../../db/dialect.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';
import { demoGrids } from './grids.js';
import { seedAdmissions, seedCatalogue } from './admission-seed.js';
import { seedDispatches } from './dispatch-seed.js';
import { seedPopulation } from './population-seed.js';
import { seedForms } from './forms-seed.js';
import { seedPrivacy } from './privacy-seed.js';
import { seedBurden } from './burden-seed.js';
import { seedPendingReviews } from './review-seed.js';
import { seedHistoryAdmissions } from './history-admissions.js';
import { seedBackflow } from './backflow-seed.js';
import { seedCertificates } from './certificates-seed.js';
import { seedServiceRequests } from './service-requests-seed.js';
import { seedDeliberation } from './deliberation-seed.js';
import { seedRoster } from './roster-seed.js';
import { seedPurchasing } from './purchasing-seed.js';
import { seedPurchasingCatalogue } from './purchasing-catalogue-seed.js';

export interface DemoStep {
  name: string;
  run(ctx: AppContext, log: (msg: string) => void): Promise<void>;
}

async function seedAccounts(ctx: AppContext, log: (msg: string) => void): Promise<void> {
  let added = 0;
  for (const a of DEMO_ACCOUNTS) {
    if (await ctx.services.accounts.userExists(a.username)) continue;
    await ctx.services.accounts.insertUser('', { ...a, password: DEMO_PASSWORD }, { isDemo: true });
    added++;
  }
  log(`演示账号 ${added} 个（密码 ${DEMO_PASSWORD}）`);
}

export const DEMO_STEPS: DemoStep[] = [
  {
    name: 'orgs-hefei',
    async run(ctx, log) {
      const r = await ctx.services.orgs.importDivisions({ kind: 'city', code: '3401' });
      log(`合肥市行政区划 ${r.orgs} 个单位，部门 ${r.departments} 个`);
    },
  },
  {
    name: 'grids-wulidun',
    async run(ctx, log) {
      const { items } = await ctx.services.orgs.children('340104006', 0, 100);
      const grids = demoGrids(items);
      await ctx.services.orgs.addOrgs(grids, 'demo', true);
      log(`五里墩街道演示网格 ${grids.length} 个`);
    },
  },
  { name: 'accounts', run: seedAccounts },
  // Accounts added after the first demo release; the step skips those that exist.
  { name: 'accounts-2', run: seedAccounts },
  { name: 'catalogue', run: seedCatalogue },
  { name: 'admissions', run: seedAdmissions },
  { name: 'dispatches', run: seedDispatches },
  { name: 'population-wulidun', run: seedPopulation },
  { name: 'accounts-3', run: seedAccounts },
  { name: 'forms', run: seedForms },
  { name: 'privacy', run: seedPrivacy },
  { name: 'burden-shushan', run: seedBurden },
  { name: 'admissions-pending', run: seedPendingReviews },
  // The numbers the burden history names, as real (expired or revoked) admissions (issue 12 §9).
  { name: 'admissions-history', run: seedHistoryAdmissions },
  // 民政 brings back its own facts (高龄津贴 roster) instead of the community typing them (issue 13 §1).
  { name: 'backflow-minzheng-gaoling', run: seedBackflow },
  // 居民服务 · 证明事项 (issue 17): guides and residents' reports of forbidden asks.
  { name: 'certificates', run: seedCertificates },
  // 居民服务 · 诉求 (issue 17): the 12345 hotline as an Open311 client and a few requests.
  { name: 'service-requests', run: seedServiceRequests },
  // 居民议事协商 (issue 18): rules, topics in each state, a meeting, votes, follow-up; two more residents.
  { name: 'deliberation', run: seedDeliberation },
  // 定人定岗 (issue 16): the roster (花名册) of 家家景园社区.
  { name: 'roster-jiajiajingyuan', run: seedRoster },
  // 社会组织与政府购买服务 (issue 19): the account of a social organisation's staff, then the registry and a contract.
  { name: 'accounts-4', run: seedAccounts },
  { name: 'purchasing-wulidun', run: seedPurchasing },
  // Part B: 蜀山区's 指导性目录, 康宁's monthly reports, residents' ratings.
  { name: 'purchasing-catalogue-shushan', run: seedPurchasingCatalogue },
];

/** Runs the demo steps not yet run on this database. */
export async function seedDemo(
  ctx: AppContext,
  log: (msg: string) => void = () => undefined,
  opts: { skip?: string[] } = {},
): Promise<string[]> {
  const ran: string[] = [];
  for (const step of DEMO_STEPS) {
    if (opts.skip?.includes(step.name)) continue;
    const key = `demo.step.${step.name}`;
    if (await getSetting(ctx.database.db, key)) continue;
    await step.run(ctx, log);
    await setSetting(ctx.database.db, key, ctx.clock.nowIso(), ctx.clock.nowIso());
    ran.push(step.name);
  }
  // The demo is a bulk load: the planner should know the tables' sizes before the first ledger.
  if (ran.length) await refreshStatistics(ctx.database.db, ctx.database.kind, ['facts', 'subjects']);
  return ran;
}
