// The optional outbound channel: each notification POSTed as JSON to the deployment's SMS gateway or 政务 IM
// webhook (JIANFU_NOTIFY_WEBHOOK_URL). Sent after the writer's commit from the outbox, never inside a
// request; a failure is retried with exponential backoff up to a number of attempts, then given up and
// kept as such. What goes out is what the recipient sees in the bell (the text, the kind, the link) and
// the account name the gateway maps to a phone or IM id; nothing is logged but a status code.
import { notificationText, type NotificationParams } from '#common/i18n/notifications.js';
import type { NotificationKind } from '#common/notifications.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import * as repo from './repository.js';

export interface ChannelConfig {
  url: string;
  /** Sent as `Authorization: Bearer …` when set. */
  token?: string;
  /** The first retry waits this long; each next one twice as long (capped at an hour). */
  retryBaseMs: number;
  maxAttempts: number;
  timeoutMs: number;
}

/** The JSON body the channel receives. */
export interface OutboundMessage {
  id: number;
  kind: NotificationKind;
  recipient: string;
  text: string;
  params: NotificationParams;
  link: string | null;
  createdAt: string;
}

const HOUR_MS = 3_600_000;

/** Wait before attempt n+1 after n failed attempts. */
export function backoffMs(failedAttempts: number, baseMs: number): number {
  return Math.min(HOUR_MS, baseMs * 2 ** Math.max(0, failedAttempts - 1));
}

export class OutboundChannel {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly config: ChannelConfig,
    private readonly onError: (what: string) => void = () => undefined,
  ) {}

  /** Starts sending what is due (returns at once; a run already going runs again after). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Resolves when no run is going (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** No more sends; resolves when the one in flight is done (before the database closes). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.idle();
  }

  private async run(): Promise<void> {
    try {
      const tried = new Set<number>();
      for (;;) {
        const rows = (await repo.due(this.database.db, this.clock.nowIso(), 50)).filter((r) => !tried.has(r.id));
        if (rows.length === 0 || this.stopped) break;
        for (const r of rows) {
          tried.add(r.id);
          await this.send(r);
        }
      }
      await this.schedule();
    } catch (err) {
      // The database closed under us (shutdown) or went away: the rows stay due for the next start.
      if (!this.stopped) this.onError(`notification delivery stopped: ${err instanceof Error ? err.name : 'error'}`);
    }
  }

  private async send(r: Awaited<ReturnType<typeof repo.due>>[number]): Promise<void> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + this.config.timeoutMs + 30_000).toISOString();
    if (!(await repo.claim(this.database.db, r.id, now.toISOString(), until))) return;
    const params = JSON.parse(r.params) as NotificationParams;
    const kind = r.kind as NotificationKind;
    const message: OutboundMessage = {
      id: r.id,
      kind,
      recipient: r.recipient,
      text: notificationText(kind, params, 'zh-CN'),
      params,
      link: r.link,
      createdAt: r.created_at,
    };
    const attempts = Number(r.attempts) + 1;
    let error: string | null = null;
    try {
      const res = await fetch(this.config.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          ...(this.config.token ? { authorization: `Bearer ${this.config.token}` } : {}),
        },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) error = `http_${res.status}`;
    } catch (err) {
      error = err instanceof Error ? err.name : 'error';
    }
    const at = this.clock.now();
    if (error === null) {
      await repo.markSent(this.database.db, r.id, attempts, at.toISOString());
      return;
    }
    const gaveUp = attempts >= this.config.maxAttempts;
    await repo.markFailed(this.database.db, r.id, {
      attempts,
      error,
      nextAt: new Date(at.getTime() + backoffMs(attempts, this.config.retryBaseMs)).toISOString(),
      gaveUpAt: gaveUp ? at.toISOString() : null,
    });
    if (gaveUp) this.onError(`notification ${r.id} not delivered after ${attempts} attempts (${error})`);
  }

  /** Wakes up when the next pending row is due. */
  private async schedule(): Promise<void> {
    const next = await repo.nextDue(this.database.db);
    if (!next || this.stopped) return;
    const delay = Math.max(0, Math.min(Date.parse(next) - this.clock.now().getTime(), HOUR_MS));
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.kick();
    }, delay);
    this.timer.unref();
  }
}
