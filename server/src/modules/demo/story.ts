// The demo's story is written as of STORY_DAY. Loaded on another day, it moves forward (or back) by whole
// months so that month starts and month ends stay what they are, and an event that lands on a weekend
// moves on to the Monday (never back, so nothing happens before the term it happens under starts), or
// back to the Friday when the Monday is after today. A demo loaded in 2028 shows 2028's history. Pure:
// every step computes its Story from the app clock.
import {
  addDays,
  addMonths,
  addMonthsToMonth,
  chinaInstant,
  daysBetween,
  lastDayOfMonth,
  monthOf,
  monthsBetween,
  yearOf,
} from '#common/dates.js';

/** The day the demo's story was written for: its literal dates are as seen on this day. */
export const STORY_DAY = '2026-12-06';
/** Months of burden history the demo holds, ending in today's month. */
export const HISTORY_MONTHS = 24;

export interface Story {
  /** The app clock's today. */
  today: string;
  /** Whole months the story moved (0 until the first month-day after STORY_DAY's is reached). */
  months: number;
  /** A story date moved by whole months; a month's last day stays the last day (expiries, due dates). */
  date(d: string): string;
  /** An event's day: moved, off the weekend, never after today. */
  day(d: string): string;
  /** An event's instant: its day at a Beijing wall-clock time. */
  at(d: string, time?: string): string;
  /** A story month (YYYY-MM) moved. */
  month(m: string): string;
  /** A year named in the story's text, moved with it. */
  year(y: number): number;
  /** Text with its years ('2026年', '〔2024〕') moved; legal citations must not go through this. */
  text(s: string): string;
  /** The first and last month of the burden history (the last is today's month). */
  history: { from: string; to: string };
}

/** Monday = 0 … Sunday = 6. */
function weekday(d: string): number {
  return ((daysBetween('1970-01-05', d) % 7) + 7) % 7;
}

function moveDate(d: string, months: number): string {
  return d === lastDayOfMonth(monthOf(d)) ? lastDayOfMonth(addMonthsToMonth(monthOf(d), months)) : addMonths(d, months);
}

export function storyOf(today: string): Story {
  let months = monthsBetween(monthOf(STORY_DAY), monthOf(today));
  // The story's own "today" must not be after the real one: what it shows as done is done.
  if (addMonths(STORY_DAY, months) > today) months -= 1;
  const years = yearOf(addMonths(STORY_DAY, months)) - yearOf(STORY_DAY);
  const date = (d: string) => moveDate(d, months);
  const day = (d: string) => {
    const moved = date(d);
    const wd = weekday(moved);
    if (wd < 5) return moved;
    const monday = addDays(moved, 7 - wd);
    return monday <= today ? monday : addDays(moved, 4 - wd);
  };
  const to = monthOf(today);
  return {
    today,
    months,
    date,
    day,
    at: (d, time = '09:00') => chinaInstant(day(d), time),
    month: (m) => addMonthsToMonth(m, months),
    year: (y) => y + years,
    text: (s) => s.replace(/(20\d\d)(年|〕)/g, (_, y: string, tail: string) => `${Number(y) + years}${tail}`),
    history: { from: addMonthsToMonth(to, 1 - HISTORY_MONTHS), to },
  };
}
