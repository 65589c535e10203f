// The services every route reaches through one object; built once per process (or per test).
import fs from 'node:fs';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { AccountService } from './modules/accounts/service.js';
import { OrgService } from './modules/orgs/service.js';

export interface Services {
  orgs: OrgService;
  accounts: AccountService;
}

export interface AppContext {
  config: Config;
  database: Database;
  services: Services;
  version: string;
}

export const VERSION = (
  JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export function createContext(config: Config, database: Database): AppContext {
  const orgs = new OrgService(database);
  const accounts = new AccountService(database, orgs, config.sessionHours);
  return { config, database, services: { orgs, accounts }, version: VERSION };
}
