// The writers' side of the notification centre (the Notifier port): inside the writer's transaction it
// resolves the recipients, stores one notification each and, when an outbound channel is configured, one
// outbox row each; after the commit it wakes the sender without waiting for it. Built before the writers.
import { addDays, chinaDate } from '#common/dates.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import type { NotificationEvent, Notifier, RecipientDirectory } from './ports.js';
import * as repo from './repository.js';

export class NotificationWriter implements Notifier {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly directory: RecipientDirectory,
    /** Wakes the outbound channel's sender (after the commit; it must not block); null when none is set. */
    private readonly wakeSender: (() => void) | null,
  ) {}

  async notify(event: NotificationEvent): Promise<void> {
    const recipients = (await this.directory.resolve(event.to)).filter((r) => r.id !== event.except);
    if (recipients.length === 0) return;
    const now = this.clock.nowIso();
    const at = event.at ?? now;
    // Recorded after the fact (the demo's history): kept as read, not sent out.
    const stale = chinaDate(at) < addDays(this.clock.today(), -1);
    const params = JSON.stringify(event.params);
    const inserted = await repo.insertNotifications(
      this.database.db,
      recipients.map((r) => ({
        userId: r.id,
        kind: event.kind,
        params,
        link: event.link ?? null,
        subjectType: event.subject?.type ?? null,
        subjectId: event.subject?.id ?? null,
        createdAt: at,
        readAt: stale ? now : null,
      })),
    );
    const wake = this.wakeSender;
    if (!wake || stale) return;
    const names = new Map(recipients.map((r) => [r.id, r.username]));
    await repo.enqueue(
      this.database.db,
      inserted.map((n) => ({ id: n.id, recipient: names.get(n.userId)! })),
      now,
    );
    await this.database.afterCommit(() => wake());
  }
}
