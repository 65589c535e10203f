// Consultation of the communities (征求意见) before a 协助 item is admitted: whether it was started and
// whether it is done — every consulted community answered, or the period ran out. Pure.
import type { AdmissionListType } from '#common/api/admission.js';

export interface ConsultationInput {
  listType: AdmissionListType;
  codes: readonly string[];
  dueDate: string | null;
}

export interface ConsultationState {
  /** 协助 items may not be approved before their consultation is done. */
  required: boolean;
  started: boolean;
  answered: number;
  total: number;
  done: boolean;
  dueDate: string | null;
}

/** `answeredBy`: the communities that answered (any number of times); `today` in China. */
export function consultationState(
  c: ConsultationInput,
  answeredBy: ReadonlySet<string>,
  today: string,
): ConsultationState {
  const total = c.codes.length;
  const answered = c.codes.filter((code) => answeredBy.has(code)).length;
  const started = total > 0;
  const elapsed = c.dueDate !== null && today > c.dueDate;
  return {
    required: c.listType === 'assist',
    started,
    answered,
    total,
    done: started && (answered === total || elapsed),
    dueDate: c.dueDate,
  };
}

/** Why an approval must wait for the consultation, or null when it may go ahead. */
export function consultationBlocker(s: ConsultationState): 'consultation_required' | 'consultation_pending' | null {
  if (!s.required) return null;
  if (!s.started) return 'consultation_required';
  return s.done ? null : 'consultation_pending';
}
