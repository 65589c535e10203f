// Which workflow actions ask for what before they are taken.
import type { WorkflowAction } from '../../../../api/admissionTypes.js';

/** A reason must be recorded (the server refuses these without one). */
export const REASON_ACTIONS: readonly WorkflowAction[] = [
  'reject',
  'return',
  'revoke',
  'override',
  'decline_override',
  'deny_renewal',
  'amend',
  'request_override',
];

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
