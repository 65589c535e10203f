// The one clock of the server. Services, rules and the demo read the time only through a Clock, so that
// tests (and a demo run on any day) can pin it. Dates are calendar dates in China (UTC+8): working
// days, lead times, due dates, expiry and burden months all follow Beijing's calendar.
import { chinaDate, chinaInstant } from '#common/dates.js';

export interface Clock {
  /** The current instant. */
  now(): Date;
  /** The current instant as ISO-8601 UTC text (how timestamps are stored). */
  nowIso(): string;
  /** Today's date in China, YYYY-MM-DD. */
  today(): string;
}

abstract class BaseClock implements Clock {
  abstract now(): Date;
  nowIso(): string {
    return this.now().toISOString();
  }
  today(): string {
    return chinaDate(this.now());
  }
}

class SystemClock extends BaseClock {
  now(): Date {
    return new Date();
  }
}

/**
 * A clock pinned to a starting instant that then runs at real speed (so that ordering by time still
 * works), and can be moved: `set()` jumps, `advance()` moves forward.
 */
export class PinnedClock extends BaseClock {
  private offsetMs: number;

  constructor(start: Date | string) {
    super();
    this.offsetMs = 0;
    this.set(start);
  }

  now(): Date {
    return new Date(realNow() + this.offsetMs);
  }

  /** Jumps to an instant (ISO text, or a date taken as 09:00 in China). */
  set(at: Date | string): void {
    const t =
      at instanceof Date ? at.getTime() : Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(at) ? chinaInstant(at, '09:00') : at);
    if (Number.isNaN(t)) throw new Error(`not an instant: ${String(at)}`);
    this.offsetMs = t - realNow();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  advanceDays(days: number): void {
    this.advance(days * 24 * 3600 * 1000);
  }
}

function realNow(): number {
  return Date.now();
}

export const systemClock: Clock = new SystemClock();

/** The clock of a process: the real time, or pinned by JIANFU_NOW (an ISO instant or a date) for demos and journeys. */
export function clockFrom(pinned: string | undefined): Clock {
  return pinned ? new PinnedClock(pinned) : systemClock;
}
