// The admission gate: drafting with pre-checks, the review workflow, numbers, and the public check.
import {
  CONSULTATION_WORKING_DAYS,
  COSTED_STATUSES,
  IN_FORCE_STATUSES,
  PUBLIC_RECORD_ACTIONS,
  REVIEW_WORKING_DAYS,
  isDecision,
  statusIn,
  type PublicRecordAction,
  type AdmissionStatus,
  type ObjectKind,
} from '#common/admission.js';
import { estimateBurden } from '#common/scm.js';
import type { Lang } from '#common/i18n/problems.js';
import type { Database } from '../../db/database.js';
import { ProblemError, forbidden, invalid, notFound, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { CalendarService } from '../calendar/service.js';
import type { CatalogueService } from '../catalogue/service.js';
import type { Notifier } from '../notifications/ports.js';
import type { BurdenOutbox } from '../burden/ports.js';
import type { OrgService } from '../orgs/service.js';
import { getSetting, setSetting } from '../settings/repository.js';
import {
  canApply,
  canBeConsulted,
  canConfigure,
  canView,
  isAdmissionOverseer,
  isApplicant,
  isReviewerFor,
} from './policy.js';
import type { BudgetSource, PurchaseCatalogueSource } from './ports.js';
import { usableBlocker } from './usable.js';
import { consultationBlocker, consultationState, type ConsultationState } from './consultation.js';
import {
  approvalBlockers,
  formErrors,
  runPrechecks,
  submissionBlockers,
  type BudgetContext,
  type Check,
  type DraftInput,
  type PrecheckContext,
} from './prechecks.js';
import * as repo from './repository.js';
import { dispatchRuleErrors } from './work-rules.js';
import { renderChecks, toAdmissionView, type AdmissionView } from './views.js';
import { allowedActions, AWAITING_REVIEW, EDITABLE, publicStatus, transition, type Action } from './workflow.js';
import type { Clock } from '../../clock/clock.js';
import { chinaDate } from '#common/dates.js';
import {
  admissionLookupKey,
  formatAdmissionNumber,
  nearestAdmissionNumbers,
  parseAdmissionNumber,
  typedAbbreviation,
} from '#common/admission-number.js';

export type CompleteDraft = Required<
  Pick<DraftInput, 'title' | 'kind' | 'listType' | 'scope' | 'frequency' | 'startDate' | 'expiryDate'>
> &
  DraftInput;

export interface ActInput {
  action: Action;
  reason?: string;
  /** 审查意见: every decision (approve, sign-off, return, reject, revoke, renew, deny_renewal) needs one. */
  opinion?: string;
  /** amend: whether the change is to the work itself or only a re-estimate. */
  tag?: 'work_change' | 're_estimate';
  amendment?: Pick<
    DraftInput,
    'frequency' | 'occurrencesPerYear' | 'minutesPerOccurrence' | 'ledgerFields' | 'ledgerRows'
  >;
  /** start_consultation: all communities in scope and 5 working days unless given. */
  consultation?: { codes?: string[]; workingDays?: number };
  /** renew */
  expiryDate?: string;
}

export interface ReviewClock {
  dueDate: string;
  workingDaysLeft: number;
  overdue: boolean;
}

/** The steps that decide an application, told to the applying department. */
const DECISIONS: readonly string[] = ['approve', 'return', 'decline_override', 'reject', 'revoke', 'deny_renewal'];

export class AdmissionService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly calendar: CalendarService,
    private readonly catalogue: CatalogueService,
    /** The budget pre-check's numbers (burden monitoring). */
    private readonly budgets: BudgetSource,
    /** Where an admission whose burden may have changed is marked for burden monitoring. */
    private readonly burdenOutbox: BurdenOutbox,
    /** Who hears of a decision or a consultation (the notification centre). */
    private readonly notifier: Notifier,
    /** The 政府购买服务指导性目录 (purchasing module): what an application may name as bought. */
    private readonly purchaseCatalogue?: PurchaseCatalogueSource,
  ) {}

  private get db() {
    return this.database.db;
  }

  private async context(
    jurisdiction: string,
    draft: DraftInput,
    excludeId?: number,
    today = this.clock.today(),
  ): Promise<PrecheckContext> {
    const scope = draft.scope
      ? await this.orgs.communityScope(jurisdiction, draft.scope)
      : { communities: 0, outside: [], unknown: [] };
    const admitted = await repo.listAdmissions(this.database, {
      jurisdictionWithin: jurisdiction.slice(0, 4),
      statuses: [...IN_FORCE_STATUSES, 'submitted', 'consultation', 'under_review'],
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
      purchasable: this.purchaseCatalogue ? await this.purchaseCatalogue.itemsFor(jurisdiction) : [],
    };
  }

  /** The jurisdiction's burden budget and the items the draft offers to retire (burden module). */
  private async budgetContext(jurisdiction: string, draft: DraftInput): Promise<BudgetContext | undefined> {
    const budget = await this.budgets.budgetOf(jurisdiction);
    if (budget.annualCapHours === null && !budget.oneInOneOut) return undefined;
    const prefixes =
      !draft.scope || draft.scope.type === 'all'
        ? [jurisdiction]
        : draft.scope.codes.filter((c) => c.startsWith(jurisdiction));
    const ids = [...new Set(draft.retires ?? [])];
    const found = await Promise.all(ids.map((id) => repo.findAdmission(this.db, id)));
    const valid = found.filter(
      (a): a is repo.AdmissionWithNames =>
        !!a && statusIn(IN_FORCE_STATUSES, a.status) && a.jurisdiction_code === jurisdiction,
    );
    return {
      budget,
      currentHours: await this.budgets.heaviestCommunityHours(prefixes),
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
    if (!canApply(user)) throw forbidden('forbidden_role');
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
      purchased_item_id: draft.resources?.purchased?.itemId ?? null,
      purchased_budget_yuan: draft.resources?.purchased ? draft.resources.purchased.budgetYuan : null,
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
    const now = opts.at ?? this.clock.nowIso();
    const ctx = await this.context(jurisdiction, draft, undefined, chinaDate(now));
    const errors = formErrors(draft, ctx);
    if (errors.length) throw invalid(errors);
    const checks = runPrechecks(draft, ctx);
    return this.database.transaction(async (trx) => {
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
    if (!EDITABLE.includes(a.status as AdmissionStatus)) throw problem('illegal_transition');
    const ctx = await this.context(a.jurisdiction_code, draft, id);
    const errors = formErrors(draft, ctx);
    if (errors.length) throw invalid(errors);
    const checks = runPrechecks(draft, ctx);
    const now = this.clock.nowIso();
    await this.database.transaction(async (trx) => {
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

  private async reviewClock(a: { review_due_date: string | null; status: string }): Promise<ReviewClock | null> {
    if (!a.review_due_date || !AWAITING_REVIEW.includes(a.status as AdmissionStatus)) return null;
    const cal = await this.calendar.calendar();
    const today = this.clock.today();
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
    if (!canConfigure(user, jurisdiction))
      throw forbidden(isAdmissionOverseer(user) ? 'out_of_scope' : 'forbidden_role');
    await this.orgs.require(jurisdiction);
    if (s.signoffsRequired !== undefined)
      await setSetting(this.db, `admission.signoffs.${jurisdiction}`, String(s.signoffsRequired), this.clock.nowIso());
    if (s.abbreviation !== undefined)
      await setSetting(this.db, `admission.abbr.${jurisdiction}`, s.abbreviation.trim(), this.clock.nowIso());
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
      clock: await this.reviewClock(a),
      events: events.map((e) => ({
        at: e.at,
        actorName: e.actor_name,
        action: e.action,
        from: e.from_status,
        to: e.to_status,
        reason: e.reason,
        tag: e.tag,
        changes: JSON.parse(e.changes) as Record<string, unknown>,
        opinion: e.opinion,
      })),
      comments: comments.map((c) => ({
        communityCode: c.community_code,
        communityName: c.community_name,
        stance: c.stance,
        comment: c.comment,
        at: c.at,
      })),
      consultationProgress: await this.consultationProgress(a, comments),
      signoffs: {
        required: await this.signoffsRequired(a.jurisdiction_code),
        done: signoffs.map((s) => ({ name: s.display_name, at: s.at, opinion: s.opinion })),
      },
      allowedActions: this.offeredActions(a, actor, ownDepartment),
    };
  }

  /** Where the consultation of the communities stands, from the application and the answers so far. */
  private async consultationOf(
    a: repo.AdmissionWithNames,
    comments?: { community_code: string }[],
  ): Promise<ConsultationState> {
    const answers = comments ?? (await repo.listComments(this.db, a.id));
    return consultationState(
      {
        listType: a.list_type as 'duty' | 'assist',
        codes: JSON.parse(a.consultation_codes) as string[],
        dueDate: a.consultation_due_date,
      },
      new Set(answers.map((c) => c.community_code)),
      this.clock.today(),
    );
  }

  private async consultationProgress(a: repo.AdmissionWithNames, comments: { community_code: string }[]) {
    const state = await this.consultationOf(a, comments);
    const codes = JSON.parse(a.consultation_codes) as string[];
    const names = new Map((await this.orgs.findMany(codes)).map((o) => [o.code, o.name]));
    const answered = new Set(comments.map((c) => c.community_code));
    return {
      required: state.required,
      started: state.started,
      dueDate: state.dueDate,
      communities: codes.map((code) => ({ code, name: names.get(code) ?? code, answered: answered.has(code) })),
      answered: state.answered,
      total: state.total,
      done: state.done,
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
    // Query values: an unknown status matches nothing.
    const statuses = f.statuses as AdmissionStatus[] | undefined;
    // A typed number (蜀准(2026)1号, full-width digits …) is searched as the number the system issued.
    f = { ...f, q: searchText(f.q) };
    let filter: repo.AdmissionFilter;
    if (canApply(user)) {
      filter = {
        departmentCode: user.departmentCode,
        statuses,
        q: f.q,
        offset: f.offset,
        limit: f.limit,
        order: 'recent',
      };
    } else if (isAdmissionOverseer(user)) {
      const queue = f.queue ? [...AWAITING_REVIEW] : statuses;
      filter = {
        jurisdictionWithin: user.orgCode,
        statuses: queue,
        q: f.q,
        offset: f.offset,
        limit: f.limit,
        order: f.queue ? 'due' : 'recent',
      };
    } else {
      throw forbidden('forbidden_role');
    }
    const { rows, total } = await repo.listAdmissions(this.database, filter);
    const items = await Promise.all(
      rows.map(async (r) => ({ ...toAdmissionView(r), clock: await this.reviewClock(r) })),
    );
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

  /** A number issued before Jianfu, kept as issued: it must be the jurisdiction's and unused; later numbers follow it. */
  private async keepNumber(trx: Parameters<typeof repo.nextSequence>[0], a: repo.AdmissionWithNames, typed: string) {
    const parts = parseAdmissionNumber(typed);
    const abbr = (await getSetting(trx, `admission.abbr.${a.jurisdiction_code}`)) ?? a.jurisdiction_name.slice(0, 1);
    if (!parts || parts.abbr !== abbr) throw invalid([{ field: 'number', reason: 'invalid_value' }]);
    const number = formatAdmissionNumber(parts);
    if (await repo.findByNumberOrCode(trx, number)) throw problem('conflict', { detail: number });
    await repo.raiseSequence(trx, a.jurisdiction_code, parts.year, parts.seq);
    return { number, code: `${a.jurisdiction_code}-${parts.year}-${String(parts.seq).padStart(4, '0')}` };
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
    if (actor === 'reviewer' && user.departmentCode === a.department_code) throw problem('own_application');
    const from = a.status as AdmissionStatus;
    // A decision's opinion is its reason too (a return, a rejection, a revocation says why in it).
    const decision = isDecision(input.action);
    const opinion = decision ? (input.opinion?.trim() ?? '') : '';
    const reason = input.reason?.trim() || opinion || undefined;
    const t = transition(from, input.action, actor, reason);
    if (!t.ok && t.error !== 'reason_required') {
      if (t.error === 'wrong_actor') throw forbidden('forbidden_role');
      throw problem('illegal_transition', { detail: `${from} → ${input.action}` });
    }
    if (decision && !opinion) {
      throw problem('opinion_required', { fields: [{ field: 'opinion', reason: 'required' }] });
    }
    if (!t.ok) {
      if (t.error === 'reason_required') throw invalid([{ field: 'reason', reason: 'required' }]);
      if (t.error === 'wrong_actor') throw forbidden('forbidden_role');
      throw problem('illegal_transition', { detail: `${from} → ${input.action}` });
    }
    let to = t.to;
    const now = opts.at ?? this.clock.nowIso();
    if (opts.at && now < a.updated_at) throw invalid([{ field: 'at', reason: 'invalid_value' }]);
    const today = chinaDate(now);
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
          throw problem('precheck_blocked', {
            extra: {
              checks: renderChecks(blockers, lang),
            },
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
          throw problem('nothing_to_override');
        }
        patch.submitted_at = now;
        patch.review_due_date = cal.addWorkingDays(today, REVIEW_WORKING_DAYS).value;
        break;
      }
      case 'override':
        patch.override_reason = input.reason!.trim();
        break;
      case 'start_consultation': {
        // The communities the work falls on are asked, all of them unless the reviewer names some.
        const inScope = (await this.scopeCommunities(a)).map((c) => c.code);
        const codes = [...new Set(input.consultation?.codes ?? inScope)];
        const days = input.consultation?.workingDays ?? CONSULTATION_WORKING_DAYS;
        const scoped = await this.orgs.communityScope(a.jurisdiction_code, { type: 'communities', codes });
        const outsideScope = codes.filter((c) => !inScope.includes(c) && !scoped.unknown.includes(c));
        if (codes.length === 0 || scoped.outside.length || scoped.unknown.length || outsideScope.length) {
          throw invalid([
            {
              field: 'consultation.codes',
              reason: codes.length === 0 ? 'scope_empty' : scoped.unknown.length ? 'scope_unknown' : 'scope_outside',
              params: { codes: [...new Set([...scoped.outside, ...scoped.unknown, ...outsideScope])].join('、') },
            },
          ]);
        }
        patch.consultation_codes = JSON.stringify(codes);
        patch.consultation_due_date = cal.addWorkingDays(today, days).value;
        changes = { codes, workingDays: days };
        break;
      }
      case 'sign_off':
      case 'approve': {
        if (a.start_date > a.expiry_date) throw problem('illegal_transition');
        // 会签: each reviewer counts once; the one who started the review signs like any other.
        const done = await repo.listSignoffs(this.db, id);
        if (done.some((s) => s.user_id === user.id)) throw problem('already_signed_off');
        // 协助 items: the communities they fall on are consulted first.
        const consulted = await this.consultationOf(a);
        const waiting = consultationBlocker(consulted);
        if (waiting) {
          throw problem(waiting, {
            extra: { answered: consulted.answered, total: consulted.total, dueDate: consulted.dueDate ?? '' },
          });
        }
        // The rules are judged again at the decision (negative list, photo proof, form), and budgets; the
        // items it retires leave with its approval.
        const blocker = await this.approvalBlocker(a, lang);
        if (blocker) throw blocker;
        const required = await this.signoffsRequired(a.jurisdiction_code);
        if (done.length + 1 < required) {
          action = 'sign_off';
          to = from;
        } else {
          action = 'approve';
          to = 'approved';
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
    const approving = action === 'approve' && to === 'approved';
    const costed = approving || statusIn(COSTED_STATUSES, a.status);
    await this.database.transaction(async (trx) => {
      if (approving) {
        await repo.insertSignoff(trx, id, user.id, now, opinion);
        const assigned = await this.assignNumber(trx, a, Number(today.slice(0, 4)));
        number = assigned.number;
        patch.number = assigned.number;
        patch.code = assigned.code;
        patch.decided_at = now;
        await this.retireOffsets(trx, a, assigned.number, user, now);
      } else if (action === 'sign_off') {
        await repo.insertSignoff(trx, id, user.id, now, opinion);
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
        reason: input.reason?.trim() ?? '',
        tag: input.tag ?? null,
        changes,
        opinion,
      });
      // Its burden as it now stands is rebuilt once this commits (burden's projector).
      if (costed) await this.burdenOutbox.changed('admission', [id]);
      if (DECISIONS.includes(action) && to !== from)
        await this.notifier.notify({
          kind: 'admission_decision',
          to: { officersOf: [a.department_code] },
          params: { title: a.title, decision: to, number: number ?? '' },
          link: `/admissions/${id}`,
          subject: { type: 'admission', id },
          at: now,
        });
      if (input.action === 'start_consultation')
        await this.notifier.notify({
          kind: 'consultation_request',
          to: { workersOf: changes.codes as string[] },
          params: { title: a.title, dueDate: patch.consultation_due_date ?? '' },
          link: '/consultations',
          subject: { type: 'admission', id },
          at: now,
        });
    });
    return { status: to, number };
  }

  private async approvalBlocker(a: repo.AdmissionWithNames, lang: Lang): Promise<ProblemError | null> {
    const draft = this.draftOf(a);
    const checks = runPrechecks(draft, await this.context(a.jurisdiction_code, draft, a.id));
    const rules = approvalBlockers(checks, Boolean(a.override_reason));
    if (rules.length) return problem('precheck_blocked', { extra: { checks: renderChecks(rules, lang) } });
    const blocked = checks.filter((c) => c.rule === 'budget' && c.verdict === 'block');
    if (!blocked.length) return null;
    return problem('budget_retire_required', {
      extra: {
        checks: renderChecks(blocked, lang),
      },
    });
  }

  /** Retires (revokes) the admitted items an approved application named, in the approval's transaction. */
  private async retireOffsets(
    trx: Parameters<typeof repo.updateAdmission>[0],
    a: repo.AdmissionWithNames,
    number: string,
    user: SessionUser,
    now: string,
  ): Promise<void> {
    for (const id of JSON.parse(a.retires) as number[]) {
      const r = await repo.findAdmission(trx, id);
      if (!r || !statusIn(IN_FORCE_STATUSES, r.status)) continue;
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
        opinion: `一进一出：由${number}「${a.title}」替代`,
      });
      // A retired item's burden ends the day it is retired.
      await this.burdenOutbox.changed('admission', [id]);
    }
  }

  /** Records an admission decided before Jianfu (demo data, migration of paper approvals): approved, numbered. */
  async importApproved(
    departmentCode: string,
    draft: CompleteDraft,
    decidedOn: string,
    actorName: string,
    /** The 审查意见 of the paper approval (shown on the public record of the number). */
    opinion: string,
    // `number`: the number it was issued on paper, kept (typed in any of the usual ways); else the next one.
    opts: { isDemo?: boolean; number?: string } = {},
  ): Promise<string> {
    if (!opinion.trim()) throw problem('opinion_required', { fields: [{ field: 'opinion', reason: 'required' }] });
    const dept = await this.orgs.department(departmentCode);
    if (!dept) throw notFound('department_not_found', departmentCode);
    const ctx = await this.context(dept.orgCode, draft);
    const errors = formErrors(draft, ctx);
    if (errors.length) throw invalid(errors);
    const checks = runPrechecks(draft, { ...ctx, today: decidedOn });
    const at = `${decidedOn}T02:00:00.000Z`;
    return this.database.transaction(async (trx) => {
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
      const { number, code } = opts.number
        ? await this.keepNumber(trx, a, opts.number)
        : await this.assignNumber(trx, a, Number(decidedOn.slice(0, 4)));
      await repo.updateAdmission(trx, id, { number, code });
      await repo.insertEvent(trx, {
        admissionId: id,
        at,
        actorId: null,
        actorName,
        action: 'import',
        from: null,
        to: 'approved',
        opinion: opinion.trim(),
      });
      await this.burdenOutbox.changed('admission', [id]);
      return number;
    });
  }

  /** The communities an application's work falls on (its scope). */
  private scopeCommunities(a: repo.AdmissionWithNames): Promise<{ code: string; name: string }[]> {
    const codes = JSON.parse(a.scope_codes) as string[];
    return this.orgs.communitiesUnder(a.scope_type === 'all' ? [a.jurisdiction_code] : codes);
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
      throw problem(kind === 'inspection' ? 'inspection_needs_number' : 'admission_not_valid', {
        detail: admission.number,
      });
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
    if (blocker) throw problem(blocker, { detail: admission.number });
    return admission;
  }

  /** An admission by its number or code as a person typed it (any brackets, 年, 第, spaces, full width). */
  private findTyped(typed: string) {
    const key = admissionLookupKey(typed);
    return repo.findByNumberOrCode(this.db, 'number' in key ? key.number : 'code' in key ? key.code : key.raw);
  }

  /**
   * The rules an application is judged by, applied to work dispatched under an admission (admission/work-rules.ts):
   * field errors that refuse it.
   */
  async dispatchRuleErrors(admission: AdmissionView, work: { title: string; instructions?: string }) {
    const negative = await this.catalogue.negativeItems(admission.jurisdiction.code);
    return dispatchRuleErrors(work, negative, Boolean(admission.overrideReason));
  }

  async viewByNumber(numberOrCode: string): Promise<AdmissionView | null> {
    const a = await this.findTyped(numberOrCode);
    return a ? toAdmissionView(a) : null;
  }

  /** A community consulted on an application leaves its opinion. */
  // `at`: when it was answered, for answers recorded after the fact (the demo); defaults to now.
  async comment(
    user: SessionUser,
    id: number,
    stance: 'agree' | 'concern' | 'object',
    comment: string,
    opts: { at?: string } = {},
  ): Promise<void> {
    if (!canBeConsulted(user)) throw forbidden('forbidden_role');
    const a = await this.load(id);
    const codes = JSON.parse(a.consultation_codes) as string[];
    if (a.status !== 'consultation' || !codes.includes(user.orgCode)) throw problem('not_in_consultation');
    const at = opts.at ?? this.clock.nowIso();
    if (a.consultation_due_date && chinaDate(at) > a.consultation_due_date) {
      throw problem('consultation_closed');
    }
    await repo.insertComment(this.db, {
      admissionId: id,
      communityCode: user.orgCode,
      userId: user.id,
      stance,
      comment: comment.trim(),
      at,
    });
  }

  /** Applications a community has been asked to comment on. */
  async consultations(user: SessionUser) {
    if (!canBeConsulted(user)) throw forbidden('forbidden_role');
    const { rows } = await repo.listAdmissions(this.database, {
      jurisdictionWithin: user.orgCode.slice(0, 6),
      statuses: ['consultation'],
      offset: 0,
      limit: 200,
    });
    const asked = rows.filter((r) => (JSON.parse(r.consultation_codes) as string[]).includes(user.orgCode));
    return Promise.all(
      asked.map(async (r) => ({
        ...toAdmissionView(r),
        answers: (await repo.listComments(this.db, r.id))
          .filter((c) => c.community_code === user.orgCode)
          .map((c) => ({
            communityCode: c.community_code,
            communityName: c.community_name,
            stance: c.stance,
            comment: c.comment,
            at: c.at,
          })),
      })),
    );
  }

  // ---- public: no login ----

  async publicActive(jurisdiction: string) {
    await this.orgs.require(jurisdiction);
    const { rows } = await repo.listAdmissions(this.database, {
      jurisdiction,
      statuses: [...IN_FORCE_STATUSES],
      offset: 0,
      limit: 1000,
      order: 'number',
    });
    const today = this.clock.today();
    const valid = rows.filter((r) => publicStatus(r.status as AdmissionStatus, r.expiry_date, today) === 'valid');
    const records = await this.publicRecords(valid.map((r) => r.id));
    return valid.map((r) => this.publicView(r, today, records.get(r.id) ?? []));
  }

  async publicCheck(key: string) {
    const a = await this.findTyped(key);
    if (!a || !a.number) return { status: 'unknown' as const, query: key, suggestions: await this.suggest(key) };
    const records = await this.publicRecords([a.id]);
    return { ...this.publicView(a, this.clock.today(), records.get(a.id) ?? []), query: key };
  }

  /** The decisions on numbers with their opinions (older steps without one show their recorded reason). */
  private async publicRecords(ids: number[]) {
    const out = new Map<number, { action: PublicRecordAction; at: string; opinion: string }[]>();
    for (const e of await repo.listRecordEvents(this.db, ids, PUBLIC_RECORD_ACTIONS)) {
      const list = out.get(e.admission_id) ?? [];
      list.push({ action: e.action as PublicRecordAction, at: e.at, opinion: e.opinion || e.reason });
      out.set(e.admission_id, list);
    }
    return out;
  }

  /** Real numbers of the same jurisdiction near an unknown one (same abbreviation, same year first). */
  private async suggest(typed: string) {
    const abbr = typedAbbreviation(typed);
    if (!abbr) return [];
    const near = nearestAdmissionNumbers(typed, await repo.numbersWithPrefix(this.database, `${abbr}准`));
    const today = this.clock.today();
    const found = await Promise.all(near.map((n) => repo.findByNumberOrCode(this.db, n)));
    return found
      .filter((a): a is repo.AdmissionWithNames => !!a)
      .map((a) => ({
        number: a.number!,
        code: a.code!,
        title: a.title,
        status: publicStatus(a.status as AdmissionStatus, a.expiry_date, today),
      }));
  }

  private publicView(
    a: repo.AdmissionWithNames,
    today: string,
    record: { action: PublicRecordAction; at: string; opinion: string }[],
  ) {
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
      record,
    };
  }
}

/** The search text of an admission list: a typed number or code in its issued form, other text as typed. */
function searchText(q: string | undefined): string | undefined {
  if (!q?.trim()) return q;
  const key = admissionLookupKey(q);
  return 'number' in key ? key.number : 'code' in key ? key.code : q;
}
