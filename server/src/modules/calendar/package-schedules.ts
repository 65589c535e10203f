// Official holiday schedules shipped by the npm package chinese-days (holidays and 调休 make-up days).
import { createRequire } from 'node:module';
import type { YearSchedule } from './workdays.js';

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let cached: YearSchedule[] | null = null;

export function packageSchedules(): YearSchedule[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const data = require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  const years = new Map<number, YearSchedule>();
  const yearOf = (d: string) => {
    const year = Number(d.slice(0, 4));
    let s = years.get(year);
    if (!s) years.set(year, (s = { year, holidays: [], workdays: [], source: 'package' }));
    return s;
  };
  for (const d of Object.keys(data.holidays)) yearOf(d).holidays.push(d);
  for (const d of Object.keys(data.workdays)) yearOf(d).workdays.push(d);
  cached = [...years.values()].sort((a, b) => a.year - b.year);
  return cached;
}
