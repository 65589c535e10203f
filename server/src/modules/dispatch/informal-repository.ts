// SQL for the register of informal demands (违规派单登记).
import type { DemandStatus } from '#common/dispatch.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { likeText } from '../../db/dialect.js';
import type { DB } from '../../db/types.js';

export async function insertDemand(
  db: Kysely<DB>,
  d: {
    community: string;
    reporterId: number;
    anonymous: boolean;
    departmentCode: string;
    sourceNote?: string;
    occurredOn: string;
    channel: string;
    content: string;
    estimatedMinutes: number;
    at: string;
    isDemo?: boolean;
  },
): Promise<number> {
  const r = await db
    .insertInto('informal_demands')
    .values({
      community_code: d.community,
      district_code: d.community.slice(0, 6),
      reporter_id: d.reporterId,
      anonymous: d.anonymous ? 1 : 0,
      department_code: d.departmentCode,
      source_note: d.sourceNote ?? '',
      occurred_on: d.occurredOn,
      channel: d.channel,
      content: d.content,
      estimated_minutes: d.estimatedMinutes,
      status: 'open',
      created_at: d.at,
      is_demo: d.isDemo ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

function withNames(db: Kysely<DB>) {
  return db
    .selectFrom('informal_demands')
    .innerJoin('departments', 'departments.code', 'informal_demands.department_code')
    .innerJoin('orgs', 'orgs.code', 'informal_demands.community_code')
    .innerJoin('users', 'users.id', 'informal_demands.reporter_id')
    .selectAll('informal_demands')
    .select([
      'departments.name as department_name',
      'orgs.name as community_name',
      'users.display_name as reporter_name',
    ]);
}

export type DemandRow = Awaited<ReturnType<typeof findDemand>> & object;

export function findDemand(db: Kysely<DB>, id: number) {
  return withNames(db).where('informal_demands.id', '=', id).executeTakeFirst();
}

export interface DemandFilter {
  community?: string;
  within?: string;
  departmentCode?: string;
  status?: DemandStatus;
  offset: number;
  limit: number;
}

export async function listDemands(database: Database, f: DemandFilter) {
  let base = withNames(database.db);
  if (f.community) base = base.where('informal_demands.community_code', '=', f.community);
  if (f.within) base = base.where(likeText(database.kind, 'informal_demands.community_code', f.within, 'prefix'));
  if (f.departmentCode) base = base.where('informal_demands.department_code', '=', f.departmentCode);
  if (f.status) base = base.where('informal_demands.status', '=', f.status);
  const [rows, total] = await Promise.all([
    base
      .orderBy('informal_demands.occurred_on', 'desc')
      .orderBy('informal_demands.id', 'desc')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Entries, minutes and open entries per department inside a jurisdiction. */
export function summaryByDepartment(database: Database, within: string) {
  return database.db
    .selectFrom('informal_demands')
    .innerJoin('departments', 'departments.code', 'informal_demands.department_code')
    .select(['informal_demands.department_code', 'departments.name as department_name'])
    .select((eb) => [
      eb.fn.countAll<number>().as('entries'),
      eb.fn.sum<number>('informal_demands.estimated_minutes').as('minutes'),
      eb.fn.sum<number>(eb.case().when('informal_demands.status', '=', 'open').then(1).else(0).end()).as('open'),
    ])
    .where(likeText(database.kind, 'informal_demands.community_code', within, 'prefix'))
    .groupBy(['informal_demands.department_code', 'departments.name'])
    .orderBy('entries', 'desc')
    .execute();
}

export async function reviewDemand(
  db: Kysely<DB>,
  id: number,
  status: DemandStatus,
  note: string,
  by: number,
  at: string,
): Promise<void> {
  await db
    .updateTable('informal_demands')
    .set({ status, review_note: note, reviewed_by: by, reviewed_at: at })
    .where('id', '=', id)
    .execute();
}

export async function insertReveal(
  db: Kysely<DB>,
  demandId: number,
  userId: number,
  reason: string,
  at: string,
): Promise<void> {
  await db.insertInto('informal_demand_reveals').values({ demand_id: demandId, user_id: userId, reason, at }).execute();
}

export function listReveals(db: Kysely<DB>, demandId: number) {
  return db
    .selectFrom('informal_demand_reveals')
    .innerJoin('users', 'users.id', 'informal_demand_reveals.user_id')
    .select(['users.display_name', 'informal_demand_reveals.reason', 'informal_demand_reveals.at'])
    .where('demand_id', '=', demandId)
    .orderBy('informal_demand_reveals.id')
    .execute();
}

// Read by burden monitoring (through burden-source.ts, this module's implementation of burden's port)
// to rebuild its events and find rebounds. `ids`: only those (burden's projector); else all.
export function informalDemands(db: Kysely<DB>, ids?: number[]) {
  if (ids?.length === 0) return Promise.resolve([]);
  const q = db
    .selectFrom('informal_demands')
    .select(['id', 'community_code', 'department_code', 'occurred_on', 'estimated_minutes']);
  return (ids ? q.where('id', 'in', ids) : q).execute();
}
