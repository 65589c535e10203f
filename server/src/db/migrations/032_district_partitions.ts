// City scale on PostgreSQL (issue 14 §4): the tables that grow with the city become LIST-partitioned by
// district_code — one partition per district plus a DEFAULT partition for any other value — so that a
// community's or a district's query reads one district's partition (partition pruning), a district's data
// can be moved, vacuumed and backed up on its own, and a district's partitions can live on another
// PostgreSQL server as postgres_fdw foreign tables (bench/scale-out.sh, docs/SCALING.md). SQLite is unchanged.
//
// PostgreSQL cannot enforce a unique index that leaves out the partition key, so:
// - each partition has its own primary key (id), and the partitioned table none: ids come from one sequence
//   (for audit_log, from the chain head under its lock), so they stay unique across partitions; a unique
//   index on the partitioned table itself would also forbid foreign partitions (postgres_fdw);
// - a subject's (type, key) stays unique city-wide through `subject_keys`, a small non-partitioned table a
//   trigger on subjects keeps: an insert whose key already exists (in any district) is skipped, which is
//   what every insert of subjects asks for (`on conflict do nothing`); a subject's type, key and district
//   cannot change (the trigger refuses), deleting a subject frees its key.
// Existing rows are copied into the new tables (create, copy, swap, recreate the indexes).
//
// A district added later gets its partitions from `jianfu_add_district(code)` (called by the org import
// for the districts it brings; it moves the district's rows out of the DEFAULT partitions).
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';

/** The partitioned tables and whether their partitions have a primary key (id). */
export const PARTITIONED: { table: string; pk: boolean }[] = [
  { table: 'subjects', pk: true },
  { table: 'facts', pk: true },
  { table: 'audit_log', pk: true },
  { table: 'audit_subjects', pk: false },
  { table: 'burden_events', pk: true },
];

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  if (kind !== 'postgres') return;

  await sql`
    create table subject_keys (
      type text not null,
      key text not null,
      subject_id integer not null,
      district_code text not null,
      primary key (type, key)
    )`.execute(db);

  for (const { table, pk } of PARTITIONED) {
    const old = `${table}_unpartitioned`;
    // Secondary indexes to recreate (the primary key and unique constraints are redone by hand).
    const indexes = (
      await sql<{ indexname: string; indexdef: string }>`
        select i.indexname, i.indexdef from pg_indexes i
        where i.tablename = ${table} and i.schemaname = current_schema()
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.conrelid = ${table}::regclass)`.execute(
        db,
      )
    ).rows;
    const sequences = (
      await sql<{ seq: string; col: string }>`
        select s.relname as seq, a.attname as col
        from pg_depend d
        join pg_class s on s.oid = d.objid and s.relkind = 'S'
        join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
        where d.refobjid = ${table}::regclass and d.deptype = 'a'`.execute(db)
    ).rows;
    await sql`alter table ${sql.id(table)} rename to ${sql.id(old)}`.execute(db);
    for (const s of sequences) await sql`alter sequence ${sql.id(s.seq)} owned by none`.execute(db);
    await sql`create table ${sql.id(table)} (like ${sql.id(old)} including defaults) partition by list (district_code)`.execute(
      db,
    );
    await sql`create table ${sql.id(`${table}_default`)} partition of ${sql.id(table)} default`.execute(db);
    for (const s of sequences) await sql.raw(`alter sequence "${s.seq}" owned by "${table}"."${s.col}"`).execute(db);
    await sql`insert into ${sql.id(table)} select * from ${sql.id(old)}`.execute(db);
    await sql`drop table ${sql.id(old)}`.execute(db);
    if (pk) await sql.raw(`alter table "${table}_default" add primary key (id)`).execute(db);
    for (const ix of indexes) await sql.raw(ix.indexdef).execute(db);
  }
  // Lookups by key (the unique constraint's index, now per partition and not unique).
  await sql`create index subjects_key on subjects (type, key)`.execute(db);
  await sql`insert into subject_keys (type, key, subject_id, district_code) select type, key, id, district_code from subjects`.execute(
    db,
  );

  await sql
    .raw(
      `
    create function jianfu_subject_key_insert() returns trigger language plpgsql as $$
    begin
      insert into subject_keys (type, key, subject_id, district_code)
        values (new.type, new.key, new.id, new.district_code)
        on conflict do nothing;
      if not found then
        return null; -- the key exists (in this district or another): skip the row, as ON CONFLICT DO NOTHING did
      end if;
      return new;
    end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `
    create function jianfu_subject_key_update() returns trigger language plpgsql as $$
    begin
      if new.type is distinct from old.type or new.key is distinct from old.key
         or new.district_code is distinct from old.district_code then
        raise exception 'a subject''s type, key and district cannot change (subject %)', old.id
          using errcode = 'check_violation';
      end if;
      return new;
    end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `
    create function jianfu_subject_key_delete() returns trigger language plpgsql as $$
    begin
      delete from subject_keys where type = old.type and key = old.key and subject_id = old.id;
      return null;
    end $$`,
    )
    .execute(db);
  await sql`create trigger subjects_key_insert before insert on subjects for each row execute function jianfu_subject_key_insert()`.execute(
    db,
  );
  await sql`create trigger subjects_key_update before update on subjects for each row execute function jianfu_subject_key_update()`.execute(
    db,
  );
  await sql`create trigger subjects_key_delete after delete on subjects for each row execute function jianfu_subject_key_delete()`.execute(
    db,
  );

  // One district's partitions: created empty, filled with the district's rows from DEFAULT, then attached
  // (attaching checks DEFAULT holds none of them). Idempotent.
  const tables = PARTITIONED.map((p) => `'${p.table}'`).join(', ');
  await sql
    .raw(
      `
    create function jianfu_add_district(code text) returns integer language plpgsql as $$
    declare
      t text;
      part text;
      made integer := 0;
    begin
      if code !~ '^[0-9]{6}$' then
        raise exception 'not a district code: %', code using errcode = 'invalid_parameter_value';
      end if;
      foreach t in array array[${tables}] loop
        part := t || '_p' || code;
        continue when to_regclass(quote_ident(part)) is not null;
        execute format('create table %I (like %I including defaults)', part, t);
        if t <> 'audit_subjects' then
          execute format('alter table %I add primary key (id)', part);
        end if;
        execute format('insert into %I select * from %I where district_code = %L', part, t || '_default', code);
        execute format('delete from %I where district_code = %L', t || '_default', code);
        execute format('alter table %I attach partition %I for values in (%L)', t, part, code);
        made := made + 1;
      end loop;
      return made;
    end $$`,
    )
    .execute(db);
  // Every district of the org tree under a code prefix ('3401' a city, '34' a province).
  await sql
    .raw(
      `
    create function jianfu_add_districts_under(prefix text) returns integer language plpgsql as $$
    declare
      d record;
      made integer := 0;
    begin
      for d in select code from orgs where level = 'district' and code like prefix || '%' and code ~ '^[0-9]{6}$' order by code loop
        made := made + jianfu_add_district(d.code);
      end loop;
      return made;
    end $$`,
    )
    .execute(db);

  // Partitions now for the districts that hold data, and for every district of the cities they are in.
  const present = (
    await sql<{ code: string }>`
      select distinct district_code as code from (
        select district_code from subjects union select district_code from facts
        union select district_code from audit_log union select district_code from burden_events) d
      where district_code ~ '^[0-9]{6}$'`.execute(db)
  ).rows.map((r) => r.code);
  for (const city of new Set(present.map((c) => c.slice(0, 4))))
    await sql`select jianfu_add_districts_under(${city})`.execute(db);
  for (const code of present) await sql`select jianfu_add_district(${code})`.execute(db);
  await sql`analyze subjects, facts, audit_log, audit_subjects, burden_events, subject_keys`.execute(db);
}
