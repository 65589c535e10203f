// Rebuilds the derived burden events from their sources (admitted items, dispatches, inspections,
// apps, informal demands), then the rollups. Entered meetings and the demo history are kept.
import type { Frequency } from '../../../../common/src/admission.js';
import type { OrgService } from '../orgs/service.js';
import type { WorkCalendar } from '../calendar/workdays.js';
import { monthsBetween } from './accounting.js';
import {
  admittedItem,
  appEvents,
  dispatchEvents,
  informalEvents,
  inspectionEvents,
  itemEvents,
  sourceOfItem,
} from './derive.js';
import * as repo from './repository.js';
import type { BurdenSources } from './sources.js';

/** Working days of a month on the official calendar. */
export function workingDaysIn(calendar: WorkCalendar, month: string): number {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const prevLast = new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return calendar.workingDaysBetween(prevLast, last).value;
}

const HISTORY_MONTHS = 60;

/** The months events are kept for: the last five years up to the current month. */
export function historyMonths(currentMonth: string): string[] {
  return monthsBetween(monthsBack(currentMonth, HISTORY_MONTHS), currentMonth);
}

export function monthsBack(to: string, n: number): string {
  const total = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1 - (n - 1);
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export async function deriveEvents(
  sources: BurdenSources,
  orgs: OrgService,
  calendar: WorkCalendar,
  currentMonth: string,
  cellsToFill: (
    a: { id: number; kind: string },
    communities: string[],
  ) => Promise<Map<string, number> | null> = async () => null,
): Promise<repo.EventInput[]> {
  const months = historyMonths(currentMonth);
  const amendments = await sources.admissions.amendmentsForBurden();
  const byAdmission = new Map<number, typeof amendments>();
  for (const a of amendments) byAdmission.set(a.admission_id, [...(byAdmission.get(a.admission_id) ?? []), a]);
  const scopeCache = new Map<string, string[]>();
  const communitiesOf = async (prefixes: string[]) => {
    const key = prefixes.join(',');
    if (!scopeCache.has(key))
      scopeCache.set(
        key,
        (await orgs.communitiesUnder(prefixes)).map((c) => c.code),
      );
    return scopeCache.get(key)!;
  };

  const events: repo.EventInput[] = [];
  for (const a of await sources.admissions.costedForBurden()) {
    if (!sourceOfItem(a.kind)) continue;
    const codes = JSON.parse(a.scope_codes) as string[];
    const communities = await communitiesOf(a.scope_type === 'all' ? [a.jurisdiction_code] : codes);
    const item = admittedItem(a, communities, byAdmission.get(a.id) ?? [], await cellsToFill(a, communities));
    events.push(...itemEvents(item, months));
  }

  events.push(
    ...dispatchEvents(
      (await sources.dispatch.itemsForBurden()).map((d) => ({
        id: d.id,
        community: d.community_code,
        status: d.status,
        department: d.department_code,
        sentOn: d.created_at,
        number: d.number,
        kind: d.kind,
        frequency: d.frequency as Frequency,
        minutesPerOccurrence: d.minutes_per_occurrence,
        ledgerFields: d.ledger_fields,
        ledgerRows: d.ledger_rows,
      })),
    ),
    ...inspectionEvents(
      (await sources.inspections.visitsForBurden()).map((v) => ({
        id: v.id,
        community: v.community_code,
        department: v.department_code,
        start: v.start_date,
        hours: Number(v.hours_per_community),
        number: v.number,
      })),
    ),
    ...appEvents(
      (await sources.apps.usesForBurden()).map((u) => ({
        id: u.id,
        community: u.community_code,
        department: u.department_code,
        minutesPerDay: Number(u.minutes_per_day),
        from: u.created_at,
        to: u.exited_at,
        number: u.number,
      })),
      currentMonth,
      (m) => workingDaysIn(calendar, m),
    ),
    ...informalEvents(
      (await sources.informal.demandsForBurden()).map((d) => ({
        id: d.id,
        community: d.community_code,
        department: d.department_code,
        occurredOn: d.occurred_on,
        minutes: Number(d.estimated_minutes),
      })),
    ),
  );
  const first = months[0];
  return events.filter((e) => e.month >= first && e.month <= currentMonth);
}
