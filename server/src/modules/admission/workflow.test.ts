import { describe, expect, it } from 'vitest';
import { ADMISSION_STATUSES } from '#common/admission.js';
import { ACTIONS, TRANSITIONS, allowedActions, publicStatus, transition } from './workflow.js';

describe('admission state machine', () => {
  // Every (state, action) pair: legal exactly when the table says so, and only for the right actor.
  for (const action of ACTIONS) {
    const rule = TRANSITIONS[action];
    const other = rule.actor === 'applicant' ? 'reviewer' : 'applicant';
    for (const from of ADMISSION_STATUSES) {
      const legal = rule.from.includes(from);
      it(`${action} from ${from} is ${legal ? 'legal' : 'illegal'}`, () => {
        const r = transition(from, action, rule.actor, 'a recorded reason');
        if (legal) {
          expect(r).toEqual({ ok: true, to: rule.to === 'same' ? from : rule.to });
          expect(transition(from, action, other, 'reason')).toEqual({ ok: false, error: 'wrong_actor' });
        } else {
          expect(r).toEqual({ ok: false, error: 'illegal_transition' });
        }
      });
    }
  }

  it('requires a reason to reject, return, revoke or override', () => {
    for (const [action, from] of [
      ['reject', 'under_review'],
      ['return', 'submitted'],
      ['revoke', 'approved'],
      ['override', 'override_requested'],
      ['amend', 'approved'],
    ] as const) {
      expect(transition(from, action, TRANSITIONS[action].actor, '  ')).toEqual({
        ok: false,
        error: 'reason_required',
      });
    }
    expect(transition('under_review', 'approve', 'reviewer')).toEqual({ ok: true, to: 'approved' });
  });

  it('offers each actor only its own next steps', () => {
    expect(allowedActions('draft', 'applicant')).toEqual(['submit', 'request_override', 'withdraw']);
    expect(allowedActions('draft', 'reviewer')).toEqual([]);
    expect(allowedActions('under_review', 'reviewer')).toEqual([
      'start_consultation',
      'sign_off',
      'approve',
      'reject',
      'return',
    ]);
    expect(allowedActions('approved', 'applicant')).toEqual(['request_renewal', 'amend']);
  });
});

describe('public status of an admission number', () => {
  it('is valid until the expiry date, then expired; revoked stays revoked', () => {
    expect(publicStatus('approved', '2027-06-30', '2027-06-30')).toBe('valid');
    expect(publicStatus('approved', '2027-06-30', '2027-07-01')).toBe('expired');
    expect(publicStatus('renewal_review', '2027-06-30', '2027-01-01')).toBe('valid');
    expect(publicStatus('revoked', '2027-06-30', '2026-01-01')).toBe('revoked');
    expect(publicStatus('expired', '2027-06-30', '2026-01-01')).toBe('expired');
    expect(publicStatus('under_review', '2027-06-30', '2026-01-01')).toBe('unknown');
  });
});
