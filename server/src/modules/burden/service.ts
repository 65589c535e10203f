// Burden monitoring: events and rollups, capacity, the index, budgets, and the views dashboards read.
import { DEFAULT_LEAVE_DAYS, type BurdenSource } from '../../../../common/src/burden.js';
import { levelOfCode } from '../../../../common/src/orgs.js';
import type { OrgLevel } from '../../../../common/src/roles.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DB } from '../../db/types.js';
import { nowIso } from '../../db/dialect.js';
import { forbidden, invalid, notFound } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { CalendarService } from '../calendar/service.js';
import { todayInChina } from '../calendar/service.js';
import type { OrgService } from '../orgs/service.js';
import { availableHours, baseOf, burdenRatio, indexSeries, monthsBetween } from './accounting.js';
import { canRecordMeeting, canSeeBurden, canSetBudget, canSetCapacity } from './policy.js';
import {
  admittedItem,
  appEvents,
  dispatchEvents,
  informalEvents,
  inspectionEvents,
  isCosted,
  itemEvents,
  type CostedAdmission,
  type DispatchedItem,
} from './derive.js';
import { deriveEvents, historyMonths, monthsBack, workingDaysIn } from './recompute.js';
import * as repo from './repository.js';
import type { BurdenSources } from './sources.js';

const CHILD_LEVEL: Partial<Record<OrgLevel, OrgLevel>> = {
  province: 'city',
  city: 'district',
  district: 'street',
  street: 'community',
};
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const hours = (minutes: number) => Math.round((Number(minutes) / 60) * 10) / 10;

export interface WindowQuery {
  from?: string;
  to?: string;
  /** Month from which "after" counts, for the before/after comparison. */
  split?: string;
}

/** Where an admission's burden falls: its communities, and for hub ledgers the cells each fills itself. */
export interface AdmissionScope {
  communities: string[];
  cellsToFill: Map<string, number> | null;
}

/** What burden asks of the data hub (its FormService), bound after both are built. */
export interface LedgerCoverage {
  cellsToFill(admissionId: number, communities: string[]): Promise<Map<string, number> | null>;
}

export class BurdenService {
  private ledgers: LedgerCoverage | null = null;
  private sources: BurdenSources | null = null;

  constructor(
    private readonly database: Database,
    private readonly orgs: OrgService,
    private readonly calendar: CalendarService,
  ) {}

  private get db() {
    return this.database.db;
  }

  /** The modules burden is derived from (their services are built after this one). */
  useSources(sources: BurdenSources): void {
    this.sources = sources;
  }

  /** The hub's form coverage, for ledger burden (the hub's services are built after this one). */
  useLedgerCoverage(ledgers: LedgerCoverage): void {
    this.ledgers = ledgers;
  }

  private cellsToFill = async (a: { id: number; kind: string }, communities: string[]) =>
    a.kind === 'ledger' && this.ledgers ? this.ledgers.cellsToFill(a.id, communities) : null;

  currentMonth(): string {
    return todayInChina().slice(0, 7);
  }

  window(q: WindowQuery): { from: string; to: string } {
    const errors = (['from', 'to', 'split'] as const)
      .filter((k) => q[k] !== undefined && !MONTH.test(q[k]!))
      .map((field) => ({ field, reason: 'invalid_value' }));
    if (errors.length) throw invalid(errors);
    const to = q.to ?? this.currentMonth();
    const from = q.from ?? monthsBack(to, 24);
    if (from > to) throw invalid([{ field: 'from', reason: 'invalid_value' }]);
    return { from, to };
  }

  /** Writes events and adds them to the rollups in one transaction (the incremental path). */
  async record(events: repo.EventInput[]): Promise<void> {
    await this.db.transaction().execute((trx) => repo.insertEvents(trx, events));
  }

  // Live writes: each source's writer calls these inside its own transaction (trx), with the source as it
  // now stands; the events are derived by the same pure functions as `burden recompute`, and replace the
  // source's earlier events. Nothing here reads through this.db: on SQLite that would wait on the
  // writer's open transaction forever. What needs other reads comes first (communitiesOf, workingDays).

  /** The source's earlier events out, its new ones in (only months burden keeps), rollups with them. */
  private async replaceIn(trx: Kysely<DB>, refs: string[], events: repo.EventInput[]): Promise<void> {
    const months = historyMonths(this.currentMonth());
    const first = months[0];
    const last = months[months.length - 1];
    await repo.removeEvents(trx, refs);
    const kept = events.filter((e) => e.month >= first && e.month <= last);
    if (kept.length) await repo.insertEvents(trx, kept);
  }

  /** Communities an admission covers and, for a hub ledger, what each fills (read before the writer's transaction). */
  async scopeOf(a: {
    id: number;
    kind: string;
    scope_type: string;
    scope_codes: string;
    jurisdiction_code: string;
  }): Promise<AdmissionScope> {
    const prefixes = a.scope_type === 'all' ? [a.jurisdiction_code] : (JSON.parse(a.scope_codes) as string[]);
    const communities = (await this.orgs.communitiesUnder(prefixes)).map((c) => c.code);
    return { communities, cellsToFill: await this.cellsToFill(a, communities) };
  }

  /** Working days per month on the official calendar (read before the writer's transaction). */
  async workingDays(): Promise<(month: string) => number> {
    const cal = await this.calendar.calendar();
    return (m) => workingDaysIn(cal, m);
  }

  /** An admission approved, imported, amended, renewed, revoked or retired: its standing burden as it now is. */
  async admissionIn(
    trx: Kysely<DB>,
    a: CostedAdmission,
    scope: AdmissionScope,
    amendments: { action: string; at: string; tag: string | null; changes: string }[],
  ): Promise<void> {
    const item = isCosted(a)
      ? itemEvents(
          admittedItem(
            a,
            scope.communities,
            amendments.filter((e) => e.action === 'amend'),
            scope.cellsToFill,
          ),
          historyMonths(this.currentMonth()),
        )
      : [];
    await this.replaceIn(trx, [`admission:${a.id}`], item);
  }

  /** Work dispatched to communities: one occurrence each. */
  async dispatchIn(trx: Kysely<DB>, items: DispatchedItem[]): Promise<void> {
    await this.replaceIn(
      trx,
      items.map((i) => `dispatch_item:${i.id}`),
      dispatchEvents(items),
    );
  }

  /** A community refused dispatched work: it costs nothing. */
  async dispatchRefusedIn(trx: Kysely<DB>, itemId: number): Promise<void> {
    await this.replaceIn(trx, [`dispatch_item:${itemId}`], []);
  }

  async informalIn(
    trx: Kysely<DB>,
    d: { id: number; community: string; department: string; occurredOn: string; minutes: number },
  ): Promise<void> {
    await this.replaceIn(trx, [`informal:${d.id}`], informalEvents([d]));
  }

  async inspectionIn(
    trx: Kysely<DB>,
    i: { id: number; department: string; start: string; hours: number; number: string | null; communities: string[] },
  ): Promise<void> {
    await this.replaceIn(
      trx,
      [`inspection:${i.id}`],
      inspectionEvents(i.communities.map((community) => ({ ...i, community }))),
    );
  }

  /** An app or group registered or exited (`to` set): its minutes per working day while in use. */
  async appIn(
    trx: Kysely<DB>,
    app: {
      id: number;
      department: string;
      minutesPerDay: number;
      from: string;
      to: string | null;
      number: string | null;
      communities: string[];
    },
    workingDays: (month: string) => number,
  ): Promise<void> {
    const uses = app.communities.map((community) => ({ ...app, community }));
    await this.replaceIn(trx, [`app:${app.id}`], appEvents(uses, this.currentMonth(), workingDays));
  }

  /** Rebuilds the derived events from their sources and every rollup, all or nothing. */
  async recompute(): Promise<{ events: number; removed: number }> {
    if (!this.sources) throw new Error('burden sources not bound');
    const events = await deriveEvents(
      this.sources,
      this.orgs,
      await this.calendar.calendar(),
      this.currentMonth(),
      this.cellsToFill,
    );
    let removed = 0;
    await this.db.transaction().execute(async (trx) => {
      removed = await repo.deleteDerivedEvents(trx);
      await repo.insertEventRows(trx, events);
      await repo.rebuildRollups(trx);
    });
    return { events: events.length, removed };
  }

  /** Bulk load (demo history, benchmarks): events written, then the rollups rebuilt set-based. */
  async load(events: repo.EventInput[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await repo.insertEventRows(trx, events);
      await repo.rebuildRollups(trx);
    });
  }

  /** A meeting or training a community was called to (no source module holds them). */
  async recordMeeting(
    user: SessionUser,
    input: {
      community: string;
      departmentCode: string;
      date: string;
      minutes: number;
      admissionNumber?: string | null;
    },
  ) {
    if (!canRecordMeeting(user, input.community)) throw forbidden('out_of_scope');
    const dept = await this.orgs.department(input.departmentCode);
    if (!dept || !input.community.startsWith(dept.orgCode))
      throw invalid([{ field: 'departmentCode', reason: 'unknown_department' }]);
    const month = input.date.slice(0, 7);
    if (month > this.currentMonth()) throw invalid([{ field: 'date', reason: 'invalid_value' }]);
    await this.record([
      {
        community: input.community,
        month,
        source: 'meeting_training',
        department: input.departmentCode,
        number: input.admissionNumber?.trim() || null,
        objectKind: 'meeting',
        minutes: input.minutes,
        ref: `entered:${user.id}:${nowIso()}`,
      },
    ]);
    return this.monthEvents(user, input.community, month);
  }

  /** The baseline month of an org: its own setting, else the nearest jurisdiction's above it. */
  async baselineMonthOf(org: string): Promise<string | null> {
    const chain = [org, org.slice(0, 9), org.slice(0, 6), org.slice(0, 4)].filter((c, i, a) => a.indexOf(c) === i);
    const rows = await repo.findSettings(this.db, chain);
    for (const c of chain) {
      const r = rows.find((x) => x.jurisdiction_code === c);
      if (r?.baseline_month) return r.baseline_month;
    }
    // No baseline set: the first month with any burden in the window shown (indexSeries picks it).
    return null;
  }

  /** Staff and hours available over some months for the communities under an org. */
  private async capacity(org: string, months: string[]) {
    const rows = await repo.capacityUnder(this.db, org);
    const cal = await this.calendar.calendar();
    const workdays = months.reduce((n, m) => n + workingDaysIn(cal, m), 0);
    const share = months.length / 12;
    const perCommunity = new Map(
      rows.map((r) => [r.community_code, availableHours(r.staff, workdays, Number(r.leave_days) * share)]),
    );
    return {
      staff: rows.reduce((n, r) => n + r.staff, 0),
      communities: rows.length,
      availableHours: Math.round([...perCommunity.values()].reduce((a, b) => a + b, 0)),
      perCommunity,
    };
  }

  private async nameMap(codes: string[]) {
    const orgs = await this.orgs.findMany(codes);
    return new Map(orgs.map((o) => [o.code, o.name]));
  }

  /** Index series and breakdowns of one org: what both the public and the dashboards show. */
  async aggregates(org: string, q: WindowQuery) {
    const o = await this.orgs.find(org);
    if (!o) throw notFound('org_not_found', org);
    const w = this.window(q);
    const [rows, parts, baseline] = await Promise.all([
      repo.monthly(this.db, { org, ...w }),
      repo.breakdown(this.db, { org, ...w }),
      this.baselineMonthOf(org),
    ]);
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    const months = monthsBetween(w.from, w.to);
    // The index leaves out re-estimates: a recalculation is not a rebound.
    const net = months.map((m) => ({
      month: m,
      minutes: Number(byMonth.get(m)?.minutes ?? 0) - Number(byMonth.get(m)?.reestimate ?? 0),
    }));
    const index = indexSeries(net, baseline);
    const series = months.map((m, i) => ({
      month: m,
      hours: hours(byMonth.get(m)?.minutes ?? 0),
      reestimateHours: hours(byMonth.get(m)?.reestimate ?? 0),
      index: index[i].index,
    }));
    const sum = <K extends string>(key: (p: (typeof parts)[number]) => K) => {
      const out = new Map<K, number>();
      for (const p of parts) out.set(key(p), (out.get(key(p)) ?? 0) + Number(p.minutes));
      return [...out.entries()].sort((a, b) => b[1] - a[1]);
    };
    const deptNames = new Map(parts.map((p) => [p.department_code, p.department_name ?? p.department_code]));
    return {
      org: { code: o.code, name: o.name, level: o.level, parentCode: o.parentCode },
      from: w.from,
      to: w.to,
      // The month the index is actually based on (the set baseline may lie outside the window).
      baselineMonth: baseOf(net, baseline)?.month ?? null,
      totalHours: hours(parts.reduce((n, p) => n + Number(p.minutes), 0)),
      series,
      byDepartment: sum((p) => p.department_code).map(([code, m]) => ({
        code,
        name: deptNames.get(code)!,
        hours: hours(m),
      })),
      byKind: sum((p) => p.object_kind).map(([kind, m]) => ({ kind, hours: hours(m) })),
      bySource: sum((p) => p.source_kind as BurdenSource).map(([source, m]) => ({ source, hours: hours(m) })),
    };
  }

  /** The dashboard of one org for a signed-in user within scope. */
  async dashboard(user: SessionUser, org: string, q: WindowQuery) {
    if (!canSeeBurden(user, org)) throw forbidden('out_of_scope');
    const agg = await this.aggregates(org, q);
    const w = { from: agg.from, to: agg.to };
    const last12 = monthsBetween(monthsBack(w.to, 12) < w.from ? w.from : monthsBack(w.to, 12), w.to);
    const level = agg.org.level as OrgLevel;
    const childLevel = CHILD_LEVEL[level];
    const [children, communityTotals, cap] = await Promise.all([
      childLevel ? repo.totalsUnder(this.db, org, childLevel, w) : Promise.resolve([]),
      level === 'community'
        ? Promise.resolve([])
        : repo.totalsUnder(this.db, org, 'community', { from: last12[0], to: w.to }),
      this.capacity(org, last12),
    ]);
    const ranked = communityTotals
      .map((c) => {
        const available = cap.perCommunity.get(c.org_code) ?? 0;
        const ratio = burdenRatio(Number(c.minutes) / 60, available);
        return { code: c.org_code, hours: hours(c.minutes), ratio };
      })
      .sort((a, b) => (b.ratio ?? -1) - (a.ratio ?? -1) || b.hours - a.hours)
      .slice(0, 30);
    // Names only for what is shown (a city has 1,773 communities).
    const names = await this.nameMap([...children.map((c) => c.org_code), ...ranked.map((c) => c.code)]);
    const ranking = ranked.map((r) => ({ ...r, name: names.get(r.code) ?? r.code }));
    const last12Hours = agg.series.filter((s) => last12.includes(s.month)).reduce((n, s) => n + s.hours, 0);
    let beforeAfter = null;
    if (q.split) {
      const before = agg.series.filter((s) => s.month < q.split!);
      const after = agg.series.filter((s) => s.month >= q.split!);
      const avg = (xs: typeof before) =>
        xs.length ? Math.round((xs.reduce((n, s) => n + s.hours, 0) / xs.length) * 10) / 10 : null;
      beforeAfter = {
        split: q.split,
        beforeMonthlyHours: avg(before),
        afterMonthlyHours: avg(after),
        beforeMonths: before.length,
        afterMonths: after.length,
      };
    }
    return {
      ...agg,
      children: children
        .map((c) => ({ code: c.org_code, name: names.get(c.org_code) ?? c.org_code, hours: hours(c.minutes) }))
        .sort((a, b) => b.hours - a.hours),
      ranking,
      capacity: {
        staff: cap.staff,
        communitiesWithStaff: cap.communities,
        availableHours12: cap.availableHours,
        burdenHours12: Math.round(last12Hours * 10) / 10,
        ratio: burdenRatio(last12Hours, cap.availableHours),
      },
      beforeAfter,
    };
  }

  /** What one community was asked in one month, each hour traced to its department and number. */
  async monthEvents(user: SessionUser, community: string, month: string) {
    if (!canSeeBurden(user, community)) throw forbidden('out_of_scope');
    if (levelOfCode(community) !== 'community') throw invalid([{ field: 'community', reason: 'invalid_value' }]);
    if (!MONTH.test(month)) throw invalid([{ field: 'month', reason: 'invalid_value' }]);
    const rows = await repo.eventsOf(this.db, community, month);
    return rows.map((r) => ({
      source: r.source_kind as BurdenSource,
      department: { code: r.department_code, name: r.department_name ?? r.department_code },
      admissionNumber: r.admission_number,
      objectKind: r.object_kind,
      hours: hours(r.minutes),
      reestimate: Boolean(r.is_reestimate),
      ref: r.source_ref,
    }));
  }

  /** One page of the communities under `org` (the caller's jurisdiction or a district/street in it). */
  async capacityList(
    user: SessionUser,
    org: string,
    opts: { q?: string; status?: 'missing' | 'entered'; offset: number; limit: number },
  ) {
    if (!canSeeBurden(user, org)) throw forbidden('out_of_scope');
    const { rows, total } = await repo.searchCapacity(this.database, { within: org, ...opts });
    return {
      total,
      items: rows.map((r) => ({
        code: r.code,
        name: r.name,
        streetName: r.street_name ?? '',
        staff: r.staff ?? null,
        leaveDays: r.leave_days === null ? DEFAULT_LEAVE_DAYS : Number(r.leave_days),
      })),
    };
  }

  async setCapacity(
    user: SessionUser,
    rows: { community: string; staff: number; leaveDays?: number }[],
    opts: { isDemo?: boolean } = {},
  ) {
    const found = new Map((await this.orgs.findMany(rows.map((r) => r.community))).map((o) => [o.code, o]));
    const errors = rows.flatMap((r, i) =>
      found.get(r.community)?.level === 'community' ? [] : [{ field: `items.${i}.community`, reason: 'invalid_value' }],
    );
    if (errors.length) throw invalid(errors);
    if (rows.some((r) => !canSetCapacity(user, r.community))) throw forbidden('out_of_scope');
    const at = nowIso();
    await repo.upsertCapacity(
      this.db,
      rows.map((r) => ({
        community: r.community,
        staff: r.staff,
        leaveDays: r.leaveDays ?? DEFAULT_LEAVE_DAYS,
        by: user.id,
        at,
        isDemo: opts.isDemo,
      })),
    );
  }

  async settings(code: string) {
    const [r] = await repo.findSettings(this.db, [code]);
    return {
      jurisdiction: code,
      baselineMonth: r?.baseline_month ?? null,
      annualCapHours:
        r?.annual_cap_hours === undefined || r?.annual_cap_hours === null ? null : Number(r.annual_cap_hours),
      oneInOneOut: Boolean(r?.one_in_one_out),
    };
  }

  /** Settings of the user's own jurisdiction, one below it, or one above it (the city's budget applies). */
  async settingsFor(user: SessionUser, code: string) {
    if (!canSeeBurden(user, code) && !(user.role !== 'resident' && user.orgCode.startsWith(code)))
      throw forbidden('out_of_scope');
    return this.settings(code);
  }

  async setSettings(
    user: SessionUser,
    code: string,
    s: { baselineMonth: string | null; annualCapHours: number | null; oneInOneOut: boolean },
  ) {
    const level = levelOfCode(code);
    if (level !== 'district' && level !== 'city') throw invalid([{ field: 'jurisdiction', reason: 'invalid_value' }]);
    if (!canSetBudget(user, code)) throw forbidden(user.role === 'reviewer' ? 'out_of_scope' : 'forbidden_role');
    if (s.baselineMonth !== null && !MONTH.test(s.baselineMonth))
      throw invalid([{ field: 'baselineMonth', reason: 'invalid_value' }]);
    await this.orgs.require(code);
    await repo.upsertSettings(this.db, {
      code,
      baselineMonth: s.baselineMonth,
      capHours: s.annualCapHours,
      oneInOneOut: s.oneInOneOut,
      by: user.id,
      at: nowIso(),
    });
    return this.settings(code);
  }

  /** The budget that applies to a jurisdiction: its own settings, else its city's. */
  async budgetOf(jurisdiction: string) {
    const own = await this.settings(jurisdiction);
    if (own.annualCapHours !== null || own.oneInOneOut || jurisdiction.length <= 4) return own;
    return this.settings(jurisdiction.slice(0, 4));
  }

  /** Hours over the last 12 months of the most burdened community under some prefixes (numbered work only). */
  async heaviestCommunityHours(prefixes: string[]): Promise<number> {
    const to = this.currentMonth();
    const from = monthsBack(to, 12);
    let max = 0;
    for (const p of prefixes) {
      const rows = await repo.totalsUnderNumbered(this.db, p, { from, to });
      for (const r of rows) max = Math.max(max, Number(r.minutes) / 60);
    }
    return Math.round(max * 10) / 10;
  }
}
