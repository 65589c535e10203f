// Gathers the series and texts the rebound rules need, for a reviewer's jurisdiction.
import type { Database } from '../../db/database.js';
import { forbidden } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { OrgService } from '../orgs/service.js';
import { indexSeries } from './accounting.js';
import type { OrgLevel } from '#common/roles.js';
import { OPEN_STATUSES, RETIRED_STATUSES, statusIn } from '#common/admission.js';
import { chinaDate, lastMonths, monthOf, monthRange, monthsBack } from '#common/dates.js';
import {
  aboveBaselineAgain,
  appsReappearing,
  indexRising,
  informalRising,
  nearDuplicateDispatches,
  refusalsUpheld,
  renamedItems,
  type Alert,
} from './alerts.js';
import { canSeeAlerts } from './policy.js';
import * as repo from './repository.js';
import type { BurdenService } from './service.js';
import type { BurdenSources } from './ports.js';

export class BurdenAlertService {
  constructor(
    private readonly database: Database,
    private readonly orgs: OrgService,
    private readonly burden: BurdenService,
    private readonly sources: BurdenSources,
  ) {}

  private get db() {
    return this.database.db;
  }

  /** Index alerts for the org itself and the orgs one level down. */
  private async indexAlerts(org: string, from: string, to: string): Promise<Alert[]> {
    const months = monthRange(from, to);
    const level = org.length;
    // One level down only: a reviewer drills into a street's communities from the dashboard.
    const levels: OrgLevel[] = level === 4 ? ['district'] : level === 6 ? ['street'] : ['community'];
    const rows = [
      ...(await repo.monthly(this.db, { org, from, to })).map((r) => ({ org_code: org, ...r })),
      ...(await Promise.all(levels.map((l) => repo.monthlyUnder(this.db, org, l, { from, to })))).flat(),
    ];
    const byOrg = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const m = byOrg.get(r.org_code) ?? new Map<string, number>();
      m.set(r.month, (m.get(r.month) ?? 0) + Number(r.minutes) - Number(r.reestimate ?? 0));
      byOrg.set(r.org_code, m);
    }
    const out: Alert[] = [];
    // Baselines are set per district or city; the children share their jurisdiction's.
    const baseline = await this.burden.baselineMonthOf(org);
    for (const [code, m] of byOrg) {
      const idx = indexSeries(
        months.map((month) => ({ month, minutes: m.get(month) ?? 0 })),
        baseline,
      )
        .filter((p) => p.index !== null)
        .map((p) => ({ month: p.month, value: p.index! }));
      for (const a of [indexRising(code, idx), aboveBaselineAgain(code, idx)]) if (a) out.push(a);
    }
    return out;
  }

  async list(user: SessionUser, org: string) {
    if (!canSeeAlerts(user, org)) throw forbidden(user.role === 'reviewer' ? 'out_of_scope' : 'forbidden_role');
    const to = this.burden.currentMonth();
    const from = monthsBack(to, 24);
    const alerts: Alert[] = await this.indexAlerts(org, from, to);

    const informal = await repo.departmentMonthly(this.db, { org, from: monthsBack(to, 6), to }, 'informal');
    const perDept = new Map<string, Map<string, number>>();
    for (const r of informal) {
      const m = perDept.get(r.department_code) ?? new Map<string, number>();
      m.set(r.month, Number(r.minutes));
      perDept.set(r.department_code, m);
    }
    for (const [dept, m] of perDept) {
      const a = informalRising(
        dept,
        lastMonths(to, 6).map((month) => ({ month, value: m.get(month) ?? 0 })),
      );
      if (a) alerts.push(a);
    }

    // Applications of this jurisdiction and of those above it (a city's work reaches a district too).
    const related = (j: string) => j.startsWith(org) || org.startsWith(j);
    const texts = (await this.sources.admissions.texts(org.slice(0, 4))).filter((a) => related(a.jurisdiction_code));
    const toItem = (a: (typeof texts)[number], on: string) => ({
      id: a.id,
      title: a.title,
      description: a.description,
      on: on.slice(0, 10),
      department: a.department_code,
      label: a.number ?? '',
    });
    alerts.push(
      ...renamedItems(
        texts.filter((a) => statusIn(OPEN_STATUSES, a.status)).map((a) => toItem(a, a.created_at)),
        texts.filter((a) => statusIn(RETIRED_STATUSES, a.status)).map((a) => toItem(a, a.decided_at ?? a.updated_at)),
      ),
    );

    const apps = await this.sources.apps.texts(org);
    alerts.push(
      ...appsReappearing(
        apps
          .filter((a) => a.status !== 'exited')
          .map((a) => ({
            id: a.id,
            title: a.name,
            description: a.purpose,
            on: a.created_at.slice(0, 10),
            department: a.department_code,
          })),
        apps
          .filter((a) => a.status === 'exited' && a.exited_at)
          .map((a) => ({ id: a.id, title: a.name, description: a.purpose, on: a.exited_at!.slice(0, 10) })),
      ),
    );

    const dispatches = (await this.sources.dispatch.texts(org.slice(0, 4))).filter((d) => related(d.jurisdiction_code));
    alerts.push(
      ...nearDuplicateDispatches(
        dispatches.map((d) => ({
          id: d.id,
          title: d.title,
          description: d.instructions,
          on: d.created_at.slice(0, 10),
          department: d.department_code,
        })),
      ),
    );
    // Refusals the 减负办 upheld when the department contested them (communities of this jurisdiction).
    const decided = await this.sources.dispatch.decidedRefusals(org);
    alerts.push(
      ...refusalsUpheld(
        decided.map((r) => ({
          department: r.department_code,
          title: r.title,
          state: r.refusal_state,
          month: monthOf(chinaDate(r.decided_at)),
          decidedAt: r.decided_at,
        })),
        to,
      ),
    );
    return this.named(alerts);
  }

  /** Subjects are org codes or department codes; reviewers read names. */
  private async named(alerts: Alert[]) {
    const orgCodes = [...new Set(alerts.map((a) => a.subject).filter((s) => /^\d+$/.test(s)))];
    const names = new Map((await this.orgs.findMany(orgCodes)).map((o) => [o.code, o.name]));
    const depts = new Map<string, string>();
    for (const s of new Set(alerts.map((a) => a.subject).filter((x) => x.includes('-')))) {
      depts.set(s, (await this.orgs.department(s))?.name ?? s);
    }
    const severity = {
      above_baseline: 0,
      index_rising: 1,
      renamed_item: 2,
      informal_rising: 3,
      app_reappears: 4,
      near_duplicate_dispatch: 5,
      refusals_upheld: 6,
    };
    return alerts
      .map((a) => ({ ...a, subjectName: names.get(a.subject) ?? depts.get(a.subject) ?? a.subject }))
      .sort(
        (a, b) =>
          severity[a.rule] - severity[b.rule] ||
          a.subject.length - b.subject.length ||
          a.subject.localeCompare(b.subject),
      );
  }
}
