// The register of informal demands: work that reached a community outside the gate (a phone call, a
// chat message, a meeting). Reporters may stay anonymous towards the department; reviewers see who
// reported only by recording why they need to follow up.
import type { Channel, DemandStatus } from '#common/dispatch.js';
import { codeWithin } from '#common/roles.js';
import type { Database } from '../../db/database.js';
import { forbidden, invalid, notFound, type FieldError, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import { isValidDate } from '../calendar/workdays.js';
import type { BurdenOutbox } from '../burden/ports.js';
import type { OrgService } from '../orgs/service.js';
import { canFollowUpDemand, canRecordDemand, canSummariseDemands, isReportersCommunity } from './policy.js';
import * as repo from './informal-repository.js';
import type { Clock } from '../../clock/clock.js';

/** The department code a worker sends when she cannot name who asked: "其他（请说明）". */
export const OTHER_SOURCE = 'other';

export interface DemandInput {
  /** Any department or office above the community (street offices included), or `other` with a note. */
  departmentCode: string;
  /** Who asked, in her words: required for `other`, optional otherwise (a name, an office, a group chat). */
  sourceNote?: string;
  occurredOn: string;
  channel: Channel;
  content: string;
  estimatedMinutes: number;
  anonymous: boolean;
}

export const REVIEW_ACTIONS = { warn: 'warned', request_application: 'asked_to_apply', resolve: 'resolved' } as const;
export type ReviewAction = keyof typeof REVIEW_ACTIONS;

export class InformalDemandService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly burdenOutbox: BurdenOutbox,
  ) {}

  private get db() {
    return this.database.db;
  }

  async record(user: SessionUser, input: DemandInput, opts: { isDemo?: boolean } = {}) {
    if (!canRecordDemand(user)) throw forbidden('forbidden_role');
    const errors: FieldError[] = [];
    const note = input.sourceNote?.trim() ?? '';
    const other = input.departmentCode === OTHER_SOURCE;
    // Any source above the community: a department of its city or district, or its street's offices; or
    // "other" in her words, counted against the district's 其他单位.
    const dept = other
      ? await this.orgs.otherSource(user.orgCode.slice(0, 6))
      : await this.orgs.department(input.departmentCode);
    if (!dept || !codeWithin(user.orgCode, dept.orgCode) || dept.orgCode === user.orgCode)
      errors.push({ field: 'departmentCode', reason: 'unknown_department' });
    if (other && !note) errors.push({ field: 'sourceNote', reason: 'required' });
    if (!isValidDate(input.occurredOn)) errors.push({ field: 'occurredOn', reason: 'invalid_date' });
    else if (input.occurredOn > this.clock.today()) errors.push({ field: 'occurredOn', reason: 'invalid_value' });
    if (!input.content.trim()) errors.push({ field: 'content', reason: 'required' });
    if (errors.length) throw invalid(errors);
    // The demand and its burden (as reported, no number) land together.
    const id = await this.database.transaction(async (trx) => {
      const demandId = await repo.insertDemand(trx, {
        community: user.orgCode,
        reporterId: user.id,
        anonymous: input.anonymous,
        departmentCode: dept!.code,
        sourceNote: note,
        occurredOn: input.occurredOn,
        channel: input.channel,
        content: input.content.trim(),
        estimatedMinutes: input.estimatedMinutes,
        at: this.clock.nowIso(),
        isDemo: opts.isDemo,
      });
      await this.burdenOutbox.changed('informal', [demandId]);
      return demandId;
    });
    return this.view(user, (await repo.findDemand(this.db, id))!);
  }

  /** The reporter's name is shown to their own community, or when the entry is not anonymous. */
  private view(user: SessionUser, r: repo.DemandRow, revealed = false) {
    const ownCommunity = isReportersCommunity(user, r.community_code);
    const showReporter = !r.anonymous || ownCommunity || revealed;
    return {
      id: r.id,
      community: { code: r.community_code, name: r.community_name },
      department: { code: r.department_code, name: r.department_name },
      sourceNote: r.source_note,
      occurredOn: r.occurred_on,
      channel: r.channel as Channel,
      content: r.content,
      estimatedMinutes: Number(r.estimated_minutes),
      anonymous: Boolean(r.anonymous),
      reporter: showReporter ? r.reporter_name : null,
      status: r.status as DemandStatus,
      reviewNote: r.review_note,
      reviewedAt: r.reviewed_at,
      createdAt: r.created_at,
    };
  }

  private filterFor(user: SessionUser): Omit<repo.DemandFilter, 'offset' | 'limit'> {
    switch (user.role) {
      case 'community_worker':
        return { community: user.orgCode };
      case 'street_officer':
      case 'reviewer':
      case 'admin':
        return { within: user.orgCode };
      case 'department_officer':
        if (user.departmentCode) return { departmentCode: user.departmentCode };
        break;
      default:
        break;
    }
    throw forbidden('forbidden_role');
  }

  async list(user: SessionUser, f: { departmentCode?: string; status?: string; offset: number; limit: number }) {
    const scope = this.filterFor(user);
    const { rows, total } = await repo.listDemands(this.database, {
      ...scope,
      departmentCode: scope.departmentCode ?? f.departmentCode,
      // A query value: an unknown status matches nothing.
      status: f.status as DemandStatus | undefined,
      offset: f.offset,
      limit: f.limit,
    });
    return { items: rows.map((r) => this.view(user, r)), total };
  }

  async summary(user: SessionUser) {
    if (!canSummariseDemands(user)) throw forbidden('forbidden_role');
    const rows = await repo.summaryByDepartment(this.database, user.orgCode);
    return rows.map((r) => ({
      department: { code: r.department_code, name: r.department_name },
      entries: Number(r.entries),
      hours: Math.round((Number(r.minutes ?? 0) / 60) * 10) / 10,
      open: Number(r.open ?? 0),
    }));
  }

  private async loadForReviewer(user: SessionUser, id: number) {
    if (!canFollowUpDemand(user)) throw forbidden('forbidden_role');
    const r = await repo.findDemand(this.db, id);
    if (!r) throw notFound('demand_not_found');
    if (!codeWithin(r.community_code, user.orgCode)) throw forbidden('out_of_scope');
    return r;
  }

  /** A reviewer turns an entry into a warning, a request to apply for admission, or marks it resolved. */
  async review(user: SessionUser, id: number, action: ReviewAction, note: string) {
    const r = await this.loadForReviewer(user, id);
    if (r.status === 'resolved') throw problem('illegal_transition');
    if (!note.trim()) throw invalid([{ field: 'note', reason: 'required' }]);
    await repo.reviewDemand(this.db, id, REVIEW_ACTIONS[action], note.trim(), user.id, this.clock.nowIso());
    return this.view(user, (await repo.findDemand(this.db, id))!);
  }

  /** Who reported an anonymous entry, for a reviewer who records why they need to follow up. */
  async reveal(user: SessionUser, id: number, reason: string) {
    const r = await this.loadForReviewer(user, id);
    if (!reason.trim()) throw invalid([{ field: 'reason', reason: 'required' }]);
    await repo.insertReveal(this.db, id, user.id, reason.trim(), this.clock.nowIso());
    const reveals = await repo.listReveals(this.db, id);
    return {
      ...this.view(user, r, true),
      reveals: reveals.map((x) => ({ by: x.display_name, reason: x.reason, at: x.at })),
    };
  }
}
