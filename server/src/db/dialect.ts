// The few places where SQLite and PostgreSQL differ, kept in one file.
import { sql, type ColumnDefinitionBuilder, type Kysely, type RawBuilder } from 'kysely';
import type { DatabaseKind } from '../config.js';
import type { DB } from './types.js';

/** Column type for an auto-incrementing integer primary key. */
export function autoIdType(kind: DatabaseKind): 'integer' | 'serial' {
  return kind === 'postgres' ? 'serial' : 'integer';
}

export function autoId(kind: DatabaseKind) {
  return (col: ColumnDefinitionBuilder) =>
    kind === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement();
}

/** Case-insensitive LIKE: ILIKE on PostgreSQL; SQLite's LIKE is already case-insensitive for ASCII. */
export function likeOperator(kind: DatabaseKind): 'like' | 'ilike' {
  return kind === 'postgres' ? 'ilike' : 'like';
}

/** Escape % and _ so user input matches literally inside a LIKE pattern (with ESCAPE '\'). */
export function escapeLike(input: string): string {
  return input.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Current server version string, for the health check. */
export async function serverVersion(db: Kysely<DB>, kind: DatabaseKind): Promise<string> {
  const q: RawBuilder<{ v: string }> =
    kind === 'postgres' ? sql`select current_setting('server_version') as v` : sql`select sqlite_version() as v`;
  const r = await q.execute(db);
  return r.rows[0]?.v ?? 'unknown';
}
