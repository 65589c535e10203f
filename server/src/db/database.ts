// Opens the one database Jianfu uses: embedded SQLite (better-sqlite3) or PostgreSQL (pg).
//
// The current transaction is implicit: `database.transaction(fn)` runs fn with the transaction in an
// AsyncLocalStorage, and `database.db` is that transaction while fn runs (anywhere below it, however deep),
// else the pool. So a repository called inside a write reads and writes in the writer's transaction — on
// SQLite's single connection a read can never wait on the transaction that encloses it. A transaction
// inside a transaction joins it. `afterCommit(fn)` runs fn once the outermost transaction has committed
// (never on rollback); outside a transaction it runs at once.
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { sqliteFile, type DatabaseKind } from '../config.js';
import type { DB } from './types.js';

export interface Database {
  /** The current transaction inside `transaction(fn)`, else the pool. */
  readonly db: Kysely<DB>;
  /** The pool, whatever transaction is open (for work that must not join it). */
  readonly root: Kysely<DB>;
  kind: DatabaseKind;
  /** Runs fn in a transaction (joins the current one if any); after-commit hooks run before it resolves. */
  transaction<T>(fn: (trx: Kysely<DB>) => Promise<T>): Promise<T>;
  /** Runs fn after the current transaction commits (at once outside a transaction). */
  afterCommit(fn: () => Promise<void> | void): Promise<void>;
  /** Whether a transaction is open in this async context. */
  inTransaction(): boolean;
  /** Raw handles for the few dialect helpers (bulk loads) that need them. */
  sqlite?: BetterSqlite3.Database;
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL only: run in this schema (tests use a fresh schema per run). */
  schema?: string;
}

// pg returns int8 (count(*)) and numeric as strings; our numbers fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

interface Unit {
  trx: Kysely<DB>;
  after: (() => Promise<void> | void)[];
}

/** An error of an after-commit hook: the write stands; what the hook does must be redoable (an outbox). */
export type HookErrorHandler = (err: unknown) => void;
let onHookError: HookErrorHandler = (err) => process.emitWarning(`after-commit hook failed: ${String(err)}`);
export function setAfterCommitErrorHandler(handler: HookErrorHandler): void {
  onHookError = handler;
}

function withUnits(
  root: Kysely<DB>,
  rest: Omit<Database, 'db' | 'root' | 'transaction' | 'afterCommit' | 'inTransaction'>,
): Database {
  const units = new AsyncLocalStorage<Unit>();
  const runHooks = async (hooks: Unit['after']) => {
    for (const hook of hooks) {
      try {
        await hook();
      } catch (err) {
        onHookError(err);
      }
    }
  };
  return {
    ...rest,
    get db() {
      return units.getStore()?.trx ?? root;
    },
    root,
    inTransaction: () => units.getStore() !== undefined,
    async transaction<T>(fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
      const current = units.getStore();
      if (current) return fn(current.trx);
      const after: Unit['after'] = [];
      const result = await root.transaction().execute((trx) => units.run({ trx, after }, () => fn(trx)));
      // Committed: the hooks run outside the transaction (their own reads and writes use the pool).
      await units.exit(() => runHooks(after));
      return result;
    },
    async afterCommit(fn) {
      const current = units.getStore();
      if (current) current.after.push(fn);
      else await runHooks([fn]);
    },
  };
}

export function openDatabase(url: string, options: OpenOptions = {}): Database {
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url, options);
  return openSqlite(sqliteFile(url));
}

function openSqlite(file: string): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Up to 64 MB of pages in memory (SQLite's default is 2 MB), taken only as pages are read: a million-row import
  // writes into key and subject indexes far larger than 2 MB (its commit: 8.9–9.0 → 7.4–8.1 s CPU, two pairs).
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return withUnits(db, {
    kind: 'sqlite',
    sqlite,
    async close() {
      await db.destroy();
    },
  });
}

function openPostgres(url: string, options: OpenOptions): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return withUnits(db, {
    kind: 'postgres',
    pool,
    async close() {
      await db.destroy();
    },
  });
}
