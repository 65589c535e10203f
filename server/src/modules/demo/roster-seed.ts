// Demo step: the roster (花名册) of 家家景园社区 — fixed names, posts, grades and certificates, one person who
// left last year; the grid workers on the community's first grids, the first of them 陈晓雯 (worker.jiajia,
// her entry linked to her account so she sees her own grid). All marked as demo; dates follow the app clock
// (hire dates are years before today), so the staffing table shows the roster as its source.
import type { AppContext } from '../../context.js';
import { addDays } from '#common/dates.js';
import type { RosterPost, SocialWorkCertificate } from '#common/staffing.js';
import * as repo from '../staffing/roster-repository.js';

const HOME = '340104006005';

type Spec = [
  name: string,
  post: RosterPost,
  level: number,
  grade: number,
  cert: SocialWorkCertificate,
  yearsAgo: number,
];

const PEOPLE: Spec[] = [
  ['陈晓梅', 'secretary', 1, 4, 'social_worker', 12],
  ['周建国', 'director', 1, 6, 'social_worker', 9],
  ['刘芳', 'member', 2, 9, 'assistant', 7],
  ['吴海燕', 'member', 2, 10, 'none', 6],
  ['孙丽', 'full_time', 3, 13, 'assistant', 4],
  ['郑伟', 'full_time', 3, 15, 'none', 2],
  ['陈晓雯', 'grid_worker', 3, 16, 'assistant', 5],
  ['马俊', 'grid_worker', 3, 17, 'none', 3],
  ['林小燕', 'grid_worker', 3, 18, 'none', 1],
];

export async function seedRoster(ctx: AppContext): Promise<void> {
  const db = ctx.database.db;
  if ((await repo.demoRows(db, HOME)) > 0) return;
  const today = ctx.clock.today();
  const grids = await ctx.services.orgs.gridsOf(HOME);
  const at = ctx.clock.nowIso();
  const by = (await ctx.services.accounts.actingAs('street.wulidun')).id;
  const worker = (await ctx.services.accounts.actingAs('worker.jiajia')).id;
  let g = 0;
  // Inside the transaction, through it: on SQLite the root handle would wait for the one connection forever.
  await ctx.database.transaction(async (trx) => {
    for (const [name, post, level, grade, cert, yearsAgo] of PEOPLE)
      await repo.insertEntry(trx, {
        community_code: HOME,
        district_code: HOME.slice(0, 6),
        name,
        post,
        post_level: level,
        grade,
        certificate: cert,
        hired_on: addDays(today, -365 * yearsAgo),
        left_on: null,
        grid_code: post === 'grid_worker' ? (grids[g++]?.code ?? null) : null,
        user_id: name === '陈晓雯' ? worker : null,
        updated_by: by,
        updated_at: at,
        is_demo: 1,
      });
    // One who left last year: kept in the roster, not counted.
    await repo.insertEntry(trx, {
      community_code: HOME,
      district_code: HOME.slice(0, 6),
      name: '赵磊',
      post: 'grid_worker',
      post_level: 3,
      grade: 17,
      certificate: 'none',
      hired_on: addDays(today, -365 * 4),
      left_on: addDays(today, -200),
      grid_code: null,
      user_id: null,
      updated_by: by,
      updated_at: at,
      is_demo: 1,
    });
  });
}
