// SQL for burden events and their monthly rollups, capacity and per-jurisdiction settings.
import type { OrgLevel } from '#common/roles.js';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { likeText } from '../../db/dialect.js';
import type { DB } from '../../db/types.js';
import { rollupOrgs } from './accounting.js';
import type { SourceKind } from './ports.js';

export interface EventInput {
  community: string;
  month: string;
  source: string;
  department: string;
  number: string | null;
  objectKind: string;
  minutes: number;
  reestimate?: boolean;
  ref: string;
  isDemo?: boolean;
}

type RollupKey = string;
interface RollupDelta {
  org: string;
  level: OrgLevel;
  month: string;
  department: string;
  source: string;
  kind: string;
  minutes: number;
  reestimate: number;
  events: number;
}

/** The rollup rows a batch of events adds to, summed first so each row is written once. */
export function rollupDeltas(events: EventInput[], sign: 1 | -1 = 1): RollupDelta[] {
  const out = new Map<RollupKey, RollupDelta>();
  for (const e of events) {
    for (const o of rollupOrgs(e.community)) {
      const key = [o.code, e.month, e.department, e.source, e.objectKind].join('|');
      const d = out.get(key) ?? {
        org: o.code,
        level: o.level,
        month: e.month,
        department: e.department,
        source: e.source,
        kind: e.objectKind,
        minutes: 0,
        reestimate: 0,
        events: 0,
      };
      d.minutes += sign * e.minutes;
      if (e.reestimate) d.reestimate += sign * e.minutes;
      d.events += sign;
      out.set(key, d);
    }
  }
  return [...out.values()];
}

const CHUNK = 400;

/** Writes events and adds them to the rollups; call inside a transaction so both land or neither does. */
export async function insertEvents(db: Kysely<DB>, events: EventInput[]): Promise<void> {
  await insertEventRows(db, events);
  await addToRollups(db, events);
}

/** Writes events only (a bulk load rebuilds the rollups afterwards). */
export async function insertEventRows(db: Kysely<DB>, events: EventInput[]): Promise<void> {
  for (let i = 0; i < events.length; i += CHUNK) {
    await db
      .insertInto('burden_events')
      .values(
        events.slice(i, i + CHUNK).map((e) => ({
          district_code: e.community.slice(0, 6),
          community_code: e.community,
          month: e.month,
          source_kind: e.source,
          department_code: e.department,
          admission_number: e.number,
          object_kind: e.objectKind,
          minutes: e.minutes,
          is_reestimate: e.reestimate ? 1 : 0,
          source_ref: e.ref,
          is_demo: e.isDemo ? 1 : 0,
        })),
      )
      .execute();
  }
}

/** Adds events to the rollup rows of their community, street, district and city. */
export async function addToRollups(db: Kysely<DB>, events: EventInput[], sign: 1 | -1 = 1): Promise<void> {
  const deltas = rollupDeltas(events, sign);
  const totals = new Map<
    string,
    { org: string; level: OrgLevel; month: string; minutes: number; reestimate: number }
  >();
  for (const d of deltas) {
    const key = `${d.org}|${d.month}`;
    const t = totals.get(key) ?? { org: d.org, level: d.level, month: d.month, minutes: 0, reestimate: 0 };
    t.minutes += d.minutes;
    t.reestimate += d.reestimate;
    totals.set(key, t);
  }
  const rows = [...totals.values()];
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('burden_org_monthly')
      .values(
        rows.slice(i, i + CHUNK).map((t) => ({
          org_code: t.org,
          level: t.level,
          month: t.month,
          minutes: t.minutes,
          reestimate_minutes: t.reestimate,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['org_code', 'month']).doUpdateSet({
          minutes: sql`burden_org_monthly.minutes + excluded.minutes`,
          reestimate_minutes: sql`burden_org_monthly.reestimate_minutes + excluded.reestimate_minutes`,
        }),
      )
      .execute();
  }
  for (let i = 0; i < deltas.length; i += CHUNK) {
    await db
      .insertInto('burden_monthly')
      .values(
        deltas.slice(i, i + CHUNK).map((d) => ({
          org_code: d.org,
          level: d.level,
          month: d.month,
          department_code: d.department,
          source_kind: d.source,
          object_kind: d.kind,
          minutes: d.minutes,
          reestimate_minutes: d.reestimate,
          events: d.events,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['org_code', 'month', 'department_code', 'source_kind', 'object_kind']).doUpdateSet({
          minutes: sql`burden_monthly.minutes + excluded.minutes`,
          reestimate_minutes: sql`burden_monthly.reestimate_minutes + excluded.reestimate_minutes`,
          events: sql`burden_monthly.events + excluded.events`,
        }),
      )
      .execute();
  }
}

/**
 * Takes out the derived events of some sources (refs such as `dispatch_item:7`) and their share of the
 * rollups; call inside the writer's transaction before writing the sources' new events.
 */
export async function removeEvents(db: Kysely<DB>, refs: string[]): Promise<void> {
  for (let i = 0; i < refs.length; i += CHUNK) {
    const chunk = refs.slice(i, i + CHUNK);
    const rows = await db
      .selectFrom('burden_events')
      .select([
        'community_code',
        'month',
        'source_kind',
        'department_code',
        'admission_number',
        'object_kind',
        'minutes',
        'is_reestimate',
        'source_ref',
      ])
      .where('source_ref', 'in', chunk)
      .where('is_demo', '=', 0)
      .execute();
    if (rows.length === 0) continue;
    await db.deleteFrom('burden_events').where('source_ref', 'in', chunk).where('is_demo', '=', 0).execute();
    const gone: EventInput[] = rows.map((r) => ({
      community: r.community_code,
      month: r.month,
      source: r.source_kind,
      department: r.department_code,
      number: r.admission_number,
      objectKind: r.object_kind,
      minutes: Number(r.minutes),
      reestimate: Boolean(r.is_reestimate),
      ref: r.source_ref,
    }));
    await addToRollups(db, gone, -1);
    // A rollup row nothing counts towards any more is dropped, as a rebuild would not write it.
    const deltas = rollupDeltas(gone);
    const orgs = [...new Set(deltas.map((d) => d.org))];
    const months = [...new Set(deltas.map((d) => d.month))];
    await db
      .deleteFrom('burden_monthly')
      .where('org_code', 'in', orgs)
      .where('month', 'in', months)
      .where('events', '<=', 0)
      .execute();
  }
}

// --- the outbox (008_burden_outbox): sources whose events the projector has still to rebuild ---

export interface DirtyRow {
  source_ref: string;
  source_kind: SourceKind;
  seq: number;
}

/** Marks sources changed (in the writer's transaction); a source marked again gets a new seq. */
export async function markDirty(db: Kysely<DB>, kind: SourceKind, refs: string[], at: string): Promise<void> {
  const unique = [...new Set(refs)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    await db
      .insertInto('burden_dirty')
      .values(unique.slice(i, i + CHUNK).map((ref) => ({ source_ref: ref, source_kind: kind, marked_at: at })))
      .onConflict((oc) =>
        oc.column('source_ref').doUpdateSet({ marked_at: sql`excluded.marked_at`, seq: sql`burden_dirty.seq + 1` }),
      )
      .execute();
  }
}

/** The oldest marked sources, up to `limit`. */
export function dirtyBatch(db: Kysely<DB>, limit: number): Promise<DirtyRow[]> {
  return db
    .selectFrom('burden_dirty')
    .select(['source_ref', 'source_kind', 'seq'])
    .orderBy('marked_at')
    .orderBy('source_ref')
    .limit(limit)
    .execute();
}

/** Clears the sources rebuilt, unless one was marked again since it was read (its seq moved on). */
export async function clearDirty(db: Kysely<DB>, rows: DirtyRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await db
      .deleteFrom('burden_dirty')
      .where((eb) => eb.or(chunk.map((r) => eb.and([eb('source_ref', '=', r.source_ref), eb('seq', '=', r.seq)]))))
      .execute();
  }
}

/** Drops the events derived from sources (entered meetings and demo history stay). */
export async function deleteDerivedEvents(db: Kysely<DB>): Promise<number> {
  const r = await db
    .deleteFrom('burden_events')
    .where('is_demo', '=', 0)
    .where('source_ref', 'not like', 'entered:%')
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

const LEVELS: [level: OrgLevel, length: number][] = [
  ['community', 12],
  ['street', 9],
  ['district', 6],
  ['city', 4],
];

/** Rebuilds every rollup from the events, set-based (after a recompute or a bulk load). */
export async function rebuildRollups(db: Kysely<DB>): Promise<void> {
  await db.deleteFrom('burden_monthly').execute();
  for (const [level, n] of LEVELS) {
    await sql`
      insert into burden_monthly (org_code, level, month, department_code, source_kind, object_kind, minutes, reestimate_minutes, events)
      select substr(community_code, 1, ${sql.lit(n)}), ${level}, month, department_code, source_kind, object_kind,
             sum(minutes), sum(case when is_reestimate = 1 then minutes else 0 end), count(*)
      from burden_events
      group by substr(community_code, 1, ${sql.lit(n)}), month, department_code, source_kind, object_kind`.execute(db);
  }
  await db.deleteFrom('burden_org_monthly').execute();
  await sql`
    insert into burden_org_monthly (org_code, level, month, minutes, reestimate_minutes)
    select org_code, level, month, sum(minutes), sum(reestimate_minutes) from burden_monthly
    group by org_code, level, month`.execute(db);
}

export interface Window {
  org: string;
  from: string;
  to: string;
}

/** Minutes per month of one org (re-estimated minutes apart). */
export function monthly(db: Kysely<DB>, w: Window) {
  return db
    .selectFrom('burden_org_monthly')
    .select(['month', 'minutes', 'reestimate_minutes as reestimate'])
    .where('org_code', '=', w.org)
    .where('month', '>=', w.from)
    .where('month', '<=', w.to)
    .orderBy('month')
    .execute();
}

/** Minutes per department × source × object kind over a window (one org). */
export function breakdown(db: Kysely<DB>, w: Window) {
  return db
    .selectFrom('burden_monthly')
    .leftJoin('departments', 'departments.code', 'burden_monthly.department_code')
    .select(({ fn }) => [
      'burden_monthly.department_code',
      'departments.name as department_name',
      'burden_monthly.source_kind',
      'burden_monthly.object_kind',
      fn.sum<number>('burden_monthly.minutes').as('minutes'),
    ])
    .where('burden_monthly.org_code', '=', w.org)
    .where('burden_monthly.month', '>=', w.from)
    .where('burden_monthly.month', '<=', w.to)
    .groupBy([
      'burden_monthly.department_code',
      'departments.name',
      'burden_monthly.source_kind',
      'burden_monthly.object_kind',
    ])
    .execute();
}

/** Minutes per department per month over a window, for one source kind (informal demands rising). */
export function departmentMonthly(db: Kysely<DB>, w: Window, source: string) {
  return db
    .selectFrom('burden_monthly')
    .select(({ fn }) => ['department_code', 'month', fn.sum<number>('minutes').as('minutes')])
    .where('org_code', '=', w.org)
    .where('source_kind', '=', source)
    .where('month', '>=', w.from)
    .where('month', '<=', w.to)
    .groupBy(['department_code', 'month'])
    .orderBy('month')
    .execute();
}

/** Totals of the orgs of one level under a parent over a window (code range on the primary key). */
export function totalsUnder(db: Kysely<DB>, parent: string, level: OrgLevel, w: Omit<Window, 'org'>) {
  return db
    .selectFrom('burden_org_monthly')
    .select(({ fn }) => ['org_code', fn.sum<number>('minutes').as('minutes')])
    .where('org_code', '>=', parent)
    .where('org_code', '<', `${parent}~`)
    .where('level', '=', level)
    .where('month', '>=', w.from)
    .where('month', '<=', w.to)
    .groupBy('org_code')
    .execute();
}

/** Months per org of one level under a parent (the index of each child). */
export function monthlyUnder(db: Kysely<DB>, parent: string, level: OrgLevel, w: Omit<Window, 'org'>) {
  return db
    .selectFrom('burden_org_monthly')
    .select(({ fn }) => [
      'org_code',
      'month',
      fn.sum<number>('minutes').as('minutes'),
      fn.sum<number>('reestimate_minutes').as('reestimate'),
    ])
    .where('org_code', '>=', parent)
    .where('org_code', '<', `${parent}~`)
    .where('level', '=', level)
    .where('month', '>=', w.from)
    .where('month', '<=', w.to)
    .groupBy(['org_code', 'month'])
    .execute();
}

/** Staff entered for the communities under an org (one row per community). */
export function capacityUnder(db: Kysely<DB>, prefix: string) {
  return db
    .selectFrom('burden_capacity')
    .select(['community_code', 'staff', 'leave_days'])
    .where('community_code', '>=', prefix)
    .where('community_code', '<', `${prefix}~`)
    .execute();
}

export async function upsertCapacity(
  db: Kysely<DB>,
  rows: { community: string; staff: number; leaveDays: number; by: number | null; at: string; isDemo?: boolean }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('burden_capacity')
      .values(
        rows.slice(i, i + CHUNK).map((r) => ({
          community_code: r.community,
          staff: r.staff,
          leave_days: r.leaveDays,
          updated_by: r.by,
          updated_at: r.at,
          is_demo: r.isDemo ? 1 : 0,
        })),
      )
      .onConflict((oc) =>
        oc.column('community_code').doUpdateSet({
          staff: sql`excluded.staff`,
          leave_days: sql`excluded.leave_days`,
          updated_by: sql`excluded.updated_by`,
          updated_at: sql`excluded.updated_at`,
          is_demo: sql`excluded.is_demo`,
        }),
      )
      .execute();
  }
}

export function findSettings(db: Kysely<DB>, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('burden_settings').selectAll().where('jurisdiction_code', 'in', codes).execute();
}

export async function upsertSettings(
  db: Kysely<DB>,
  s: {
    code: string;
    baselineMonth: string | null;
    capHours: number | null;
    oneInOneOut: boolean;
    by: number | null;
    at: string;
  },
): Promise<void> {
  const values = {
    baseline_month: s.baselineMonth,
    annual_cap_hours: s.capHours,
    one_in_one_out: s.oneInOneOut ? 1 : 0,
    updated_by: s.by,
    updated_at: s.at,
  };
  await db
    .insertInto('burden_settings')
    .values({ jurisdiction_code: s.code, ...values })
    .onConflict((oc) => oc.column('jurisdiction_code').doUpdateSet(values))
    .execute();
}

/**
 * Events of a community in one month with their trace (department, number), for the drill-down list. The
 * district is named so that PostgreSQL reads one partition (migration 032).
 */
export function eventsOf(db: Kysely<DB>, community: string, month: string) {
  return (
    db
      .selectFrom('burden_events')
      .leftJoin('departments', 'departments.code', 'burden_events.department_code')
      .select([
        'burden_events.id',
        'burden_events.source_kind',
        'burden_events.department_code',
        'departments.name as department_name',
        'burden_events.admission_number',
        'burden_events.object_kind',
        'burden_events.minutes',
        'burden_events.is_reestimate',
        'burden_events.source_ref',
      ])
      .where('burden_events.district_code', '=', community.slice(0, 6))
      .where('burden_events.community_code', '=', community)
      .where('burden_events.month', '=', month)
      .orderBy('burden_events.minutes', 'desc')
      // Equal minutes in a stable order: the same list every time, on any plan (a district's foreign partition
      // returned ties in another order, and the limit could then keep other rows).
      .orderBy('burden_events.id')
      .limit(500)
      .execute()
  );
}

/** Per community under a prefix: minutes of numbered work (informal demands left out) over a window. */
export function totalsUnderNumbered(db: Kysely<DB>, parent: string, w: Omit<Window, 'org'>) {
  return db
    .selectFrom('burden_monthly')
    .select(({ fn }) => ['org_code', fn.sum<number>('minutes').as('minutes')])
    .where('org_code', '>=', parent)
    .where('org_code', '<', `${parent}~`)
    .where('level', '=', 'community')
    .where('source_kind', '!=', 'informal')
    .where('month', '>=', w.from)
    .where('month', '<=', w.to)
    .groupBy('org_code')
    .execute();
}

export interface CapacitySearch {
  /** The scope: communities whose code starts with it (the caller's jurisdiction or a district/street in it). */
  within: string;
  q?: string;
  status?: 'missing' | 'entered';
  offset: number;
  limit: number;
}

/** One page of the communities under an org with their staff (null when none is entered), and the count. */
export async function searchCapacity(database: Database, s: CapacitySearch) {
  const { db, kind } = database;
  const q = s.q?.trim() ?? '';
  let base = db
    .selectFrom('orgs as o')
    .leftJoin('burden_capacity as c', 'c.community_code', 'o.code')
    .leftJoin('orgs as p', 'p.code', 'o.parent_code')
    .where('o.level', '=', 'community')
    .where('o.code', '>=', s.within)
    .where('o.code', '<', `${s.within}~`);
  // The same three ways as the org search: code prefix, pinyin initials, or part of the name.
  if (/^\d+$/.test(q)) base = base.where(likeText(kind, 'o.code', q, 'prefix'));
  else if (/^[a-zA-Z]+$/.test(q))
    base = base.where((eb) => eb.or([likeText(kind, 'o.initials', q.toLowerCase()), likeText(kind, 'o.name', q)]));
  else if (q) base = base.where(likeText(kind, 'o.name', q));
  if (s.status === 'missing') base = base.where('c.community_code', 'is', null);
  if (s.status === 'entered') base = base.where('c.community_code', 'is not', null);
  const [rows, total] = await Promise.all([
    base
      .select(['o.code', 'o.name', 'p.name as street_name', 'c.staff', 'c.leave_days'])
      .orderBy('o.code')
      .offset(s.offset)
      .limit(s.limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
