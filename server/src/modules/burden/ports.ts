// What burden monitoring needs of the modules its burden comes from, as its own plain types (ports).
// Each source module implements its port in its own `burden-source.ts` (admission, dispatch, informal
// demands, inspections, apps) over its own repository; the hub implements LedgerCoverage. Burden imports
// no module's service, and no module imports burden's service: writers only mark their changed sources
// in the outbox (BurdenOutbox), in their own transaction.

/** The kinds of source a burden event is derived from; also the prefix of the events' `source_ref`. */
export const SOURCE_KINDS = [
  'admission',
  'dispatch_item',
  'informal',
  'inspection',
  'app',
  'purchase_contract',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** `admission:12` and the like: the reference the events of one source carry. */
export const sourceRef = (kind: SourceKind, id: number): string => `${kind}:${id}`;

/** Writers record here which of their sources changed, inside their own transaction. */
export interface BurdenOutbox {
  changed(kind: SourceKind, ids: number[]): Promise<void>;
}

/** An admission as the admission module stores it (the columns burden needs). */
export interface AdmissionSource {
  id: number;
  jurisdiction_code: string;
  department_code: string;
  kind: string;
  status: string;
  number: string | null;
  scope_type: string;
  /** JSON array of org codes (scope_type 'all': the jurisdiction). */
  scope_codes: string;
  frequency: string;
  occurrences_per_year: number | null;
  minutes_per_occurrence: number | null;
  ledger_fields: number | null;
  ledger_rows: number | null;
  start_date: string;
  expiry_date: string;
  decided_at: string | null;
}

/** An amendment of an approved item: when, its tag, the changes (JSON with hoursPerCommunityYear). */
export interface AmendmentSource {
  admission_id: number;
  at: string;
  tag: string | null;
  changes: string;
}

export interface AdmissionText {
  id: number;
  jurisdiction_code: string;
  title: string;
  description: string;
  status: string;
  number: string | null;
  department_code: string;
  created_at: string;
  decided_at: string | null;
  updated_at: string;
}

/** `ids` given: only those sources (the projector); else all (the recompute). */
export interface AdmissionBurdenSource {
  /** Admissions that were in force at some time, with a number. */
  costed(ids?: number[]): Promise<AdmissionSource[]>;
  /** Amendments, oldest first. */
  amendments(ids?: number[]): Promise<AmendmentSource[]>;
  /** Titles and descriptions of the applications under a city or district (renamed items). */
  texts(within: string): Promise<AdmissionText[]>;
}

export interface DispatchItemSource {
  id: number;
  community_code: string;
  /** A contracted social organisation handles it (政府购买服务): not the community's work. */
  handler_org_id: number | null;
  status: string;
  department_code: string;
  created_at: string;
  number: string | null;
  kind: string;
  frequency: string;
  minutes_per_occurrence: number | null;
  ledger_fields: number | null;
  ledger_rows: number | null;
}

export interface DispatchText {
  id: number;
  jurisdiction_code: string;
  title: string;
  instructions: string;
  department_code: string;
  created_at: string;
}

/** A refusal the 减负办 decided on a department's contest (upheld: the work should not have been sent). */
export interface DecidedRefusal {
  id: number;
  community_code: string;
  department_code: string;
  title: string;
  refusal_state: string;
  decided_at: string;
}

export interface DispatchBurdenSource {
  /** Dispatch items with the admission's cost figures. */
  items(ids?: number[]): Promise<DispatchItemSource[]>;
  texts(within: string): Promise<DispatchText[]>;
  /** Refusals decided on contest in communities under `within`. */
  decidedRefusals(within: string): Promise<DecidedRefusal[]>;
}

export interface InformalSource {
  id: number;
  community_code: string;
  department_code: string;
  occurred_on: string;
  estimated_minutes: number;
}

export interface InformalBurdenSource {
  demands(ids?: number[]): Promise<InformalSource[]>;
}

/** One planned visit: an inspection in one community. */
export interface VisitSource {
  id: number;
  community_code: string;
  department_code: string;
  start_date: string;
  hours_per_community: number;
  number: string | null;
}

export interface InspectionBurdenSource {
  visits(inspectionIds?: number[]): Promise<VisitSource[]>;
}

/** An app or group in one community. */
export interface AppUseSource {
  id: number;
  community_code: string;
  department_code: string;
  minutes_per_day: number;
  created_at: string;
  exited_at: string | null;
  number: string | null;
}

export interface AppText {
  id: number;
  name: string;
  purpose: string;
  status: string;
  department_code: string;
  created_at: string;
  exited_at: string | null;
}

export interface AppBurdenSource {
  uses(appIds?: number[]): Promise<AppUseSource[]>;
  texts(within: string): Promise<AppText[]>;
}

/**
 * A purchased service (政府购买服务): the admitted item whose hours it takes off its covered communities and, per
 * community and month of the term up to today, the share of the month covered and how far delivery had kept
 * up by the month's end (the purchasing module's rules compute both).
 */
export interface PurchaseContractSource {
  id: number;
  admission_id: number;
  months: { community: string; month: string; share: number; ratio: number }[];
}

export interface PurchaseBurdenSource {
  contracts(ids?: number[]): Promise<PurchaseContractSource[]>;
}

/** Ledger burden from the hub: per community, the cells it still fills itself (null: not a hub ledger). */
export interface LedgerCoverage {
  cellsToFill(admissionId: number, communities: string[]): Promise<Map<string, number> | null>;
}

export interface BurdenSources {
  admissions: AdmissionBurdenSource;
  dispatch: DispatchBurdenSource;
  informal: InformalBurdenSource;
  inspections: InspectionBurdenSource;
  apps: AppBurdenSource;
  purchases: PurchaseBurdenSource;
  ledgers: LedgerCoverage;
}
