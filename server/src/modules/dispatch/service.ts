// Dispatch: admitted work sent to communities, each community's inbox, refusals and the department's
// progress view. Work under an item a purchase contract covers for a community (政府购买服务) goes to the
// contracted social organisation's inbox instead (its `social_org` accounts act on it; the community is told).
import type { ScopeType } from '#common/admission.js';
import type { ItemStatus, RefusalAnswer, RefusalDecision, RefusalReason, RefusalState } from '#common/dispatch.js';
import type { Database } from '../../db/database.js';
import type { UploadedFile } from '../../http/multipart.js';
import { forbidden, invalid, notFound, type FieldError, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { AdmissionService } from '../admission/service.js';
import * as attachments from '../attachments/repository.js';
import { isValidDate } from '../calendar/workdays.js';
import type { BurdenOutbox } from '../burden/ports.js';
import type { Notifier } from '../notifications/ports.js';
import type { OrgService } from '../orgs/service.js';
import type { PurchasedWork } from './ports.js';
import { codeWithin } from '#common/roles.js';
import {
  canActOnInbox,
  canDecideRefusal,
  canDispatch,
  canSeeDispatch,
  canSeeInbox,
  ownsDispatch,
  refusalScope,
} from './policy.js';
import * as repo from './repository.js';
import {
  answerRefusal,
  decideRefusal,
  inboxTabCounts,
  inboxStatus,
  itemActions,
  moveItem,
  refusalStateOf,
  type ItemAction,
} from './rules.js';
import { excessText, nearDuplicate, quotaExcess, type AdmittedQuota } from './quota.js';
import type { AdmissionView } from '../admission/views.js';
import { inAdmissionScope } from '../admission/usable.js';
import type { Clock } from '../../clock/clock.js';
import { chinaDate } from '#common/dates.js';
import { REFUSAL_ANSWERS } from '#common/dispatch.js';

export interface DispatchInput {
  admissionId: number;
  title: string;
  instructions?: string;
  dueDate: string;
  targets: { type: ScopeType; codes: string[] };
  /** Send even though it nearly repeats an open dispatch (the department saw the warning). */
  confirmDuplicate?: boolean;
}

export interface ItemActInput {
  action: ItemAction;
  note?: string;
  reason?: RefusalReason;
  reasons?: RefusalReason[];
  text?: string;
}

export interface RefusalAnswerInput {
  answer: RefusalAnswer;
  note: string;
  dueDate?: string;
}

const quotaOf = (a: AdmissionView): AdmittedQuota => ({
  frequency: a.frequency,
  occurrencesPerYear: a.occurrencesPerYear,
  hoursPerCommunityYear: a.burden.hoursPerCommunityYear,
  startDate: a.startDate,
  expiryDate: a.expiryDate,
});

type AttachmentMeta = Awaited<ReturnType<typeof attachments.listAttachments>>[number];
const attachmentView = (a: AttachmentMeta) => ({
  id: a.id,
  filename: a.filename,
  contentType: a.content_type,
  size: Number(a.size),
});

export class DispatchService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly admissions: AdmissionService,
    private readonly burdenOutbox: BurdenOutbox,
    private readonly notifier: Notifier,
    private readonly purchased: PurchasedWork,
  ) {}

  private get db() {
    return this.database.db;
  }

  private requireDepartment(user: SessionUser): string {
    if (!canDispatch(user)) throw forbidden('forbidden_role');
    return user.departmentCode;
  }

  /** Sends admitted work to communities; refused whole (409) when the admission does not allow it. */
  async create(
    user: SessionUser,
    input: DispatchInput,
    files: UploadedFile[],
    // `at`: when it was sent, for work recorded after the fact (the demo); defaults to now.
    opts: { isDemo?: boolean; today?: string; at?: string } = {},
  ) {
    const department = this.requireDepartment(user);
    const today = opts.today ?? (opts.at ? chinaDate(opts.at) : this.clock.today());
    const admission = await this.admissions.requireUsable(input.admissionId, department, today);

    const errors: FieldError[] = [];
    if (!input.title.trim()) errors.push({ field: 'title', reason: 'required' });
    if (!isValidDate(input.dueDate)) errors.push({ field: 'dueDate', reason: 'invalid_date' });
    else if (input.dueDate < today) errors.push({ field: 'dueDate', reason: 'due_before_today' });
    else if (input.dueDate > admission.expiryDate)
      errors.push({ field: 'dueDate', reason: 'after_admission_expiry', params: { expiry: admission.expiryDate } });
    errors.push(...(await this.admissions.dispatchRuleErrors(admission, input))); // the rules applications are judged by
    if (input.targets.type !== 'all' && input.targets.codes.length === 0)
      errors.push({ field: 'targets', reason: 'no_targets' });
    if (errors.length) throw invalid(errors);

    const jurisdiction = admission.jurisdiction.code;
    const prefixes = input.targets.type === 'all' ? [jurisdiction] : input.targets.codes;
    const outsideJurisdiction = prefixes.filter((p) => !codeWithin(p, jurisdiction));
    const communities = (await this.orgs.communitiesUnder(prefixes.filter((p) => codeWithin(p, jurisdiction)))).map(
      (c) => c.code,
    );
    const targets = communities.filter((c) => inAdmissionScope(admission.scope, jurisdiction, c));
    const outside = [...outsideJurisdiction, ...communities.filter((c) => !targets.includes(c))];
    if (input.targets.type !== 'all' && outside.length)
      throw problem('outside_admission_scope', { detail: outside.join('、') });
    if (targets.length === 0) throw invalid([{ field: 'targets', reason: 'no_targets' }]);

    const at = opts.at ?? this.clock.nowIso();
    // 政府购买服务: where a contract covers the item for a community, its organisation handles the work.
    const handlers = await this.purchased.handlers(admission.id, targets, today);
    const orgIds = [...new Set([...handlers.values()].map((h) => h.socialOrgId))];
    const orgAccounts = await this.purchased.accountsOf(orgIds);
    const id = await this.database.transaction(async (trx) => {
      // Counted in the transaction, so two dispatches sent at once cannot both take the last occurrence.
      await this.holdToAdmission(admission, today, targets);
      if (!input.confirmDuplicate) await this.warnOfDuplicates(admission.id, input, targets);
      const dispatchId = await repo.insertDispatch(trx, {
        admissionId: admission.id,
        departmentCode: department,
        jurisdictionCode: jurisdiction,
        title: input.title.trim(),
        instructions: input.instructions?.trim() ?? '',
        dueDate: input.dueDate,
        createdBy: user.id,
        at,
        isDemo: opts.isDemo,
      });
      await repo.insertItems(trx, dispatchId, targets, at, handlers);
      // One occurrence of the work per community, counted as it is sent.
      const items = await repo.itemsOfDispatch(trx, dispatchId);
      await this.burdenOutbox.changed(
        'dispatch_item',
        items.map((i) => i.id),
      );
      await attachments.insertAttachments(trx, { type: 'dispatch', id: dispatchId }, files, user.id, at);
      // The workers of each community hear of it (the bell, and the outbound channel after commit); the
      // organisations' own accounts of what they handle.
      const params = {
        department: admission.department.name,
        title: input.title.trim(),
        number: admission.number ?? '',
        dueDate: input.dueDate,
      };
      const own = targets.filter((c) => !handlers.has(c));
      if (own.length)
        await this.notifier.notify({
          kind: 'dispatch_new',
          to: { workersOf: own },
          params,
          link: '/inbox?status=new',
          subject: { type: 'dispatch', id: dispatchId },
          at,
        });
      if (orgAccounts.length)
        await this.notifier.notify({
          kind: 'dispatch_new',
          to: { users: orgAccounts },
          params,
          link: '/org-inbox',
          subject: { type: 'dispatch', id: dispatchId },
          at,
        });
      return dispatchId;
    });
    return this.detail(user, id);
  }

  /**
   * Each community is held to what was admitted: the frequency (per calendar period, China time) and the
   * hours per community and year. Refused and withdrawn work does not count. 409 naming the count.
   */
  private async holdToAdmission(admission: AdmissionView, today: string, communities: string[], exceptItem?: number) {
    const sends = await repo.countedSends(this.db, admission.id, communities, exceptItem);
    const byCommunity = new Map<string, string[]>();
    for (const r of sends)
      byCommunity.set(r.community_code, [...(byCommunity.get(r.community_code) ?? []), chinaDate(r.created_at)]);
    const quota = quotaOf(admission);
    const over = communities
      .map((c) => ({ code: c, excess: quotaExcess(quota, today, byCommunity.get(c) ?? []) }))
      .filter((o) => o.excess !== null);
    if (!over.length) return;
    const names = new Map((await this.orgs.findMany(over.map((o) => o.code))).map((o) => [o.code, o.name]));
    const rule = over.some((o) => o.excess!.rule === 'frequency') ? 'frequency' : 'hours';
    const shown = over.filter((o) => o.excess!.rule === rule);
    const first = shown[0];
    const excess = shown.map(({ code, excess: e }) => ({
      community: { code, name: names.get(code) ?? code },
      text: excessText(e!),
      ...(e!.rule === 'frequency'
        ? { rule: e!.rule, period: e!.period, count: e!.count, allowed: e!.allowed }
        : { rule: e!.rule, usedHours: e!.usedHours, allowedHours: e!.allowedHours }),
    }));
    const more = shown.length > 1 ? `（另有 ${shown.length - 1} 个社区同样超出）` : '';
    throw problem(rule === 'frequency' ? 'dispatch_over_frequency' : 'dispatch_over_hours', {
      detail: `${names.get(first.code) ?? first.code}${excessText(first.excess!)}${more}`,
      extra: { admission: admission.number, excess },
    });
  }

  /** A near-duplicate of work still open in the same communities under the same admission: 409 naming it. */
  private async warnOfDuplicates(admissionId: number, input: DispatchInput, communities: string[]) {
    const open = await repo.openDispatchesIn(this.db, admissionId, communities);
    const candidate = { title: input.title.trim(), instructions: input.instructions?.trim() ?? '' };
    const byId = new Map<
      number,
      { id: number; title: string; createdAt: string; communities: { code: string; name: string }[] }
    >();
    for (const r of open) {
      if (!byId.has(r.id)) {
        if (!nearDuplicate(candidate, r)) continue;
        byId.set(r.id, { id: r.id, title: r.title, createdAt: r.created_at, communities: [] });
      }
      byId.get(r.id)!.communities.push({ code: r.community_code, name: r.community_name });
    }
    const duplicates = [...byId.values()];
    if (!duplicates.length) return;
    const d = duplicates[0];
    const where = d.communities
      .map((c) => c.name)
      .slice(0, 3)
      .join('、');
    throw problem('dispatch_near_duplicate', {
      detail: `与${chinaDate(d.createdAt)}派发、尚未办结的「${d.title}」近似（${where}${d.communities.length > 3 ? ` 等 ${d.communities.length} 个社区` : ''}）`,
      extra: { duplicates },
    });
  }

  private async counts(ids: number[]) {
    const today = this.clock.today();
    const rows = await repo.statusCounts(this.db, ids, today);
    const out = new Map<number, Record<string, number>>();
    for (const id of ids)
      out.set(id, { total: 0, new: 0, acknowledged: 0, in_progress: 0, done: 0, refused: 0, withdrawn: 0, overdue: 0 });
    for (const r of rows) {
      const c = out.get(r.dispatch_id)!;
      c[r.status] = Number(r.n);
      c.total += Number(r.n);
      c.overdue += Number(r.overdue ?? 0);
    }
    return out;
  }

  private dispatchView(d: NonNullable<repo.DispatchRow>, counts: Record<string, number>) {
    return {
      id: d.id,
      title: d.title,
      instructions: d.instructions,
      dueDate: d.due_date,
      createdAt: d.created_at,
      department: { code: d.department_code, name: d.department_name },
      admission: {
        id: d.admission_id,
        number: d.admission_number ?? '',
        code: d.admission_code ?? '',
        title: d.admission_title,
      },
      burden: {
        hoursPerCommunityYear: Number(d.hours_per_community_year),
        minutesPerOccurrence: d.minutes_per_occurrence,
      },
      counts: counts as {
        total: number;
        new: number;
        acknowledged: number;
        in_progress: number;
        done: number;
        refused: number;
        withdrawn: number;
        overdue: number;
      },
      isDemo: Boolean(d.is_demo),
    };
  }

  /** A department's own dispatches with progress counts. */
  async list(user: SessionUser, offset: number, limit: number) {
    const department = this.requireDepartment(user);
    const { rows, total } = await repo.listDispatches(this.database, { departmentCode: department, offset, limit });
    const counts = await this.counts(rows.map((r) => r.id));
    return { items: rows.map((r) => this.dispatchView(r, counts.get(r.id)!)), total };
  }

  private async loadDispatch(user: SessionUser, id: number) {
    const d = await repo.findDispatch(this.db, id);
    if (!d) throw notFound('dispatch_not_found');
    if (!canSeeDispatch(user, d))
      throw forbidden(user.role === 'department_officer' ? 'out_of_scope' : 'forbidden_role');
    return d;
  }

  async detail(user: SessionUser, id: number) {
    const d = await this.loadDispatch(user, id);
    const [counts, items, files] = await Promise.all([
      this.counts([id]),
      repo.itemsOfDispatch(this.db, id),
      attachments.listAttachments(this.db, 'dispatch', [id]),
    ]);
    const today = this.clock.today();
    const itemFiles = await attachments.listAttachments(
      this.db,
      'dispatch_item',
      items.map((i) => i.id),
    );
    return {
      ...this.dispatchView(d, counts.get(id)!),
      attachments: files.map(attachmentView),
      items: items.map((i) => ({
        ...this.itemState(i, today),
        attachments: itemFiles.filter((f) => f.owner_id === i.id).map(attachmentView),
      })),
    };
  }

  private itemState(i: repo.ItemRow, today: string) {
    return {
      id: i.id,
      community: { code: i.community_code, name: i.community_name },
      status: inboxStatus(i.status as ItemStatus, i.due_date, today),
      storedStatus: i.status as ItemStatus,
      acknowledgedAt: i.acknowledged_at,
      startedAt: i.started_at,
      completedAt: i.completed_at,
      completionNote: i.completion_note,
      refusedAt: i.refused_at,
      refusalReason: i.refusal_reason as RefusalReason | null,
      refusalReasons: JSON.parse(i.refusal_reasons || '[]') as RefusalReason[],
      refusalText: i.refusal_text,
      refusalState: refusalStateOf(i.status as ItemStatus, i.refusal_state),
      answerNote: i.answer_note,
      answeredAt: i.answered_at,
      decisionNote: i.decision_note,
      decidedAt: i.decided_at,
      updatedAt: i.updated_at,
    };
  }

  private inboxView(i: repo.ItemRow, today: string, files: AttachmentMeta[], canAct: boolean, byOrg = false) {
    return {
      ...this.itemState(i, today),
      dispatchId: i.dispatch_id,
      title: i.title,
      instructions: i.instructions,
      dueDate: i.due_date,
      dispatchedAt: i.dispatched_at,
      department: { code: i.department_code, name: i.department_name },
      admissionNumber: i.admission_number ?? '',
      admissionCode: i.admission_code ?? '',
      burden: {
        hoursPerCommunityYear: Number(i.hours_per_community_year),
        minutesPerOccurrence: i.minutes_per_occurrence,
      },
      attachments: files.filter((f) => f.owner_id === i.dispatch_id).map(attachmentView),
      // An organisation paid to do the work does not refuse it (the contract is the buyer's to change).
      allowedActions: canAct ? itemActions(i.status as ItemStatus).filter((a) => !byOrg || a !== 'refuse') : [],
    };
  }

  /** A community's inbox: the work dispatched to it, open work first, with number and burden on each. */
  async inbox(user: SessionUser, community: string, f: { status?: string; offset: number; limit: number }) {
    const org = await this.orgs.require(community);
    if (org.level !== 'community') throw notFound('org_not_found', community);
    if (!canSeeInbox(user, community)) throw forbidden('out_of_scope');
    const today = this.clock.today();
    const open: ItemStatus[] = ['new', 'acknowledged', 'in_progress'];
    const filter: repo.InboxFilter =
      f.status === 'overdue'
        ? { community, statuses: open, overdueOn: today, offset: f.offset, limit: f.limit }
        : f.status === 'open'
          ? { community, statuses: open, offset: f.offset, limit: f.limit }
          : // A query value: an unknown status matches nothing.
            { community, statuses: f.status ? [f.status as ItemStatus] : undefined, offset: f.offset, limit: f.limit };
    const [{ rows, total }, byStatus, elsewhere] = await Promise.all([
      repo.inbox(this.database, filter),
      repo.inboxStatusCounts(this.database, community, today),
      repo.handledElsewhere(this.db, community),
    ]);
    const files = await attachments.listAttachments(this.db, 'dispatch', [...new Set(rows.map((r) => r.dispatch_id))]);
    const canAct = canActOnInbox(user, community);
    const names = await this.purchased.names(elsewhere.map((e) => e.orgId));
    return {
      community: { code: org.code, name: org.name },
      items: rows.map((r) => this.inboxView(r, today, files, canAct)),
      total,
      counts: inboxTabCounts(byStatus),
      // Work a purchased service's organisation handles here: not in this inbox, but the community is told.
      handledElsewhere: elsewhere.map((e) => ({ name: names.get(e.orgId) ?? '', open: e.open })),
    };
  }

  /** A social organisation's inbox: the dispatched work it handles under its contracts (role `social_org`). */
  async orgInbox(user: SessionUser, f: { status?: string; offset: number; limit: number }) {
    if (user.role !== 'social_org') throw forbidden('forbidden_role');
    const orgId = await this.purchased.orgOfUser(user.id);
    const today = this.clock.today();
    const name = orgId === null ? '' : ((await this.purchased.names([orgId])).get(orgId) ?? '');
    if (orgId === null) return { org: { id: 0, name }, items: [], total: 0, counts: inboxTabCounts([]) };
    const open: ItemStatus[] = ['new', 'acknowledged', 'in_progress'];
    const base = { handlerOrg: orgId, offset: f.offset, limit: f.limit };
    const filter: repo.InboxFilter =
      f.status === 'overdue'
        ? { ...base, statuses: open, overdueOn: today }
        : f.status === 'open'
          ? { ...base, statuses: open }
          : { ...base, statuses: f.status ? [f.status as ItemStatus] : undefined };
    const [{ rows, total }, byStatus] = await Promise.all([
      repo.inbox(this.database, filter),
      repo.inboxStatusCounts(this.database, { handlerOrg: orgId }, today),
    ]);
    const files = await attachments.listAttachments(this.db, 'dispatch', [...new Set(rows.map((r) => r.dispatch_id))]);
    return {
      org: { id: orgId, name },
      items: rows.map((r) => ({
        ...this.inboxView(r, today, files, true, true),
        community: { code: r.community_code, name: r.community_name },
      })),
      total,
      counts: inboxTabCounts(byStatus),
    };
  }

  /**
   * 社区待办 overview: open and overdue work per street of the reader's jurisdiction, busiest first, and
   * the street to open on (so the reviewer does not land on a street where every figure is 0).
   */
  async streetWorkload(user: SessionUser) {
    if (!['street_officer', 'reviewer', 'admin'].includes(user.role)) throw forbidden('forbidden_role');
    const perCommunity = await repo.openWorkByCommunity(this.database, user.orgCode, this.clock.today());
    const orgs = new Map(
      (await this.orgs.findMany(perCommunity.map((c) => c.community))).map((o) => [o.code, o.parentCode]),
    );
    const streets = new Map<string, { code: string; open: number; overdue: number }>();
    for (const c of perCommunity) {
      const street = orgs.get(c.community);
      if (!street) continue;
      const s = streets.get(street) ?? { code: street, open: 0, overdue: 0 };
      s.open += c.open;
      s.overdue += c.overdue;
      streets.set(street, s);
    }
    const sorted = [...streets.values()].sort(
      (a, b) => b.overdue - a.overdue || b.open - a.open || a.code.localeCompare(b.code),
    );
    return { streets: sorted, defaultStreet: sorted[0]?.code ?? null };
  }

  /** A community worker acknowledges, starts, completes (with a note) or refuses (with a reason). */
  async act(user: SessionUser, itemId: number, input: ItemActInput, files: UploadedFile[], opts: { at?: string } = {}) {
    const item = await repo.findItem(this.db, itemId);
    if (!item) throw notFound('item_not_found');
    const byOrg = user.role === 'social_org';
    if (byOrg) {
      // Only the organisation that handles it, and never a refusal.
      const mine = await this.purchased.orgOfUser(user.id);
      if (item.handler_org_id === null || mine !== item.handler_org_id) throw forbidden('out_of_scope');
      if (input.action === 'refuse') throw problem('illegal_transition', { detail: `${item.status} → refuse` });
    } else {
      if (!canSeeInbox(user, item.community_code)) throw forbidden('out_of_scope');
      if (!canActOnInbox(user, item.community_code)) throw forbidden('forbidden_role');
      // A purchased service's organisation handles it: not the community's to act on.
      if (item.handler_org_id !== null) throw forbidden('out_of_scope', 'handled by a social organisation');
    }
    const to = moveItem(item.status as ItemStatus, input.action);
    if (!to) throw problem('illegal_transition', { detail: `${item.status} → ${input.action}` });
    const errors: FieldError[] = [];
    if (input.action === 'complete' && !input.note?.trim()) errors.push({ field: 'note', reason: 'required' });
    const reasons = [...new Set([...(input.reasons ?? []), ...(input.reason ? [input.reason] : [])])];
    if (input.action === 'refuse' && !reasons.length) errors.push({ field: 'reasons', reason: 'required' });
    if (input.action === 'refuse' && !input.text?.trim()) errors.push({ field: 'text', reason: 'required' });
    if (input.action !== 'complete' && files.length) errors.push({ field: 'files', reason: 'invalid_value' });
    if (errors.length) throw invalid(errors);
    const at = opts.at ?? this.clock.nowIso();
    const patch: Parameters<typeof repo.updateItem>[3] = { status: to, updated_by: user.id, updated_at: at };
    if (input.action === 'acknowledge') patch.acknowledged_at = at;
    if (input.action === 'start') patch.started_at = at;
    if (input.action === 'complete') {
      patch.completed_at = at;
      patch.completion_note = input.note!.trim();
    }
    if (input.action === 'refuse') {
      patch.refused_at = at;
      patch.refusal_reason = reasons[0];
      patch.refusal_reasons = JSON.stringify(reasons);
      patch.refusal_text = input.text!.trim();
      // A new refusal of resent or ordered work starts unanswered again.
      patch.refusal_state = null;
      patch.answer_note = '';
      patch.decision_note = '';
      patch.decided_by = null;
      patch.decided_at = null;
    }
    await this.database.transaction(async (trx) => {
      if (!(await repo.updateItem(trx, itemId, item.status, patch))) throw problem('conflict');
      // Refused work costs the community nothing: its burden event goes (burden's projector, after commit).
      if (to === 'refused') {
        await this.burdenOutbox.changed('dispatch_item', [itemId]);
        // The sending department must answer it (withdraw, resend or contest).
        await this.notifier.notify({
          kind: 'dispatch_refused',
          to: { officersOf: [item.department_code] },
          params: { community: item.community_name, title: item.title, reason: reasons[0]! },
          link: '/dispatches?tab=refusals',
          subject: { type: 'dispatch_item', id: itemId },
          at,
        });
      }
      await attachments.insertAttachments(trx, { type: 'dispatch_item', id: itemId }, files, user.id, at);
    });
    const updated = (await repo.findItem(this.db, itemId))!;
    const dispatchFiles = await attachments.listAttachments(this.db, 'dispatch', [updated.dispatch_id]);
    return this.inboxView(updated, this.clock.today(), dispatchFiles, true, byOrg);
  }

  /** Refused work: a department sees its own, reviewers their jurisdiction's. */
  async refusals(user: SessionUser, offset: number, limit: number, state?: RefusalState) {
    const scope = refusalScope(user);
    if (!scope) throw forbidden('forbidden_role');
    const { rows, total } = await repo.refusals(this.database, { ...scope, state, offset, limit });
    return { items: rows.map((r) => this.refusalView(user, r)), total };
  }

  private refusalView(user: SessionUser, r: repo.ItemRow) {
    const state = refusalStateOf(r.status, r.refusal_state);
    return {
      ...this.itemState(r, this.clock.today()),
      dispatchId: r.dispatch_id,
      title: r.title,
      department: { code: r.department_code, name: r.department_name },
      admissionNumber: r.admission_number ?? '',
      instructions: r.instructions,
      dueDate: r.due_date,
      allowedAnswers:
        ownsDispatch(user, r.department_code) && state
          ? REFUSAL_ANSWERS.filter((a) => answerRefusal(r.status, state, a))
          : [],
      canDecide:
        canDecideRefusal(user, r.community_code) && !!state && decideRefusal(r.status, state, 'uphold') !== null,
    };
  }

  /**
   * The department answers a refusal of its work: withdraws it, sends it again after fixing what was refused
   * (a note saying what, resources attached, a later due date), or contests it to the 减负办.
   */
  async answer(user: SessionUser, itemId: number, input: RefusalAnswerInput, files: UploadedFile[]) {
    const item = await repo.findItem(this.db, itemId);
    if (!item) throw notFound('item_not_found');
    if (!ownsDispatch(user, item.department_code))
      throw forbidden(user.role === 'department_officer' ? 'out_of_scope' : 'forbidden_role');
    const state = refusalStateOf(item.status, item.refusal_state);
    const move = state && answerRefusal(item.status, state, input.answer);
    if (!move) throw problem('illegal_transition', { detail: `${state ?? item.status} → ${input.answer}` });
    const today = this.clock.today();
    const errors: FieldError[] = [];
    if (!input.note.trim()) errors.push({ field: 'note', reason: 'required' });
    if (input.answer !== 'resend' && files.length) errors.push({ field: 'files', reason: 'invalid_value' });
    if (input.answer !== 'resend' && input.dueDate) errors.push({ field: 'dueDate', reason: 'invalid_value' });
    if (input.dueDate && !isValidDate(input.dueDate)) errors.push({ field: 'dueDate', reason: 'invalid_date' });
    else if (input.dueDate && input.dueDate < today) errors.push({ field: 'dueDate', reason: 'due_before_today' });
    if (errors.length) throw invalid(errors);
    if (input.answer === 'resend') {
      // Sent again under the same number: it must still be usable and reach this community, and the
      // occurrence counts again against what was admitted.
      const admission = await this.admissions.requireUsable(item.admission_id, item.department_code, today);
      if (!inAdmissionScope(admission.scope, admission.jurisdiction.code, item.community_code))
        throw problem('outside_admission_scope', { detail: item.community_code });
      const due = input.dueDate ?? item.due_date;
      if (due < today) throw invalid([{ field: 'dueDate', reason: 'due_before_today' }]);
      if (due > admission.expiryDate)
        throw invalid([
          { field: 'dueDate', reason: 'after_admission_expiry', params: { expiry: admission.expiryDate } },
        ]);
      await this.holdToAdmission(admission, chinaDate(item.dispatched_at), [item.community_code], item.id);
    }
    const at = this.clock.nowIso();
    await this.database.transaction(async (trx) => {
      const patch: Parameters<typeof repo.updateItem>[3] = {
        status: move.status,
        refusal_state: move.state,
        answer_note: input.note.trim(),
        answered_by: user.id,
        answered_at: at,
        updated_by: user.id,
        updated_at: at,
      };
      // Back in the inbox: the community starts on it afresh.
      if (move.status === 'new') Object.assign(patch, { acknowledged_at: null, started_at: null });
      if (!(await repo.updateItem(trx, itemId, item.status, patch, item.refusal_state))) throw problem('conflict');
      if (input.answer === 'resend' && input.dueDate && input.dueDate > item.due_date)
        await repo.setDueDate(trx, item.dispatch_id, input.dueDate);
      await attachments.insertAttachments(trx, { type: 'dispatch', id: item.dispatch_id }, files, user.id, at);
      if (move.status !== item.status) await this.burdenOutbox.changed('dispatch_item', [itemId]);
      await this.tellCommunity(item, move.state, at);
    });
    return this.refusalView(user, (await repo.findItem(this.db, itemId))!);
  }

  /** The 减负办 of the community's district or city decides a contested refusal, with its reasons. */
  async decide(user: SessionUser, itemId: number, input: { decision: RefusalDecision; note: string }) {
    const item = await repo.findItem(this.db, itemId);
    if (!item) throw notFound('item_not_found');
    if (!canDecideRefusal(user, item.community_code))
      throw forbidden(user.role === 'reviewer' ? 'out_of_scope' : 'forbidden_role');
    const state = refusalStateOf(item.status, item.refusal_state);
    const move = state && decideRefusal(item.status, state, input.decision);
    if (!move) throw problem('illegal_transition', { detail: `${state ?? item.status} → ${input.decision}` });
    if (!input.note.trim()) throw invalid([{ field: 'note', reason: 'required' }]);
    const at = this.clock.nowIso();
    await this.database.transaction(async (trx) => {
      const patch: Parameters<typeof repo.updateItem>[3] = {
        status: move.status,
        refusal_state: move.state,
        decision_note: input.note.trim(),
        decided_by: user.id,
        decided_at: at,
        updated_by: user.id,
        updated_at: at,
      };
      if (move.status === 'new') Object.assign(patch, { acknowledged_at: null, started_at: null });
      if (!(await repo.updateItem(trx, itemId, item.status, patch, 'contested'))) throw problem('conflict');
      if (move.status !== item.status) await this.burdenOutbox.changed('dispatch_item', [itemId]);
      await this.tellCommunity(item, move.state === 'upheld' ? 'refusal_upheld' : 'refusal_overruled', at);
    });
    return this.refusalView(user, (await repo.findItem(this.db, itemId))!);
  }

  /** The refusing community's workers hear how their refusal was answered or decided (in the caller's transaction). */
  private tellCommunity(item: repo.ItemRow, answer: string, at: string) {
    return this.notifier.notify({
      kind: 'refusal_answered',
      to: { workersOf: [item.community_code] },
      params: { department: item.department_name, title: item.title, answer },
      link: '/inbox',
      subject: { type: 'dispatch_item', id: item.id },
      at,
    });
  }

  /** The file, if the caller may see what it is attached to. */
  async attachment(user: SessionUser, id: number) {
    const a = await attachments.findAttachment(this.db, id);
    if (!a) throw notFound();
    if (a.owner_type === 'dispatch') {
      const d = await repo.findDispatch(this.db, a.owner_id);
      const items = d ? await repo.itemsOfDispatch(this.db, d.id) : [];
      const allowed =
        (d && ownsDispatch(user, d.department_code)) || items.some((i) => canSeeInbox(user, i.community_code));
      if (!allowed) throw forbidden('out_of_scope');
    } else if (a.owner_type === 'dispatch_item') {
      const item = await repo.findItem(this.db, a.owner_id);
      const allowed = item && (ownsDispatch(user, item.department_code) || canSeeInbox(user, item.community_code));
      if (!allowed) throw forbidden('out_of_scope');
    } else throw notFound(); // another module's file (a service request's, a topic's): served there
    return { filename: a.filename, contentType: a.content_type, data: a.data };
  }
}
