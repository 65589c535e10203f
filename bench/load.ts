// Load: N logged-in users at once against the real server (a child process with the Hefei demo, as
// `npm start` runs it), each in a closed loop without think time, for a fixed time. Reads: the worker's
// inbox, org search, a ledger as JSON, the residents list, the public burden page; writes: informal demands
// and refusals (a department resends what was refused, so there is always something to refuse). Reports
// requests/s, p50/p95/p99 per request kind and in all, errors (want 0), and `audit verify` afterwards.
//   npm run bench -- load [seconds=120] [users=50]   (SQLite; JIANFU_BENCH_PG_URL adds PostgreSQL)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { addDays, chinaDate } from '../common/src/dates.js';
import { startServer } from './server.js';

const JIAJIA = '340104006005';
const PASSWORD = 'jianfu-demo';

type Kind =
  | 'inbox'
  | 'org search'
  | 'ledger JSON'
  | 'subjects'
  | 'public burden'
  | 'informal demand'
  | 'refusal'
  | 'answer refusal';

interface Sample {
  kind: Kind;
  ms: number;
  status: number;
  /** The problem code of a 4xx answer (a rule said no, or two users raced for the same item). */
  code?: string;
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/** One signed-in user: the session cookie and the CSRF token every write carries. */
class Client {
  private cookie = '';
  private csrf = '';
  constructor(
    private readonly base: string,
    readonly samples: Sample[],
  ) {}

  async login(username: string): Promise<void> {
    const res = await fetch(`${this.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    this.cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    this.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  }

  /** Sends one request and records it; answers the parsed body of a 2xx JSON reply, else null. */
  async call<T = unknown>(kind: Kind, method: string, url: string, body?: unknown): Promise<T | null> {
    const t = performance.now();
    let status = 0;
    try {
      const res = await fetch(`${this.base}/api/v1${url}`, {
        method,
        headers: {
          ...(this.cookie ? { cookie: this.cookie } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json', 'x-csrf-token': this.csrf }),
          'accept-encoding': 'gzip, br',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      status = res.status;
      const text = await res.text(); // the whole answer is part of the time
      const ms = performance.now() - t;
      const code = status >= 400 && status < 500 ? ((JSON.parse(text) as { code?: string }).code ?? '?') : undefined;
      this.samples.push({ kind, ms, status, code });
      return res.ok && text ? (JSON.parse(text) as T) : null;
    } catch {
      this.samples.push({ kind, ms: performance.now() - t, status });
      return null;
    }
  }
}

interface Shared {
  ledgerFormId: number;
  today: string;
  departments: string[];
}

type Role = 'worker' | 'street' | 'department' | 'reviewer' | 'public';
const ACCOUNTS: Record<Role, string | null> = {
  worker: 'worker.jiajia',
  street: 'street.wulidun',
  department: 'dept.shushan.minzheng',
  reviewer: 'reviewer.shushan',
  public: null,
};
// Who the 50 are: most are community workers (the people Jianfu exists for), then the public.
const MIX: Role[] = [
  'worker',
  'worker',
  'worker',
  'public',
  'street',
  'department',
  'worker',
  'public',
  'reviewer',
  'worker',
];
const SEARCHES = ['蜀山', 'jjjy', '五里墩', '3401', '包河', 'wld', '社区', '庐阳'];

async function step(c: Client, role: Role, s: Shared, i: number): Promise<void> {
  const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)];
  const q = encodeURIComponent(pick(SEARCHES));
  const r = Math.random();
  if (role === 'public') {
    if (r < 0.5) await c.call('public burden', 'GET', `/public/burden?org=${pick(['3401', '340104', JIAJIA])}`);
    else await c.call('org search', 'GET', `/orgs?q=${q}`);
    return;
  }
  if (role === 'worker') {
    if (r < 0.3) await c.call('inbox', 'GET', `/communities/${JIAJIA}/inbox?page=1&pageSize=20`);
    else if (r < 0.5)
      await c.call('subjects', 'GET', `/hub/subjects?community=${JIAJIA}&page=${1 + (i % 20)}&pageSize=20`);
    else if (r < 0.65) await c.call('ledger JSON', 'GET', `/forms/${s.ledgerFormId}/ledger?community=${JIAJIA}`);
    else if (r < 0.75) await c.call('org search', 'GET', `/orgs?q=${q}`);
    else if (r < 0.9)
      await c.call('informal demand', 'POST', '/informal-demands', {
        departmentCode: pick(s.departments),
        occurredOn: s.today,
        channel: pick(['phone', 'chat_group', 'meeting']),
        content: `压测：临时要求报送材料（第 ${i} 次）`,
        estimatedMinutes: 30,
        anonymous: false,
      });
    else {
      const inbox = await c.call<{ items: { id: number; allowedActions: string[] }[] }>(
        'inbox',
        'GET',
        `/communities/${JIAJIA}/inbox?status=new&page=1&pageSize=50`,
      );
      const open = inbox?.items.filter((x) => x.allowedActions.includes('refuse')) ?? [];
      if (open.length)
        await c.call('refusal', 'POST', `/inbox-items/${pick(open).id}/actions`, {
          action: 'refuse',
          reasons: ['no_resources'],
          text: '压测：未随转经费和人员。',
        });
    }
    return;
  }
  if (role === 'department') {
    if (r < 0.5) await c.call('ledger JSON', 'GET', `/forms/${s.ledgerFormId}/ledger?community=${JIAJIA}`);
    else {
      const page = await c.call<{ items: { id: number }[] }>(
        'inbox',
        'GET',
        '/refusals?state=unanswered&page=1&pageSize=20',
      );
      const waiting = page?.items ?? [];
      if (waiting.length)
        await c.call('answer refusal', 'POST', `/refusals/${pick(waiting).id}/answer`, {
          answer: 'resend',
          note: '压测：已补充经费说明，请重新接收。',
          dueDate: addDays(s.today, 14), // a refused item may be past its first due date
        });
    }
    return;
  }
  if (role === 'street') {
    if (r < 0.5) await c.call('inbox', 'GET', `/communities/${JIAJIA}/inbox?page=1&pageSize=20`);
    else await c.call('org search', 'GET', `/orgs?q=${q}&within=340104`);
    return;
  }
  await c.call('public burden', 'GET', `/public/burden?org=340104`); // reviewer
}

async function prepare(base: string): Promise<Shared> {
  const probe = new Client(base, []);
  await probe.login('worker.jiajia');
  const forms = await probe.call<{ id: number; title: string }[]>('ledger JSON', 'GET', '/forms');
  const form = forms?.find((f) => f.title.includes('高龄津贴'));
  if (!form) throw new Error('the demo has no 高龄津贴台账 visible to worker.jiajia');
  const depts = await probe.call<{ code: string }[]>('org search', 'GET', '/orgs/340104/departments');
  return {
    ledgerFormId: form.id,
    today: chinaDate(new Date()),
    departments: (depts ?? []).map((d) => d.code).slice(0, 8),
  };
}

async function run1(label: string, env: NodeJS.ProcessEnv, seconds: number, users: number): Promise<void> {
  const t0 = performance.now();
  const { url, child } = await startServer(env);
  console.log(`  (${label}: server with the demo up in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  try {
    const shared = await prepare(url);
    const samples: Sample[] = [];
    const clients = await Promise.all(
      Array.from({ length: users }, async (_, n) => {
        const role = MIX[n % MIX.length];
        const c = new Client(url, samples);
        const account = ACCOUNTS[role];
        if (account) await c.login(account);
        return { c, role };
      }),
    );
    const end = performance.now() + seconds * 1000;
    const start = performance.now();
    await Promise.all(
      clients.map(async ({ c, role }) => {
        for (let i = 0; performance.now() < end; i++) await step(c, role, shared, i);
      }),
    );
    const elapsed = (performance.now() - start) / 1000;
    report(label, samples, elapsed, users);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  const verify = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts', 'audit', 'verify'], {
    env: { ...process.env, ...env, JIANFU_DEMO: '1' },
    encoding: 'utf8',
  });
  console.log(
    `  ${label}: audit verify → exit ${verify.status}: ${(verify.stdout || verify.stderr).trim().split('\n').slice(-2).join(' | ')}`,
  );
}

function report(label: string, samples: Sample[], seconds: number, users: number): void {
  const kinds = [...new Set(samples.map((s) => s.kind))];
  const line = (name: string, xs: Sample[]) => {
    const ms = xs.map((s) => s.ms).sort((a, b) => a - b);
    const errors = xs.filter((s) => s.status === 0 || s.status >= 500).length;
    const refused = xs.filter((s) => s.code).length;
    console.log(
      `${label.padEnd(10)} ${name.padEnd(16)} ${String(xs.length).padStart(7)} req ${(xs.length / seconds).toFixed(1).padStart(7)} req/s  p50 ${percentile(ms, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(ms, 95).toFixed(1).padStart(7)} ms  p99 ${percentile(ms, 99).toFixed(1).padStart(7)} ms  errors ${errors}${refused ? `  4xx ${refused}` : ''}`,
    );
  };
  console.log(`${label}: ${users} users for ${seconds.toFixed(0)} s`);
  for (const k of kinds)
    line(
      k,
      samples.filter((s) => s.kind === k),
    );
  line('all', samples);
  const bad = samples.filter((s) => s.status === 0 || s.status >= 500);
  if (bad.length) console.log(`  statuses of errors: ${[...new Set(bad.map((s) => s.status))].join(', ')}`);
  const codes = new Map<string, number>();
  for (const s of samples) if (s.code) codes.set(`${s.kind}: ${s.code}`, (codes.get(`${s.kind}: ${s.code}`) ?? 0) + 1);
  if (codes.size)
    console.log(`  4xx answers (rules and races, not faults): ${[...codes].map(([k, n]) => `${k} × ${n}`).join('; ')}`);
}

export async function run(): Promise<void> {
  const seconds = Number(process.argv[3] ?? 120);
  const users = Number(process.argv[4] ?? 50);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-load-'));
  try {
    await run1('sqlite', { JIANFU_DATA_DIR: dataDir, DATABASE_URL: '' }, seconds, users);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const pgUrl = process.env.JIANFU_BENCH_PG_URL;
  if (!pgUrl) return;
  const name = `jianfu_load_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const pgDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-load-pg-'));
  try {
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    await run1('postgres', { JIANFU_DATA_DIR: pgDir, DATABASE_URL: url.toString() }, seconds, users);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    fs.rmSync(pgDir, { recursive: true, force: true });
  }
}
