// Table types for Kysely. Timestamps are ISO-8601 UTC strings and booleans are 0/1 integers on
// both databases, so that rows look the same on SQLite and PostgreSQL.
import type { Generated, Selectable, Insertable } from 'kysely';
import type { AdmissionStatus } from '#common/admission.js';
import type { DemandStatus, ItemStatus, RefusalState } from '#common/dispatch.js';
import type { OrgLevel, Role } from '#common/roles.js';
import type { AskerKind, CertificateRequestStatus } from '#common/certificates.js';

export interface OrgTable {
  code: string;
  name: string;
  full_name: string;
  level: OrgLevel;
  parent_code: string | null;
  initials: string;
  child_count: Generated<number>;
  /** JSON object: descendant counts per level, e.g. {"district":12,"street":160,"community":1773}. */
  counts: Generated<string>;
  source: string;
  is_demo: Generated<number>;
}

export interface DepartmentTable {
  code: string;
  org_code: string;
  kind: string;
  name: string;
  short_name: string;
  is_burden_office: Generated<number>;
  active: Generated<number>;
  sort: Generated<number>;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  org_code: string;
  department_code: string | null;
  disabled: Generated<number>;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface SessionTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface CatalogueVersionTable {
  id: Generated<number>;
  jurisdiction_code: string;
  version_no: number;
  status: string;
  title: string;
  note: Generated<string>;
  effective_from: string;
  published_at: string | null;
  published_by: number | null;
  created_at: string;
  is_demo: Generated<number>;
}

export interface CatalogueItemTable {
  id: Generated<number>;
  version_id: number;
  code: string;
  list_type: string;
  name: string;
  description: Generated<string>;
  legal_basis: Generated<string>;
  department_kind: string | null;
  object_kind: string;
  frequency: string;
  occurrences_per_year: number | null;
  standard_minutes: Generated<number>;
  effective_from: string | null;
  effective_to: string | null;
}

export interface AdmissionTable {
  id: Generated<number>;
  jurisdiction_code: string;
  department_code: string;
  applicant_id: number | null;
  status: AdmissionStatus;
  title: string;
  kind: string;
  list_type: string;
  description: Generated<string>;
  legal_basis: Generated<string>;
  scope_type: string;
  scope_codes: Generated<string>;
  community_count: Generated<number>;
  frequency: string;
  occurrences_per_year: number | null;
  minutes_per_occurrence: number | null;
  ledger_fields: number | null;
  ledger_rows: number | null;
  funds_yuan: Generated<number>;
  /** 031: delivered by purchased service — the 指导性目录 item and its budget (yuan). */
  purchased_item_id: number | null;
  purchased_budget_yuan: number | null;
  resource_staff: Generated<string>;
  resource_training: Generated<string>;
  resource_equipment: Generated<string>;
  assessment: Generated<string>;
  start_date: string;
  expiry_date: string;
  emergency: Generated<number>;
  emergency_reason: Generated<string>;
  hours_per_community_year: Generated<number>;
  total_hours_year: Generated<number>;
  prechecks: Generated<string>;
  override_reason: string | null;
  number: string | null;
  code: string | null;
  submitted_at: string | null;
  review_due_date: string | null;
  consultation_codes: Generated<string>;
  consultation_due_date: string | null;
  decided_at: string | null;
  created_at: string;
  updated_at: string;
  is_demo: Generated<number>;
  /** JSON array of admission ids this application retires when approved (006_burden). */
  retires: Generated<string>;
}

export interface AdmissionEventTable {
  id: Generated<number>;
  admission_id: number;
  at: string;
  actor_id: number | null;
  actor_name: string;
  action: string;
  from_status: AdmissionStatus | null;
  to_status: AdmissionStatus;
  reason: Generated<string>;
  tag: string | null;
  changes: Generated<string>;
  /** 审查意见 of a decision (013_review_opinions); '' for steps that are not decisions. */
  opinion: Generated<string>;
}

export interface AdmissionCommentTable {
  id: Generated<number>;
  admission_id: number;
  community_code: string;
  user_id: number;
  stance: string;
  comment: string;
  at: string;
}

export interface AdmissionSignoffTable {
  admission_id: number;
  user_id: number;
  at: string;
  opinion: Generated<string>;
}

export interface AdmissionSequenceTable {
  jurisdiction_code: string;
  year: number;
  last_no: number;
}

export interface CalendarYearTable {
  year: number;
  holidays: string;
  workdays: string;
  entered_by: number | null;
  entered_at: string;
}

export interface DispatchTable {
  id: Generated<number>;
  admission_id: number;
  department_code: string;
  jurisdiction_code: string;
  title: string;
  instructions: Generated<string>;
  due_date: string;
  created_by: number | null;
  created_at: string;
  is_demo: Generated<number>;
}

export interface DispatchItemTable {
  id: Generated<number>;
  dispatch_id: number;
  community_code: string;
  district_code: string;
  status: ItemStatus;
  acknowledged_at: string | null;
  started_at: string | null;
  completed_at: string | null;
  completion_note: Generated<string>;
  refused_at: string | null;
  refusal_reason: string | null;
  refusal_text: Generated<string>;
  /** JSON array of RefusalReason. */
  refusal_reasons: Generated<string>;
  refusal_state: RefusalState | null;
  answer_note: Generated<string>;
  answered_by: number | null;
  answered_at: string | null;
  decision_note: Generated<string>;
  decided_by: number | null;
  decided_at: string | null;
  updated_by: number | null;
  updated_at: string;
  /** 030: the social organisation (and its contract) that handles it instead of the community; null: the community. */
  handler_org_id: number | null;
  handler_contract_id: number | null;
}

export interface AttachmentTable {
  id: Generated<number>;
  owner_type: string;
  owner_id: number;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  data: Buffer;
  uploaded_by: number | null;
  created_at: string;
}

export interface InformalDemandTable {
  id: Generated<number>;
  community_code: string;
  district_code: string;
  reporter_id: number;
  anonymous: Generated<number>;
  department_code: string;
  /** Who asked, in the community's words (required when the source is "other", 011_informal_sources). */
  source_note: Generated<string>;
  occurred_on: string;
  channel: string;
  content: string;
  estimated_minutes: number;
  status: DemandStatus;
  review_note: Generated<string>;
  reviewed_by: number | null;
  reviewed_at: string | null;
  created_at: string;
  is_demo: Generated<number>;
}

export interface InformalDemandRevealTable {
  id: Generated<number>;
  demand_id: number;
  user_id: number;
  reason: string;
  at: string;
}

export interface InspectionTable {
  id: Generated<number>;
  district_code: string;
  year: number;
  admission_id: number;
  department_code: string;
  topic: string;
  start_date: string;
  end_date: string;
  hours_per_community: number;
  records_ref: Generated<string>;
  created_by: number | null;
  created_at: string;
  is_demo: Generated<number>;
}

export interface InspectionVisitTable {
  inspection_id: number;
  community_code: string;
}

export interface AppTable {
  id: Generated<number>;
  district_code: string;
  name: string;
  type: string;
  department_code: string;
  admission_id: number | null;
  purpose: Generated<string>;
  minutes_per_day: number;
  expiry_date: string;
  features: Generated<string>;
  status: string;
  last_used_on: string;
  exited_at: string | null;
  exit_reason: Generated<string>;
  created_by: number | null;
  created_at: string;
  is_demo: Generated<number>;
}

export interface AppCommunityTable {
  app_id: number;
  community_code: string;
}

export interface CodeListTable {
  id: string;
  name: string;
  standard: Generated<string>;
}

export interface CodeListItemTable {
  list_id: string;
  code: string;
  name: string;
  synonyms: Generated<string>;
  sort: Generated<number>;
}

export interface DataElementTable {
  code: string;
  name: string;
  synonyms: Generated<string>;
  subject: string;
  type: string;
  code_list: string | null;
  validation: string | null;
  sensitivity: string;
  owner_department_kind: string;
  description: Generated<string>;
  sort: Generated<number>;
}

/** A steward's change of an element's authoritative source (015_element_sources); the latest is in force. */
export interface ElementSourceChangeTable {
  id: Generated<number>;
  element_code: string;
  source_kind: string;
  community_collects: Generated<number>;
  reason: string;
  changed_by: number;
  changed_at: string;
}

export interface SubjectTable {
  id: Generated<number>;
  type: string;
  key: string;
  name: Generated<string>;
  district_code: string;
  community_code: string;
  grid_code: string | null;
  created_at: string;
  is_demo: Generated<number>;
}

export interface DatasetTable {
  id: Generated<number>;
  code: string;
  name: string;
  department_code: string;
  subject_type: string;
  description: Generated<string>;
  withdrawn_at: string | null;
  created_at: string;
  is_demo: Generated<number>;
}

export interface DatasetImportTable {
  id: Generated<number>;
  dataset_id: number;
  filename: string;
  file_path: string;
  file_sha256: string;
  file_size: number;
  format: string;
  encoding: string;
  columns: Generated<string>;
  mapping: Generated<string>;
  status: string;
  rows_total: Generated<number>;
  rows_error: Generated<number>;
  rows_written: Generated<number>;
  rows_unchanged: Generated<number>;
  progress: Generated<number>;
  message: Generated<string>;
  created_by: number | null;
  created_at: string;
  finished_at: string | null;
}

export interface ImportErrorTable {
  import_id: number;
  row_no: number;
  column_name: string;
  value: string;
  reason: string;
}

export interface ImportRowTable {
  import_id: number;
  row_no: number;
  subject_key: string;
  community_code: string | null;
  row_hash: string;
  data: string;
  subject_name: Generated<string>;
}

export interface FactTable {
  id: Generated<number>;
  subject_id: number;
  district_code: string;
  community_code: string;
  source_kind: string;
  dataset_id: number | null;
  import_id: number | null;
  collector_id: number | null;
  observed_at: string;
  row_hash: string;
  /** JSON object: element code → value. */
  data: string;
}

export interface FormTable {
  id: Generated<number>;
  title: string;
  department_code: string;
  subject_type: string;
  admission_id: number | null;
  filter: Generated<string>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  is_demo: Generated<number>;
}

export interface FormColumnTable {
  form_id: number;
  position: number;
  label: string;
  element_code: string | null;
  /** 028: the person the column speaks of (householder, guardian …); null: the subject itself. */
  relation: string | null;
}

// 个人信息保护 (005_privacy)
export interface AuditLogTable {
  id: number;
  at: string;
  request_id: string;
  user_id: number | null;
  username: string;
  role: string;
  org_code: string;
  department_code: string | null;
  district_code: string;
  action: string;
  outcome: string;
  /** JSON array of subject ids. */
  subject_ids: string;
  subject_count: number;
  /** JSON array of element codes. */
  elements: string;
  purpose: string;
  admission_number: string | null;
  file_sha256: string | null;
  detail: string;
  /** The id of the key the entry's HMAC was made with; null for entries of the unkeyed chain v1. */
  key_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditSubjectTable {
  audit_id: number;
  subject_id: number;
  district_code: string;
}

export interface LoginFailureTable {
  id: Generated<number>;
  at: string;
  /** The name tried; masked when no such user exists. */
  username: string;
  user_id: number | null;
  org_code: string | null;
  client_ip: string;
  reason: 'unknown_user' | 'bad_password' | 'disabled';
}

export interface CertificateGuideTable {
  jurisdiction_code: string;
  item_code: string;
  who_may_ask: Generated<string>;
  /** JSON array of strings. */
  materials: Generated<string>;
  /** JSON array of strings. */
  steps: Generated<string>;
  time_limit_days: number | null;
  sample: Generated<string>;
  contact: Generated<string>;
  updated_by: string;
  updated_at: string;
  is_demo: Generated<number>;
}

export interface ForbiddenAskTable {
  id: Generated<number>;
  district_code: string;
  community_code: string;
  jurisdiction_code: string;
  item_code: string;
  item_name: string;
  asker_kind: AskerKind;
  asker_name: string;
  asked_on: string;
  note: Generated<string>;
  reported_by: number;
  created_at: string;
  is_demo: Generated<number>;
}

export interface CertificateRequestTable {
  id: Generated<number>;
  district_code: string;
  community_code: string;
  jurisdiction_code: string;
  item_code: string;
  item_name: string;
  requester_id: number;
  requester_name: string;
  subject_id: number | null;
  purpose: string;
  status: CertificateRequestStatus;
  created_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: Generated<string>;
  verify_code: string | null;
  issued_on: string | null;
  valid_until: string | null;
  pdf: Buffer | null;
  topic_id: number | null;
  topic_title: string | null;
  is_demo: Generated<number>;
}

export interface ServiceRequestTable {
  id: Generated<number>;
  service_code: string;
  service_name: string;
  place_code: string;
  district_code: string;
  description: string;
  address: string | null;
  lat: number | null;
  long: number | null;
  handler_kind: string;
  handler_code: string;
  status: string;
  status_notes: string | null;
  requester_id: number | null;
  requester_name: string | null;
  anonymous: Generated<number>;
  client_id: number | null;
  requested_at: string;
  updated_at: string;
  expected_at: string;
  closed_at: string | null;
  rating: number | null;
  rating_note: string | null;
  is_demo: Generated<number>;
}

export interface ServiceRequestEventTable {
  id: Generated<number>;
  request_id: number;
  kind: string;
  actor: string;
  actor_user_id: number | null;
  note: Generated<string>;
  to_kind: string | null;
  to_code: string | null;
  at: string;
}

export interface Open311ClientTable {
  id: Generated<number>;
  name: string;
  org_code: string;
  key_hash: string;
  active: Generated<number>;
  created_at: string;
  is_demo: Generated<number>;
}

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  params: string;
  link: string | null;
  subject_type: string | null;
  subject_id: number | null;
  created_at: string;
  read_at: string | null;
}

export interface NotificationOutboxTable {
  notification_id: number;
  recipient: string;
  attempts: Generated<number>;
  next_at: string;
  claimed_until: string | null;
  sent_at: string | null;
  gave_up_at: string | null;
  last_error: string | null;
}

export interface AuditHeadTable {
  id: number;
  last_id: number;
  last_hash: string;
  /** The key the next entry is made with (set by the first keyed entry and by a key rotation). */
  key_id: string | null;
}

export interface AccessGrantTable {
  id: Generated<number>;
  department_code: string;
  /** JSON array of element codes. */
  elements: string;
  purpose: string;
  admission_id: number;
  expires_on: string;
  granted_by: number | null;
  created_at: string;
  revoked_at: string | null;
  revoked_by: number | null;
  is_demo: Generated<number>;
}

export interface ResidentLinkTable {
  user_id: number;
  subject_id: number;
}

export interface CorrectionRequestTable {
  id: Generated<number>;
  subject_id: number;
  district_code: string;
  element_code: string;
  current_value: string | null;
  proposed_value: Generated<string>;
  note: Generated<string>;
  department_code: string;
  status: string;
  created_by: number;
  created_at: string;
  resolved_by: number | null;
  resolved_at: string | null;
  resolution: Generated<string>;
}

// --- burden (006_burden) ---
export interface BurdenEventTable {
  id: Generated<number>;
  district_code: string;
  community_code: string;
  /** YYYY-MM */
  month: string;
  source_kind: string;
  department_code: string;
  /** null: no number (an informal demand). */
  admission_number: string | null;
  object_kind: string;
  minutes: number;
  is_reestimate: Generated<number>;
  source_ref: string;
  is_demo: Generated<number>;
}

/** The outbox (008_burden_outbox): sources whose burden events the projector has still to rebuild. */
export interface BurdenDirtyTable {
  /** The events' reference: `admission:12`, `dispatch_item:7`, `informal:3`, `inspection:5`, `app:9`. */
  source_ref: string;
  source_kind: 'admission' | 'dispatch_item' | 'informal' | 'inspection' | 'app' | 'purchase_contract';
  marked_at: string;
  seq: Generated<number>;
}

export interface BurdenMonthlyTable {
  org_code: string;
  level: OrgLevel;
  month: string;
  department_code: string;
  source_kind: string;
  object_kind: string;
  minutes: number;
  reestimate_minutes: Generated<number>;
  events: number;
}

export interface BurdenOrgMonthlyTable {
  org_code: string;
  level: OrgLevel;
  month: string;
  minutes: number;
  reestimate_minutes: Generated<number>;
}

export interface BurdenCapacityTable {
  community_code: string;
  staff: number;
  leave_days: number;
  updated_by: number | null;
  updated_at: string;
  is_demo: Generated<number>;
}

export interface BurdenSettingsTable {
  jurisdiction_code: string;
  baseline_month: string | null;
  annual_cap_hours: number | null;
  one_in_one_out: Generated<number>;
  updated_by: number | null;
  updated_at: string;
}

/** 016_staffing: a jurisdiction's staffing standard, one row per version. */
export interface StaffingStandardTable {
  id: Generated<number>;
  jurisdiction_code: string;
  version: number;
  /** JSON: the whole standard. */
  standard: string;
  created_by: number | null;
  created_at: string;
}

/** 016_staffing: a community's grid plan (proposed, adopted, superseded). */
export interface StaffRosterTable {
  id: Generated<number>;
  community_code: string;
  district_code: string;
  name: string;
  post: string;
  post_level: number | null;
  grade: number | null;
  certificate: string;
  hired_on: string;
  left_on: string | null;
  grid_code: string | null;
  updated_by: number;
  updated_at: string;
  is_demo: Generated<number>;
  /** 027: the account of the person in post, when she has one (her own grid). */
  user_id: number | null;
}

/** 027_staffing_statistics: official statistics a data steward enters for a community; the latest counts. */
export interface CommunityStatisticsTable {
  id: Generated<number>;
  community_code: string;
  district_code: string;
  residents: number;
  households: number;
  source: string;
  as_of: string;
  entered_by: number;
  entered_at: string;
}

/** 026_purchasing: the registry of social organisations (社会组织). */
export interface SocialOrgTable {
  id: Generated<number>;
  name: string;
  credit_code: string | null;
  type: string;
  registered_with: string;
  jurisdiction_code: string;
  grade: string | null;
  graded_on: string | null;
  service_areas: string;
  contact_name: string;
  contact_phone: string;
  created_by: number;
  created_at: string;
  is_demo: Generated<number>;
}

export interface SocialOrgAccountTable {
  user_id: number;
  social_org_id: number;
  linked_by: number;
  linked_at: string;
}

/** 026_purchasing: a service bought by a department or street under an admission number. */
export interface PurchaseContractTable {
  id: Generated<number>;
  title: string;
  buyer_kind: string;
  buyer_code: string;
  buyer_org_code: string;
  district_code: string;
  admission_id: number;
  admission_number: string;
  social_org_id: number;
  start_date: string;
  end_date: string;
  budget_yuan: number;
  communities: string;
  created_by: number;
  created_at: string;
  is_demo: Generated<number>;
}

export interface ContractIndicatorTable {
  id: Generated<number>;
  contract_id: number;
  position: number;
  name: string;
  activity_kind: string;
  basis: string;
  target: number;
  beneficiaries: number | null;
}

export interface ContractActivityTable {
  id: Generated<number>;
  contract_id: number;
  district_code: string;
  community_code: string;
  held_on: string;
  kind: string;
  participants: number;
  beneficiaries: number;
  note: string;
  recorded_by: number;
  recorded_at: string;
  is_demo: Generated<number>;
}

export interface ContractRatingTable {
  id: Generated<number>;
  contract_id: number;
  community_code: string;
  month: string;
  score: number;
  comment: string;
  rated_by: number;
  rated_at: string;
  is_demo: Generated<number>;
}

export interface ContractMilestoneTable {
  id: Generated<number>;
  contract_id: number;
  position: number;
  name: string;
  due_date: string;
  amount_yuan: number;
  accepted_at: string | null;
  accepted_by: number | null;
  note: Generated<string>;
}

export interface PurchaseCatalogueItemTable {
  id: Generated<number>;
  jurisdiction_code: string;
  name: string;
  description: Generated<string>;
  service_area: string | null;
  catalogue_code: string | null;
  created_by: number;
  created_at: string;
  withdrawn_at: string | null;
  is_demo: Generated<number>;
}

export interface ResidentServiceRatingTable {
  id: Generated<number>;
  contract_id: number;
  user_id: number;
  community_code: string;
  score: number;
  comment: string;
  rated_at: string;
  is_demo: Generated<number>;
}

export interface ContractEvaluationTable {
  contract_id: number;
  score: number;
  grade: string;
  text: string;
  evaluated_by: number;
  evaluated_at: string;
  is_demo: Generated<number>;
}

export interface ContractReportTable {
  id: Generated<number>;
  contract_id: number;
  month: string;
  text: string;
  numbers: string;
  submitted_by: number;
  submitted_at: string;
  is_demo: Generated<number>;
}

export interface GridPlanTable {
  id: Generated<number>;
  community_code: string;
  households_per_grid: number;
  status: 'proposed' | 'adopted' | 'superseded';
  version: number | null;
  households: number;
  residents: number;
  /** JSON array of the plan's grids. */
  grids: string;
  created_by: number | null;
  created_at: string;
  adopted_by: number | null;
  adopted_at: string | null;
}

/** 019_element_synonyms: stewards' wordings and the review queue of low-confidence labels. */
export interface ElementSynonymTable {
  id: Generated<number>;
  label: string;
  label_key: string;
  status: 'pending' | 'confirmed';
  element_code: string | null;
  relation: string | null;
  score: number | null;
  origin: 'matcher' | 'correction';
  proposed_by: number | null;
  proposed_at: string;
  decided_by: number | null;
  decided_at: string | null;
  seen: Generated<number>;
}

// 居民议事协商 (020_deliberation)
export interface DeliberationRulesTable {
  id: Generated<number>;
  community_code: string;
  version: number;
  doc: string;
  note: Generated<string>;
  adopted_by: string;
  adopted_at: string;
  is_demo: Generated<number>;
}

export interface CovenantVersionTable {
  id: Generated<number>;
  community_code: string;
  version: number;
  title: string;
  body: string;
  note: Generated<string>;
  adopted_by: number;
  adopted_at: string;
  is_demo: Generated<number>;
}

export interface TopicTable {
  id: Generated<number>;
  community_code: string;
  district_code: string;
  title: string;
  description: string;
  category: string;
  status: string;
  origin: string;
  proposer_id: number;
  rules_id: number | null;
  supports_needed: number;
  tabled_at: string | null;
  status_note: string | null;
  vote_options: string | null;
  vote_closes_on: string | null;
  vote_eligible: number | null;
  paper_tally: string | null;
  result: string | null;
  decided_at: string | null;
  created_at: string;
  updated_at: string;
  is_demo: Generated<number>;
}

export interface TopicSupportTable {
  id: Generated<number>;
  topic_id: number;
  counting_key: string;
  user_id: number;
  at: string;
}

export interface TopicCommentTable {
  id: Generated<number>;
  topic_id: number;
  user_id: number;
  author: string;
  body: string;
  at: string;
  hidden_reason: string | null;
  hidden_by: number | null;
  hidden_at: string | null;
}

export interface MeetingTable {
  id: Generated<number>;
  community_code: string;
  held_on: string;
  place: string;
  online: Generated<number>;
  participants: string;
  minutes: string;
  opinions: Generated<string>;
  recorded_by: number;
  recorded_at: string;
  is_demo: Generated<number>;
}

export interface MeetingTopicTable {
  meeting_id: number;
  topic_id: number;
}

export interface TopicVoterTable {
  id: Generated<number>;
  topic_id: number;
  counting_key: string;
  user_id: number;
  option_index: number | null;
  at: string;
}

export interface TopicBallotTable {
  id: Generated<number>;
  topic_id: number;
  option_index: number;
}

export interface TopicActionTable {
  id: Generated<number>;
  topic_id: number;
  community_code: string;
  title: string;
  owner: string;
  due_on: string;
  status: string;
  progress: Generated<string>;
  updated_at: string;
  done_on: string | null;
}

export interface ExitRequestTable {
  id: Generated<number>;
  admission_id: number;
  admission_number: string;
  jurisdiction_code: string;
  community_code: string;
  topic_id: number;
  topic_title: string;
  supports: number;
  tally: string;
  sent_by: number;
  sent_at: string;
  status: string;
  reason: string | null;
  decided_by: number | null;
  decided_at: string | null;
}

export interface DB {
  exit_requests: ExitRequestTable;
  element_synonyms: ElementSynonymTable;
  deliberation_rules: DeliberationRulesTable;
  covenant_versions: CovenantVersionTable;
  topics: TopicTable;
  topic_supports: TopicSupportTable;
  topic_comments: TopicCommentTable;
  meetings: MeetingTable;
  meeting_topics: MeetingTopicTable;
  topic_voters: TopicVoterTable;
  topic_ballots: TopicBallotTable;
  topic_actions: TopicActionTable;
  staffing_standards: StaffingStandardTable;
  grid_plans: GridPlanTable;
  staff_roster: StaffRosterTable;
  social_orgs: SocialOrgTable;
  social_org_accounts: SocialOrgAccountTable;
  purchase_contracts: PurchaseContractTable;
  contract_indicators: ContractIndicatorTable;
  contract_activities: ContractActivityTable;
  contract_ratings: ContractRatingTable;
  contract_milestones: ContractMilestoneTable;
  purchase_catalogue_items: PurchaseCatalogueItemTable;
  resident_service_ratings: ResidentServiceRatingTable;
  contract_evaluations: ContractEvaluationTable;
  contract_reports: ContractReportTable;
  community_statistics: CommunityStatisticsTable;
  audit_log: AuditLogTable;
  audit_subjects: AuditSubjectTable;
  audit_head: AuditHeadTable;
  login_failures: LoginFailureTable;
  notifications: NotificationTable;
  certificate_guides: CertificateGuideTable;
  forbidden_asks: ForbiddenAskTable;
  certificate_requests: CertificateRequestTable;
  service_requests: ServiceRequestTable;
  service_request_events: ServiceRequestEventTable;
  open311_clients: Open311ClientTable;
  notification_outbox: NotificationOutboxTable;
  access_grants: AccessGrantTable;
  resident_links: ResidentLinkTable;
  correction_requests: CorrectionRequestTable;
  burden_events: BurdenEventTable;
  burden_dirty: BurdenDirtyTable;
  burden_monthly: BurdenMonthlyTable;
  burden_org_monthly: BurdenOrgMonthlyTable;
  burden_capacity: BurdenCapacityTable;
  burden_settings: BurdenSettingsTable;
  code_lists: CodeListTable;
  code_list_items: CodeListItemTable;
  data_elements: DataElementTable;
  element_source_changes: ElementSourceChangeTable;
  subjects: SubjectTable;
  datasets: DatasetTable;
  dataset_imports: DatasetImportTable;
  import_errors: ImportErrorTable;
  facts: FactTable;
  import_rows: ImportRowTable;
  forms: FormTable;
  form_columns: FormColumnTable;
  dispatches: DispatchTable;
  dispatch_items: DispatchItemTable;
  attachments: AttachmentTable;
  informal_demands: InformalDemandTable;
  informal_demand_reveals: InformalDemandRevealTable;
  inspections: InspectionTable;
  inspection_visits: InspectionVisitTable;
  apps: AppTable;
  app_communities: AppCommunityTable;
  catalogue_versions: CatalogueVersionTable;
  catalogue_items: CatalogueItemTable;
  admissions: AdmissionTable;
  admission_events: AdmissionEventTable;
  admission_comments: AdmissionCommentTable;
  admission_signoffs: AdmissionSignoffTable;
  admission_sequences: AdmissionSequenceTable;
  calendar_years: CalendarYearTable;
  orgs: OrgTable;
  departments: DepartmentTable;
  users: UserTable;
  sessions: SessionTable;
  settings: SettingTable;
}

export type OrgRow = Selectable<OrgTable>;
export type NewOrg = Insertable<OrgTable>;
export type DepartmentRow = Selectable<DepartmentTable>;
export type UserRow = Selectable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type CatalogueVersionRow = Selectable<CatalogueVersionTable>;
export type CatalogueItemRow = Selectable<CatalogueItemTable>;
export type AdmissionRow = Selectable<AdmissionTable>;
export type AdmissionEventRow = Selectable<AdmissionEventTable>;
