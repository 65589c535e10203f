// The services every route reaches through one object; built once per process (or per test).
import fs from 'node:fs';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { clockFrom, type Clock } from './clock/clock.js';
import { AccountService } from './modules/accounts/service.js';
import { AdmissionService } from './modules/admission/service.js';
import { AppRegistryService } from './modules/apps/service.js';
import { CalendarService } from './modules/calendar/service.js';
import { CatalogueService } from './modules/catalogue/service.js';
import { CertificatesService } from './modules/services/certificates-service.js';
import { CertificateRequestsService } from './modules/services/requests-service.js';
import { certificateTodoSource } from './modules/services/todo-source.js';
import { AttestService } from './modules/services/attest-service.js';
import { ServiceRequestsService } from './modules/services/service-requests-service.js';
import { serviceRequestTodoSource } from './modules/services/service-requests-todo-source.js';
import { Dictionary } from './modules/hub/dictionary.js';
import { SubjectService } from './modules/hub/subjects-service.js';
import { ImportService } from './modules/hub/imports-service.js';
import { FormService } from './modules/hub/forms-service.js';
import { SynonymService } from './modules/hub/synonyms-service.js';
import { TemplateService } from './modules/hub/template-service.js';
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
import { BurdenBudgets } from './modules/burden/budget-source.js';
import { BurdenOutboxWriter } from './modules/burden/outbox.js';
import type { BurdenSources } from './modules/burden/ports.js';
import { admissionBurdenSource } from './modules/admission/burden-source.js';
import { appBurdenSource } from './modules/apps/burden-source.js';
import { dispatchBurdenSource, informalBurdenSource } from './modules/dispatch/burden-source.js';
import { inspectionBurdenSource } from './modules/inspections/burden-source.js';
import { NotificationService } from './modules/notifications/service.js';
import { StaffingService } from './modules/staffing/service.js';
import { RosterService } from './modules/staffing/roster-service.js';
import { PurchasingService } from './modules/purchasing/service.js';
import { purchaseBurdenSource } from './modules/purchasing/burden-source.js';
import { purchasedWork } from './modules/purchasing/dispatch-source.js';
import { PurchaseCatalogueService } from './modules/purchasing/catalogue-service.js';
import { DeliveryRecordService } from './modules/purchasing/evaluation-service.js';
import { OrgImportService } from './modules/purchasing/org-import-service.js';
import { DeliberationService } from './modules/deliberation/service.js';
import { deliberationTodoSource } from './modules/deliberation/todo-source.js';
import { ExitRequestService } from './modules/deliberation/exit-service.js';
import { CovenantService } from './modules/deliberation/covenant-service.js';
import { exitRequestTodoSource } from './modules/deliberation/exit-todo-source.js';
import { NotificationWriter } from './modules/notifications/writer.js';
import { OutboundChannel } from './modules/notifications/channel.js';
import { accountRecipients } from './modules/accounts/recipients.js';
import { dispatchTodoSource } from './modules/dispatch/todo-source.js';
import { admissionTodoSource } from './modules/admission/todo-source.js';
import { burdenTodoSource } from './modules/burden/todo-source.js';
import { hubTodoSource } from './modules/hub/todo-source.js';
import { ElementSourceService } from './modules/hub/sources-service.js';
import { privacyTodoSource } from './modules/privacy/todo-source.js';
import { privacyNoticeSource } from './modules/privacy/notice-source.js';

export interface Services {
  orgs: OrgService;
  accounts: AccountService;
  calendar: CalendarService;
  catalogue: CatalogueService;
  certificates: CertificatesService;
  certificateRequests: CertificateRequestsService;
  attest: AttestService;
  serviceRequests: ServiceRequestsService;
  admission: AdmissionService;
  dispatch: DispatchService;
  informal: InformalDemandService;
  inspections: InspectionService;
  apps: AppRegistryService;
  dictionary: Dictionary;
  elementSources: ElementSourceService;
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
  notifications: NotificationService;
  staffing: StaffingService;
  roster: RosterService;
  purchasing: PurchasingService;
  purchaseCatalogue: PurchaseCatalogueService;
  deliveryRecords: DeliveryRecordService;
  orgImport: OrgImportService;
  synonyms: SynonymService;
  templates: TemplateService;
  deliberation: DeliberationService;
  exitRequests: ExitRequestService;
  covenant: CovenantService;
}

export interface AppContext {
  config: Config;
  database: Database;
  /** The one clock: services and routes read the time only through it. */
  clock: Clock;
  services: Services;
  version: string;
}

export const VERSION = (
  JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export function createContext(config: Config, database: Database, clock: Clock = clockFrom(config.now)): AppContext {
  // Built in dependency order; nothing is bound after construction. Burden sits at the end: the writers
  // only mark their changed sources in its outbox, and its projector reads them back through its ports.
  const orgs = new OrgService(database);
  const calendar = new CalendarService(database, clock);
  const catalogue = new CatalogueService(database, clock, orgs);
  const certificates = new CertificatesService(database, clock, orgs, catalogue);
  // The outbox starts the projector after each writer's commit; `burden` is only read when that runs.
  const burdenOutbox = new BurdenOutboxWriter(database, clock, () => burden.drain());
  // Writers notify through the Notifier port inside their transaction; the outbound channel (when the
  // deployment has one) sends after the commit; the centre that reads and counts is built last.
  const { webhookUrl, webhookToken, ...delivery } = config.notify;
  const channel = webhookUrl
    ? new OutboundChannel(database, clock, { url: webhookUrl, token: webhookToken, ...delivery }, (msg) =>
        process.emitWarning(msg),
      )
    : null;
  const notifier = new NotificationWriter(
    database,
    clock,
    accountRecipients(database),
    channel && (() => channel.kick()),
  );
  // 政府购买服务指导性目录: the admission pre-check counts a purchased-service budget for its items only.
  const purchaseCatalogue = new PurchaseCatalogueService(database, clock, orgs, catalogue);
  const deliveryRecords = new DeliveryRecordService(database, clock, orgs);
  const admission = new AdmissionService(
    database,
    clock,
    orgs,
    calendar,
    catalogue,
    new BurdenBudgets(database, clock),
    burdenOutbox,
    notifier,
    purchaseCatalogue,
  );
  const dictionary = new Dictionary(database);
  const synonyms = new SynonymService(database, clock, dictionary);
  const grants = new GrantService(database, clock, dictionary, admission, orgs);
  const forms = new FormService(database, clock, orgs, dictionary, admission, grants);
  const roster = new RosterService(database, clock, orgs);
  const audit = new AuditService(database, clock, {
    keyFile: config.auditKeyFile,
    checkpointFile: config.auditCheckpointFile,
    checkpointEvery: 1000,
  });
  const subjects = new SubjectService(database, clock, orgs, dictionary);
  const me = new MeService(database, subjects, orgs, audit);
  // 政府购买服务: work under an item a contract covers goes to the organisation (purchasing's side of the port).
  const purchased = purchasedWork(database);
  const dispatch = new DispatchService(database, clock, orgs, admission, burdenOutbox, notifier, purchased);
  const informal = new InformalDemandService(database, clock, orgs, burdenOutbox);
  const inspections = new InspectionService(database, clock, orgs, admission, burdenOutbox);
  const apps = new AppRegistryService(database, clock, orgs, admission, burdenOutbox);
  // Burden reads its sources through its ports, each implemented by its module (burden-source.ts);
  // ledger burden counts only the cells the hub leaves to the community (collecting once lowers it).
  const burdenSources: BurdenSources = {
    admissions: admissionBurdenSource(database),
    dispatch: dispatchBurdenSource(database),
    informal: informalBurdenSource(database),
    inspections: inspectionBurdenSource(database),
    apps: appBurdenSource(database),
    // 购买服务承接: a contract moves its admitted item's hours off the communities as far as delivery keeps up.
    purchases: purchaseBurdenSource(database, clock),
    ledgers: forms,
  };
  const burden = new BurdenService(database, clock, orgs, calendar, burdenSources);
  const burdenAlerts = new BurdenAlertService(database, orgs, burden, burdenSources);
  const collect = new CollectService(database, clock, dictionary, forms);
  const certificateRequests = new CertificateRequestsService(
    database,
    clock,
    orgs,
    certificates,
    me,
    subjects,
    notifier,
  );
  const serviceRequests = new ServiceRequestsService(database, clock, orgs, calendar, notifier);
  const deliberation = new DeliberationService(database, clock, orgs, subjects, me, notifier);
  // 群众不认可→退出: a decided topic sent to the 减负办 against an admitted item.
  const exitRequests = new ExitRequestService(database, clock, orgs, admission, notifier);
  const covenant = new CovenantService(database, clock, orgs);
  // Each module counts its own open work (its todo-source.ts); the centre adds them up.
  const notifications = new NotificationService(
    database,
    clock,
    [
      dispatchTodoSource(database, clock, purchased),
      admissionTodoSource(database, clock, calendar),
      burdenTodoSource(burdenAlerts, clock),
      hubTodoSource(collect, forms, clock),
      privacyTodoSource(database),
      certificateTodoSource(certificateRequests, certificates),
      serviceRequestTodoSource(serviceRequests),
      deliberationTodoSource(deliberation),
      exitRequestTodoSource(exitRequests),
    ],
    channel,
    notifier,
    [privacyNoticeSource(database)],
  );
  const accounts = new AccountService(database, clock, orgs, config.sessionHours, config.passwordCost);
  const services: Services = {
    orgs,
    accounts,
    calendar,
    catalogue,
    certificates,
    certificateRequests,
    attest: new AttestService(clock, subjects, grants),
    serviceRequests,
    admission,
    dispatch,
    informal,
    inspections,
    apps,
    dictionary,
    elementSources: new ElementSourceService(database, clock, dictionary),
    subjects,
    imports: new ImportService(database, clock, config.dataDir, orgs, dictionary, synonyms),
    forms,
    collect,
    audit,
    grants,
    me,
    corrections: new CorrectionService(database, clock, dictionary, subjects, me, notifier),
    retention: new RetentionService(database, clock),
    burden,
    burdenAlerts,
    notifications,
    // Staffing reads the hub's population, burden's staff and hours (or the roster's), the calendar's days.
    staffing: new StaffingService(database, clock, orgs, calendar, subjects, burden, roster),
    roster,
    synonyms,
    // 从模板导入: a template's columns through the matcher (with stewards' wordings) into a form draft.
    templates: new TemplateService(database, clock, orgs, dictionary, synonyms),
    deliberation,
    exitRequests,
    covenant,
    // 政府购买服务: contracts rest on admissions; accounts link `social_org` staff to their organisation.
    purchasing: new PurchasingService(database, clock, orgs, admission, accounts, burdenOutbox, deliveryRecords),
    purchaseCatalogue,
    deliveryRecords,
    orgImport: new OrgImportService(database, clock, orgs),
  };
  return { config, database, clock, services, version: VERSION };
}
