// Staffing (定人定岗): standards per jurisdiction (versioned, inherited), the staffing table (residents,
// households, staff, what three standards require, gaps, the WISN ratio, the size band) and grid plans.
// Population comes from the hub, staff and admitted hours from burden, working days from the calendar.
import type { OfficialStatisticsBody, StaffingStandard } from '#common/api/staffing.js';
import { addDays } from '#common/dates.js';
import type { OrgLevel } from '#common/roles.js';
import { GRID_TOLERANCE, type RosterPost, type SizeBand } from '#common/staffing.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import type { Selectable } from 'kysely';
import type { GridPlanTable } from '../../db/types.js';
import { forbidden, invalid, notFound, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { BurdenService } from '../burden/service.js';
import type { CalendarService } from '../calendar/service.js';
import type { SubjectService } from '../hub/subjects-service.js';
import type { OrgService, OrgView } from '../orgs/service.js';
import { buildingOf, buildingsOf, imbalanced, outsideTolerance, proposeGrids, splitAlongGrids } from './grid-plan.js';
import { canEnterStatistics, canPlanGrids, canReadStaffing, canSetStandard } from './policy.js';
import * as repo from './repository.js';
import * as rosterRepo from './roster-repository.js';
import type { RosterFigures, RosterService } from './roster-service.js';
import {
  DEFAULT_STANDARD,
  gapOf,
  householdsPerWorkerBands,
  isVillage,
  mergeStandard,
  monthlyPayOf,
  nearestWithStandard,
  requiredGridWorkers,
  requiredPer10k,
  sizeBandOf,
  standardErrors,
  wisn,
  wisnRatio,
  type WisnResult,
} from './requirement.js';

interface StandardInForce {
  standard: StaffingStandard;
  from: { code: string; name: string; version: number } | null;
}

interface CommunityResult {
  org: OrgView;
  residents: number;
  households: number;
  /** Official statistics in use where the hub has no population (their source and date). */
  official: { source: string; asOf: string } | null;
  staff: number | null;
  /** Monthly pay of those graded in the roster by the ladder in force (元); null without any graded. */
  monthlyPay: number | null;
  /** The roster's figures when the community has anyone in post in it (then staff is the roster's). */
  roster: RosterFigures | null;
  grids: number;
  required: { per10k: number; gridWorkers: number; wisn: number };
  sizeBand: SizeBand;
  burdenHoursPerMonth: number;
  wisn: WisnResult;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const ANCESTOR_LENGTHS = [2, 4, 6, 9, 12];
const ancestorsOf = (code: string) => ANCESTOR_LENGTHS.filter((n) => n <= code.length).map((n) => code.slice(0, n));

interface StoredGrid {
  code: string;
  name: string;
  households: number;
  residents: number;
  elderlyAlone: number;
  disabled: number;
  lowIncome: number;
  buildings: string[];
}

export class StaffingService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly calendar: CalendarService,
    private readonly subjects: SubjectService,
    private readonly burden: BurdenService,
    private readonly roster: RosterService,
  ) {}

  private get db() {
    return this.database.db;
  }

  private async requireOrg(user: SessionUser, code: string): Promise<OrgView> {
    const org = await this.orgs.find(code);
    if (!org) throw notFound('org_not_found', code);
    if (!canReadStaffing(user, code)) throw forbidden('out_of_scope');
    return org;
  }

  // --- standards ---

  /** The standards in force under an org: its ancestors' and its descendants' latest versions. */
  private async standardsAround(code: string): Promise<Map<string, { standard: StaffingStandard; version: number }>> {
    const codes = [...new Set([...ancestorsOf(code), ...(await repo.standardCodesUnder(this.db, code))])];
    const rows = await repo.latestStandards(this.db, codes);
    return new Map(
      rows.map((r) => [
        r.jurisdiction_code,
        { standard: { ...DEFAULT_STANDARD, ...(JSON.parse(r.standard) as StaffingStandard) }, version: r.version },
      ]),
    );
  }

  private resolver(
    standards: Map<string, { standard: StaffingStandard; version: number }>,
    names: Map<string, string>,
  ) {
    const has = new Set(standards.keys());
    return (code: string): StandardInForce => {
      const at = nearestWithStandard(code, has);
      if (!at) return { standard: DEFAULT_STANDARD, from: null };
      const s = standards.get(at)!;
      return { standard: s.standard, from: { code: at, name: names.get(at) ?? at, version: s.version } };
    };
  }

  private async namesOf(codes: Iterable<string>): Promise<Map<string, string>> {
    return new Map((await this.orgs.findMany([...codes])).map((o) => [o.code, o.name]));
  }

  async standard(user: SessionUser, code: string) {
    const org = await this.requireOrg(user, code);
    const standards = await this.standardsAround(code);
    const inForce = this.resolver(standards, await this.namesOf(standards.keys()))(code);
    const versions = await repo.versionsOf(this.db, code);
    return {
      jurisdiction: { code: org.code, name: org.name },
      from: inForce.from,
      standard: inForce.standard,
      versions: versions.map((v) => ({ version: v.version, createdAt: v.created_at })),
      canEdit: (org.level === 'city' || org.level === 'district') && canSetStandard(user, code),
    };
  }

  /** A new version of a city's or district's standard; what the body leaves out is inherited. */
  async setStandard(user: SessionUser, code: string, body: Partial<StaffingStandard>) {
    const org = await this.orgs.find(code);
    if (!org) throw notFound('org_not_found', code);
    if (org.level !== 'city' && org.level !== 'district')
      throw invalid([{ field: 'code', reason: 'not_a_jurisdiction' }]);
    if (!canSetStandard(user, code)) throw forbidden(user.role === 'admin' ? 'out_of_scope' : 'forbidden_role');
    const standards = await this.standardsAround(code);
    const inForce = this.resolver(standards, new Map())(code);
    const merged = mergeStandard(inForce.standard, body);
    const errors = standardErrors(merged);
    if (errors.length) throw invalid(errors);
    await this.database.transaction(() =>
      repo.insertStandard(this.db, {
        code,
        standard: JSON.stringify(merged),
        by: user.id,
        at: this.clock.nowIso(),
      }),
    );
    return this.standard(user, code);
  }

  // --- the staffing table ---

  /** Working days of the last twelve months on the official calendar. */
  private async workingDays(): Promise<number> {
    const today = this.clock.today();
    const cal = await this.calendar.calendar();
    return cal.workingDaysBetween(addDays(today, -365), today).value;
  }

  private async communitiesUnder(code: string): Promise<CommunityResult[]> {
    const list = await this.orgs.communitiesUnder([code]);
    const since = addDays(this.clock.today(), -365);
    const [views, population, statistics, figures, rosters, standards, workingDays, deliberation] = await Promise.all([
      this.orgs.findMany(list.map((c) => c.code)),
      this.subjects.populationUnder(code),
      repo.latestStatisticsUnder(this.db, code),
      this.burden.staffingFigures(code),
      this.roster.figuresUnder(code),
      this.standardsAround(code),
      this.workingDays(),
      repo.deliberationUnder(this.db, code, since),
    ]);
    const standardOf = this.resolver(standards, new Map());
    const officialOf = new Map(statistics.map((r) => [r.community_code, r]));
    return views
      .sort((a, b) => (a.code < b.code ? -1 : 1))
      .map((org) => {
        const hub = population.get(org.code);
        // The hub first; a steward's official statistics only where the hub has no households.
        const stat = hub && hub.households > 0 ? undefined : officialOf.get(org.code);
        const p = stat
          ? { residents: stat.residents, households: stat.households, care: hub?.care ?? 0 }
          : (hub ?? { residents: 0, households: 0, care: 0 });
        const capacity = figures.get(org.code) ?? { staff: null, leaveDays: 15, hoursPerMonth: 0 };
        // A community with a roster counts its people in post; the capacity figure is the fallback.
        const roster = rosters.get(org.code) ?? null;
        const f = roster ? { ...capacity, staff: roster.staff } : capacity;
        const s = standardOf(org.code).standard;
        const village = isVillage(org.name);
        // 议事协商 is the community's own service work: a duty of its own, never in burdenHoursPerMonth.
        const held = deliberation.get(org.code) ?? { meetings: 0, topics: 0 };
        const w = wisn(
          {
            ...p,
            isVillage: village,
            burdenHoursPerMonth: f.hoursPerMonth,
            leaveDays: f.leaveDays,
            meetings: held.meetings,
            meetingTopics: held.topics,
          },
          workingDays,
          s,
        );
        const graded = roster?.graded.filter((g) => g.level !== null && g.grade !== null) ?? [];
        return {
          org,
          residents: p.residents,
          households: p.households,
          official: stat ? { source: stat.source, asOf: stat.as_of } : null,
          staff: f.staff,
          monthlyPay: graded.length
            ? graded.reduce(
                (n, g) =>
                  n + g.n * monthlyPayOf(s.payLadder, { level: g.level!, grade: g.grade!, certificate: g.certificate }),
                0,
              )
            : null,
          roster,
          grids: org.counts.grid ?? 0,
          required: {
            per10k: requiredPer10k(p.residents, s),
            gridWorkers: requiredGridWorkers(p.households, s, village),
            wisn: w.required,
          },
          sizeBand: sizeBandOf(p.households, s),
          burdenHoursPerMonth: round1(f.hoursPerMonth),
          wisn: w,
        };
      });
  }

  /**
   * One row of the table. Gaps and the WISN ratio compare only communities that have both staff entered
   * and a population in the hub: one without either is counted (staffMissing, populationMissing), never
   * taken as needing nobody.
   */
  private row(org: OrgView, members: CommunityResult[]) {
    const total = (list: CommunityResult[], f: (c: CommunityResult) => number) =>
      round1(list.reduce((n, c) => n + f(c), 0));
    const sum = (f: (c: CommunityResult) => number) => total(members, f);
    const entered = members.filter((c) => c.staff !== null);
    const staff = entered.length ? entered.reduce((n, c) => n + c.staff!, 0) : null;
    const required = {
      per10k: sum((c) => c.required.per10k),
      gridWorkers: sum((c) => c.required.gridWorkers),
      wisn: sum((c) => c.required.wisn),
    };
    const comparable = entered.filter((c) => c.households > 0);
    const staffC = comparable.length ? comparable.reduce((n, c) => n + c.staff!, 0) : null;
    const req = {
      per10k: total(comparable, (c) => c.required.per10k),
      gridWorkers: total(comparable, (c) => c.required.gridWorkers),
      wisn: total(comparable, (c) => c.required.wisn),
    };
    const community = org.level === 'community' ? members[0] : undefined;
    const rostered = members.filter((c) => c.roster !== null);
    const certified = rostered.reduce((n, c) => n + c.roster!.certified, 0);
    const rosterStaff = rostered.reduce((n, c) => n + c.roster!.staff, 0);
    const byPost = { secretary: 0, director: 0, member: 0, full_time: 0, grid_worker: 0 };
    for (const c of rostered) for (const k of Object.keys(byPost) as RosterPost[]) byPost[k] += c.roster!.byPost[k];
    const byLevel: Record<string, number> = {};
    const byGrade = new Map<number, number>();
    for (const g of rostered.flatMap((c) => c.roster!.graded)) {
      const level = String(g.level ?? 0);
      byLevel[level] = (byLevel[level] ?? 0) + g.n;
      if (g.grade !== null) byGrade.set(g.grade, (byGrade.get(g.grade) ?? 0) + g.n);
    }
    const paid = members.filter((c) => c.monthlyPay !== null);
    const official = members.filter((c) => c.official !== null);
    const fromHub = members.filter((c) => c.official === null && c.households > 0);
    return {
      org: { code: org.code, name: org.name, level: org.level as OrgLevel },
      communities: members.length,
      residents: sum((c) => c.residents),
      households: sum((c) => c.households),
      staff,
      staffMissing: members.length - entered.length,
      staffSource: !entered.length
        ? null
        : rostered.length === entered.length
          ? ('roster' as const)
          : rostered.length
            ? ('mixed' as const)
            : ('capacity' as const),
      rosterCommunities: rostered.length,
      byPost: rostered.length ? byPost : null,
      byLevel: rostered.length ? byLevel : null,
      byGrade: rostered.length ? [...byGrade].sort((a, b) => a[0] - b[0]).map(([grade, n]) => ({ grade, n })) : null,
      monthlyPay: paid.length ? paid.reduce((n, c) => n + c.monthlyPay!, 0) : null,
      certifiedShare: rosterStaff ? Math.round((certified / rosterStaff) * 1000) / 1000 : null,
      populationMissing: members.filter((c) => c.households === 0).length,
      populationSource: official.length
        ? fromHub.length
          ? ('mixed' as const)
          : ('official' as const)
        : fromHub.length
          ? ('hub' as const)
          : null,
      officialCommunities: official.length,
      official: community?.official ?? null,
      grids: community ? community.grids : (org.counts.grid ?? 0),
      required,
      gap: gapOf(staffC, Math.max(req.per10k, req.gridWorkers, req.wisn)),
      gaps: {
        per10k: gapOf(staffC, req.per10k),
        gridWorkers: gapOf(staffC, req.gridWorkers),
        wisn: gapOf(staffC, req.wisn),
      },
      wisnRatio: wisnRatio(staffC, req.wisn),
      sizeBand: community && community.households > 0 ? community.sizeBand : null,
      outsideBand: members.filter((c) => c.sizeBand !== 'within' && c.households > 0).length,
      burdenHoursPerMonth: sum((c) => c.burdenHoursPerMonth),
    };
  }

  /** The staffing figures of one org (a community, or the sum of the communities under it). */
  async ofOrg(user: SessionUser, code: string) {
    const org = await this.requireOrg(user, code);
    const [detail, communities, standards] = await Promise.all([
      this.orgs.get(code),
      this.communitiesUnder(code),
      this.standardsAround(code),
    ]);
    const inForce = this.resolver(standards, await this.namesOf(standards.keys()))(code);
    const items = new Map<string, { key: string; name: string; hoursPerYear: number }>();
    for (const c of communities)
      for (const i of c.wisn.items) {
        const x = items.get(i.key) ?? { ...i, hoursPerYear: 0 };
        x.hoursPerYear = round1(x.hoursPerYear + i.hoursPerYear);
        items.set(i.key, x);
      }
    const workingDays = await this.workingDays();
    const available = communities[0]?.wisn.availableHoursPerWorker ?? 0;
    return {
      ...this.row(org, communities),
      path: detail.path,
      standardFrom: inForce.from,
      ladderName: inForce.standard.payLadder.name,
      wisn: {
        availableHoursPerWorker: available,
        workingDays,
        workloadHours: round1(communities.reduce((n, c) => n + c.wisn.workloadHours, 0)),
        items: [...items.values()].sort((a, b) => b.hoursPerYear - a.hoursPerYear),
      },
      householdsPerWorker: householdsPerWorkerBands(communities),
    };
  }

  /** The level below an org, one row each (a community has none: its grids are the grid plan's). */
  async children(user: SessionUser, code: string) {
    const org = await this.requireOrg(user, code);
    if (org.level === 'community' || org.level === 'grid') return { items: [] };
    const [children, communities] = await Promise.all([this.orgs.children(code, 0, 5000), this.communitiesUnder(code)]);
    return {
      items: children.items
        .filter((c) => c.level !== 'grid')
        .map((c) =>
          this.row(
            c,
            communities.filter((x) => x.org.code.startsWith(c.code)),
          ),
        ),
    };
  }

  // --- official statistics ---

  /**
   * A data steward enters a community's official statistics (residents, households, source, date). The
   * table counts them only while the hub has no households for the community, and says so.
   */
  async setStatistics(user: SessionUser, code: string, body: OfficialStatisticsBody) {
    const org = await this.orgs.find(code);
    if (!org) throw notFound('org_not_found', code);
    if (!canEnterStatistics(user, code))
      throw forbidden(user.role === 'data_steward' ? 'out_of_scope' : 'forbidden_role');
    if (org.level !== 'community') throw invalid([{ field: 'code', reason: 'not_a_community' }]);
    const errors: { field: string; reason: string }[] = [];
    if (body.households > body.residents) errors.push({ field: 'households', reason: 'invalid_value' });
    if (body.asOf > this.clock.today()) errors.push({ field: 'asOf', reason: 'in_future' });
    if (!body.source.trim()) errors.push({ field: 'source', reason: 'required' });
    if (errors.length) throw invalid(errors);
    const at = this.clock.nowIso();
    await this.database.transaction(() =>
      repo.insertStatistics(this.db, {
        community_code: code,
        district_code: code.slice(0, 6),
        residents: body.residents,
        households: body.households,
        source: body.source.trim(),
        as_of: body.asOf,
        entered_by: user.id,
        entered_at: at,
      }),
    );
    const hub = (await this.subjects.populationUnder(code)).get(code);
    return {
      community: { code: org.code, name: org.name },
      residents: body.residents,
      households: body.households,
      source: body.source.trim(),
      asOf: body.asOf,
      enteredAt: at,
      inUse: !hub || hub.households === 0,
    };
  }

  // --- my grid ---

  /**
   * A resident's or a community worker's own grid: which grid (a resident's by her record in the hub, a
   * worker's by her roster entry) and its grid workers in post (names and posts only — nothing else of
   * staffing reaches a resident).
   */
  async myGrid(user: SessionUser) {
    const today = this.clock.today();
    let place: { community: string; grid: string | null } | null = null;
    if (user.role === 'community_worker') {
      const entry = await rosterRepo.entryOfUser(this.db, user.id, today);
      place = { community: user.orgCode, grid: entry?.community_code === user.orgCode ? entry.grid_code : null };
    } else if (user.role === 'resident') {
      const r = await repo.placeOfResident(this.db, user.id);
      if (r) place = { community: r.community_code, grid: r.grid_code };
    }
    const org = place ? await this.orgs.find(place.community) : undefined;
    if (!place || !org) return { community: null, grid: null, workers: [] };
    const [grids, holders] = await Promise.all([
      this.orgs.gridsOf(place.community),
      rosterRepo.gridHolders(this.db, place.community, today),
    ]);
    const grid = grids.find((g) => g.code === place.grid);
    return {
      community: { code: org.code, name: org.name },
      grid: grid ? { code: grid.code, name: grid.name } : null,
      workers: grid
        ? holders.filter((h) => h.grid_code === grid.code).map((h) => ({ name: h.name, post: h.post as RosterPost }))
        : [],
    };
  }

  // --- grid plans ---

  private async requireCommunity(user: SessionUser, code: string, plan: boolean): Promise<OrgView> {
    const org = await this.orgs.find(code);
    if (!org) throw notFound('org_not_found', code);
    if (org.level !== 'community') throw invalid([{ field: 'code', reason: 'not_a_community' }]);
    if (plan ? !canPlanGrids(user, code) : !canReadStaffing(user, code))
      throw forbidden(
        user.role === 'street_officer' || user.role === 'department_officer' || user.role === 'admin' || !plan
          ? 'out_of_scope'
          : 'forbidden_role',
      );
    return org;
  }

  private view(p: Selectable<GridPlanTable>, community: OrgView) {
    const grids = JSON.parse(p.grids) as StoredGrid[];
    return {
      id: p.id,
      community: { code: community.code, name: community.name },
      householdsPerGrid: p.households_per_grid,
      status: p.status,
      version: p.version,
      households: p.households,
      residents: p.residents,
      outsideTolerance: outsideTolerance(grids, p.households_per_grid, GRID_TOLERANCE),
      grids,
      createdAt: p.created_at,
      adoptedAt: p.adopted_at,
    };
  }

  /** A proposed plan from the hub's households: buildings whole, in address order, grids of about N. */
  async propose(user: SessionUser, code: string, householdsPerGrid: number) {
    const community = await this.requireCommunity(user, code, true);
    const households = await this.subjects.householdsForPlan(code);
    // No households in the hub: nothing to draw grids from (adopting an empty plan would remove every grid).
    if (households.length === 0) throw problem('grid_plan_no_households');
    const grids = proposeGrids(buildingsOf(households), householdsPerGrid);
    const stored: StoredGrid[] = grids.map((g) => ({
      code: code + String(g.seq).padStart(3, '0'),
      name: `第${g.seq}网格`,
      households: g.households,
      residents: g.residents,
      elderlyAlone: g.elderlyAlone,
      disabled: g.disabled,
      lowIncome: g.lowIncome,
      buildings: g.buildings,
    }));
    const id = await this.database.transaction(() =>
      repo.insertPlan(this.db, {
        community_code: code,
        households_per_grid: householdsPerGrid,
        households: households.length,
        residents: households.reduce((n, h) => n + h.residents, 0),
        grids: JSON.stringify(stored),
        created_by: user.id,
        created_at: this.clock.nowIso(),
      }),
    );
    return this.view((await repo.findPlan(this.db, id))!, community);
  }

  /** The community's current grids and its latest plans. */
  async plans(user: SessionUser, code: string) {
    const community = await this.requireCommunity(user, code, false);
    const [grids, perGrid, plans, holders] = await Promise.all([
      this.orgs.gridsOf(code),
      this.subjects.householdsPerGrid(code),
      repo.plansOf(this.db, code, 10),
      rosterRepo.gridHolders(this.db, code, this.clock.today()),
    ]);
    // Each grid's workers from the roster (names only), and whether the caller is one of them.
    const current = grids.map((g) => {
      const on = holders.filter((h) => h.grid_code === g.code);
      return {
        ...g,
        households: perGrid.get(g.code) ?? 0,
        workers: on.map((h) => h.name),
        mine: on.some((h) => h.user_id === user.id),
      };
    });
    const { standard } = this.resolver(await this.standardsAround(code), new Map())(code);
    return {
      community: { code: community.code, name: community.name },
      households: [...perGrid.values()].reduce((a, b) => a + b, 0),
      currentGrids: current,
      plans: plans.map((p) => this.view(p, community)),
      canPlan: canPlanGrids(user, code),
      imbalanced: imbalanced(
        current.map((g) => g.households),
        GRID_TOLERANCE,
      ),
      sizeBandMax: standard.sizeBandMax,
      split: splitAlongGrids(current, standard.sizeBandMax),
    };
  }

  /**
   * Adopts a proposed plan in one transaction: it becomes the community's next version (the adopted one
   * before it superseded), its grids replace the community's grids, and each household and its members
   * move to the grid of their building (a building the plan did not know joins the last grid).
   */
  async adopt(user: SessionUser, code: string, id: number) {
    const community = await this.requireCommunity(user, code, true);
    const plan = await repo.findPlan(this.db, id);
    if (!plan || plan.community_code !== code) throw notFound('grid_plan_not_found');
    if (plan.status !== 'proposed') throw problem('grid_plan_not_proposed');
    const grids = JSON.parse(plan.grids) as StoredGrid[];
    await this.database.transaction(async () => {
      // Checked again inside the transaction: a plan adopted meanwhile is not adopted twice.
      if ((await repo.adoptPlan(this.db, id, code, user.id, this.clock.nowIso())) === null)
        throw problem('grid_plan_not_proposed');
      await this.orgs.replaceGrids(
        code,
        grids.map((g) => ({ code: g.code, name: g.name })),
        `grid-plan:${id}`,
      );
      // Grid workers keep a grid whose code the plan keeps; a link to a grid that is gone is cleared.
      await rosterRepo.clearGridsOutside(
        this.db,
        code,
        grids.map((g) => g.code),
      );
      const byBuilding = new Map(grids.flatMap((g) => g.buildings.map((b) => [b, g.code] as const)));
      const last = grids[grids.length - 1]?.code;
      const gridOf = new Map<string, string>();
      for (const h of await this.subjects.householdsForPlan(code)) {
        const g = byBuilding.get(buildingOf(h.address)) ?? last;
        if (g) gridOf.set(h.key, g);
      }
      await this.subjects.assignGrids(code, gridOf);
    });
    return this.view((await repo.findPlan(this.db, id))!, community);
  }
}
