// 社会组织与政府购买服务 (issue 19). Stewards, departments and streets register social organisations (the
// credit code checked by GB 32100-2015) and link `social_org` accounts to them; a department or street buys
// a service under an admission number of its own (the work it takes off the communities), with indicators
// and milestones; the organisation records activities, each covered community rates the month, the buyer
// accepts milestones. Progress is computed from the activities, and so are the hours moved off the
// communities: the admitted item's hours per community and year, as far as delivery keeps up. Every write to a
// contract (its creation, an activity, a rating, a milestone) marks it in burden's outbox in the same
// transaction, so 负担监测's figures (购买服务承接 and 购买服务缺口) follow after the commit (burden-source.ts).
import { IN_FORCE_STATUSES, statusIn } from '#common/admission.js';
import type {
  ActivityBody,
  ContractBody,
  ContractDetail,
  ContractSummary,
  PublicPurchasedServices,
  PublicSocialOrg,
  RatingBody,
  ShiftReply,
  SocialOrgBody,
  SocialOrgView,
} from '#common/api/purchasing.js';
import { monthOf } from '#common/dates.js';
import type { ActivityKind, IndicatorBasis, ServiceArea, SocialOrgGrade, SocialOrgType } from '#common/purchasing.js';
import { codeWithin } from '#common/roles.js';
import type { Selectable } from 'kysely';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { classifyDbError } from '../../db/errors.js';
import type { PurchaseContractTable, SocialOrgTable } from '../../db/types.js';
import { conflict, forbidden, invalid, notFound, problem } from '../../http/problem.js';
import type { UploadedFile } from '../../http/multipart.js';
import type { AccountService } from '../accounts/service.js';
import * as files from '../attachments/repository.js';
import { addPhotosOrPdfs } from '../attachments/photos.js';
import type { SessionUser } from '../accounts/types.js';
import type { AdmissionService } from '../admission/service.js';
import type { BurdenOutbox } from '../burden/ports.js';
import { inAdmissionScope, scopeReaches } from '../admission/usable.js';
import type { OrgService } from '../orgs/service.js';
import { creditCodeProblem, normalizeCreditCode } from './credit-code.js';
import {
  canLinkAccount,
  canReadContract,
  canRegisterOrg,
  isBuyer,
  isCoveredWorker,
  isProvider,
  type ContractScope,
} from './policy.js';
import type { DeliveryRecordService } from './evaluation-service.js';
import * as repo from './repository.js';
import {
  averageScore,
  contractErrors,
  deliveryRatio,
  progressOf,
  type HoursShift,
  type IndicatorSpec,
} from './rules.js';
import { monthlyDelivery, shiftTotals } from './shift.js';

/** Photos or PDFs an activity may carry. */
const MAX_PHOTOS = 5;

type ContractRow = Selectable<PurchaseContractTable>;
type OrgRow = Selectable<SocialOrgTable>;

const CREDIT_REASON = {
  invalid_format: 'invalid_format',
  invalid_check: 'credit_check',
  not_civil_affairs: 'credit_not_civil_affairs',
  type_mismatch: 'credit_type_mismatch',
} as const;

/** Staff read the registry of any jurisdiction they sit in or over. */
const reaches = (user: SessionUser, code: string) => codeWithin(code, user.orgCode) || codeWithin(user.orgCode, code);

export class PurchasingService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly admission: AdmissionService,
    private readonly accounts: AccountService,
    private readonly burdenOutbox: BurdenOutbox,
    /** Part B: closing evaluations and residents' ratings, for the organisations' records. */
    private readonly records?: DeliveryRecordService,
  ) {}

  private get db() {
    return this.database.db;
  }

  // ---- the registry ----

  private async orgViews(rows: OrgRow[]): Promise<SocialOrgView[]> {
    const names = new Map(
      (await this.orgs.findMany([...new Set(rows.map((r) => r.jurisdiction_code))])).map((o) => [o.code, o.name]),
    );
    const contracts = new Map<number, ContractRow[]>();
    for (const r of rows) contracts.set(r.id, await repo.contractsOfOrg(this.db, r.id));
    const ratings = await repo.ratingsOf(
      this.db,
      [...contracts.values()].flat().map((c) => c.id),
    );
    const records = this.records ? await this.records.orgRecords(rows.map((r) => r.id)) : new Map();
    return rows.map((r) => {
      const ids = new Set((contracts.get(r.id) ?? []).map((c) => c.id));
      return {
        record: records.get(r.id),
        id: r.id,
        name: r.name,
        creditCode: r.credit_code,
        type: r.type as SocialOrgType,
        registeredWith: r.registered_with,
        jurisdiction: { code: r.jurisdiction_code, name: names.get(r.jurisdiction_code) ?? r.jurisdiction_code },
        grade: r.grade as SocialOrgGrade | null,
        gradedOn: r.graded_on,
        serviceAreas: JSON.parse(r.service_areas) as ServiceArea[],
        contactName: r.contact_name,
        contactPhone: r.contact_phone,
        contracts: ids.size,
        averageScore: averageScore(ratings.filter((x) => ids.has(x.contract_id)).map((x) => x.score)),
      };
    });
  }

  async registerOrg(user: SessionUser, body: SocialOrgBody, opts: { isDemo?: boolean } = {}): Promise<SocialOrgView> {
    if (!canRegisterOrg(user, body.jurisdictionCode)) throw forbidden('out_of_scope');
    const org = await this.orgs.find(body.jurisdictionCode);
    if (!org) throw invalid([{ field: 'jurisdictionCode', reason: 'unknown_org' }]);
    const code = body.creditCode ? normalizeCreditCode(body.creditCode) : null;
    const errors = [];
    if (code) {
      const why = creditCodeProblem(code, body.type);
      if (why) errors.push({ field: 'creditCode', reason: CREDIT_REASON[why] });
    } else if (body.type !== 'community_filed') errors.push({ field: 'creditCode', reason: 'required' });
    if (body.grade && !body.gradedOn) errors.push({ field: 'gradedOn', reason: 'required' });
    if (body.gradedOn && body.gradedOn > this.clock.today()) errors.push({ field: 'gradedOn', reason: 'in_future' });
    if (errors.length) throw invalid(errors);
    if (code && (await repo.findOrgByCredit(this.db, code))) throw problem('credit_code_taken');
    let id: number;
    try {
      id = await this.database.transaction(() =>
        repo.insertOrg(this.db, {
          name: body.name.trim(),
          credit_code: code,
          type: body.type,
          registered_with: body.registeredWith.trim(),
          jurisdiction_code: body.jurisdictionCode,
          grade: body.grade ?? null,
          graded_on: body.grade ? (body.gradedOn ?? null) : null,
          service_areas: JSON.stringify(body.serviceAreas),
          contact_name: body.contactName.trim(),
          contact_phone: body.contactPhone.trim(),
          created_by: user.id,
          created_at: this.clock.nowIso(),
          is_demo: opts.isDemo ? 1 : 0,
        }),
      );
    } catch (e) {
      if (classifyDbError(e) === 'unique') throw problem('credit_code_taken');
      throw e;
    }
    return (await this.orgViews([(await repo.findOrg(this.db, id))!]))[0];
  }

  async listOrgs(user: SessionUser, jurisdiction: string): Promise<SocialOrgView[]> {
    if (!reaches(user, jurisdiction)) throw forbidden('out_of_scope');
    return this.orgViews(await repo.orgsUnder(this.db, jurisdiction));
  }

  /** Anyone: the organisations of a jurisdiction, without their contact person. */
  async publicOrgs(jurisdiction: string): Promise<PublicSocialOrg[]> {
    if (!(await this.orgs.find(jurisdiction))) throw notFound('org_not_found', jurisdiction);
    return (await this.orgViews(await repo.orgsUnder(this.db, jurisdiction))).map(
      ({ contactName: _hidden, ...rest }) => rest,
    );
  }

  /** Links a `social_org` account to the organisation it acts for (a later link replaces an earlier one). */
  async linkAccount(user: SessionUser, orgId: number, username: string): Promise<void> {
    const org = await repo.findOrg(this.db, orgId);
    if (!org) throw notFound('social_org_not_found', String(orgId));
    if (!canLinkAccount(user, org.jurisdiction_code)) throw forbidden('out_of_scope');
    if (!(await this.accounts.userExists(username))) throw invalid([{ field: 'username', reason: 'invalid_value' }]);
    const account = await this.accounts.actingAs(username);
    if (account.role !== 'social_org') throw invalid([{ field: 'username', reason: 'not_a_social_org_account' }]);
    await this.database.transaction(() => repo.linkAccount(this.db, account.id, orgId, user.id, this.clock.nowIso()));
  }

  // ---- contracts ----

  private scopeOf(c: ContractRow): ContractScope {
    return {
      buyerKind: c.buyer_kind as 'department' | 'street',
      buyerCode: c.buyer_code,
      buyerOrgCode: c.buyer_org_code,
      socialOrgId: c.social_org_id,
      communities: JSON.parse(c.communities) as string[],
    };
  }

  private async summaries(rows: ContractRow[]): Promise<(ContractSummary & { internal: Internal })[]> {
    const ids = rows.map((r) => r.id);
    const today = this.clock.today();
    const [indicators, facts, ratings, socialOrgs, earlier] = await Promise.all([
      repo.indicatorsOf(this.db, ids),
      repo.activityFactsOf(this.db, ids),
      repo.ratingsOf(this.db, ids),
      repo.orgsByIds(this.db, [...new Set(rows.map((r) => r.social_org_id))]),
      repo.earlierContracts(this.db, rows),
    ]);
    const orgById = new Map(socialOrgs.map((o) => [o.id, o]));
    const codes = new Set<string>();
    for (const r of rows) {
      for (const c of JSON.parse(r.communities) as string[]) codes.add(c);
      if (r.buyer_kind === 'street') codes.add(r.buyer_code);
    }
    const names = new Map((await this.orgs.findMany([...codes])).map((o) => [o.code, o.name]));
    const out = [];
    for (const r of rows) {
      const a = await this.admission.viewByNumber(r.admission_number);
      const buyerName =
        r.buyer_kind === 'department'
          ? ((await this.orgs.department(r.buyer_code))?.name ?? r.buyer_code)
          : (names.get(r.buyer_code) ?? r.buyer_code);
      const term = { startDate: r.start_date, endDate: r.end_date };
      const specs = indicators
        .filter((i) => i.contract_id === r.id)
        .map((i) => ({
          id: i.id,
          name: i.name,
          activityKind: i.activity_kind as ActivityKind,
          basis: i.basis as IndicatorBasis,
          target: i.target,
          beneficiaries: i.beneficiaries,
        }));
      const acts = facts
        .filter((f) => f.contract_id === r.id)
        .map((f) => ({
          kind: f.kind as ActivityKind,
          heldOn: f.held_on,
          beneficiaries: Number(f.beneficiaries),
          community: f.community_code,
        }));
      const progress = specs.map((s) => ({ ...s, ...progressOf(s as IndicatorSpec, acts, term, today) }));
      const ratio = deliveryRatio(progress);
      const communities = JSON.parse(r.communities) as string[];
      const perYear = a?.burden.hoursPerCommunityYear ?? 0;
      // The same months 负担监测 counts (shift.ts): the card and the burden figures agree.
      const months = monthlyDelivery(specs as IndicatorSpec[], acts, term, today, communities, earlier(r));
      const org = orgById.get(r.social_org_id);
      out.push({
        id: r.id,
        title: r.title,
        buyer: { code: r.buyer_code, name: buyerName },
        admissionNumber: r.admission_number,
        admissionTitle: a?.title ?? '',
        socialOrg: { id: r.social_org_id, name: org?.name ?? '', grade: org?.grade ?? null },
        startDate: r.start_date,
        endDate: r.end_date,
        budgetYuan: r.budget_yuan,
        communities: communities.map((c) => ({ code: c, name: names.get(c) ?? c })),
        averageScore: averageScore(ratings.filter((x) => x.contract_id === r.id).map((x) => x.score)),
        deliveryRatio: Math.round(ratio * 1000) / 1000,
        shift: { hoursPerCommunityYear: perYear, ...shiftTotals(perYear, months) },
        internal: {
          progress,
          ratings: ratings.filter((x) => x.contract_id === r.id),
          names,
          shiftOf: (only: (c: string) => boolean) => shiftTotals(perYear, months, only),
        },
      });
    }
    return out;
  }

  private async requireContract(id: number): Promise<ContractRow> {
    const c = await repo.findContract(this.db, id);
    if (!c) throw notFound('contract_not_found', String(id));
    return c;
  }

  async createContract(user: SessionUser, body: ContractBody, opts: { isDemo?: boolean } = {}) {
    const buyer =
      user.role === 'department_officer' && user.departmentCode
        ? { kind: 'department' as const, code: user.departmentCode }
        : user.role === 'street_officer'
          ? { kind: 'street' as const, code: user.orgCode }
          : null;
    if (!buyer) throw forbidden('forbidden_role');
    const errors = contractErrors(body);
    const a = await this.admission.viewByNumber(body.admissionNumber.trim());
    const today = this.clock.today();
    if (!a || !a.number || !statusIn(IN_FORCE_STATUSES, a.status) || today > a.expiryDate)
      throw problem('contract_admission_invalid', { fields: [{ field: 'admissionNumber', reason: 'invalid_value' }] });
    // The work bought must be the buyer's own: its department's admission, or one that reaches the street.
    const own =
      buyer.kind === 'department'
        ? a.department.code === buyer.code
        : scopeReaches(a.scope, a.jurisdiction.code, user.orgCode);
    if (!own) throw forbidden('out_of_scope', `${a.number} ∉ ${buyer.code}`);
    body.communities.forEach((c, i) => {
      if (!codeWithin(c, user.orgCode) || !inAdmissionScope(a.scope, a.jurisdiction.code, c))
        errors.push({ field: `communities.${i}`, reason: 'not_covered' });
    });
    if (body.endDate > a.expiryDate) errors.push({ field: 'endDate', reason: 'beyond_admission_expiry' });
    const socialOrg = await repo.findOrg(this.db, body.socialOrgId);
    if (!socialOrg) errors.push({ field: 'socialOrgId', reason: 'invalid_value' });
    if (errors.length) throw invalid(errors);
    const at = this.clock.nowIso();
    const id = await this.database.transaction(async () => {
      const id = await repo.insertContract(
        this.db,
        {
          title: body.title.trim(),
          buyer_kind: buyer.kind,
          buyer_code: buyer.code,
          buyer_org_code: user.orgCode,
          district_code: user.orgCode.slice(0, 6),
          admission_id: a.id,
          admission_number: a.number!,
          social_org_id: body.socialOrgId,
          start_date: body.startDate,
          end_date: body.endDate,
          budget_yuan: body.budgetYuan,
          communities: JSON.stringify(body.communities),
          created_by: user.id,
          created_at: at,
          is_demo: opts.isDemo ? 1 : 0,
        },
        body.indicators.map((ind, i) => ({
          position: i,
          name: ind.name.trim(),
          activity_kind: ind.activityKind,
          basis: ind.basis,
          target: ind.target,
          beneficiaries: ind.basis === 'per_beneficiary_year' ? (ind.beneficiaries ?? null) : null,
        })),
        (body.milestones ?? []).map((m, i) => ({
          position: i,
          name: m.name.trim(),
          due_date: m.dueDate,
          amount_yuan: m.amountYuan,
          accepted_at: null,
          accepted_by: null,
        })),
      );
      await this.burdenOutbox.changed('purchase_contract', [id]);
      return id;
    });
    return this.detail(user, id);
  }

  /** The contracts the caller takes part in or oversees. */
  async list(user: SessionUser): Promise<ContractSummary[]> {
    const mine = user.role === 'social_org' ? await repo.orgOfUser(this.db, user.id) : null;
    const rows =
      user.role === 'social_org'
        ? mine === null
          ? []
          : await repo.contractsOfOrg(this.db, mine)
        : await repo.contractsUnder(this.db, user.orgCode);
    const visible = rows.filter((r) => canReadContract(user, mine, this.scopeOf(r)));
    return (await this.summaries(visible)).map(({ internal: _i, ...s }) => s);
  }

  async detail(user: SessionUser, id: number): Promise<ContractDetail> {
    const c = await this.requireContract(id);
    const mine = user.role === 'social_org' ? await repo.orgOfUser(this.db, user.id) : null;
    const scope = this.scopeOf(c);
    if (!canReadContract(user, mine, scope)) throw forbidden('out_of_scope');
    const [{ internal, ...summary }] = await this.summaries([c]);
    const [activities, milestones] = await Promise.all([
      repo.activitiesOf(this.db, id, 200),
      repo.milestonesOf(this.db, id),
    ]);
    const name = (code: string) => internal.names.get(code) ?? code;
    const photos = new Map<number, Awaited<ReturnType<typeof files.listAttachments>>>();
    for (const f of await files.listAttachments(
      this.db,
      'contract_activity',
      activities.map((a) => a.id),
    ))
      photos.set(Number(f.owner_id), [...(photos.get(Number(f.owner_id)) ?? []), f]);
    return {
      ...summary,
      indicators: internal.progress.map((p) => ({
        id: p.id,
        name: p.name,
        activityKind: p.activityKind,
        basis: p.basis,
        target: p.target,
        beneficiaries: p.beneficiaries,
        required: p.required,
        expectedByNow: p.expectedByNow,
        delivered: p.delivered,
        ratio: Math.round(p.ratio * 1000) / 1000,
        status: p.status,
      })),
      activities: activities.map((a) => ({
        id: a.id,
        heldOn: a.held_on,
        community: { code: a.community_code, name: name(a.community_code) },
        kind: a.kind as ActivityKind,
        participants: a.participants,
        beneficiaries: a.beneficiaries,
        note: a.note,
        recordedAt: a.recorded_at,
        photos: (photos.get(a.id) ?? []).map((f) => ({
          id: Number(f.id),
          filename: f.filename,
          contentType: f.content_type,
          size: Number(f.size),
        })),
      })),
      ratings: internal.ratings.map((r) => ({
        community: { code: r.community_code, name: name(r.community_code) },
        month: r.month,
        score: r.score,
        comment: r.comment,
        ratedAt: r.rated_at,
      })),
      milestones: milestones.map((m) => ({
        id: m.id,
        name: m.name,
        dueDate: m.due_date,
        amountYuan: m.amount_yuan,
        acceptedAt: m.accepted_at,
        note: m.note,
      })),
      can: {
        record: isProvider(user, mine, scope),
        rate: isCoveredWorker(user, scope) ? [user.orgCode] : [],
        accept: isBuyer(user, scope),
      },
    };
  }

  /** The organisation's own staff record an activity in a covered community, on a day of the term. */
  async recordActivity(user: SessionUser, id: number, body: ActivityBody, opts: { isDemo?: boolean } = {}) {
    const c = await this.requireContract(id);
    const scope = this.scopeOf(c);
    if (!isProvider(user, await repo.orgOfUser(this.db, user.id), scope)) throw forbidden('out_of_scope');
    // A closed contract's delivery is what its evaluation judged: nothing is added after it.
    if (await this.records?.closed(id)) throw problem('contract_closed');
    const errors = [];
    if (!scope.communities.includes(body.communityCode)) errors.push({ field: 'communityCode', reason: 'not_covered' });
    if (body.heldOn > this.clock.today()) errors.push({ field: 'heldOn', reason: 'in_future' });
    else if (body.heldOn < c.start_date || body.heldOn > c.end_date)
      errors.push({ field: 'heldOn', reason: 'outside_term' });
    if (errors.length) throw invalid(errors);
    await this.database.transaction(async () => {
      await repo.insertActivity(this.db, {
        contract_id: id,
        district_code: c.district_code,
        community_code: body.communityCode,
        held_on: body.heldOn,
        kind: body.kind,
        participants: body.participants,
        beneficiaries: body.beneficiaries,
        note: body.note.trim(),
        recorded_by: user.id,
        recorded_at: this.clock.nowIso(),
        is_demo: opts.isDemo ? 1 : 0,
      });
      await this.burdenOutbox.changed('purchase_contract', [id]);
    });
    return this.detail(user, id);
  }

  /**
   * The organisation adds photos or PDFs to one of its activities (optional: delivery is counted from the
   * activity itself, a photo is never required as proof); at most MAX_PHOTOS an activity, none once closed.
   */
  async attachToActivity(user: SessionUser, id: number, activityId: number, uploaded: UploadedFile[]) {
    const c = await this.requireContract(id);
    if (!isProvider(user, await repo.orgOfUser(this.db, user.id), this.scopeOf(c))) throw forbidden('out_of_scope');
    const a = await repo.findActivity(this.db, activityId);
    if (!a || Number(a.contract_id) !== id) throw notFound();
    if (await this.records?.closed(id)) throw problem('contract_closed');
    await addPhotosOrPdfs(
      this.database,
      { type: 'contract_activity', id: activityId },
      uploaded,
      MAX_PHOTOS,
      user.id,
      this.clock.nowIso(),
    );
    return this.detail(user, id);
  }

  /** One photo of an activity, to whoever may read the contract (never the public: faces of residents). */
  async activityPhoto(user: SessionUser, id: number, activityId: number, fileId: number) {
    const c = await this.requireContract(id);
    const mine = user.role === 'social_org' ? await repo.orgOfUser(this.db, user.id) : null;
    if (!canReadContract(user, mine, this.scopeOf(c))) throw forbidden('out_of_scope');
    const a = await repo.findActivity(this.db, activityId);
    const f = await files.findAttachment(this.db, fileId);
    if (
      !a ||
      Number(a.contract_id) !== id ||
      !f ||
      f.owner_type !== 'contract_activity' ||
      Number(f.owner_id) !== activityId
    )
      throw notFound();
    return { filename: f.filename, contentType: f.content_type, data: f.data };
  }

  /** A covered community's worker rates a month of delivery there (again: the new rating replaces it). */
  async rate(user: SessionUser, id: number, body: RatingBody, opts: { isDemo?: boolean; at?: string } = {}) {
    const c = await this.requireContract(id);
    const scope = this.scopeOf(c);
    if (!isCoveredWorker(user, scope) || body.communityCode !== user.orgCode) throw forbidden('out_of_scope');
    const last = [monthOf(this.clock.today()), monthOf(c.end_date)].sort()[0];
    if (body.month < monthOf(c.start_date) || body.month > last)
      throw invalid([{ field: 'month', reason: 'outside_term' }]);
    await this.database.transaction(async () => {
      await repo.putRating(this.db, {
        contract_id: id,
        community_code: body.communityCode,
        month: body.month,
        score: body.score,
        comment: body.comment.trim(),
        rated_by: user.id,
        rated_at: opts.at ?? this.clock.nowIso(),
        is_demo: opts.isDemo ? 1 : 0,
      });
      // A rating does not change the hours (delivery is measured by activities); it refreshes this month's.
      await this.burdenOutbox.changed('purchase_contract', [id]);
    });
    return this.detail(user, id);
  }

  /** The buyer accepts a payment milestone (验收), with a note on what the indicators showed. */
  async acceptMilestone(user: SessionUser, id: number, milestoneId: number, note: string) {
    const c = await this.requireContract(id);
    if (!isBuyer(user, this.scopeOf(c))) throw forbidden('out_of_scope');
    const m = (await repo.milestonesOf(this.db, id)).find((x) => x.id === milestoneId);
    if (!m) throw notFound('milestone_not_found', String(milestoneId));
    if (m.accepted_at) throw conflict('milestone_accepted', m.accepted_at);
    await this.database.transaction(async () => {
      await repo.acceptMilestone(this.db, milestoneId, user.id, this.clock.nowIso(), note.trim());
      await this.burdenOutbox.changed('purchase_contract', [id]);
    });
    return this.detail(user, id);
  }

  // ---- burden and the public ----

  /** Marks contracts for burden's projector (the demo, which writes activities in bulk, calls it once). */
  async markBurden(ids: number[]): Promise<void> {
    await this.database.transaction(() => this.burdenOutbox.changed('purchase_contract', ids));
  }

  /**
   * Hours the contracts take off the communities under an org (负担监测's 购买服务承接): each contract's share
   * for its communities under the org, month by month as the burden rollups count them.
   */
  async shift(user: SessionUser, org: string): Promise<ShiftReply> {
    const o = await this.orgs.find(org);
    if (!o) throw notFound('org_not_found', org);
    const allowed =
      user.role === 'community_worker'
        ? user.orgCode === org
        : ['street_officer', 'department_officer', 'reviewer', 'admin', 'data_steward'].includes(user.role) &&
          codeWithin(org, user.orgCode);
    if (!allowed) throw forbidden('out_of_scope');
    const rows = (await repo.contractsUnder(this.db, org)).filter((r) =>
      (JSON.parse(r.communities) as string[]).some((c) => codeWithin(c, org)),
    );
    const contracts = (await this.summaries(rows)).map((s) => ({
      id: s.id,
      title: s.title,
      admissionNumber: s.admissionNumber,
      socialOrg: s.socialOrg.name,
      communities: s.communities.filter((c) => codeWithin(c.code, org)).length,
      ...s.internal.shiftOf((c) => codeWithin(c, org)),
    }));
    const sum = (k: 'plannedHours' | 'movedHours' | 'gapHours') =>
      Math.round(contracts.reduce((n, c) => n + c[k], 0) * 10) / 10;
    return {
      org: { code: o.code, name: o.name },
      plannedHours: sum('plannedHours'),
      movedHours: sum('movedHours'),
      gapHours: sum('gapHours'),
      contracts,
    };
  }

  /** Anyone: a jurisdiction's purchased services with their numbers, budgets, organisations and ratings. */
  async publicServices(jurisdiction: string): Promise<PublicPurchasedServices> {
    const o = await this.orgs.find(jurisdiction);
    if (!o) throw notFound('org_not_found', jurisdiction);
    const rows = (await repo.contractsUnder(this.db, jurisdiction)).filter(
      (r) =>
        codeWithin(r.buyer_org_code, jurisdiction) ||
        (JSON.parse(r.communities) as string[]).some((c) => codeWithin(c, jurisdiction)),
    );
    const orgs = new Map(
      (
        await repo.orgsByIds(
          this.db,
          rows.map((r) => r.social_org_id),
        )
      ).map((x) => [x.id, x]),
    );
    const evaluations = this.records ? await this.records.evaluationsOf(rows.map((r) => r.id)) : new Map();
    return {
      jurisdiction: { code: o.code, name: o.name },
      contracts: (await this.summaries(rows)).map((s) => ({
        ...evaluations.get(s.id),
        id: s.id,
        title: s.title,
        buyer: s.buyer.name,
        admissionNumber: s.admissionNumber,
        socialOrg: s.socialOrg.name,
        socialOrgCreditCode: orgs.get(s.socialOrg.id)?.credit_code ?? null,
        startDate: s.startDate,
        endDate: s.endDate,
        budgetYuan: s.budgetYuan,
        communities: s.communities.length,
        deliveryRatio: s.deliveryRatio,
        averageScore: s.averageScore,
        ratings: s.internal.ratings.length,
      })),
    };
  }
}

interface Internal {
  progress: (IndicatorSpec & { id: number } & ReturnType<typeof progressOf>)[];
  ratings: Awaited<ReturnType<typeof repo.ratingsOf>>;
  names: Map<string, string>;
  /** The hours moved off the covered communities that pass `only`. */
  shiftOf: (only: (community: string) => boolean) => HoursShift;
}
