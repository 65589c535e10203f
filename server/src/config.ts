// Environment → typed configuration. Read once at start; nothing else reads process.env.
import path from 'node:path';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  databaseKind: DatabaseKind;
  dataDir: string;
  /** Demo mode: demo accounts and the Hefei demo data exist only when this is on. */
  demo: boolean;
  sessionHours: number;
  /** Secure cookies when served over HTTPS (behind a proxy in production). */
  secureCookies: boolean;
  logLevel: string;
  webDist: string;
}

const truthy = (v: string | undefined) => v !== undefined && ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.JIANFU_DATA_DIR ?? 'data');
  const databaseUrl = env.DATABASE_URL || `sqlite://${path.join(dataDir, 'jianfu.db')}`;
  const databaseKind: DatabaseKind = /^postgres(ql)?:\/\//.test(databaseUrl) ? 'postgres' : 'sqlite';
  // Demo is on by default for the embedded quick start, off on PostgreSQL unless asked for.
  const demo = env.JIANFU_DEMO !== undefined ? truthy(env.JIANFU_DEMO) : databaseKind === 'sqlite';
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    databaseKind,
    dataDir,
    demo,
    sessionHours: Number(env.JIANFU_SESSION_HOURS ?? 12),
    secureCookies: truthy(env.JIANFU_SECURE_COOKIES),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: path.resolve(env.JIANFU_WEB_DIST ?? 'web/dist'),
  };
}

export function sqliteFile(databaseUrl: string): string {
  const file = databaseUrl.replace(/^sqlite:\/\//, '');
  return file === ':memory:' ? file : path.resolve(file);
}
