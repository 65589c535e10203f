// Shapes of the dispatch, inbox, refusal and register API (mirrors server/src/modules/dispatch/schema.ts
// and informal-routes.ts).
import type { ScopeType } from '../../../common/src/admission.js';
import type { Channel, DemandStatus, InboxStatus, ItemStatus, RefusalReason } from '../../../common/src/dispatch.js';

export interface NamedRef {
  code: string;
  name: string;
}

export interface Attachment {
  id: number;
  filename: string;
  contentType: string;
  size: number;
}

export interface DispatchCounts {
  total: number;
  new: number;
  acknowledged: number;
  in_progress: number;
  done: number;
  refused: number;
  /** Open items past the due date; they are also counted under their stored status. */
  overdue: number;
}

export interface Burden {
  hoursPerCommunityYear: number;
  minutesPerOccurrence: number | null;
}

/** One community's state of a dispatched piece of work. */
export interface ItemState {
  id: number;
  community: NamedRef;
  status: InboxStatus;
  storedStatus: ItemStatus;
  acknowledgedAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  completionNote: string;
  refusedAt: string | null;
  refusalReason: RefusalReason | null;
  refusalText: string;
  updatedAt: string;
}

export interface Dispatch {
  id: number;
  title: string;
  instructions: string;
  dueDate: string;
  createdAt: string;
  department: NamedRef;
  admission: { id: number; number: string; code: string; title: string };
  burden: Burden;
  counts: DispatchCounts;
  isDemo: boolean;
}

export interface DispatchDetail extends Dispatch {
  attachments: Attachment[];
  items: (ItemState & { attachments: Attachment[] })[];
}

export interface DispatchBody {
  admissionId: number;
  title: string;
  instructions?: string;
  dueDate: string;
  targets: { type: ScopeType; codes: string[] };
}

export const ITEM_ACTIONS = ['acknowledge', 'start', 'complete', 'refuse'] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];

export interface InboxItem extends ItemState {
  dispatchId: number;
  title: string;
  instructions: string;
  dueDate: string;
  dispatchedAt: string;
  department: NamedRef;
  admissionNumber: string;
  admissionCode: string;
  burden: Burden;
  attachments: Attachment[];
  allowedActions: ItemAction[];
}

/** The inbox filter: a stored status, overdue (open and late) or open (not done nor refused). */
export type InboxFilter = InboxStatus | 'open';

export interface InboxReply {
  community: NamedRef;
  items: InboxItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ItemActBody {
  action: ItemAction;
  note?: string;
  reason?: RefusalReason;
  text?: string;
}

export interface Refusal extends ItemState {
  dispatchId: number;
  title: string;
  department: NamedRef;
  admissionNumber: string;
}

export interface Demand {
  id: number;
  community: NamedRef;
  department: NamedRef;
  occurredOn: string;
  channel: Channel;
  content: string;
  estimatedMinutes: number;
  anonymous: boolean;
  /** null when the entry is anonymous and the reader is not the reporter's community. */
  reporter: string | null;
  status: DemandStatus;
  reviewNote: string;
  reviewedAt: string | null;
  createdAt: string;
}

export interface DemandBody {
  departmentCode: string;
  occurredOn: string;
  channel: Channel;
  content: string;
  estimatedMinutes: number;
  anonymous: boolean;
}

export interface DemandQuery {
  departmentCode?: string;
  status?: DemandStatus;
  page?: number;
  pageSize?: number;
}

export interface DemandSummaryRow {
  department: NamedRef;
  entries: number;
  hours: number;
  open: number;
}

export const REVIEW_ACTIONS = ['warn', 'request_application', 'resolve'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export interface Reveal {
  by: string;
  reason: string;
  at: string;
}
