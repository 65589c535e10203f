// The standing attack suite: every route of the OpenAPI document against the declared access table
// (http/route-policy.ts) with an anonymous caller and one demo account per role, and a corpus of bad input
// sent to every route that takes a body or a query. Nothing may answer 5xx, no refused call may write,
// and the audit chain must verify afterwards. Scope inside a role (own community vs. a neighbour's) is
// tested per module (each module's *.int.test.ts).
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '#common/roles.js';
import { ROUTE_ACCESS } from '../http/route-policy.js';
import { describeEachDatabase, type Agent, type TestEnv } from '../testing/harness.js';

const ACCOUNTS: Record<Role, string> = {
  community_worker: 'worker.jiajia',
  street_officer: 'street.wulidun',
  department_officer: 'dept.shushan.minzheng',
  reviewer: 'reviewer.shushan',
  data_steward: 'steward.hefei',
  admin: 'admin',
  resident: 'resident.demo',
  social_org: 'org.wulidun.kangning',
};
const ROLES = Object.keys(ACCOUNTS) as Role[];

/** Sample values for path parameters: the gate answers before anything is looked up. */
const SAMPLE: Record<string, string> = {
  code: '340104006005',
  jurisdiction: '340104',
  district: '340104',
  number: 'x',
  name: 'x.csv',
  year: '2031',
};

/** Tables a refused or bad call may still write: the audit trail of the attempt, sessions, failed logins. */
const MAY_GROW = new Set([
  'audit_log',
  'audit_subjects',
  'audit_head',
  'sessions',
  'login_failures',
  'kysely_migration',
]);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Route {
  method: Method;
  /** As in the access table: /users/:id */
  path: string;
  url: string;
  body?: { properties?: Record<string, { type?: string | string[] }> };
  query: string[];
}

function routesOf(env: TestEnv): Route[] {
  const doc = env.app.swagger() as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: { in: string; name: string }[];
          requestBody?: { content?: Record<string, { schema?: Route['body'] }> };
        }
      >
    >;
  };
  const out: Route[] = [];
  for (const [p, ops] of Object.entries(doc.paths)) {
    if (!p.startsWith('/api/v1/')) continue;
    for (const [m, op] of Object.entries(ops)) {
      const path = p.slice('/api/v1'.length).replace(/\{(\w+)\}/g, ':$1');
      out.push({
        method: m.toUpperCase() as Method,
        path,
        url: p.replace(/\{(\w+)\}/g, (_, k: string) => SAMPLE[k] ?? '1'),
        body: op.requestBody?.content?.['application/json']?.schema,
        query: (op.parameters ?? []).filter((x) => x.in === 'query').map((x) => x.name),
      });
    }
  }
  return out;
}

async function rowCounts(env: TestEnv): Promise<Record<string, number>> {
  const db = env.ctx.database.db;
  // On PostgreSQL a partition's rows are counted with its partitioned table (migration 032).
  const tables =
    env.kind === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)).rows
      : (
          await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'
             and table_name not in (select relname from pg_class where relispartition)`.execute(db)
        ).rows;
  const out: Record<string, number> = {};
  for (const { name } of tables) {
    if (MAY_GROW.has(name) || name.startsWith('sqlite_')) continue;
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(name)}`.execute(db);
    out[name] = Number(r.rows[0].n);
  }
  return out;
}

const send = (agent: Agent, r: Route, body?: unknown, headers?: Record<string, string>, url = r.url) =>
  agent.request(r.method, url, r.method === 'GET' || r.method === 'DELETE' ? undefined : (body ?? {}), headers);

const codeOf = (res: LightMyRequestResponse): string => {
  try {
    return (res.json() as { code?: string }).code ?? '';
  } catch {
    return '';
  }
};

describeEachDatabase('attack suite', (env) => {
  const agents = {} as Record<Role, Agent>;
  const login = async () => {
    for (const role of ROLES) agents[role] = await env().login(ACCOUNTS[role]);
  };

  it('declares who may call every route, and names no route that does not exist', () => {
    const routes = routesOf(env()).map((r) => `${r.method} ${r.path}`);
    expect(routes.length).toBeGreaterThan(100);
    expect(routes.filter((k) => !(k in ROUTE_ACCESS))).toEqual([]);
    expect(Object.keys(ROUTE_ACCESS).filter((k) => !routes.includes(k))).toEqual([]);
  });

  it('lets no caller through that the table does not name, before reading the input, and writes nothing', async () => {
    await login();
    const before = await rowCounts(env());
    const unexpected: string[] = [];
    let calls = 0;
    for (const r of routesOf(env())) {
      const access = ROUTE_ACCESS[`${r.method} ${r.path}`];
      if (access === 'public' || r.path.startsWith('/auth/log')) continue;
      const anon = await send(env().anon, r);
      calls++;
      if (anon.statusCode !== 401) unexpected.push(`anonymous ${r.method} ${r.path} → ${anon.statusCode}`);
      if (access === 'signed_in') continue;
      for (const role of ROLES.filter((x) => !access.includes(x))) {
        const res = await send(agents[role], r);
        calls++;
        if (res.statusCode !== 403 || codeOf(res) !== 'forbidden_role')
          unexpected.push(`${role} ${r.method} ${r.path} → ${res.statusCode} ${codeOf(res)}`);
      }
    }
    expect(unexpected).toEqual([]);
    expect(calls).toBeGreaterThan(500);
    expect(await rowCounts(env())).toEqual(before);
  });

  it('answers every allowed role without a server error, and a write without its CSRF token with 403', async () => {
    await login();
    const failures: string[] = [];
    for (const r of routesOf(env())) {
      const access = ROUTE_ACCESS[`${r.method} ${r.path}`];
      if (r.path.startsWith('/auth/log')) continue;
      const roles = access === 'public' || access === 'signed_in' ? ROLES : access;
      for (const role of roles) {
        const res = await send(agents[role], r);
        if (res.statusCode >= 500) failures.push(`${role} ${r.method} ${r.path} → ${res.statusCode}`);
      }
      if (r.method !== 'GET' && access !== 'public') {
        const role = access === 'signed_in' ? 'admin' : access[0];
        const res = await send(agents[role], r, {}, { 'x-csrf-token': 'forged' });
        if (res.statusCode !== 403 || codeOf(res) !== 'csrf_failed')
          failures.push(`forged CSRF ${r.method} ${r.path} → ${res.statusCode} ${codeOf(res)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers bad input with 4xx problem+json, never 5xx, and writes nothing', async () => {
    await login();
    const before = await rowCounts(env());
    const failures: string[] = [];
    let calls = 0;
    const check = (what: string, res: LightMyRequestResponse, refused = true) => {
      calls++;
      const problem = String(res.headers['content-type'] ?? '').includes('application/problem+json');
      if (res.statusCode >= 500 || (refused && (res.statusCode < 400 || !problem)))
        failures.push(`${what} → ${res.statusCode}`);
    };
    for (const r of routesOf(env())) {
      const access = ROUTE_ACCESS[`${r.method} ${r.path}`];
      if (r.path.startsWith('/auth/log')) continue;
      const agent = access === 'public' || access === 'signed_in' ? agents.admin : agents[access[0]];
      if (r.method !== 'GET' && r.method !== 'DELETE') {
        const json = { 'content-type': 'application/json' };
        for (const [name, raw] of [
          ['malformed JSON', '{"a":'],
          ['an array', '[]'],
          ['a string', '"x"'],
          ['a lone surrogate', '{"x":"\\ud800"}'],
        ] as const)
          check(`${r.method} ${r.path} with ${name}`, await send(agent, r, raw, json));
        // Deeply nested JSON in a property the route does not know: ignored, but it must not hurt.
        const deep = `{"unknown":${'{"a":'.repeat(500)}1${'}'.repeat(500)}}`;
        check(`${r.method} ${r.path} with deep nesting`, await send(agent, r, deep, json), false);
        check(`${r.method} ${r.path} as text/plain`, await send(agent, r, 'x=1', { 'content-type': 'text/plain' }));
        for (const [prop, schema] of Object.entries(r.body?.properties ?? {})) {
          const types = [schema.type ?? []].flat();
          const bad: [string, unknown][] = [
            ['an array for a scalar', types.includes('array') ? 'x' : [1]],
            // A NUL in a text field; for any other type, a string is of the wrong type anyway.
            ['NUL', 'a\u0000b'],
          ];
          for (const [name, value] of bad)
            check(`${r.method} ${r.path} ${prop} = ${name}`, await send(agent, r, { [prop]: value }));
          const surrogate = `{${JSON.stringify(prop)}:"ok\\ud800ok"}`;
          if (types.includes('string'))
            check(`${r.method} ${r.path} ${prop} = lone surrogate`, await send(agent, r, surrogate, json));
        }
      }
      for (const q of r.query) {
        const sep = r.url.includes('?') ? '&' : '?';
        const at = (value: string) => send(agent, r, undefined, undefined, `${r.url}${sep}${q}=${value}`);
        check(`${r.method} ${r.path}?${q}=NUL`, await at('%00'));
        // Invalid UTF-8 decodes to U+FFFD, a valid character: searching for it is allowed, crashing is not.
        check(`${r.method} ${r.path}?${q}=invalid UTF-8`, await at('%ED%A0%80'), false);
      }
    }
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(300);
    expect(await rowCounts(env())).toEqual(before);
    expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: true });
  });
});
