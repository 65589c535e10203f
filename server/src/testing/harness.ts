// Integration test harness: one fresh database per test file — an in-memory-like SQLite file, and a
// fresh PostgreSQL schema when JIANFU_TEST_PG_URL is set — migrated and loaded with the Hefei demo.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig, type DatabaseKind } from '../config.js';
import { createContext, type AppContext } from '../context.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { prepare } from '../bootstrap.js';
import { DEMO_PASSWORD } from '../modules/demo/accounts.js';

export interface TestEnv {
  kind: DatabaseKind;
  /** DATABASE_URL of this test's database (a child process can open it). */
  databaseUrl: string;
  ctx: AppContext;
  app: FastifyInstance;
  /** An anonymous client. */
  anon: Agent;
  /** Logs a demo (or any) account in and returns a client carrying its cookie and CSRF token. */
  login(username: string, password?: string): Promise<Agent>;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export class Agent {
  constructor(
    private readonly app: FastifyInstance,
    public cookie: string | null = null,
    public csrf: string | null = null,
    private readonly lang = 'zh-CN',
  ) {}

  async request(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      headers: {
        'accept-language': this.lang,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
}

const PG_URL = process.env.JIANFU_TEST_PG_URL;

export const TEST_DATABASES: DatabaseKind[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

async function freshDatabase(
  kind: DatabaseKind,
): Promise<{ database: Database; url: string; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-test-'));
    const url = `sqlite://${path.join(dir, 'test.db')}`;
    const database = openDatabase(url);
    return { database, url, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = openDatabase(PG_URL!, { schema });
  return {
    database,
    // The schema rides in the URL (libpq `options`), so that a child process reaches the same tables.
    url: `${PG_URL!}${PG_URL!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

/** Opens a migrated database with the demo loaded, outside any describe (for tests that need raw access). */
export async function createTestEnv(
  kind: DatabaseKind,
  opts: { demo?: boolean; population?: boolean } = {},
): Promise<TestEnv & { close(): Promise<void> }> {
  const { database, url, drop } = await freshDatabase(kind);
  await migrate(database);
  const config = {
    ...loadConfig({}),
    databaseUrl: url,
    databaseKind: kind,
    demo: opts.demo ?? true,
    webDist: '/nonexistent',
  };
  const ctx = createContext(config, database);
  // The demo population (40k people) only for the suites that read it; the rest start faster.
  await prepare(ctx, undefined, { skipDemoSteps: opts.population ? [] : ['population-wulidun', 'forms'] });
  const app = await buildApp(ctx);
  await app.ready();
  return {
    kind,
    databaseUrl: url,
    ctx,
    app,
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
    },
  };
}

/** Runs the same suite on every configured database: `describeEachDatabase('orgs', (env) => { … })`. */
export function describeEachDatabase(
  title: string,
  suite: (env: () => TestEnv) => void,
  opts: { demo?: boolean; population?: boolean } = {},
): void {
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
