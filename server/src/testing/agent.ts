// A test's environment as the builders see it, and the HTTP client of a test (app.inject with a session
// cookie and CSRF token). Apart from harness.ts so that builders.ts and harness.ts do not import each other.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { DatabaseKind } from '../config.js';
import type { AppContext } from '../context.js';
import type { PinnedClock } from '../clock/clock.js';
import type { TestDates } from './dates.js';

/** A test's environment without its builders (what the builders themselves are given). */
export interface BaseEnv {
  kind: DatabaseKind;
  /** DATABASE_URL of this test's database (a child process can open it). */
  databaseUrl: string;
  ctx: AppContext;
  app: FastifyInstance;
  /** The test's clock: pinned at the start (today, or the date the suite asked for), movable. */
  clock: PinnedClock;
  /** Fixture dates relative to the clock: today, working days and months from today. */
  dates: TestDates;
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
