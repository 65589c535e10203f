// The annual inspection plan of a district: each inspection numbered (一事一码) by an admission of
// kind inspection, capped per community, shown as a calendar per community, with merge suggestions.
import type { Database } from '../../db/database.js';
import { nowIso } from '../../db/dialect.js';
import { ProblemError, forbidden, invalid, notFound, type FieldError } from '../../http/problem.js';
import { codeWithin } from '../../../../common/src/roles.js';
import type { SessionUser } from '../accounts/types.js';
import type { AdmissionService } from '../admission/service.js';
import { isValidDate } from '../calendar/workdays.js';
import { todayInChina } from '../calendar/service.js';
import { inAdmissionScope } from '../admission/usable.js';
import type { BurdenService } from '../burden/service.js';
import type { OrgService } from '../orgs/service.js';
import { getSetting, setSetting } from '../settings/repository.js';
import * as repo from './repository.js';
import { DEFAULT_CAPS, capBreaches, mergeSuggestions, type Caps } from './rules.js';

export interface InspectionInput {
  admissionId: number;
  topic: string;
  startDate: string;
  endDate: string;
  hoursPerCommunity: number;
  communities: string[];
  recordsRef?: string;
}

export class InspectionService {
  constructor(
    private readonly database: Database,
    private readonly orgs: OrgService,
    private readonly admissions: AdmissionService,
    private readonly burden: BurdenService,
  ) {}

  private get db() {
    return this.database.db;
  }

  async caps(district: string): Promise<Caps> {
    const raw = await getSetting(this.db, `inspections.caps.${district}`);
    return raw ? { ...DEFAULT_CAPS, ...(JSON.parse(raw) as Partial<Caps>) } : DEFAULT_CAPS;
  }

  async setCaps(user: SessionUser, district: string, caps: Caps): Promise<Caps> {
    if (user.role !== 'reviewer' && user.role !== 'admin') throw forbidden('forbidden_role');
    if (!codeWithin(district, user.orgCode)) throw forbidden('out_of_scope');
    const org = await this.orgs.require(district);
    if (org.level !== 'district')
      throw invalid([{ field: 'district', reason: 'level_mismatch', params: { levels: 'district' } }]);
    await setSetting(this.db, `inspections.caps.${district}`, JSON.stringify(caps));
    return caps;
  }

  /** Enters an inspection into the plan; refused (409) when it would break a cap or has no valid number. */
  async create(user: SessionUser, input: InspectionInput, opts: { isDemo?: boolean; today?: string } = {}) {
    if (user.role !== 'department_officer' || !user.departmentCode) throw forbidden('forbidden_role');
    const today = opts.today ?? todayInChina();
    // An inspection is planned ahead: the number must be valid when it takes place, not necessarily today.
    const onDate = isValidDate(input.startDate) && input.startDate > today ? input.startDate : today;
    const admission = await this.admissions.requireUsable(input.admissionId, user.departmentCode, onDate, 'inspection');
    const errors: FieldError[] = [];
    if (!input.topic.trim()) errors.push({ field: 'topic', reason: 'required' });
    if (!isValidDate(input.startDate)) errors.push({ field: 'startDate', reason: 'invalid_date' });
    if (!isValidDate(input.endDate) || input.endDate < input.startDate)
      errors.push({ field: 'endDate', reason: 'expiry_before_start' });
    else if (input.endDate > admission.expiryDate)
      errors.push({ field: 'endDate', reason: 'after_admission_expiry', params: { expiry: admission.expiryDate } });
    const communities = [...new Set(input.communities)];
    if (communities.length === 0) errors.push({ field: 'communities', reason: 'no_targets' });
    if (errors.length) throw invalid(errors);
    const outside = communities.filter((c) => !inAdmissionScope(admission.scope, admission.jurisdiction.code, c));
    if (outside.length) throw new ProblemError(409, 'outside_admission_scope', outside.join('、'));

    const district = admission.jurisdiction.code.slice(0, 6);
    const year = Number(input.startDate.slice(0, 4));
    const month = input.startDate.slice(0, 7);
    const caps = await this.caps(district);
    const at = nowIso();
    // Check the caps and write in one transaction, so that two entries cannot both slip under a cap.
    const outcome = await this.db.transaction().execute(async (trx) => {
      const existing = (await repo.plannedVisits(trx, communities, year)).map((v) => ({
        community: v.community_code,
        month: v.start_date.slice(0, 7),
      }));
      const breaches = capBreaches(existing, communities, month, caps);
      if (breaches.length) return { breaches };
      const id = await repo.insertInspection(trx, {
        district,
        year,
        admissionId: admission.id,
        departmentCode: user.departmentCode!,
        topic: input.topic.trim(),
        startDate: input.startDate,
        endDate: input.endDate,
        hoursPerCommunity: input.hoursPerCommunity,
        recordsRef: input.recordsRef?.trim() ?? '',
        communities,
        createdBy: user.id,
        at,
        isDemo: opts.isDemo,
      });
      await this.burden.inspectionIn(trx, {
        id,
        department: user.departmentCode!,
        start: input.startDate,
        hours: input.hoursPerCommunity,
        number: admission.number,
        communities,
      });
      return { id };
    });
    if (outcome.id !== undefined) return outcome.id;
    const names = new Map(
      (await this.orgs.findMany(outcome.breaches.map((b) => b.community))).map((o) => [o.code, o.name]),
    );
    throw new ProblemError(409, 'inspection_cap_exceeded', undefined, undefined, {
      caps,
      breaches: outcome.breaches.map((b) => ({ ...b, communityName: names.get(b.community) ?? b.community })),
    });
  }

  private requireInDistrict(user: SessionUser, district: string) {
    const ok = codeWithin(district, user.orgCode) || codeWithin(user.orgCode, district);
    if (!ok || user.role === 'resident') throw forbidden('out_of_scope');
  }

  private view(r: repo.InspectionRow, visits: { inspection_id: number; community_code: string; name: string }[]) {
    const own = visits.filter((v) => v.inspection_id === r.id);
    return {
      id: r.id,
      topic: r.topic,
      startDate: r.start_date,
      endDate: r.end_date,
      hoursPerCommunity: Number(r.hours_per_community),
      admissionNumber: r.admission_number ?? '',
      admissionCode: r.admission_code ?? '',
      department: { code: r.department_code, name: r.department_name },
      recordsRef: r.records_ref,
      communities: own.map((v) => ({ code: v.community_code, name: v.name })),
      totalHours: Math.round(Number(r.hours_per_community) * own.length * 10) / 10,
    };
  }

  async plan(user: SessionUser, district: string, year: number) {
    this.requireInDistrict(user, district);
    const rows = await repo.listPlan(this.db, district, year);
    const visits = await repo.visitsOf(
      this.db,
      rows.map((r) => r.id),
    );
    const items = rows.map((r) => this.view(r, visits));
    const suggestions = mergeSuggestions(
      items.map((i) => ({
        id: i.id,
        topic: i.topic,
        month: i.startDate.slice(0, 7),
        communities: i.communities.map((c) => c.code),
      })),
    );
    return { district, year, caps: await this.caps(district), items, suggestions };
  }

  /** A community's inspections of a year, by month: its calendar. */
  async calendar(user: SessionUser, community: string, year: number) {
    const org = await this.orgs.require(community);
    if (org.level !== 'community') throw notFound('org_not_found', community);
    this.requireInDistrict(user, community);
    if (user.role === 'community_worker' && user.orgCode !== community) throw forbidden('out_of_scope');
    const rows = await repo.calendarOf(this.db, community, year);
    const visits = await repo.visitsOf(
      this.db,
      rows.map((r) => r.id),
    );
    const caps = await this.caps(community.slice(0, 6));
    const items = rows.map((r) => this.view(r, visits));
    return {
      community: { code: org.code, name: org.name },
      year,
      caps,
      items,
      hours: Math.round(items.reduce((n, i) => n + i.hoursPerCommunity, 0) * 10) / 10,
    };
  }

  /** Every planned visit with its hours and number, for burden monitoring's recompute. */
  visitsForBurden() {
    return repo.inspectionVisits(this.db);
  }
}
