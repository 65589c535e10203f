// Request and reply schemas of dispatch, inbox and refusal routes.
import { Type } from 'typebox';
import { DateString, Nullable } from '../../http/schema-helpers.js';
import { SCOPE_TYPES } from '../../../../common/src/admission.js';
import { ITEM_STATUSES, REFUSAL_REASONS } from '../../../../common/src/dispatch.js';
import { ORG_CODE_PATTERN } from '../../../../common/src/orgs.js';
import { PagedOf, pageProps } from '../../http/pagination.js';
import { ITEM_ACTIONS } from './rules.js';

const InboxStatus = Type.Enum([...ITEM_STATUSES, 'overdue'] as const);

export const DispatchBody = Type.Object({
  admissionId: Type.Integer({ minimum: 1 }),
  title: Type.String({ minLength: 1, maxLength: 100 }),
  instructions: Type.Optional(Type.String({ maxLength: 5000 })),
  dueDate: DateString,
  targets: Type.Object({
    type: Type.Enum(SCOPE_TYPES),
    codes: Type.Array(Type.String({ pattern: ORG_CODE_PATTERN }), { maxItems: 2000, default: [] }),
  }),
});

export const AttachmentView = Type.Object({
  id: Type.Integer(),
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
});

const Counts = Type.Object({
  total: Type.Integer(),
  new: Type.Integer(),
  acknowledged: Type.Integer(),
  in_progress: Type.Integer(),
  done: Type.Integer(),
  refused: Type.Integer(),
  overdue: Type.Integer(),
});

const itemStateProps = {
  id: Type.Integer(),
  community: Type.Object({ code: Type.String(), name: Type.String() }),
  status: InboxStatus,
  storedStatus: Type.Enum(ITEM_STATUSES),
  acknowledgedAt: Nullable(Type.String()),
  startedAt: Nullable(Type.String()),
  completedAt: Nullable(Type.String()),
  completionNote: Type.String(),
  refusedAt: Nullable(Type.String()),
  refusalReason: Nullable(Type.Enum(REFUSAL_REASONS)),
  refusalText: Type.String(),
  updatedAt: Type.String(),
};

const dispatchProps = {
  id: Type.Integer(),
  title: Type.String(),
  instructions: Type.String(),
  dueDate: Type.String(),
  createdAt: Type.String(),
  department: Type.Object({ code: Type.String(), name: Type.String() }),
  admission: Type.Object({ id: Type.Integer(), number: Type.String(), code: Type.String(), title: Type.String() }),
  burden: Type.Object({ hoursPerCommunityYear: Type.Number(), minutesPerOccurrence: Nullable(Type.Number()) }),
  counts: Counts,
  isDemo: Type.Boolean(),
};

export const DispatchListItem = Type.Object(dispatchProps);
export const DispatchPage = PagedOf(DispatchListItem);
export const DispatchDetail = Type.Object({
  ...dispatchProps,
  attachments: Type.Array(AttachmentView),
  items: Type.Array(Type.Object({ ...itemStateProps, attachments: Type.Array(AttachmentView) })),
});

export const InboxItem = Type.Object({
  ...itemStateProps,
  dispatchId: Type.Integer(),
  title: Type.String(),
  instructions: Type.String(),
  dueDate: Type.String(),
  dispatchedAt: Type.String(),
  department: Type.Object({ code: Type.String(), name: Type.String() }),
  admissionNumber: Type.String(),
  admissionCode: Type.String(),
  burden: Type.Object({ hoursPerCommunityYear: Type.Number(), minutesPerOccurrence: Nullable(Type.Number()) }),
  attachments: Type.Array(AttachmentView),
  allowedActions: Type.Array(Type.Enum(ITEM_ACTIONS)),
});

export const InboxReply = Type.Object({
  community: Type.Object({ code: Type.String(), name: Type.String() }),
  items: Type.Array(InboxItem),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const InboxQuery = Type.Object({
  ...pageProps,
  status: Type.Optional(Type.Enum([...ITEM_STATUSES, 'overdue', 'open'] as const)),
});

export const ItemActBody = Type.Object({
  action: Type.Enum(ITEM_ACTIONS),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  reason: Type.Optional(Type.Enum(REFUSAL_REASONS)),
  text: Type.Optional(Type.String({ maxLength: 2000 })),
});

export const RefusalPage = PagedOf(
  Type.Object({
    ...itemStateProps,
    dispatchId: Type.Integer(),
    title: Type.String(),
    department: Type.Object({ code: Type.String(), name: Type.String() }),
    admissionNumber: Type.String(),
  }),
);
