// SQL for the org tree and departments.
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { OrgLevel } from '#common/roles.js';
import { countTree } from './counts.js';
import type { Database } from '../../db/database.js';
import { bulkUpsert, type Cell } from '../../db/bulk.js';
import { escapeLike, likeText } from '../../db/dialect.js';
import type { DB, DepartmentRow, OrgRow } from '../../db/types.js';
import type { DivisionRow } from './divisions.js';
import type { DepartmentSeed } from './departments.js';

const ORG_COLUMNS = ['code', 'name', 'full_name', 'level', 'parent_code', 'initials', 'source', 'is_demo'] as const;

export async function upsertOrgs(
  database: Database,
  rows: Iterable<DivisionRow>,
  source: string,
  isDemo = false,
): Promise<number> {
  function* cells(): Generator<Cell[]> {
    for (const r of rows) yield [r.code, r.name, r.fullName, r.level, r.parentCode, r.initials, source, isDemo ? 1 : 0];
  }
  return bulkUpsert(
    database,
    {
      table: 'orgs',
      columns: ORG_COLUMNS,
      key: ['code'],
      update: ['name', 'full_name', 'level', 'parent_code', 'initials', 'source'],
    },
    cells(),
  );
}

export async function upsertDepartments(database: Database, seeds: DepartmentSeed[]): Promise<number> {
  // Existing departments keep their (possibly edited) names: only missing ones are added.
  return bulkUpsert(
    database,
    {
      table: 'departments',
      columns: ['code', 'org_code', 'kind', 'name', 'short_name', 'is_burden_office', 'sort'],
      key: ['code'],
      update: [],
    },
    seeds.map((d) => [d.code, d.orgCode, d.kind, d.name, d.shortName, d.isBurdenOffice ? 1 : 0, d.sort]),
  );
}

/**
 * PostgreSQL: gives every district of the tree under a code prefix its own partitions of the tables that grow
 * with the city (migration 032), moving its rows out of the DEFAULT partitions. Nothing on SQLite.
 */
export async function addDistrictPartitions(database: Database, prefix: string): Promise<number> {
  if (database.kind !== 'postgres') return 0;
  const r = await sql<{ n: number }>`select jianfu_add_districts_under(${prefix}) as n`.execute(database.db);
  return Number(r.rows[0]?.n ?? 0);
}

/** Recomputes direct child counts and per-level descendant counts for every org under a prefix. */
export async function refreshCounts(db: Kysely<DB>, prefix = ''): Promise<void> {
  const rows = await db
    .selectFrom('orgs')
    .select(['code', 'level', 'parent_code'])
    .where(sql<SqlBool>`code like ${`${escapeLike(prefix)}%`} escape '\\'`)
    .execute();
  const tree = countTree(rows.map((r) => ({ code: r.code, level: r.level, parentCode: r.parent_code })));
  // Only orgs with children are written; leaves keep their default 0 and {}.
  const entries = [...tree.entries()].filter(([, c]) => c.childCount > 0);
  for (let i = 0; i < entries.length; i += 500) {
    const chunk = entries.slice(i, i + 500);
    const values = sql.join(chunk.map(([code, c]) => sql`(${code}, ${c.childCount}, ${JSON.stringify(c.counts)})`));
    // UPDATE … FROM joins once (SQLite ≥ 3.33 and PostgreSQL alike) instead of a subquery per row.
    await sql`with v(code, n, counts) as (values ${values})
              update orgs set child_count = cast(v.n as integer), counts = v.counts
              from v where orgs.code = v.code`.execute(db);
  }
}

export async function findOrg(db: Kysely<DB>, code: string): Promise<OrgRow | undefined> {
  return db.selectFrom('orgs').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findOrgs(db: Kysely<DB>, codes: string[]): Promise<OrgRow[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('orgs').selectAll().where('code', 'in', codes).execute();
}

export async function listChildren(
  db: Kysely<DB>,
  parentCode: string | null,
  offset: number,
  limit: number,
): Promise<{ rows: OrgRow[]; total: number }> {
  const base = db
    .selectFrom('orgs')
    .where((eb) => (parentCode === null ? eb('parent_code', 'is', null) : eb('parent_code', '=', parentCode)));
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('code').offset(offset).limit(limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export interface OrgSearch {
  q: string;
  within?: string;
  level?: OrgLevel;
  offset: number;
  limit: number;
}

/** Search by code prefix, pinyin initials or name; exact and shorter names first. */
export async function searchOrgs(database: Database, s: OrgSearch): Promise<{ rows: OrgRow[]; total: number }> {
  const { db, kind } = database;
  const q = s.q.trim();
  let base = db.selectFrom('orgs');
  if (/^\d+$/.test(q)) {
    base = base.where(likeText(kind, 'code', q, 'prefix'));
  } else if (/^[a-zA-Z]+$/.test(q)) {
    base = base.where((eb) => eb.or([likeText(kind, 'initials', q.toLowerCase()), likeText(kind, 'name', q)]));
  } else {
    base = base.where((eb) => eb.or([likeText(kind, 'name', q), likeText(kind, 'full_name', q)]));
  }
  if (s.within) base = base.where(likeText(kind, 'code', s.within, 'prefix'));
  if (s.level) base = base.where('level', '=', s.level);
  const [rows, total] = await Promise.all([
    base
      .selectAll()
      .orderBy(sql`case when name = ${q} then 0 else 1 end`)
      .orderBy(sql`length(code)`)
      .orderBy('code')
      .offset(s.offset)
      .limit(s.limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function listDepartments(db: Kysely<DB>, orgCode: string): Promise<DepartmentRow[]> {
  return db
    .selectFrom('departments')
    .selectAll()
    .where('org_code', '=', orgCode)
    .orderBy('sort')
    .orderBy('code')
    .execute();
}

export async function findDepartment(db: Kysely<DB>, code: string): Promise<DepartmentRow | undefined> {
  return db.selectFrom('departments').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertDepartment(db: Kysely<DB>, d: DepartmentSeed): Promise<void> {
  await db
    .insertInto('departments')
    .values({
      code: d.code,
      org_code: d.orgCode,
      kind: d.kind,
      name: d.name,
      short_name: d.shortName,
      is_burden_office: d.isBurdenOffice ? 1 : 0,
      sort: d.sort,
    })
    .execute();
}

export async function updateDepartment(
  db: Kysely<DB>,
  code: string,
  patch: { name?: string; shortName?: string; active?: boolean },
): Promise<void> {
  await db
    .updateTable('departments')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.shortName !== undefined ? { short_name: patch.shortName } : {}),
      ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
    })
    .where('code', '=', code)
    .execute();
}

export async function countOrgs(db: Kysely<DB>): Promise<number> {
  const r = await db
    .selectFrom('orgs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Codes and names of the communities under any of the given prefixes. */
export async function communitiesUnder(db: Kysely<DB>, prefixes: string[]): Promise<{ code: string; name: string }[]> {
  if (prefixes.length === 0) return [];
  return db
    .selectFrom('orgs')
    .select(['code', 'name'])
    .where('level', '=', 'community')
    .where((eb) => eb.or(prefixes.map((p) => sql<SqlBool>`code like ${`${escapeLike(p)}%`} escape '\\'`)))
    .orderBy('code')
    .execute();
}

/** The grids of a community (org rows one level below it). */
export function gridsOf(db: Kysely<DB>, community: string) {
  return db
    .selectFrom('orgs')
    .select(['code', 'name'])
    .where('parent_code', '=', community)
    .where('level', '=', 'grid')
    .orderBy('code')
    .execute();
}

/** Inserts or renames grid rows (plain statements, so it joins the caller's transaction). */
export async function putGrids(
  db: Kysely<DB>,
  rows: { code: string; name: string; fullName: string; parentCode: string; initials: string }[],
  source: string,
  isDemo: boolean,
): Promise<void> {
  for (const r of rows) {
    await db
      .insertInto('orgs')
      .values({
        code: r.code,
        name: r.name,
        full_name: r.fullName,
        level: 'grid',
        parent_code: r.parentCode,
        initials: r.initials,
        source,
        is_demo: isDemo ? 1 : 0,
      })
      .onConflict((oc) =>
        oc.column('code').doUpdateSet({ name: r.name, full_name: r.fullName, initials: r.initials, source }),
      )
      .execute();
  }
}

/** Removes grid rows no account is bound to; returns the codes kept because one is. */
export async function removeGrids(db: Kysely<DB>, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const bound = (
    await db.selectFrom('users').select('org_code').distinct().where('org_code', 'in', codes).execute()
  ).map((r) => r.org_code);
  const gone = codes.filter((c) => !bound.includes(c));
  if (gone.length) await db.deleteFrom('orgs').where('code', 'in', gone).where('level', '=', 'grid').execute();
  return bound;
}
