// The notification centre: a user's notifications (paged, read/unread, mark read) and to-do counts added
// up from each module's TodoSource. Built after every module it asks; writers reach it only through the
// Notifier port (writer.ts).
import { TODO_KINDS } from '#common/notifications.js';
import { notificationText, type NotificationParams } from '#common/i18n/notifications.js';
import type { Lang } from '#common/i18n/problems.js';
import type { NotificationKind } from '#common/notifications.js';
import type { NotificationPage, TodoReply } from '#common/api/notifications.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import type { SessionUser } from '../accounts/types.js';
import type { OutboundChannel } from './channel.js';
import type { NoticeSource, Notifier, TodoSource } from './ports.js';
import * as repo from './repository.js';

export class NotificationService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly sources: readonly TodoSource[],
    private readonly channel: OutboundChannel | null,
    private readonly notifier: Notifier,
    private readonly notices: readonly NoticeSource[],
  ) {}

  private sweeper: ReturnType<typeof setInterval> | null = null;
  private sweeping: Promise<unknown> | null = null;

  async list(
    user: SessionUser,
    q: { page: number; pageSize: number; offset: number; unread?: boolean },
    lang: Lang,
  ): Promise<NotificationPage> {
    const db = this.database.db;
    const { rows, total } = await repo.listOfUser(db, user.id, {
      unread: q.unread,
      offset: q.offset,
      limit: q.pageSize,
    });
    const unread = q.unread ? total : await repo.countUnread(db, user.id);
    return {
      items: rows.map((r) => {
        const params = JSON.parse(r.params) as NotificationParams;
        const kind = r.kind as NotificationKind;
        return {
          id: r.id,
          kind,
          text: notificationText(kind, params, lang),
          params,
          link: r.link,
          createdAt: r.created_at,
          readAt: r.read_at,
        };
      }),
      total,
      page: q.page,
      pageSize: q.pageSize,
      unread,
    };
  }

  /** Marks these of the user's notifications read, or all of them. */
  async markRead(user: SessionUser, ids: number[] | 'all') {
    const marked = await this.database.transaction(() =>
      repo.markRead(this.database.db, user.id, ids, this.clock.nowIso()),
    );
    return { marked, unread: await repo.countUnread(this.database.db, user.id) };
  }

  /** The user's open work per kind, as each module counts it, in the one order of TODO_KINDS. */
  async todo(user: SessionUser): Promise<TodoReply> {
    const counts = [];
    for (const source of this.sources) counts.push(...(await source.counts(user)));
    counts.sort((a, b) => TODO_KINDS.indexOf(a.kind) - TODO_KINDS.indexOf(b.kind));
    return {
      items: counts.map((c) => ({ ...c, menu: c.menu ?? null })),
      unread: await repo.countUnread(this.database.db, user.id),
    };
  }

  /** At start: send what a stop left in the outbox; look for dated notices now and every hour. */
  startDelivery(): void {
    this.channel?.kick();
    // Kept, so that a stop waits for a sweep under way instead of closing the database beneath it.
    const sweep = () => {
      this.sweeping ??= this.sweep()
        .catch(() => undefined)
        .finally(() => (this.sweeping = null));
    };
    sweep();
    if (!this.sweeper) {
      this.sweeper = setInterval(sweep, 3_600_000);
      this.sweeper.unref();
    }
  }

  /** Sends the dated notices due today that nobody has had yet; answers how many events were sent. */
  async sweep(): Promise<number> {
    const today = this.clock.today();
    let sent = 0;
    for (const source of this.notices)
      for (const e of await source.due(today)) {
        await this.database.transaction(async () => {
          if (await repo.notifiedAbout(this.database.db, e.kind, e.subject.type, e.subject.id)) return;
          await this.notifier.notify(e);
          sent++;
        });
      }
    return sent;
  }

  /** Resolves when the outbound channel has nothing in flight (tests). */
  async deliveryIdle(): Promise<void> {
    await this.channel?.idle();
  }

  /** Stops the background work and waits for what is in flight (the app's onClose, before the database closes). */
  async stop(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    await this.sweeping;
    await this.channel?.stop();
  }
}
