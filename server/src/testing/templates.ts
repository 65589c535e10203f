// Template databases for the suites that read the Hefei demo: the first test file of a run that needs a
// variant builds it once (migrations + demo steps, on the run's clock date); every other file copies it
// — a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL — instead of loading the demo again.
// The cache lives for one `vitest run` (global-setup-integration.ts makes and removes it).
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseKind } from '../config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of this run's template cache (SQLite files, markers, locks). */
    testCacheDir: string;
    /** Prefix of this run's PostgreSQL template databases. */
    testTemplatePrefix: string;
  }
}

/** `empty`: migrated, the dictionary synchronised, no demo (for suites that build their own small world). */
export type DemoVariant = 'empty' | 'demo' | 'population';

function cacheDir(): string | null {
  try {
    return inject('testCacheDir') || null;
  } catch {
    return null; // outside a vitest run with the global setup (a script): no cache
  }
}

/** The key of a template: the variant and the date its clock was pinned to (the demo is dated by it). */
export function templateName(kind: DatabaseKind, variant: DemoVariant, date: string): string {
  return `${inject('testTemplatePrefix')}_${kind === 'sqlite' ? 's' : 'p'}_${variant}_${date.replace(/-/g, '')}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Returns the template for (kind, variant, date), building it with `build` when this process is the first
 * to ask. `build` receives where to create it (a SQLite file path or a PostgreSQL database name).
 */
export async function useTemplate(
  kind: DatabaseKind,
  variant: DemoVariant,
  date: string,
  build: (target: string) => Promise<void>,
): Promise<string | null> {
  const dir = cacheDir();
  if (!dir) return null;
  const name = templateName(kind, variant, date);
  const target = kind === 'sqlite' ? path.join(dir, `${name}.db`) : name;
  const ready = path.join(dir, `${name}.ready`);
  const lock = path.join(dir, `${name}.lock`);
  for (;;) {
    if (fs.existsSync(ready)) return target;
    try {
      fs.mkdirSync(lock); // atomic: one builder per template
    } catch {
      await sleep(200);
      continue;
    }
    try {
      await build(target);
      fs.writeFileSync(ready, '');
      return target;
    } catch (err) {
      fs.rmSync(lock, { recursive: true, force: true });
      throw err;
    }
  }
}

/** Drops this run's PostgreSQL template databases. */
export async function dropTemplates(pgUrl: string, prefix: string): Promise<void> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ datname: string }>(
      `select datname from pg_database where datname like $1 || '%'`,
      [prefix],
    );
    for (const r of rows) await c.query(`drop database if exists ${r.datname}`);
  } finally {
    await c.end();
  }
}
