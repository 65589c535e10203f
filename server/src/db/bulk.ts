// Bulk upsert, the fastest way each database offers: one prepared statement in one transaction on
// SQLite; COPY into a temporary table and one INSERT … ON CONFLICT on PostgreSQL. All-or-nothing.
import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './database.js';

export type Cell = string | number | null;

export interface BulkUpsert {
  table: string;
  columns: readonly string[];
  /** Conflict target (primary or unique key); empty for a plain insert. */
  key: readonly string[];
  /** Columns overwritten when the key exists; empty means keep the existing row. */
  update: readonly string[];
  /**
   * With no key: skip rows that would break any unique constraint (`on conflict do nothing`). For tables whose
   * uniqueness PostgreSQL keeps outside the table (subjects, partitioned: migration 032).
   */
  skipDuplicates?: boolean;
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad identifier ${name}`);
  return `"${name}"`;
};

function conflictClause(spec: BulkUpsert): string {
  if (spec.key.length === 0) return spec.skipDuplicates ? 'on conflict do nothing' : ''; // a plain insert
  const target = spec.key.map(ident).join(', ');
  if (spec.update.length === 0) return `on conflict (${target}) do nothing`;
  const sets = spec.update.map((c) => `${ident(c)} = excluded.${ident(c)}`).join(', ');
  return `on conflict (${target}) do update set ${sets}`;
}

/** Upserts rows; returns how many were written. Throws (and writes nothing) on any bad row. */
export async function bulkUpsert(database: Database, spec: BulkUpsert, rows: Iterable<Cell[]>): Promise<number> {
  if (database.kind === 'sqlite') return sqliteUpsert(database, spec, rows);
  return postgresUpsert(database, spec, rows);
}

function sqliteUpsert(database: Database, spec: BulkUpsert, rows: Iterable<Cell[]>): number {
  const sqlite = database.sqlite!;
  const cols = spec.columns.map(ident).join(', ');
  const marks = spec.columns.map(() => '?').join(', ');
  const stmt = sqlite.prepare(`insert into ${ident(spec.table)} (${cols}) values (${marks}) ${conflictClause(spec)}`);
  let n = 0;
  sqlite.transaction(() => {
    for (const row of rows) {
      stmt.run(row);
      n++;
    }
  })();
  return n;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const escapeCopy = (text: string) =>
  NEEDS_ESCAPE.test(text)
    ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : text;

/** COPY text format: tab-separated, \N for null, backslash escapes. */
export function copyLine(row: Cell[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    line += `${i ? '\t' : ''}${v === null ? '\\N' : escapeCopy(String(v))}`;
  }
  return `${line}\n`;
}

const UNESCAPE: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

/** The fields of one line in COPY text format (without its line feed), as copyLine wrote them. */
export function copyFields(line: string): (string | null)[] {
  const fields: (string | null)[] = line.split('\t');
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f === '\\N') fields[i] = null;
    else if (f.includes('\\')) fields[i] = f.replace(/\\(.)/g, (_, c: string) => UNESCAPE[c] ?? c);
  }
  return fields;
}

async function postgresUpsert(database: Database, spec: BulkUpsert, rows: Iterable<Cell[]>): Promise<number> {
  const client = await database.pool!.connect();
  const staging = `bulk_${spec.table}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const cols = spec.columns.map(ident).join(', ');
  try {
    // A plain insert COPYs straight into the table (COPY is all-or-nothing); an upsert goes through a
    // temporary table and one INSERT … ON CONFLICT.
    const direct = spec.key.length === 0 && !spec.skipDuplicates;
    const target = direct ? spec.table : staging;
    await client.query('begin');
    if (!direct)
      await client.query(
        `create temporary table ${ident(staging)} (like ${ident(spec.table)} including defaults) on commit drop`,
      );
    let n = 0;
    function* lines() {
      let chunk = '';
      for (const row of rows) {
        chunk += copyLine(row);
        n++;
        if (chunk.length > 1 << 16) {
          yield chunk;
          chunk = '';
        }
      }
      if (chunk) yield chunk;
    }
    await pipeline(Readable.from(lines()), client.query(copyFrom(`copy ${ident(target)} (${cols}) from stdin`)));
    if (!direct)
      await client.query(
        `insert into ${ident(spec.table)} (${cols}) select ${cols} from ${ident(staging)} ${conflictClause(spec)}`,
      );
    await client.query('commit');
    return n;
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
