// The services every route reaches through one object; built once per process (or per test).
import fs from 'node:fs';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { AccountService } from './modules/accounts/service.js';
import { AdmissionService } from './modules/admission/service.js';
import { AppRegistryService } from './modules/apps/service.js';
import { CalendarService } from './modules/calendar/service.js';
import { CatalogueService } from './modules/catalogue/service.js';
import { Dictionary } from './modules/hub/dictionary.js';
import { SubjectService } from './modules/hub/subjects-service.js';
import { ImportService } from './modules/hub/imports-service.js';
import { FormService } from './modules/hub/forms-service.js';
import { CollectService } from './modules/hub/collect-service.js';
import { InformalDemandService } from './modules/dispatch/informal-service.js';
import { DispatchService } from './modules/dispatch/service.js';
import { InspectionService } from './modules/inspections/service.js';
import { OrgService } from './modules/orgs/service.js';
import { AuditService } from './modules/privacy/audit-service.js';
import { GrantService } from './modules/privacy/grants-service.js';
import { MeService } from './modules/privacy/me-service.js';
import { CorrectionService } from './modules/privacy/corrections-service.js';
import { RetentionService } from './modules/privacy/retention-service.js';
import { BurdenService } from './modules/burden/service.js';
import { BurdenAlertService } from './modules/burden/alerts-service.js';

export interface Services {
  orgs: OrgService;
  accounts: AccountService;
  calendar: CalendarService;
  catalogue: CatalogueService;
  admission: AdmissionService;
  dispatch: DispatchService;
  informal: InformalDemandService;
  inspections: InspectionService;
  apps: AppRegistryService;
  dictionary: Dictionary;
  subjects: SubjectService;
  imports: ImportService;
  forms: FormService;
  collect: CollectService;
  audit: AuditService;
  grants: GrantService;
  me: MeService;
  corrections: CorrectionService;
  retention: RetentionService;
  burden: BurdenService;
  burdenAlerts: BurdenAlertService;
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
  const calendar = new CalendarService(database);
  const catalogue = new CatalogueService(database, orgs);
  const burden = new BurdenService(database, orgs, calendar);
  const admission = new AdmissionService(database, orgs, calendar, catalogue, burden);
  const dictionary = new Dictionary(database);
  const grants = new GrantService(database, dictionary, admission);
  const forms = new FormService(database, orgs, dictionary, admission, grants);
  // Ledger burden counts only the cells the hub leaves to the community (collecting once lowers it).
  burden.useLedgerCoverage(forms);
  const audit = new AuditService(database);
  const subjects = new SubjectService(database, orgs, dictionary);
  const me = new MeService(database, subjects, orgs, audit);
  const dispatch = new DispatchService(database, orgs, admission, burden);
  const informal = new InformalDemandService(database, orgs, burden);
  const inspections = new InspectionService(database, orgs, admission, burden);
  const apps = new AppRegistryService(database, orgs, admission, burden);
  // Burden reads its sources through their modules' services.
  const burdenSources = { admissions: admission, dispatch, informal, inspections, apps };
  burden.useSources(burdenSources);
  const services: Services = {
    orgs,
    accounts: new AccountService(database, orgs, config.sessionHours),
    calendar,
    catalogue,
    admission,
    dispatch,
    informal,
    inspections,
    apps,
    dictionary,
    subjects,
    imports: new ImportService(database, config.dataDir, orgs, dictionary),
    forms,
    collect: new CollectService(database, dictionary, forms),
    audit,
    grants,
    me,
    corrections: new CorrectionService(database, dictionary, subjects, me),
    retention: new RetentionService(database),
    burden,
    burdenAlerts: new BurdenAlertService(database, orgs, burden, burdenSources),
  };
  return { config, database, services, version: VERSION };
}
