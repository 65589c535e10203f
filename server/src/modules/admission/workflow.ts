// The admission state machine: who may move an application from which state to which. Pure.
//
//   draft ─submit→ submitted ─start_review→ under_review ─approve→ approved ─request_renewal→ renewal_review
//     │  └request_override→ override_requested ─override→ submitted      │  ├reject→ rejected          ├renew→ approved
//     │                                  └decline_override→ returned      │  └return→ returned         └deny_renewal→ expired
//     └withdraw→ withdrawn      submitted/under_review ─start_consultation→ consultation ─close_consultation→ under_review
//   approved/renewal_review ─revoke→ revoked;  approved ─amend→ approved (tagged: work change or re-estimate)
import {
  AWAITING_REVIEW_STATUSES,
  IN_FORCE_STATUSES,
  WORKFLOW_ACTIONS,
  statusIn,
  type AdmissionStatus,
  type PublicStatus,
  type WorkflowAction,
} from '#common/admission.js';

export const ACTIONS = WORKFLOW_ACTIONS;
export type Action = WorkflowAction;

export type Actor = 'applicant' | 'reviewer';

interface Rule {
  from: readonly AdmissionStatus[];
  to: AdmissionStatus | 'same';
  actor: Actor;
  /** A reason must be recorded (rejections, returns, revocations, overrides …). */
  needsReason: boolean;
}

export const TRANSITIONS: Record<Action, Rule> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', actor: 'applicant', needsReason: false },
  request_override: { from: ['draft', 'returned'], to: 'override_requested', actor: 'applicant', needsReason: true },
  override: { from: ['override_requested'], to: 'submitted', actor: 'reviewer', needsReason: true },
  decline_override: { from: ['override_requested'], to: 'returned', actor: 'reviewer', needsReason: true },
  start_consultation: {
    from: ['submitted', 'under_review'],
    to: 'consultation',
    actor: 'reviewer',
    needsReason: false,
  },
  close_consultation: { from: ['consultation'], to: 'under_review', actor: 'reviewer', needsReason: false },
  start_review: { from: ['submitted'], to: 'under_review', actor: 'reviewer', needsReason: false },
  sign_off: { from: ['under_review'], to: 'same', actor: 'reviewer', needsReason: false },
  approve: { from: ['under_review'], to: 'approved', actor: 'reviewer', needsReason: false },
  reject: { from: ['under_review'], to: 'rejected', actor: 'reviewer', needsReason: true },
  return: { from: ['submitted', 'under_review'], to: 'returned', actor: 'reviewer', needsReason: true },
  withdraw: {
    from: ['draft', 'returned', 'submitted', 'override_requested'],
    to: 'withdrawn',
    actor: 'applicant',
    needsReason: false,
  },
  request_renewal: { from: ['approved'], to: 'renewal_review', actor: 'applicant', needsReason: false },
  renew: { from: ['renewal_review'], to: 'approved', actor: 'reviewer', needsReason: false },
  deny_renewal: { from: ['renewal_review'], to: 'expired', actor: 'reviewer', needsReason: true },
  revoke: { from: ['approved', 'renewal_review'], to: 'revoked', actor: 'reviewer', needsReason: true },
  amend: { from: ['approved'], to: 'same', actor: 'applicant', needsReason: true },
};

export type TransitionResult =
  { ok: true; to: AdmissionStatus } | { ok: false; error: 'illegal_transition' | 'wrong_actor' | 'reason_required' };

export function transition(
  from: AdmissionStatus,
  action: Action,
  actor: Actor,
  reason?: string | null,
): TransitionResult {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from)) return { ok: false, error: 'illegal_transition' };
  if (rule.actor !== actor) return { ok: false, error: 'wrong_actor' };
  if (rule.needsReason && !reason?.trim()) return { ok: false, error: 'reason_required' };
  return { ok: true, to: rule.to === 'same' ? from : rule.to };
}

export function allowedActions(from: AdmissionStatus, actor: Actor): Action[] {
  return ACTIONS.filter((a) => TRANSITIONS[a].actor === actor && TRANSITIONS[a].from.includes(from));
}

/** States in which the application waits for the burden-reduction office (the review clock runs). */
export const AWAITING_REVIEW: readonly AdmissionStatus[] = AWAITING_REVIEW_STATUSES;

/** States an applicant may still edit. */
export const EDITABLE: readonly AdmissionStatus[] = ['draft', 'returned'];

export type { PublicStatus };

/** What the admission number means today, for a community deciding whether it may refuse. */
export function publicStatus(status: AdmissionStatus, expiryDate: string, today: string): PublicStatus {
  if (status === 'revoked') return 'revoked';
  if (status === 'expired') return 'expired';
  if (statusIn(IN_FORCE_STATUSES, status)) return today > expiryDate ? 'expired' : 'valid';
  return 'unknown';
}
