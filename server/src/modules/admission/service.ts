// The admission gate: drafting with pre-checks, the review workflow, numbers, and the public check.
import { REVIEW_WORKING_DAYS, type AdmissionStatus, type ObjectKind } from '../../../../common/src/admission.js';
import { estimateBurden } from '../../../../common/src/scm.js';
import type { Lang } from '../../../../common/src/i18n/problems.js';
import type { Database } from '../../db/database.js';
import { nowIso } from '../../db/dialect.js';
import { ProblemError, forbidden, invalid, notFound } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { CalendarService } from '../calendar/service.js';
import { todayInChina } from '../calendar/service.js';
import type { CatalogueService } from '../catalogue/service.js';
import type { AdmissionScope, BurdenService } from '../burden/service.js';
import type { OrgService } from '../orgs/service.js';
import { getSetting, setSetting } from '../settings/repository.js';
import { canView, isApplicant, isReviewerFor } from './policy.js';
import { usableBlocker } from './usable.js';
import {
  formErrors,
  runPrechecks,
  submissionBlockers,
  type BudgetContext,
  type Check,
  type DraftInput,
  type PrecheckContext,
} from './prechecks.js';
import * as repo from './repository.js';
import { renderChecks, toAdmissionView, type AdmissionView } from './views.js';
import { allowedActions, AWAITING_REVIEW, EDITABLE, publicStatus, transition, type Action } from './workflow.js';

export type CompleteDraft = Required<
  Pick<DraftInput, 'title' | 'kind' | 'listType' | 'scope' | 'frequency' | 'startDate' | 'expiryDate'>
> &
  DraftInput;

export interface ActInput {
  action: Action;
  reason?: string;
  /** amend: whether the change is to the work itself or only a re-estimate. */
  tag?: 'work_change' | 're_estimate';
  amendment?: Pick<
    DraftInput,
    'frequency' | 'occurrencesPerYear' | 'minutesPerOccurrence' | 'ledgerFields' | 'ledgerRows'
  >;
  /** start_consultation */
  consultation?: { codes: string[]; workingDays: number };
  /** renew */
  expiryDate?: string;
}

export interface Clock {
  dueDate: string;
  workingDaysLeft: number;
  overdue: boolean;
}

export class AdmissionService {
  constructor(
    private readonly database: Database,
    private readonly orgs: OrgService,
    private readonly calendar: CalendarService,
    private readonly catalogue: CatalogueService,
    /** Budgets (burden module); absent in tests that build the gate alone. */
    private readonly burden?: BurdenService,
  ) {}

  private get db() {
    return this.database.db;
  }

  private async context(
    jurisdiction: string,
    draft: DraftInput,
    excludeId?: number,
    today = todayInChina(),
  ): Promise<PrecheckContext> {
    const scope = draft.scope
      ? await this.orgs.communityScope(jurisdiction, draft.scope)
      : { communities: 0, outside: [], unknown: [] };
    const admitted = await repo.listAdmissions(this.database, {
      jurisdictionWithin: jurisdiction.slice(0, 4),
      statuses: ['approved', 'renewal_review', 'submitted', 'consultation', 'under_review'],
      offset: 0,
      limit: 1000,
    });
    const comparables = [
      ...(await this.catalogue.listedWork(jurisdiction)),
      ...admitted.rows
        .filter((a) => a.id !== excludeId)
        .map((a) => ({ code: a.number ?? `#${a.id}`, name: a.title, description: a.description, source: 'admission' })),
    ];
    return {
      today,
      calendar: await this.calendar.calendar(),
      negativeItems: await this.catalogue.negativeItems(jurisdiction),
      comparables,
      scope,
      budget: await this.budgetContext(jurisdiction, draft),
    };
  }

  /** The jurisdiction's burden budget and the items the draft offers to retire (burden module). */
  private async budgetContext(jurisdiction: string, draft: DraftInput): Promise<BudgetContext | undefined> {
    if (!this.burden) return undefined;
    const budget = await this.burden.budgetOf(jurisdiction);
    if (budget.annualCapHours === null && !budget.oneInOneOut) return undefined;
    const prefixes =
      !draft.scope || draft.scope.type === 'all'
        ? [jurisdiction]
        : draft.scope.codes.filter((c) => c.startsWith(jurisdiction));
    const ids = [...new Set(draft.retires ?? [])];
    const found = await Promise.all(ids.map((id) => repo.findAdmission(this.db, id)));
    const valid = found.filter(
      (a): a is repo.AdmissionWithNames =>
        !!a && ['approved', 'renewal_review'].includes(a.status) && a.jurisdiction_code === jurisdiction,
    );
    return {
      budget,
      currentHours: await this.burden.heaviestCommunityHours(prefixes),
      retiring: valid.map((a) => ({
        id: a.id,
        label: `${a.title}（${a.number}）`,
        hoursPerCommunityYear: Number(a.hours_per_community_year),
      })),
      invalid: ids.filter((id) => !valid.some((a) => a.id === id)),
    };
  }

  private jurisdictionOf(user: SessionUser): string {
    return user.orgCode;
  }

  /** Pre-checks of a draft without saving it (the live panel of the form). */
  async precheck(user: SessionUser, draft: DraftInput, lang: Lang, excludeId?: number) {
    const ctx = await this.context(this.jurisdictionOf(user), draft, excludeId);
    return { checks: renderChecks(runPrechecks(draft, ctx), lang) };
  }

  private requireDepartment(user: SessionUser): string {
    if (user.role !== 'department_officer' || !user.departmentCode) throw forbidden('forbidden_role');
    return user.departmentCode;
  }

  private columns(draft: CompleteDraft, ctx: PrecheckContext, checks: Check[]) {
    const estimate = checks.find((c) => c.rule === 'burden')?.estimate;
    return {
      title: draft.title.trim(),
      kind: draft.kind,
      list_type: draft.listType,
      description: draft.description?.trim() ?? '',
      legal_basis: draft.legalBasis?.trim() ?? '',
      scope_type: draft.scope.type,
      scope_codes: JSON.stringify(draft.scope.type === 'all' ? [] : [...new Set(draft.scope.codes)]),
      community_count: ctx.scope.communities,
      frequency: draft.frequency,
      occurrences_per_year: draft.occurrencesPerYear ?? null,
      minutes_per_occurrence: draft.minutesPerOccurrence ?? null,
      ledger_fields: draft.ledgerFields ?? null,
      ledger_rows: draft.ledgerRows ?? null,
      funds_yuan: draft.resources?.fundsYuan ?? 0,
      resource_staff: draft.resources?.staff?.trim() ?? '',
      resource_training: draft.resources?.training?.trim() ?? '',
      resource_equipment: draft.resources?.equipment?.trim() ?? '',
      assessment: draft.assessment?.trim() ?? '',
      start_date: draft.startDate,
      expiry_date: draft.expiryDate,
      emergency: draft.emergency ? 1 : 0,
      emergency_reason: draft.emergencyReason?.trim() ?? '',
      hours_per_community_year: estimate?.hoursPerCommunityYear ?? 0,
      total_hours_year: estimate?.totalHoursYear ?? 0,
      prechecks: JSON.stringify(checks),
      retires: JSON.stringify([...new Set(draft.retires ?? [])]),
    };
  }

  /** Saves a new draft; a form that breaks the rules (legal basis, 36 months, scope) is refused whole. */
  // `at`: when it was drafted, for applications recorded after the fact (the demo); defaults to now.
  async create(user: SessionUser, draft: CompleteDraft, opts: { isDemo?: boolean; at?: string } = {}): Promise<number> {
    const department = this.requireDepartment(user);
    const jurisdiction = this.jurisdictionOf(user);
    const now = opts.at ?? nowIso();
    const ctx = await this.context(jurisdiction, draft, undefined, todayInChina(new Date(now)));
    const errors = formErrors(draft, ctx);
    if (errors.length) throw invalid(errors);
    const checks = runPrechecks(draft, ctx);
    return this.db.transaction().execute(async (trx) => {
      const id = await repo.insertAdmission(trx, {
        ...this.columns(draft, ctx, checks),
        jurisdiction_code: jurisdiction,
        department_code: department,
        applicant_id: user.id,
        status: 'draft',
        created_at: now,
        updated_at: now,
        is_demo: opts.isDemo ? 1 : 0,
      });
      await repo.insertEvent(trx, {
        admissionId: id,
        at: now,
        actorId: user.id,
        actorName: user.displayName,
        action: 'create',
        from: null,
        to: 'draft',
      });
      return id;
    });
  }

  private async load(id: number) {
    const a = await repo.findAdmission(this.db, id);
    if (!a) throw notFound('admission_not_found', String(id));
    return a;
  }

  async update(user: SessionUser, id: number, draft: CompleteDraft): Promise<void> {
    const a = await this.load(id);
    if (!isApplicant(user, a)) throw forbidden(canView(user, a) ? 'forbidden_role' : 'out_of_scope');
    if (!EDITABLE.includes(a.status as AdmissionStatus)) throw new ProblemError(409, 'illegal_transition');
    const ctx = await this.context(a.jurisdiction_code, draft, id);
    const errors = formErrors(draft, ctx);
    if (errors.length) throw invalid(errors);
    const checks = runPrechecks(draft, ctx);
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      await repo.updateAdmission(trx, id, { ...this.columns(draft, ctx, checks), updated_at: now });
      await repo.insertEvent(trx, {
        admissionId: id,
        at: now,
        actorId: user.id,
        actorName: user.displayName,
        action: 'save',
        from: a.status,
        to: a.status,
      });
    });
  }

  private async clock(a: { review_due_date: string | null; status: string }): Promise<Clock | null> {
    if (!a.review_due_date || !AWAITING_REVIEW.includes(a.status as AdmissionStatus)) return null;
    const cal = await this.calendar.calendar();
    const today = todayInChina();
    if (today <= a.review_due_date) {
      return {
        dueDate: a.review_due_date,
        workingDaysLeft: cal.workingDaysBetween(today, a.review_due_date).value,
        overdue: false,
      };
    }
    return {
      dueDate: a.review_due_date,
      workingDaysLeft: -cal.workingDaysBetween(a.review_due_date, today).value,
      overdue: true,
    };
  }

  /** Per-jurisdiction settings of the gate: sign-offs needed to admit, and the number's abbreviation. */
  async settings(jurisdiction: string) {
    const org = await this.orgs.require(jurisdiction);
    return {
      jurisdiction,
      signoffsRequired: await this.signoffsRequired(jurisdiction),
      abbreviation: (await getSetting(this.db, `admission.abbr.${jurisdiction}`)) ?? org.name.slice(0, 1),
    };
  }

  async updateSettings(
    user: SessionUser,
    jurisdiction: string,
    s: { signoffsRequired?: number; abbreviation?: string },
  ) {
    const allowed = (user.role === 'reviewer' || user.role === 'admin') && jurisdiction.startsWith(user.orgCode);
    if (!allowed)
      throw forbidden(user.role === 'reviewer' || user.role === 'admin' ? 'out_of_scope' : 'forbidden_role');
    await this.orgs.require(jurisdiction);
    if (s.signoffsRequired !== undefined)
      await setSetting(this.db, `admission.signoffs.${jurisdiction}`, String(s.signoffsRequired));
    if (s.abbreviation !== undefined)
      await setSetting(this.db, `admission.abbr.${jurisdiction}`, s.abbreviation.trim());
    return this.settings(jurisdiction);
  }

  private async signoffsRequired(jurisdiction: string): Promise<number> {
    return Number((await getSetting(this.db, `admission.signoffs.${jurisdiction}`)) ?? 1);
  }

  async get(user: SessionUser, id: number, lang: Lang) {
    const a = await this.load(id);
    if (!canView(user, a)) throw forbidden('out_of_scope');
    const actor = isApplicant(user, a) ? 'applicant' : isReviewerFor(user, a) ? 'reviewer' : null;
    const ownDepartment = user.departmentCode === a.department_code;
    const [events, comments, signoffs] = await Promise.all([
      repo.listEvents(this.db, id),
      repo.listComments(this.db, id),
      repo.listSignoffs(this.db, id),
    ]);
    return {
      ...toAdmissionView(a),
      prechecks: renderChecks(JSON.parse(a.prechecks) as Check[], lang),
      clock: await this.clock(a),
      events: events.map((e) => ({
        at: e.at,
        actorName: e.actor_name,
        action: e.action,
        from: e.from_status,
        to: e.to_status,
        reason: e.reason,
        tag: e.tag,
        changes: JSON.parse(e.changes) as Record<string, unknown>,
      })),
      comments: comments.map((c) => ({
        communityCode: c.community_code,
        communityName: c.community_name,
        stance: c.stance,
        comment: c.comment,
        at: c.at,
      })),
      signoffs: {
        required: await this.signoffsRequired(a.jurisdiction_code),
        done: signoffs.map((s) => ({ name: s.display_name, at: s.at })),
      },
      allowedActions: this.offeredActions(a, actor, ownDepartment),
    };
  }

  /** Next steps for this caller; asking for an override only makes sense while the negative list blocks. */
  private offeredActions(a: repo.AdmissionWithNames, actor: 'applicant' | 'reviewer' | null, ownDepartment: boolean) {
    if (!actor || (actor === 'reviewer' && ownDepartment)) return [];
    const checks = JSON.parse(a.prechecks) as Check[];
    const negativeOnly =
      submissionBlockers(checks, false).some((c) => c.rule === 'negative_list') &&
      submissionBlockers(checks, true).length === 0;
    return allowedActions(a.status as AdmissionStatus, actor).filter((x) => x !== 'request_override' || negativeOnly);
  }

  /** An applicant's own applications, or a reviewer's queue (by review clock) within their jurisdiction. */
  async list(
    user: SessionUser,
    f: { q?: string; statuses?: string[]; queue?: boolean; offset: number; limit: number },
  ) {
    let filter: repo.AdmissionFilter;
    if (user.role === 'department_officer' && user.departmentCode) {
      filter = {
        departmentCode: user.departmentCode,
        statuses: f.statuses,
        q: f.q,
        offset: f.offset,
        limit: f.limit,
        order: 'recent',
      };
    } else if (user.role === 'reviewer' || user.role === 'admin') {
      const statuses = f.queue ? [...AWAITING_REVIEW] : f.statuses;
      filter = {
        jurisdictionWithin: user.orgCode,
        statuses,
        q: f.q,
        offset: f.offset,
        limit: f.limit,
        order: f.queue ? 'due' : 'recent',
      };
    } else {
      throw forbidden('forbidden_role');
    }
    const { rows, total } = await repo.listAdmissions(this.database, filter);
    const items = await Promise.all(rows.map(async (r) => ({ ...toAdmissionView(r), clock: await this.clock(r) })));
    return { items, total };
  }

  private async assignNumber(trx: Parameters<typeof repo.nextSequence>[0], a: repo.AdmissionWithNames, year: number) {
    const n = await repo.nextSequence(trx, a.jurisdiction_code, year);
    const abbr = (await getSetting(trx, `admission.abbr.${a.jurisdiction_code}`)) ?? a.jurisdiction_name.slice(0, 1);
    return {
      number: `${abbr}准〔${year}〕${n}号`,
      code: `${a.jurisdiction_code}-${year}-${String(n).padStart(4, '0')}`,
    };
  }

  async act(
    user: SessionUser,
    id: number,
    input: ActInput,
    lang: Lang = 'zh-CN',
    // `at`: when the step was taken, for steps recorded after the fact (the demo); defaults to now.
    opts: { at?: string } = {},
  ): Promise<{ status: AdmissionStatus; number: string | null }> {
    const a = await this.load(id);
    if (!canView(user, a)) throw forbidden('out_of_scope');
    const actor = isApplicant(user, a) ? 'applicant' : isReviewerFor(user, a) ? 'reviewer' : null;
    if (!actor) throw forbidden('forbidden_role');
    if (actor === 'reviewer' && user.departmentCode === a.department_code)
      throw new ProblemError(403, 'own_application');
    const from = a.status as AdmissionStatus;
    const t = transition(from, input.action, actor, input.reason);
    if (!t.ok) {
      if (t.error === 'reason_required') throw invalid([{ field: 'reason', reason: 'required' }]);
      if (t.error === 'wrong_actor') throw forbidden('forbidden_role');
      throw new ProblemError(409, 'illegal_transition', `${from} → ${input.action}`);
    }
    let to = t.to;
    const now = opts.at ?? nowIso();
    if (opts.at && now < a.updated_at) throw invalid([{ field: 'at', reason: 'invalid_value' }]);
    const today = todayInChina(new Date(now));
    const cal = await this.calendar.calendar();
    const patch: Parameters<typeof repo.updateAdmission>[2] = { updated_at: now };
    let changes: Record<string, unknown> = {};
    let action: string = input.action;

    switch (input.action) {
      case 'submit': {
        const draft = this.draftOf(a);
        const ctx = await this.context(a.jurisdiction_code, draft, id, today);
        const checks = runPrechecks(draft, ctx);
        const blockers = submissionBlockers(checks, Boolean(a.override_reason));
        patch.prechecks = JSON.stringify(checks);
        if (blockers.length) {
          await repo.updateAdmission(this.db, id, patch);
          throw new ProblemError(409, 'precheck_blocked', undefined, undefined, {
            checks: renderChecks(blockers, lang),
          });
        }
        patch.submitted_at = now;
        patch.review_due_date = cal.addWorkingDays(today, REVIEW_WORKING_DAYS).value;
        break;
      }
      case 'request_override': {
        const checks = JSON.parse(a.prechecks) as Check[];
        const blockers = submissionBlockers(checks, false);
        if (!blockers.some((c) => c.rule === 'negative_list') || submissionBlockers(checks, true).length) {
          throw new ProblemError(409, 'nothing_to_override');
        }
        patch.submitted_at = now;
        patch.review_due_date = cal.addWorkingDays(today, REVIEW_WORKING_DAYS).value;
        break;
      }
      case 'override':
        patch.override_reason = input.reason!.trim();
        break;
      case 'start_consultation': {
        const codes = [...new Set(input.consultation?.codes ?? [])];
        const days = input.consultation?.workingDays ?? 5;
        const scoped = await this.orgs.communityScope(a.jurisdiction_code, { type: 'communities', codes });
        if (codes.length === 0 || scoped.outside.length || scoped.unknown.length) {
          throw invalid([
            {
              field: 'consultation.codes',
              reason: codes.length ? 'scope_unknown' : 'scope_empty',
              params: { codes: [...scoped.outside, ...scoped.unknown].join('、') },
            },
          ]);
        }
        patch.consultation_codes = JSON.stringify(codes);
        patch.consultation_due_date = cal.addWorkingDays(today, days).value;
        changes = { codes, workingDays: days };
        break;
      }
      case 'approve': {
        if (a.start_date > a.expiry_date) throw new ProblemError(409, 'illegal_transition');
        // Budgets: checked again at the decision; the items it retires leave with its approval.
        const budget = await this.budgetBlocker(a, lang);
        if (budget) throw budget;
        const required = await this.signoffsRequired(a.jurisdiction_code);
        const done = await repo.listSignoffs(this.db, id);
        if (done.some((s) => s.user_id === user.id)) throw new ProblemError(409, 'conflict', 'already signed off');
        if (done.length + 1 < required) {
          action = 'sign_off';
          to = from;
        }
        break;
      }
      case 'renew': {
        if (!input.expiryDate) throw invalid([{ field: 'expiryDate', reason: 'required' }]);
        const errs = formErrors(
          { ...this.draftOf(a), startDate: today, expiryDate: input.expiryDate },
          { scope: { communities: 1, outside: [], unknown: [] } },
        ).filter((e) => e.field === 'expiryDate');
        if (errs.length) throw invalid(errs);
        patch.expiry_date = input.expiryDate;
        changes = { expiryDate: { before: a.expiry_date, after: input.expiryDate } };
        break;
      }
      case 'amend': {
        if (!input.tag) throw invalid([{ field: 'tag', reason: 'required' }]);
        const before = this.draftOf(a);
        const after = { ...before, ...input.amendment };
        const estimate = estimateBurden({
          ...after,
          frequency: after.frequency ?? before.frequency!,
          communities: Number(a.community_count),
        });
        patch.frequency = after.frequency;
        patch.occurrences_per_year = after.occurrencesPerYear ?? null;
        patch.minutes_per_occurrence = after.minutesPerOccurrence ?? null;
        patch.ledger_fields = after.ledgerFields ?? null;
        patch.ledger_rows = after.ledgerRows ?? null;
        patch.hours_per_community_year = estimate.hoursPerCommunityYear;
        patch.total_hours_year = estimate.totalHoursYear;
        changes = {
          ...Object.fromEntries(
            Object.entries(input.amendment ?? {})
              .filter(([k, v]) => before[k as keyof typeof before] !== v)
              .map(([k, v]) => [k, { before: before[k as keyof typeof before] ?? null, after: v }]),
          ),
          hoursPerCommunityYear: { before: Number(a.hours_per_community_year), after: estimate.hoursPerCommunityYear },
        };
        break;
      }
      default:
        break;
    }

    let number = a.number;
    // Burden (read first: nothing may read outside the transaction once it is open, on SQLite).
    const costs = await this.burdenCommunities(a, input.action === 'approve' && to === 'approved');
    await this.db.transaction().execute(async (trx) => {
      if (input.action === 'approve' && to === 'approved') {
        await repo.insertSignoff(trx, id, user.id, now);
        const assigned = await this.assignNumber(trx, a, Number(today.slice(0, 4)));
        number = assigned.number;
        patch.number = assigned.number;
        patch.code = assigned.code;
        patch.decided_at = now;
        await this.retireOffsets(trx, a, assigned.number, user, now, costs.retired);
      } else if (action === 'sign_off') {
        await repo.insertSignoff(trx, id, user.id, now);
      }
      if (['reject', 'deny_renewal', 'revoke'].includes(input.action)) patch.decided_at = now;
      patch.status = to;
      await repo.updateAdmission(trx, id, patch);
      await repo.insertEvent(trx, {
        admissionId: id,
        at: now,
        actorId: user.id,
        actorName: user.displayName,
        action,
        from,
        to,
        reason: input.reason?.trim(),
        tag: input.tag ?? null,
        changes,
      });
      if (costs.own) await this.recordBurden(trx, id, costs.own);
    });
    return { status: to, number };
  }

  /**
   * The communities an admission's burden is counted in, when its burden may change (it was or will be
   * in force), and those of the items its approval retires.
   */
  private async burdenCommunities(
    a: repo.AdmissionWithNames,
    approving: boolean,
  ): Promise<{ own: AdmissionScope | null; retired: Map<number, AdmissionScope> }> {
    const retired = new Map<number, AdmissionScope>();
    if (!this.burden) return { own: null, retired };
    const own = approving || repo.COSTED_STATUSES.includes(a.status) ? await this.burden.scopeOf(a) : null;
    if (approving)
      for (const rid of JSON.parse(a.retires) as number[]) {
        const r = await repo.findAdmission(this.db, rid);
        if (r) retired.set(rid, await this.burden.scopeOf(r));
      }
    return { own, retired };
  }

  /** Hands the admission as it now stands to burden monitoring, in the writer's transaction. */
  private async recordBurden(trx: Parameters<typeof repo.updateAdmission>[0], id: number, scope: AdmissionScope) {
    if (!this.burden) return;
    const row = (await repo.findAdmission(trx, id))!;
    await this.burden.admissionIn(trx, row, scope, await repo.listEvents(trx, id));
  }

  private async budgetBlocker(a: repo.AdmissionWithNames, lang: Lang): Promise<ProblemError | null> {
    const draft = this.draftOf(a);
    const checks = runPrechecks(draft, await this.context(a.jurisdiction_code, draft, a.id));
    const blocked = checks.filter((c) => c.rule === 'budget' && c.verdict === 'block');
    if (!blocked.length) return null;
    return new ProblemError(409, 'budget_retire_required', undefined, undefined, {
      checks: renderChecks(blocked, lang),
    });
  }

  /** Retires (revokes) the admitted items an approved application named, in the approval's transaction. */
  private async retireOffsets(
    trx: Parameters<typeof repo.updateAdmission>[0],
    a: repo.AdmissionWithNames,
    number: string,
    user: SessionUser,
    now: string,
    communities: Map<number, AdmissionScope>,
  ): Promise<void> {
    for (const id of JSON.parse(a.retires) as number[]) {
      const r = await repo.findAdmission(trx, id);
      if (!r || !['approved', 'renewal_review'].includes(r.status)) continue;
      await repo.updateAdmission(trx, id, { status: 'revoked', decided_at: now, updated_at: now });
      await repo.insertEvent(trx, {
        admissionId: id,
        at: now,
        actorId: user.id,
        actorName: user.displayName,
        action: 'retire',
        from: r.status,
        to: 'revoked',
        reason: `一进一出：由${number}「${a.title}」替代`,
      });
      // A retired item's burden ends the day it is retired.
      const c = communities.get(id);
      if (c) await this.recordBurden(trx, id, c);
    }
  }

  /** Records an admission decided before Jianfu (demo data, migration of paper approvals): approved, numbered. */
  async importApproved(
    departmentCode: string,
    draft: CompleteDraft,
    decidedOn: string,
    actorName: string,
    opts: { isDemo?: boolean } = {},
  ): Promise<string> {
    const dept = await this.orgs.department(departmentCode);
    if (!dept) throw notFound('department_not_found', departmentCode);
    const ctx = await this.context(dept.orgCode, draft);
    const errors = formErrors(draft, ctx);
    if (errors.length) throw invalid(errors);
    const checks = runPrechecks(draft, { ...ctx, today: decidedOn });
    const at = `${decidedOn}T02:00:00.000Z`;
    // Not yet stored, so no form of the hub can be issued under it: its scope's communities are enough.
    const communities = this.burden
      ? await this.burden.scopeOf({
          id: 0,
          kind: draft.kind,
          scope_type: draft.scope.type,
          scope_codes: JSON.stringify(draft.scope.codes),
          jurisdiction_code: dept.orgCode,
        })
      : null;
    return this.db.transaction().execute(async (trx) => {
      const id = await repo.insertAdmission(trx, {
        ...this.columns(draft, ctx, checks),
        jurisdiction_code: dept.orgCode,
        department_code: departmentCode,
        applicant_id: null,
        status: 'approved',
        submitted_at: at,
        decided_at: at,
        created_at: at,
        updated_at: at,
        is_demo: opts.isDemo ? 1 : 0,
      });
      const a = (await repo.findAdmission(trx, id))!;
      const { number, code } = await this.assignNumber(trx, a, Number(decidedOn.slice(0, 4)));
      await repo.updateAdmission(trx, id, { number, code });
      await repo.insertEvent(trx, {
        admissionId: id,
        at,
        actorId: null,
        actorName,
        action: 'import',
        from: null,
        to: 'approved',
      });
      if (communities) await this.recordBurden(trx, id, communities);
      return number;
    });
  }

  private draftOf(a: repo.AdmissionWithNames): CompleteDraft {
    const v = toAdmissionView(a);
    return {
      title: v.title,
      kind: v.kind,
      listType: v.listType,
      description: v.description,
      legalBasis: v.legalBasis,
      scope: v.scope,
      frequency: v.frequency,
      occurrencesPerYear: v.occurrencesPerYear,
      minutesPerOccurrence: v.minutesPerOccurrence,
      ledgerFields: v.ledgerFields,
      ledgerRows: v.ledgerRows,
      resources: v.resources,
      assessment: v.assessment,
      startDate: v.startDate,
      expiryDate: v.expiryDate,
      emergency: v.emergency,
      emergencyReason: v.emergencyReason,
      retires: v.retires,
    };
  }

  /** An admission as other modules see it (dispatch, inspections, apps), or null. */
  async view(id: number): Promise<AdmissionView | null> {
    const a = await repo.findAdmission(this.db, id);
    return a ? toAdmissionView(a) : null;
  }

  /**
   * The admission a department asks work under, checked: its own, valid on the date, of the kind if
   * given. Refuses with 403 (another department's number), 404 or 409 (expired, revoked, not yet in force).
   */
  async requireUsable(id: number, departmentCode: string, onDate: string, kind?: ObjectKind): Promise<AdmissionView> {
    const admission = await this.view(id);
    if (!admission) throw notFound('admission_not_found');
    if (kind && admission.kind !== kind)
      throw new ProblemError(
        409,
        kind === 'inspection' ? 'inspection_needs_number' : 'admission_not_valid',
        admission.number ?? undefined,
      );
    const blocker = usableBlocker(
      {
        status: admission.status,
        departmentCode: admission.department.code,
        startDate: admission.startDate,
        expiryDate: admission.expiryDate,
      },
      departmentCode,
      onDate,
    );
    if (blocker)
      throw new ProblemError(blocker === 'not_own_admission' ? 403 : 409, blocker, admission.number ?? undefined);
    return admission;
  }

  async viewByNumber(numberOrCode: string): Promise<AdmissionView | null> {
    const a = await repo.findByNumberOrCode(this.db, numberOrCode.trim());
    return a ? toAdmissionView(a) : null;
  }

  /** A community consulted on an application leaves its opinion. */
  async comment(user: SessionUser, id: number, stance: 'agree' | 'concern' | 'object', comment: string): Promise<void> {
    if (user.role !== 'community_worker') throw forbidden('forbidden_role');
    const a = await this.load(id);
    const codes = JSON.parse(a.consultation_codes) as string[];
    if (a.status !== 'consultation' || !codes.includes(user.orgCode))
      throw new ProblemError(409, 'not_in_consultation');
    if (a.consultation_due_date && todayInChina() > a.consultation_due_date) {
      throw new ProblemError(409, 'consultation_closed');
    }
    await repo.insertComment(this.db, {
      admissionId: id,
      communityCode: user.orgCode,
      userId: user.id,
      stance,
      comment: comment.trim(),
      at: nowIso(),
    });
  }

  /** Applications a community has been asked to comment on. */
  async consultations(user: SessionUser) {
    if (user.role !== 'community_worker') throw forbidden('forbidden_role');
    const { rows } = await repo.listAdmissions(this.database, {
      jurisdictionWithin: user.orgCode.slice(0, 6),
      statuses: ['consultation'],
      offset: 0,
      limit: 200,
    });
    return rows
      .filter((r) => (JSON.parse(r.consultation_codes) as string[]).includes(user.orgCode))
      .map(toAdmissionView);
  }

  // ---- public: no login ----

  async publicActive(jurisdiction: string) {
    await this.orgs.require(jurisdiction);
    const { rows } = await repo.listAdmissions(this.database, {
      jurisdiction,
      statuses: ['approved', 'renewal_review'],
      offset: 0,
      limit: 1000,
      order: 'number',
    });
    const today = todayInChina();
    return rows
      .filter((r) => publicStatus(r.status as AdmissionStatus, r.expiry_date, today) === 'valid')
      .map((r) => this.publicView(r, today));
  }

  async publicCheck(key: string) {
    const a = await repo.findByNumberOrCode(this.db, key.trim());
    if (!a || !a.number) return { status: 'unknown' as const, query: key };
    return { ...this.publicView(a, todayInChina()), query: key };
  }

  private publicView(a: repo.AdmissionWithNames, today: string) {
    const v = toAdmissionView(a);
    return {
      status: publicStatus(v.status, v.expiryDate, today),
      inForce: publicStatus(v.status, v.expiryDate, today) === 'valid' && today >= v.startDate,
      number: v.number!,
      code: v.code!,
      title: v.title,
      kind: v.kind,
      listType: v.listType,
      department: v.department,
      jurisdiction: v.jurisdiction,
      scope: v.scope,
      communityCount: v.communityCount,
      frequency: v.frequency,
      burden: v.burden,
      resources: v.resources,
      startDate: v.startDate,
      expiryDate: v.expiryDate,
      decidedAt: v.decidedAt,
    };
  }

  // Reads for burden monitoring (its recompute and rebound alerts); no user: the system reads them.

  /** Admissions in force at some time, with what they cost. */
  costedForBurden() {
    return repo.costedAdmissions(this.db);
  }

  /** Amendments of approved items (tag, before/after hours), oldest first. */
  amendmentsForBurden() {
    return repo.amendmentEvents(this.db);
  }

  /** Titles and descriptions of the applications under a city or district (renamed items). */
  textsForBurden(within: string) {
    return repo.admissionTexts(this.db, within);
  }
}
