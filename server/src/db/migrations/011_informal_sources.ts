// Informal demands can name any source above the community (issue 12 §6): the offices of every street
// (街道办事处 and its internal offices) become departments, and an entry may say in its own words who
// asked when the source is "other". The office list is written out here, as it stood, so the migration
// never changes with the code.
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';

const OFFICES = [
  ['banshichu', '办事处'],
  ['dangzheng', '党政办公室'],
  ['shehui', '社会事务办公室'],
  ['pingan', '平安建设办公室'],
  ['chengguan', '城市管理办公室'],
  ['jingji', '经济发展办公室'],
  ['bianmin', '便民服务中心'],
] as const;

export async function up(db: Kysely<any>, _kind: DatabaseKind): Promise<void> {
  await db.schema
    .alterTable('informal_demands')
    .addColumn('source_note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await addStreetOffices(db);
}

/** Streets imported before this migration get their offices (a town's whole office is its 人民政府). */
export async function addStreetOffices(db: Kysely<any>): Promise<void> {
  for (const [i, [kind, name]] of OFFICES.entries()) {
    const shortName =
      kind === 'banshichu'
        ? sql<string>`case when orgs.name like '%街道' then ${sql.lit(name)} else '人民政府' end`
        : sql.lit(name);
    await sql`
      insert into departments (code, org_code, kind, name, short_name, is_burden_office, active, sort)
      select orgs.code || ${sql.lit(`-${kind}`)}, orgs.code, ${sql.lit(kind)}, orgs.name || ${shortName}, ${shortName}, 0, 1, ${sql.lit(i)}
      from orgs
      where orgs.level = 'street'
        and not exists (select 1 from departments d where d.org_code = orgs.code and d.kind = ${sql.lit(kind)})
    `.execute(db);
  }
}
