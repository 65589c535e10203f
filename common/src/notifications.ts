// The vocabularies of the notification centre and the to-do counts, used by server and web at run time.

/** What a notification is about; its text is NOTIFICATION_TEXTS[kind] (common/src/i18n/notifications.ts). */
export const NOTIFICATION_KINDS = [
  'dispatch_new', // a community was sent admitted work → its workers
  'dispatch_refused', // a community refused a dispatch → the sending department
  'refusal_answered', // the department withdrew, resent or contested a refusal → the community (issue 12 §8)
  'admission_decision', // an application was approved, returned, rejected or revoked → the applying department
  'consultation_request', // a community is asked for its opinion on an application → its workers
  'correction_request', // a resident flagged a fact as wrong → the department that owns the element
  'grant_expiring', // a data-access grant expires soon → the department holding it
  'certificate_decided', // a resident's certificate request was issued or declined → the resident
  'service_request_closed', // a resident's service request (诉求) was closed → the resident
  'topic_tabled', // a residents' topic reached its supports (议题) → the community's workers
  'exit_request', // a community asks the 减负办 to review an admitted item's exit → the reviewers over it
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a to-do count counts; each module answers for its own kinds (server: notifications/ports.ts). */
export const TODO_KINDS = [
  // community worker
  'inbox_new',
  'inbox_due_week',
  'inbox_overdue',
  'consultations_open',
  'households_missing',
  'certificate_requests',
  // community worker, street office, department: 诉求 they hold, not yet closed
  'service_requests',
  // community worker: 议题 on the agenda awaiting a meeting or a vote to close
  'topics_tabled',
  // street office
  'street_actions_overdue',
  'street_overdue',
  'street_refused',
  // reviewer
  'reviews_overdue',
  'reviews_due_soon',
  'reviews_in_time',
  'burden_alerts',
  'forbidden_asks',
  // reviewer: communities' requests to review an admitted item's exit (群众不认可→退出)
  'exit_requests',
  // department
  'refusals_open',
  'admissions_returned',
  'corrections_open',
  'ledgers_with_gaps',
  'backflow_missing',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

/** How urgent a count is when it is not zero (the colour of the tile and the badge). */
export type TodoTone = 'info' | 'warning' | 'danger';

/** Working days left on the review clock at which an application counts as "due soon". */
export const REVIEW_DUE_SOON_WORKING_DAYS = 3;
