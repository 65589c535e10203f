// The annual inspection plan of a district: each inspection numbered (一事一码) by an admission of
// kind inspection, capped per community, shown as a calendar per community, with merge suggestions.
import type { Database } from '../../db/database.js';
import { forbidden, invalid, notFound, type FieldError, problem } from '../../http/problem.js';
import { codeWithin } from '#common/roles.js';
import { monthOf } from '#common/dates.js';
import type { SessionUser } from '../accounts/types.js';
import type { AdmissionService } from '../admission/service.js';
import { isValidDate } from '../calendar/workdays.js';
import { inAdmissionScope } from '../admission/usable.js';
import type { BurdenOutbox } from '../burden/ports.js';
import type { OrgService } from '../orgs/service.js';
import { getSetting, setSetting } from '../settings/repository.js';
import { canPlanInspection, canReadCommunityCalendar, canReadDistrictPlan, canSetCaps } from './policy.js';
import * as repo from './repository.js';
import { DEFAULT_CAPS, capBreaches, mergeSuggestions, type Caps } from './rules.js';
import type { Clock } from '../../clock/clock.js';

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
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly admissions: AdmissionService,
    private readonly burdenOutbox: BurdenOutbox,
  ) {}

  private get db() {
    return this.database.db;
  }

  async caps(district: string): Promise<Caps> {
    const raw = await getSetting(this.db, `inspections.caps.${district}`);
    return raw ? { ...DEFAULT_CAPS, ...(JSON.parse(raw) as Partial<Caps>) } : DEFAULT_CAPS;
  }

  async setCaps(user: SessionUser, district: string, caps: Caps): Promise<Caps> {
    if (!canSetCaps(user)) throw forbidden('forbidden_role');
    if (!codeWithin(district, user.orgCode)) throw forbidden('out_of_scope');
    const org = await this.orgs.require(district);
    if (org.level !== 'district')
      throw invalid([{ field: 'district', reason: 'level_mismatch', params: { levels: 'district' } }]);
    await setSetting(this.db, `inspections.caps.${district}`, JSON.stringify(caps), this.clock.nowIso());
    return caps;
  }

  /** Enters an inspection into the plan; refused (409) when it would break a cap or has no valid number. */
  async create(user: SessionUser, input: InspectionInput, opts: { isDemo?: boolean; today?: string } = {}) {
    if (!canPlanInspection(user)) throw forbidden('forbidden_role');
    const today = opts.today ?? this.clock.today();
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
    if (outside.length) throw problem('outside_admission_scope', { detail: outside.join('、') });

    const district = admission.jurisdiction.code.slice(0, 6);
    const year = Number(input.startDate.slice(0, 4));
    const month = monthOf(input.startDate);
    const caps = await this.caps(district);
    const at = this.clock.nowIso();
    // Check the caps and write in one transaction, so that two entries cannot both slip under a cap.
    const outcome = await this.database.transaction(async (trx) => {
      const existing = (await repo.plannedVisits(trx, communities, year)).map((v) => ({
        community: v.community_code,
        month: monthOf(v.start_date),
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
      await this.burdenOutbox.changed('inspection', [id]);
      return { id };
    });
    if (outcome.id !== undefined) return outcome.id;
    const names = new Map(
      (await this.orgs.findMany(outcome.breaches.map((b) => b.community))).map((o) => [o.code, o.name]),
    );
    throw problem('inspection_cap_exceeded', {
      extra: {
        caps,
        breaches: outcome.breaches.map((b) => ({ ...b, communityName: names.get(b.community) ?? b.community })),
      },
    });
  }

  private requireInDistrict(user: SessionUser, district: string) {
    if (!canReadDistrictPlan(user, district)) throw forbidden('out_of_scope');
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
        month: monthOf(i.startDate),
        communities: i.communities.map((c) => c.code),
      })),
    );
    return { district, year, caps: await this.caps(district), items, suggestions };
  }

  /** A community's inspections of a year, by month: its calendar. */
  async calendar(user: SessionUser, community: string, year: number) {
    const org = await this.orgs.require(community);
    if (org.level !== 'community') throw notFound('org_not_found', community);
    if (!canReadCommunityCalendar(user, community)) throw forbidden('out_of_scope');
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
}
