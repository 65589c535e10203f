// The notification centre's ports. Other modules depend on these plain types only, never on the service:
//
// - `Notifier` — a writer calls `notify(event)` inside its own `database.transaction`, after its own rows:
//   the notifications (and the outbound channel's outbox rows) commit or roll back with the write, and
//   delivery to the outbound channel starts after the commit, off the request.
// - `RecipientDirectory` — who the event concerns, resolved to accounts (implemented by accounts).
// - `TodoSource` — each module counts its own open work for a user (`<module>/todo-source.ts`); the centre
//   only adds them up, it never reads another module's tables.
// - `NoticeSource` — notices due by date (a grant running out), swept at start and hourly, once each.
//
// Emitting a new event is one call inside the writer's transaction, e.g. a department's answer to a
// refusal (issue 12 §8):
//   await this.notifier.notify({ kind: 'refusal_answered', to: { workersOf: [item.community_code] },
//     params: { department, title, answer: 'withdrawn' }, link: '/inbox', subject: { type: 'dispatch_item', id } });
// A new kind goes in NOTIFICATION_KINDS (common/src/notifications.ts) with its text in both languages
// (common/src/i18n/notifications.ts); a parameter holding a code is shown by its label (VOCABULARIES there).
import type { NotificationKind, TodoKind, TodoTone } from '#common/notifications.js';
import type { NotificationParams } from '#common/i18n/notifications.js';
import type { Role } from '#common/roles.js';
import type { SessionUser } from '../accounts/types.js';

/** Who an event is for; every part is optional and they add up (each account once). */
export interface Recipients {
  /** These accounts. */
  users?: number[];
  /** The community workers of these communities. */
  workersOf?: string[];
  /** The officers of these departments. */
  officersOf?: string[];
  /** The reviewers whose jurisdiction contains this code (a district's 减负办 and the city's). */
  reviewersOver?: string;
}

export interface NotificationEvent {
  kind: NotificationKind;
  to: Recipients;
  /**
   * What the text names (common/src/i18n/notifications.ts). Only what every recipient may see: titles,
   * numbers, departments, dates, vocabulary codes — never a resident's name, ID number, phone or address.
   */
  params: NotificationParams;
  /** A path inside the web app that opens what it is about. */
  link?: string;
  subject?: { type: string; id: number };
  /**
   * When it happened, for events recorded after the fact (the demo): an event more than a day old is
   * stored as read and not sent out — nobody is paged about yesterday.
   */
  at?: string;
  /** Leave out this account (the one who acted). */
  except?: number;
}

export interface Notifier {
  /** Call inside the writer's transaction. */
  notify(event: NotificationEvent): Promise<void>;
}

export interface Recipient {
  id: number;
  username: string;
  role: Role;
}

export interface RecipientDirectory {
  /** Enabled accounts matching the recipients, each once. */
  resolve(to: Recipients): Promise<Recipient[]>;
}

export interface TodoCountOf {
  kind: TodoKind;
  count: number;
  tone: TodoTone;
  link: string;
  /** The menu entry (web/src/app/menu.tsx key) whose badge shows the count. */
  menu?: string;
}

export interface TodoSource {
  /** This module's counts for the user ([] when none concern the role). */
  counts(user: SessionUser): Promise<TodoCountOf[]>;
}

export type DatedNotice = NotificationEvent & { subject: { type: string; id: number } };

/**
 * Notices that fall due by date rather than by a write (a grant running out): the centre asks each source
 * once a day (and at start) and sends each (kind, subject) once.
 */
export interface NoticeSource {
  /** Events due on `today`; each must name its subject (the once-only key). */
  due(today: string): Promise<DatedNotice[]>;
}
