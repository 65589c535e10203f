// The few places where SQLite and PostgreSQL differ, kept in one file.
import { sql, type ColumnDefinitionBuilder, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DatabaseKind } from '../config.js';
import type { DB } from './types.js';

/** Column type for an auto-incrementing integer primary key. */
export function autoIdType(kind: DatabaseKind): 'integer' | 'serial' {
  return kind === 'postgres' ? 'serial' : 'integer';
}

/** Column type for file bytes. */
export function blobType(kind: DatabaseKind): 'blob' | 'bytea' {
  return kind === 'postgres' ? 'bytea' : 'blob';
}

export function autoId(kind: DatabaseKind) {
  return (col: ColumnDefinitionBuilder) => (kind === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement());
}

/** Escape % and _ so user input matches literally inside a LIKE pattern (with ESCAPE '\\'). */
export function escapeLike(input: string): string {
  return input.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type LikeMode = 'contains' | 'prefix';

/**
 * `column LIKE pattern ESCAPE '\\'` with the user's text taken literally. Case-insensitive: ILIKE on
 * PostgreSQL; SQLite's LIKE already ignores ASCII case.
 */
export function likeText(
  kind: DatabaseKind,
  column: string,
  text: string,
  mode: LikeMode = 'contains',
): RawBuilder<SqlBool> {
  const pattern = mode === 'prefix' ? `${escapeLike(text)}%` : `%${escapeLike(text)}%`;
  const op = sql.raw(kind === 'postgres' ? 'ilike' : 'like');
  return sql<SqlBool>`${sql.ref(column)} ${op} ${pattern} escape '\\'`;
}

/** Current server version string, for the health check. */
export async function serverVersion(db: Kysely<DB>, kind: DatabaseKind): Promise<string> {
  const q: RawBuilder<{ v: string }> =
    kind === 'postgres' ? sql`select current_setting('server_version') as v` : sql`select sqlite_version() as v`;
  const r = await q.execute(db);
  return r.rows[0]?.v ?? 'unknown';
}

/**
 * Fresh planner statistics after a bulk load: PostgreSQL's autovacuum may not have analysed a table
 * filled a moment ago, and a plan made without statistics can turn a 10 ms read into a 40 s one
 * (a nested loop over every row). ANALYZE samples, so it stays cheap however large the table.
 */
export async function refreshStatistics(db: Kysely<DB>, kind: DatabaseKind, tables: (keyof DB)[]): Promise<void> {
  if (kind === 'postgres') await sql`analyze ${sql.join(tables.map((t) => sql.id(t)))}`.execute(db);
  else await sql`pragma optimize`.execute(db);
}
