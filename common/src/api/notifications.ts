// Request and reply schemas of the notification centre (the bell) and the to-do counts (/me/notifications,
// /me/todo).
import { Type, type Static } from 'typebox';
import { NOTIFICATION_KINDS, TODO_KINDS } from '../notifications.js';
import { Nullable, pageProps } from './schema.js';

export const NotificationQuery = Type.Object({
  ...pageProps,
  unread: Type.Optional(Type.Boolean({ description: '只看未读' })),
});
export type NotificationQuery = Static<typeof NotificationQuery>;

export const NotificationView = Type.Object({
  id: Type.Integer(),
  kind: Type.Enum(NOTIFICATION_KINDS),
  /** The message in the caller's language (Accept-Language). */
  text: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  /** A path inside the app that opens what it is about. */
  link: Nullable(Type.String()),
  createdAt: Type.String(),
  readAt: Nullable(Type.String()),
});
export type NotificationView = Static<typeof NotificationView>;

export const NotificationPage = Type.Object({
  items: Type.Array(NotificationView),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  /** Unread notifications of the user, whatever the filter. */
  unread: Type.Integer(),
});
export type NotificationPage = Static<typeof NotificationPage>;

export const MarkReadBody = Type.Object({
  /** The notifications to mark read; omit (or `all: true`) to mark all read. */
  ids: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 200 })),
  all: Type.Optional(Type.Boolean()),
});
export type MarkReadBody = Static<typeof MarkReadBody>;

export const MarkReadReply = Type.Object({ marked: Type.Integer(), unread: Type.Integer() });
export type MarkReadReply = Static<typeof MarkReadReply>;

export const TodoCount = Type.Object({
  kind: Type.Enum(TODO_KINDS),
  count: Type.Integer(),
  tone: Type.Enum(['info', 'warning', 'danger'] as const),
  /** Where the web lists what is counted. */
  link: Type.String(),
  /** The menu entry whose badge carries this count, if any. */
  menu: Nullable(Type.String()),
});
export type TodoCount = Static<typeof TodoCount>;

export const TodoReply = Type.Object({
  items: Type.Array(TodoCount),
  /** Unread notifications, so the shell needs one request for its badges. */
  unread: Type.Integer(),
});
export type TodoReply = Static<typeof TodoReply>;
