// Which workflow actions ask for what before they are taken.
import type { WorkflowAction } from '#common/admission.js';

/**
 * A reason must be recorded (the server refuses these without one). The decisions (DECISION_ACTIONS in
 * common/src/admission.ts: approve, return, reject, revoke …) ask for the 审查意见 instead, which is their reason.
 */
export const REASON_ACTIONS: readonly WorkflowAction[] = ['override', 'decline_override', 'amend', 'request_override'];

export const PRIMARY_ACTIONS: readonly WorkflowAction[] = [
  'submit',
  'approve',
  'start_review',
  'renew',
  'override',
  'sign_off',
];
export const DANGER_ACTIONS: readonly WorkflowAction[] = [
  'reject',
  'revoke',
  'deny_renewal',
  'decline_override',
  'withdraw',
];

/** Order of the buttons: the decisive ones last (rightmost). */
export const ACTION_ORDER: readonly WorkflowAction[] = [
  'withdraw',
  'request_renewal',
  'amend',
  'request_override',
  'return',
  'decline_override',
  'reject',
  'deny_renewal',
  'revoke',
  'start_consultation',
  'close_consultation',
  'start_review',
  'sign_off',
  'override',
  'renew',
  'approve',
  'submit',
];
