// Environment → typed configuration. Read once at start; nothing else reads process.env.
import path from 'node:path';
import { STANDARD_PASSWORD_COST, type PasswordCost } from './modules/accounts/password.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  databaseKind: DatabaseKind;
  dataDir: string;
  /** Demo mode: demo accounts and the Hefei demo data exist only when this is on. */
  demo: boolean;
  /** The deployment's city (JIANFU_ROOT_JURISDICTION, a division code): 合肥市 (3401) by default. */
  rootJurisdiction: string;
  /**
   * The jurisdiction the public pages open on (JIANFU_DEFAULT_JURISDICTION): 蜀山区 (340104), the
   * district with published lists and the demo's history, when the city is Hefei; else the city.
   */
  defaultJurisdiction: string;
  sessionHours: number;
  /** Secure cookies always (they are Secure anyway on every request that came over HTTPS). */
  secureCookies: boolean;
  /**
   * Proxies whose X-Forwarded-For / -Proto we believe (addresses or CIDRs, e.g. 127.0.0.1,10.0.0.0/8);
   * none by default, so a client cannot pick its own address for the login throttle.
   */
  trustProxy: string[];
  logLevel: string;
  webDist: string;
  /** The audit trail's keyring, outside the database (JIANFU_AUDIT_KEY_FILE; created on first start). */
  auditKeyFile: string;
  /** Signed checkpoints of the audit chain's head (JIANFU_AUDIT_CHECKPOINTS; appended). */
  auditCheckpointFile: string;
  /** JIANFU_NOW: pins the server's clock (an ISO instant or a date) for demos and browser journeys. */
  now?: string;
  /**
   * The outbound channel of notifications (an SMS gateway or a 政务 IM webhook): each notification is
   * POSTed there as JSON after its commit (JIANFU_NOTIFY_WEBHOOK_URL; none when unset), with
   * `Authorization: Bearer JIANFU_NOTIFY_WEBHOOK_TOKEN` when that is set; retried with backoff starting at
   * JIANFU_NOTIFY_RETRY_MS (30 s), at most JIANFU_NOTIFY_MAX_ATTEMPTS times (8).
   */
  notify: { webhookUrl?: string; webhookToken?: string; retryBaseMs: number; maxAttempts: number; timeoutMs: number };
  /**
   * argon2id's cost for new password hashes: always the standard one (no variable sets it); only the
   * integration harness passes a cheap one, for the thousand accounts its suites make and sign in.
   */
  passwordCost: PasswordCost;
}

const HEFEI = '3401';
const SHUSHAN = '340104';

const truthy = (v: string | undefined) => v !== undefined && ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.JIANFU_DATA_DIR ?? 'data');
  const databaseUrl = env.DATABASE_URL || `sqlite://${path.join(dataDir, 'jianfu.db')}`;
  const databaseKind: DatabaseKind = /^postgres(ql)?:\/\//.test(databaseUrl) ? 'postgres' : 'sqlite';
  // Demo is on by default for the embedded quick start, off on PostgreSQL unless asked for.
  const demo = env.JIANFU_DEMO !== undefined ? truthy(env.JIANFU_DEMO) : databaseKind === 'sqlite';
  const rootJurisdiction = env.JIANFU_ROOT_JURISDICTION || HEFEI;
  const defaultJurisdiction =
    env.JIANFU_DEFAULT_JURISDICTION || (rootJurisdiction === HEFEI ? SHUSHAN : rootJurisdiction);
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    databaseKind,
    dataDir,
    demo,
    rootJurisdiction,
    defaultJurisdiction,
    sessionHours: Number(env.JIANFU_SESSION_HOURS ?? 12),
    secureCookies: truthy(env.JIANFU_SECURE_COOKIES),
    trustProxy: (env.JIANFU_TRUST_PROXY ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: path.resolve(env.JIANFU_WEB_DIST ?? 'web/dist'),
    auditKeyFile: path.resolve(env.JIANFU_AUDIT_KEY_FILE ?? path.join(dataDir, 'audit.key')),
    auditCheckpointFile: path.resolve(env.JIANFU_AUDIT_CHECKPOINTS ?? path.join(dataDir, 'audit-checkpoints.jsonl')),
    ...(env.JIANFU_NOW ? { now: env.JIANFU_NOW } : {}),
    notify: {
      ...(env.JIANFU_NOTIFY_WEBHOOK_URL ? { webhookUrl: env.JIANFU_NOTIFY_WEBHOOK_URL } : {}),
      ...(env.JIANFU_NOTIFY_WEBHOOK_TOKEN ? { webhookToken: env.JIANFU_NOTIFY_WEBHOOK_TOKEN } : {}),
      retryBaseMs: Number(env.JIANFU_NOTIFY_RETRY_MS ?? 30_000),
      maxAttempts: Number(env.JIANFU_NOTIFY_MAX_ATTEMPTS ?? 8),
      timeoutMs: 10_000,
    },
    passwordCost: STANDARD_PASSWORD_COST,
  };
}

export function sqliteFile(databaseUrl: string): string {
  const file = databaseUrl.replace(/^sqlite:\/\//, '');
  return file === ':memory:' ? file : path.resolve(file);
}
