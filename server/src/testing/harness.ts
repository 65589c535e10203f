// Integration test harness: one fresh database per test file — a SQLite file, and a PostgreSQL database
// when JIANFU_TEST_PG_URL is set — migrated, and for the suites that read it, copied from a template
// holding the Hefei demo (templates.ts); the others build their own small world (builders.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig, type Config, type DatabaseKind } from '../config.js';
import { createContext } from '../context.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { prepare } from '../bootstrap.js';
import { DEMO_PASSWORD } from '../modules/demo/accounts.js';
import type { PasswordCost } from '../modules/accounts/password.js';
import { PinnedClock, systemClock } from '../clock/clock.js';
import { TestDates } from './dates.js';
import { Builders } from './builders.js';
import { Agent, type BaseEnv } from './agent.js';
import { useTemplate, type DemoVariant } from './templates.js';

export { Agent } from './agent.js';

export interface TestEnv extends BaseEnv {
  /** Builders of a test's own small jurisdiction, accounts and admitted work (through the services). */
  build: Builders;
}

const PG_URL = process.env.JIANFU_TEST_PG_URL;

/**
 * SQLite always, PostgreSQL when JIANFU_TEST_PG_URL is set; JIANFU_TEST_DATABASES=postgres (or sqlite)
 * narrows a run to one of them — CI runs PostgreSQL at today's date and SQLite two years ahead.
 */
export const TEST_DATABASES: DatabaseKind[] = selectDatabases(PG_URL ? ['sqlite', 'postgres'] : ['sqlite']);

function selectDatabases(available: DatabaseKind[]): DatabaseKind[] {
  const wanted = process.env.JIANFU_TEST_DATABASES?.split(',').map((s) => s.trim());
  if (!wanted?.length || wanted[0] === '') return available;
  const missing = wanted.filter((k) => !available.includes(k as DatabaseKind));
  if (missing.length) throw new Error(`JIANFU_TEST_DATABASES names ${missing.join(', ')}, which this run cannot reach`);
  return available.filter((k) => wanted.includes(k));
}

/** The URL of another database on the test server. */
function pgDatabaseUrl(name: string): string {
  const u = new URL(PG_URL!);
  u.pathname = `/${name}`;
  return u.toString();
}

async function pgAdmin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/**
 * A fresh database for one test file: a new SQLite file, or a new PostgreSQL database — empty, or a copy
 * of a template (a file copy; CREATE DATABASE … TEMPLATE).
 */
async function freshDatabase(
  kind: DatabaseKind,
  template: string | null,
): Promise<{ database: Database; url: string; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-test-'));
    const file = path.join(dir, 'test.db');
    if (template) fs.copyFileSync(template, file);
    const url = `sqlite://${file}`;
    const database = openDatabase(url);
    return { database, url, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  await pgAdmin((c) => c.query(`create database ${name}${template ? ` template ${template}` : ''}`));
  const url = pgDatabaseUrl(name);
  return {
    database: openDatabase(url),
    url,
    drop: () => pgAdmin((c) => dropWhenClosed(c, name)),
  };
}

/**
 * Drops a test database once the closed pool's sessions are gone: pg's pool.end() resolves before its
 * sockets close, and forcing the drop then kills a session still saying goodbye, whose FATAL message
 * surfaces as an uncaught error in the test process. Forced only if a session lingers past 2 s.
 */
async function dropWhenClosed(c: pg.Client, name: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const r = await c.query<{ n: string }>('select count(*) as n from pg_stat_activity where datname = $1', [name]);
    if (Number(r.rows[0]?.n) === 0) break;
    await new Promise((done) => setTimeout(done, 20));
  }
  await c.query(`drop database if exists ${name} with (force)`);
}

/** One audit keyring for every test process (templates are built in one process and copied in others). */
export const TEST_AUDIT_KEY_FILE = path.join(os.tmpdir(), 'jianfu-test', 'audit.key');

/**
 * Config for a test database. `dataDir` holds uploads and staged imports: each environment its own (a
 * fresh temporary directory), never the checkout's ./data, so no file of one test is seen by another.
 */
function testConfig(kind: DatabaseKind, url: string, demo: boolean, dataDir: string) {
  // Each database its own checkpoint file, named after it.
  const checkpoints = path.join(
    os.tmpdir(),
    'jianfu-test',
    `${crypto.createHash('sha1').update(url).digest('hex')}.jsonl`,
  );
  return {
    ...loadConfig({
      JIANFU_DATA_DIR: dataDir,
      JIANFU_AUDIT_KEY_FILE: TEST_AUDIT_KEY_FILE,
      JIANFU_AUDIT_CHECKPOINTS: checkpoints,
    }),
    databaseUrl: url,
    databaseKind: kind,
    demo,
    webDist: '/nonexistent',
    passwordCost: TEST_PASSWORD_COST,
  };
}

/**
 * argon2id at 1 MiB and one pass for the accounts the suites make and sign in (1,400 hashes and checks a
 * run, 14 ms of CPU each at the standard cost, 0.5 ms at this one). Verifying follows the stored hash, so
 * the standard cost is still what the browser journeys sign in against (their demo is seeded by the CLI).
 */
const TEST_PASSWORD_COST: PasswordCost = { memoryCost: 1024, timeCost: 1 };

// The demo population (40k people) only for the suites that read it; the rest start faster.
const skipDemoSteps = (variant: DemoVariant) =>
  variant === 'population' ? [] : ['population-wulidun', 'forms', 'backflow-minzheng-gaoling'];

/** Builds a demo template at `target` (a SQLite file or a PostgreSQL database name), dated by `start`. */
async function buildTemplate(kind: DatabaseKind, variant: DemoVariant, start: string, target: string) {
  if (kind === 'postgres') await pgAdmin((c) => c.query(`create database ${target}`));
  const url = kind === 'sqlite' ? `sqlite://${target}` : pgDatabaseUrl(target);
  const database = openDatabase(url);
  try {
    await migrate(database);
    const dataDir = path.join(os.tmpdir(), 'jianfu-test', 'template-data');
    const demo = variant !== 'empty';
    const ctx = createContext(testConfig(kind, url, demo, dataDir), database, new PinnedClock(start));
    await prepare(ctx, undefined, { skipDemoSteps: skipDemoSteps(variant) });
    await ctx.services.notifications.stop(); // a sweep in flight finishes before the template is closed and copied
  } finally {
    await database.close();
  }
}

/** Opens a migrated database with the demo loaded, outside any describe (for tests that need raw access). */
export interface EnvOptions {
  demo?: boolean;
  population?: boolean;
  /** Pins the clock at this instant or date (else today, or JIANFU_TEST_NOW when set). */
  now?: string;
  /** Configuration of this suite's app, read when the environment is made (after the file's beforeAll). */
  config?: () => Partial<Config>;
}

/** The instant a test clock starts at: the suite's own, JIANFU_TEST_NOW, or the real time. */
export function testStart(now?: string): string {
  return now ?? process.env.JIANFU_TEST_NOW ?? systemClock.nowIso();
}

export async function createTestEnv(
  kind: DatabaseKind,
  opts: EnvOptions = {},
): Promise<TestEnv & { close(): Promise<void> }> {
  const start = testStart(opts.now);
  const clock = new PinnedClock(start);
  const demo = opts.demo ?? true;
  const variant: DemoVariant = !demo ? 'empty' : opts.population ? 'population' : 'demo';
  // An empty template holds no dated rows: one serves every date.
  const templateDate = variant === 'empty' ? 'undated' : clock.today();
  const template = await useTemplate(kind, variant, templateDate, (target) =>
    buildTemplate(kind, variant, start, target),
  );
  const { database, url, drop } = await freshDatabase(kind, template);
  if (!template) await migrate(database);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-test-data-'));
  const config = { ...testConfig(kind, url, demo, dataDir), ...opts.config?.() };
  const ctx = createContext(config, database, clock);
  // On a template copy the demo steps are done already: this syncs the dictionary and nothing else.
  await prepare(ctx, undefined, { skipDemoSteps: skipDemoSteps(variant) });
  const app = await buildApp(ctx);
  await app.ready();
  const env: TestEnv & { close(): Promise<void> } = {
    kind,
    databaseUrl: url,
    ctx,
    app,
    clock,
    dates: new TestDates(clock, await ctx.services.calendar.calendar()),
    build: null as unknown as Builders, // set just below: the builders need the env
    anon: new Agent(app),
    async login(username: string, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      return new Agent(app, cookie, (res.json() as { csrfToken: string }).csrfToken);
    },
    async close() {
      await app.close();
      await database.close();
      await drop();
      fs.rmSync(config.auditCheckpointFile, { force: true });
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  env.build = new Builders(env);
  return env;
}

/** Runs the same suite on every configured database: `describeEachDatabase('orgs', (env) => { … })`. */
export function describeEachDatabase(title: string, suite: (env: () => TestEnv) => void, opts: EnvOptions = {}): void {
  for (const kind of TEST_DATABASES) {
    describe(`${title} [${kind}]`, () => {
      let env: (TestEnv & { close(): Promise<void> }) | undefined;
      beforeAll(async () => {
        env = await createTestEnv(kind, opts);
      });
      afterAll(async () => {
        await env?.close();
      });
      suite(() => {
        if (!env) throw new Error('test environment not ready');
        return env;
      });
    });
  }
}
