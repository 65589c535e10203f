// Rules of dispatch, in plain functions: how an inbox item moves and a refusal is answered (the ban on
// photo proof: admission/work-rules.ts).
import {
  ITEM_ACTIONS,
  ITEM_STATUSES,
  type InboxStatus,
  type ItemAction,
  type ItemStatus,
  type RefusalAnswer,
  type RefusalDecision,
  type RefusalState,
} from '#common/dispatch.js';

export { ITEM_ACTIONS, type ItemAction };

const MOVES: Record<ItemAction, { from: readonly ItemStatus[]; to: ItemStatus }> = {
  acknowledge: { from: ['new'], to: 'acknowledged' },
  start: { from: ['new', 'acknowledged'], to: 'in_progress' },
  complete: { from: ['new', 'acknowledged', 'in_progress'], to: 'done' },
  refuse: { from: ['new', 'acknowledged', 'in_progress'], to: 'refused' },
};

export function moveItem(from: ItemStatus, action: ItemAction): ItemStatus | null {
  return MOVES[action].from.includes(from) ? MOVES[action].to : null;
}

export function itemActions(from: ItemStatus): ItemAction[] {
  return ITEM_ACTIONS.filter((a) => MOVES[a].from.includes(from));
}

/** What the community sees: open work past its due date is overdue. */
export function inboxStatus(status: ItemStatus, dueDate: string, today: string): InboxStatus {
  if (OPEN.includes(status) && today > dueDate) return 'overdue';
  return status;
}

const OPEN: readonly ItemStatus[] = ['new', 'acknowledged', 'in_progress'];

/** The inbox tabs' counts from the items per stored status (with how many of each are past due). */
export function inboxTabCounts(
  byStatus: { status: ItemStatus; n: number; late: number }[],
): Record<'all' | 'overdue' | ItemStatus, number> {
  const counts = { all: 0, overdue: 0, ...Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) } as Record<
    'all' | 'overdue' | ItemStatus,
    number
  >;
  for (const { status, n, late } of byStatus) {
    counts[status] += n;
    counts.all += n;
    if (OPEN.includes(status)) counts.overdue += late;
  }
  return counts;
}

// The ban on photo proof is one of the rules admission judges by too: one engine, admission/work-rules.ts.
export { demandsPhotoProof } from '../admission/work-rules.js';

/**
 * How a department may answer a refusal, from where the refusal stands: withdraw or resend it unless it
 * is before the 减负办; contest it only once, before any other answer. Null: not possible.
 */
export function answerRefusal(
  status: ItemStatus,
  state: RefusalState,
  answer: RefusalAnswer,
): { status: ItemStatus; state: RefusalState } | null {
  if (status !== 'refused') return null;
  if (answer === 'contest') return state === 'unanswered' ? { status, state: 'contested' } : null;
  if (state !== 'unanswered' && state !== 'upheld') return null;
  return answer === 'withdraw' ? { status: 'withdrawn', state: 'withdrawn' } : { status: 'new', state: 'resent' };
}

/** The 减负办 decides a contested refusal: it stands, or the work goes back to the community's inbox. */
export function decideRefusal(
  status: ItemStatus,
  state: RefusalState,
  decision: RefusalDecision,
): { status: ItemStatus; state: RefusalState } | null {
  if (status !== 'refused' || state !== 'contested') return null;
  return decision === 'uphold' ? { status, state: 'upheld' } : { status: 'new', state: 'ordered' };
}

/** Where a refusal stands, from the stored state (null on a refused item: not answered yet). */
export function refusalStateOf(status: ItemStatus, stored: string | null): RefusalState | null {
  if (stored) return stored as RefusalState;
  return status === 'refused' ? 'unanswered' : null;
}
