// Burden monitoring: events and rollups, capacity, the index, budgets, and the views dashboards read.
import { DEFAULT_LEAVE_DAYS, type BurdenSource } from '#common/burden.js';
import { levelOfCode } from '#common/orgs.js';
import type { OrgLevel } from '#common/roles.js';
import type { Database } from '../../db/database.js';
import { forbidden, invalid, notFound } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { CalendarService } from '../calendar/service.js';
import type { OrgService } from '../orgs/service.js';
import { availableHours, baseOf, burdenRatio, indexSeries, workingDaysIn } from './accounting.js';
import { lastMonths, monthOf, monthRange, monthsBack } from '#common/dates.js';
import { canRecordMeeting, canSeeBurden, canSetBudget, canSetCapacity } from './policy.js';
import { BurdenBudgets } from './budget-source.js';
import type { BurdenSources, SourceKind } from './ports.js';
import { deriveEvents, type Selection } from './recompute.js';
import * as repo from './repository.js';
import type { Clock } from '../../clock/clock.js';

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

/** Sources the projector rebuilds per transaction. */
const DRAIN_BATCH = 500;

export class BurdenService {
  private readonly budgets: BurdenBudgets;
  /** The projector and the recompute, one at a time (in this process). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly calendar: CalendarService,
    /** The modules burden is derived from, through its ports (burden/ports.ts). */
    private readonly sources: BurdenSources,
  ) {
    this.budgets = new BurdenBudgets(database, clock);
  }

  private get db() {
    return this.database.db;
  }

  currentMonth(): string {
    return monthOf(this.clock.today());
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
    await this.database.transaction((trx) => repo.insertEvents(trx, events));
  }

  private derive(only?: Selection) {
    return deriveEvents(
      {
        sources: this.sources,
        orgs: this.orgs,
        workingDays: async () => {
          const cal = await this.calendar.calendar();
          return (m) => workingDaysIn(cal, m);
        },
      },
      this.currentMonth(),
      only,
    );
  }

  /** One at a time: a projection and a recompute never interleave their writes. */
  private serially<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The projector: rebuilds the events of the sources the outbox names (writers mark them in their own
   * transactions; this runs after each commit, at start and after a recompute) with the same derivation
   * as the recompute, each batch in one transaction with the marks it clears. Returns the sources rebuilt.
   */
  drain(): Promise<number> {
    return this.serially(async () => {
      let done = 0;
      for (;;) {
        const n = await this.database.transaction(async () => {
          const dirty = await repo.dirtyBatch(this.db, DRAIN_BATCH);
          if (dirty.length === 0) return 0;
          const only: Partial<Record<SourceKind, number[]>> = {};
          for (const d of dirty) (only[d.source_kind] ??= []).push(Number(d.source_ref.split(':')[1]));
          const events = await this.derive(only);
          // The sources' earlier events out, their new ones in (only months burden keeps), rollups with them.
          await repo.removeEvents(
            this.db,
            dirty.map((d) => d.source_ref),
          );
          if (events.length) await repo.insertEvents(this.db, events);
          await repo.clearDirty(this.db, dirty);
          return dirty.length;
        });
        done += n;
        if (n < DRAIN_BATCH) return done;
      }
    });
  }

  /** Rebuilds the derived events from every source and every rollup, all or nothing; then drains. */
  async recompute(): Promise<{ events: number; removed: number }> {
    const result = await this.serially(async () => {
      // What is marked now is rebuilt below; marks made while deriving stay for the drain after.
      const marked = await repo.dirtyBatch(this.db, Number.MAX_SAFE_INTEGER);
      const events = await this.derive();
      return this.database.transaction(async () => {
        const removed = await repo.deleteDerivedEvents(this.db);
        await repo.insertEventRows(this.db, events);
        await repo.rebuildRollups(this.db);
        await repo.clearDirty(this.db, marked);
        return { events: events.length, removed };
      });
    });
    await this.drain();
    return result;
  }

  /** Bulk load (demo history, benchmarks): events written, then the rollups rebuilt set-based. */
  async load(events: repo.EventInput[]): Promise<void> {
    await this.database.transaction(async (trx) => {
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
    const month = monthOf(input.date);
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
        ref: `entered:${user.id}:${this.clock.nowIso()}`,
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
    const months = monthRange(w.from, w.to);
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
    const last12 = lastMonths(w.to, 12).filter((m) => m >= w.from);
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

  /**
   * What staffing reads per community under an org: the staff and leave entered (社区人员; staff null
   * when not entered) and the hours a month of work measured here, averaged over the last 12 months.
   */
  async staffingFigures(
    org: string,
  ): Promise<Map<string, { staff: number | null; leaveDays: number; hoursPerMonth: number }>> {
    const to = this.currentMonth();
    const from = monthsBack(to, 12);
    const [capacity, minutes] = await Promise.all([
      repo.capacityUnder(this.db, org),
      repo.monthlyUnder(this.db, org, 'community', { from, to }),
    ]);
    const out = new Map<string, { staff: number | null; leaveDays: number; hoursPerMonth: number }>();
    const of = (c: string) => {
      let v = out.get(c);
      if (!v) out.set(c, (v = { staff: null, leaveDays: DEFAULT_LEAVE_DAYS, hoursPerMonth: 0 }));
      return v;
    };
    for (const r of capacity) Object.assign(of(r.community_code), { staff: r.staff, leaveDays: Number(r.leave_days) });
    for (const r of minutes) of(r.org_code).hoursPerMonth += Number(r.minutes) / 60 / 12;
    return out;
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
    const at = this.clock.nowIso();
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
    return this.budgets.settings(code);
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
      at: this.clock.nowIso(),
    });
    return this.settings(code);
  }

  /** The budget that applies to a jurisdiction (see BurdenBudgets). */
  budgetOf(jurisdiction: string) {
    return this.budgets.budgetOf(jurisdiction);
  }

  /** Hours over the last 12 months of the most burdened community under some prefixes (numbered work only). */
  heaviestCommunityHours(prefixes: string[]): Promise<number> {
    return this.budgets.heaviestCommunityHours(prefixes);
  }
}
