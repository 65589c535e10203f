// Dispatch: admitted work sent to communities, each community's inbox, refusals and the department's
// progress view.
import type { ScopeType } from '../../../../common/src/admission.js';
import type { ItemStatus, RefusalReason } from '../../../../common/src/dispatch.js';
import type { Database } from '../../db/database.js';
import { nowIso } from '../../db/dialect.js';
import type { UploadedFile } from '../../http/multipart.js';
import { ProblemError, forbidden, invalid, notFound, type FieldError } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { AdmissionService } from '../admission/service.js';
import * as attachments from '../attachments/repository.js';
import { isValidDate } from '../calendar/workdays.js';
import { todayInChina } from '../calendar/service.js';
import type { BurdenService } from '../burden/service.js';
import type { OrgService } from '../orgs/service.js';
import { codeWithin } from '../../../../common/src/roles.js';
import { canActOnInbox, canSeeInbox } from './policy.js';
import * as repo from './repository.js';
import { demandsPhotoProof, inboxStatus, itemActions, moveItem, type ItemAction } from './rules.js';
import { inAdmissionScope } from '../admission/usable.js';

export interface DispatchInput {
  admissionId: number;
  title: string;
  instructions?: string;
  dueDate: string;
  targets: { type: ScopeType; codes: string[] };
}

export interface ItemActInput {
  action: ItemAction;
  note?: string;
  reason?: RefusalReason;
  text?: string;
}

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
    private readonly orgs: OrgService,
    private readonly admissions: AdmissionService,
    private readonly burden: BurdenService,
  ) {}

  private get db() {
    return this.database.db;
  }

  private requireDepartment(user: SessionUser): string {
    if (user.role !== 'department_officer' || !user.departmentCode) throw forbidden('forbidden_role');
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
    const today = opts.today ?? todayInChina(opts.at ? new Date(opts.at) : undefined);
    const admission = await this.admissions.requireUsable(input.admissionId, department, today);

    const errors: FieldError[] = [];
    if (!input.title.trim()) errors.push({ field: 'title', reason: 'required' });
    if (!isValidDate(input.dueDate)) errors.push({ field: 'dueDate', reason: 'invalid_date' });
    else if (input.dueDate < today) errors.push({ field: 'dueDate', reason: 'due_before_today' });
    else if (input.dueDate > admission.expiryDate)
      errors.push({ field: 'dueDate', reason: 'after_admission_expiry', params: { expiry: admission.expiryDate } });
    if (demandsPhotoProof(`${input.title} ${input.instructions ?? ''}`))
      errors.push({ field: 'instructions', reason: 'photo_proof_forbidden' });
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
      throw new ProblemError(409, 'outside_admission_scope', outside.join('、'));
    if (targets.length === 0) throw invalid([{ field: 'targets', reason: 'no_targets' }]);

    const at = opts.at ?? nowIso();
    const id = await this.db.transaction().execute(async (trx) => {
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
      await repo.insertItems(trx, dispatchId, targets, at);
      // One occurrence of the work per community, counted as it is sent.
      const items = await repo.itemsOfDispatch(trx, dispatchId);
      await this.burden.dispatchIn(
        trx,
        items.map((i) => ({
          id: i.id,
          community: i.community_code,
          status: i.status,
          department,
          sentOn: at,
          number: admission.number,
          kind: admission.kind,
          frequency: admission.frequency,
          minutesPerOccurrence: admission.minutesPerOccurrence,
          ledgerFields: admission.ledgerFields,
          ledgerRows: admission.ledgerRows,
        })),
      );
      await attachments.insertAttachments(trx, { type: 'dispatch', id: dispatchId }, files, user.id, at);
      return dispatchId;
    });
    return this.detail(user, id);
  }

  private async counts(ids: number[]) {
    const today = todayInChina();
    const rows = await repo.statusCounts(this.db, ids, today);
    const out = new Map<number, Record<string, number>>();
    for (const id of ids)
      out.set(id, { total: 0, new: 0, acknowledged: 0, in_progress: 0, done: 0, refused: 0, overdue: 0 });
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
    const own = user.role === 'department_officer' && user.departmentCode === d.department_code;
    const reviewer =
      (user.role === 'reviewer' || user.role === 'admin') && codeWithin(d.jurisdiction_code, user.orgCode);
    if (!own && !reviewer) throw forbidden(user.role === 'department_officer' ? 'out_of_scope' : 'forbidden_role');
    return d;
  }

  async detail(user: SessionUser, id: number) {
    const d = await this.loadDispatch(user, id);
    const [counts, items, files] = await Promise.all([
      this.counts([id]),
      repo.itemsOfDispatch(this.db, id),
      attachments.listAttachments(this.db, 'dispatch', [id]),
    ]);
    const today = todayInChina();
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
      refusalText: i.refusal_text,
      updatedAt: i.updated_at,
    };
  }

  private inboxView(i: repo.ItemRow, today: string, files: AttachmentMeta[], canAct: boolean) {
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
      allowedActions: canAct ? itemActions(i.status as ItemStatus) : [],
    };
  }

  /** A community's inbox: the work dispatched to it, open work first, with number and burden on each. */
  async inbox(user: SessionUser, community: string, f: { status?: string; offset: number; limit: number }) {
    const org = await this.orgs.require(community);
    if (org.level !== 'community') throw notFound('org_not_found', community);
    if (!canSeeInbox(user, community)) throw forbidden('out_of_scope');
    const today = todayInChina();
    const open = ['new', 'acknowledged', 'in_progress'];
    const filter: repo.InboxFilter =
      f.status === 'overdue'
        ? { community, statuses: open, overdueOn: today, offset: f.offset, limit: f.limit }
        : f.status === 'open'
          ? { community, statuses: open, offset: f.offset, limit: f.limit }
          : { community, statuses: f.status ? [f.status] : undefined, offset: f.offset, limit: f.limit };
    const { rows, total } = await repo.inbox(this.database, filter);
    const files = await attachments.listAttachments(this.db, 'dispatch', [...new Set(rows.map((r) => r.dispatch_id))]);
    const canAct = canActOnInbox(user, community);
    return {
      community: { code: org.code, name: org.name },
      items: rows.map((r) => this.inboxView(r, today, files, canAct)),
      total,
    };
  }

  /** A community worker acknowledges, starts, completes (with a note) or refuses (with a reason). */
  async act(user: SessionUser, itemId: number, input: ItemActInput, files: UploadedFile[], opts: { at?: string } = {}) {
    const item = await repo.findItem(this.db, itemId);
    if (!item) throw notFound('item_not_found');
    if (!canSeeInbox(user, item.community_code)) throw forbidden('out_of_scope');
    if (!canActOnInbox(user, item.community_code)) throw forbidden('forbidden_role');
    const to = moveItem(item.status as ItemStatus, input.action);
    if (!to) throw new ProblemError(409, 'illegal_transition', `${item.status} → ${input.action}`);
    const errors: FieldError[] = [];
    if (input.action === 'complete' && !input.note?.trim()) errors.push({ field: 'note', reason: 'required' });
    if (input.action === 'refuse' && !input.reason) errors.push({ field: 'reason', reason: 'required' });
    if (input.action === 'refuse' && !input.text?.trim()) errors.push({ field: 'text', reason: 'required' });
    if (input.action !== 'complete' && files.length) errors.push({ field: 'files', reason: 'invalid_value' });
    if (errors.length) throw invalid(errors);
    const at = opts.at ?? nowIso();
    const patch: Parameters<typeof repo.updateItem>[3] = { status: to, updated_by: user.id, updated_at: at };
    if (input.action === 'acknowledge') patch.acknowledged_at = at;
    if (input.action === 'start') patch.started_at = at;
    if (input.action === 'complete') {
      patch.completed_at = at;
      patch.completion_note = input.note!.trim();
    }
    if (input.action === 'refuse') {
      patch.refused_at = at;
      patch.refusal_reason = input.reason;
      patch.refusal_text = input.text!.trim();
    }
    await this.db.transaction().execute(async (trx) => {
      if (!(await repo.updateItem(trx, itemId, item.status, patch))) throw new ProblemError(409, 'conflict');
      // Refused work costs the community nothing: its burden event goes.
      if (to === 'refused') await this.burden.dispatchRefusedIn(trx, itemId);
      await attachments.insertAttachments(trx, { type: 'dispatch_item', id: itemId }, files, user.id, at);
    });
    const updated = (await repo.findItem(this.db, itemId))!;
    const dispatchFiles = await attachments.listAttachments(this.db, 'dispatch', [updated.dispatch_id]);
    return this.inboxView(updated, todayInChina(), dispatchFiles, true);
  }

  /** Refused work: a department sees its own, reviewers their jurisdiction's. */
  async refusals(user: SessionUser, offset: number, limit: number) {
    const filter =
      user.role === 'department_officer' && user.departmentCode
        ? { departmentCode: user.departmentCode, offset, limit }
        : user.role === 'reviewer' || user.role === 'admin'
          ? { within: user.orgCode, offset, limit }
          : null;
    if (!filter) throw forbidden('forbidden_role');
    const { rows, total } = await repo.refusals(this.database, filter);
    const today = todayInChina();
    return {
      items: rows.map((r) => ({
        ...this.itemState(r, today),
        dispatchId: r.dispatch_id,
        title: r.title,
        department: { code: r.department_code, name: r.department_name },
        admissionNumber: r.admission_number ?? '',
      })),
      total,
    };
  }

  /** The file, if the caller may see what it is attached to. */
  async attachment(user: SessionUser, id: number) {
    const a = await attachments.findAttachment(this.db, id);
    if (!a) throw notFound();
    if (a.owner_type === 'dispatch') {
      const d = await repo.findDispatch(this.db, a.owner_id);
      const items = d ? await repo.itemsOfDispatch(this.db, d.id) : [];
      const allowed =
        (d && user.role === 'department_officer' && user.departmentCode === d.department_code) ||
        items.some((i) => canSeeInbox(user, i.community_code));
      if (!allowed) throw forbidden('out_of_scope');
    } else {
      const item = await repo.findItem(this.db, a.owner_id);
      const allowed =
        item &&
        ((user.role === 'department_officer' && user.departmentCode === item.department_code) ||
          canSeeInbox(user, item.community_code));
      if (!allowed) throw forbidden('out_of_scope');
    }
    return { filename: a.filename, contentType: a.content_type, data: a.data };
  }

  // Reads for burden monitoring (its recompute and rebound alerts).

  /** Every item dispatched, with the admission's cost figures. */
  itemsForBurden() {
    return repo.dispatchedItems(this.db);
  }

  /** Dispatch titles under a city or district (near-duplicates). */
  textsForBurden(within: string) {
    return repo.dispatchTexts(this.db, within);
  }
}
