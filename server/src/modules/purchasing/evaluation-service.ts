// The delivery record of a purchased service (issue 19, part B): residents of a covered community rate the
// service once per contract period; the organisation files a short report per month whose numbers are
// computed from its activities; the buyer closes the contract with an evaluation (score, grade, text) that
// joins the organisation's record, shown on its registry entry and in the public lists.
import type {
  ContractRecord,
  EvaluationBody,
  OrgRecord,
  ReportBody,
  ResidentRatingBody,
  ResidentService,
} from '#common/api/purchasing-catalogue.js';
import type { ActivityKind, EvaluationGrade } from '#common/purchasing.js';
import type { Selectable } from 'kysely';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { classifyDbError } from '../../db/errors.js';
import type { PurchaseContractTable } from '../../db/types.js';
import { forbidden, invalid, notFound, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { OrgService } from '../orgs/service.js';
import * as records from './catalogue-repository.js';
import {
  evaluationOf,
  missingReports,
  monthNumbers,
  orgRecord,
  reportableMonths,
  reportErrors,
  residentMayRate,
  type MonthNumbers,
} from './evaluation.js';
import { canReadContract, isBuyer, isProvider, type ContractScope } from './policy.js';
import * as repo from './repository.js';
import type { IndicatorSpec } from './rules.js';

type ContractRow = Selectable<PurchaseContractTable>;

const scopeOf = (c: ContractRow): ContractScope => ({
  buyerKind: c.buyer_kind as 'department' | 'street',
  buyerCode: c.buyer_code,
  buyerOrgCode: c.buyer_org_code,
  socialOrgId: c.social_org_id,
  communities: JSON.parse(c.communities) as string[],
});

const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((n, x) => n + x, 0) / xs.length) * 10) / 10 : null);

export class DeliveryRecordService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
  ) {}

  private get db() {
    return this.database.db;
  }

  private async requireContract(id: number): Promise<ContractRow> {
    const c = await repo.findContract(this.db, id);
    if (!c) throw notFound('contract_not_found', String(id));
    return c;
  }

  /** Whether the buyer has closed the contract with its evaluation. */
  async closed(id: number): Promise<boolean> {
    return (await records.evaluationsOf(this.db, [id])).length > 0;
  }

  // ---- residents ----

  /** A resident: the services delivered in their community, and their own rating of each. */
  async residentServices(user: SessionUser) {
    const community = user.orgCode;
    const org = await this.orgs.find(community);
    const rows = await records.contractsCovering(this.db, community);
    const ids = rows.map((r) => r.id);
    const [ratings, evaluations, here, orgs] = await Promise.all([
      records.residentRatingsOf(this.db, ids),
      records.evaluationsOf(this.db, ids),
      records.activitiesIn(this.db, ids, community),
      repo.orgsByIds(this.db, [...new Set(rows.map((r) => r.social_org_id))]),
    ]);
    const today = this.clock.today();
    const items: ResidentService[] = rows
      .filter((r) => (JSON.parse(r.communities) as string[]).includes(community))
      .map((r) => {
        const mine = ratings.find((x) => x.contract_id === r.id && x.user_id === user.id);
        const closed = evaluations.some((e) => e.contract_id === r.id);
        const may = residentMayRate(
          { community },
          { communities: scopeOf(r).communities, startDate: r.start_date, closed },
          today,
        );
        return {
          id: r.id,
          title: r.title,
          socialOrg: orgs.find((o) => o.id === r.social_org_id)?.name ?? '',
          startDate: r.start_date,
          endDate: r.end_date,
          closed,
          activitiesHere: here.filter((a) => a.contract_id === r.id).length,
          myRating: mine ? { score: mine.score, comment: mine.comment, ratedAt: mine.rated_at } : null,
          canRate: !mine && may === 'ok',
        };
      });
    return { community: { code: community, name: org?.name ?? community }, items };
  }

  /** A resident of a covered community rates the service, once per contract period. */
  async rateAsResident(user: SessionUser, id: number, body: ResidentRatingBody, opts: { isDemo?: boolean } = {}) {
    const c = await this.requireContract(id);
    const may = residentMayRate(
      { community: user.orgCode },
      { communities: scopeOf(c).communities, startDate: c.start_date, closed: await this.closed(id) },
      this.clock.today(),
    );
    if (may === 'not_served') throw forbidden('out_of_scope', 'not_served');
    if (may === 'closed') throw problem('contract_closed');
    if (may === 'not_started') throw invalid([{ field: 'score', reason: 'not_started' }]);
    try {
      await this.database.transaction(() =>
        records.insertResidentRating(this.db, {
          contract_id: id,
          user_id: user.id,
          community_code: user.orgCode,
          score: body.score,
          comment: body.comment.trim(),
          rated_at: this.clock.nowIso(),
          is_demo: opts.isDemo ? 1 : 0,
        }),
      );
    } catch (e) {
      if (classifyDbError(e) === 'unique') throw problem('resident_rating_exists');
      throw e;
    }
    return this.residentServices(user);
  }

  // ---- the contract's record ----

  private async numbersFor(c: ContractRow, month: string): Promise<MonthNumbers> {
    const [acts, inds] = await Promise.all([
      records.activityCountsOf(this.db, c.id),
      repo.indicatorsOf(this.db, [c.id]),
    ]);
    return monthNumbers(
      month,
      acts.map((a) => ({
        kind: a.kind as ActivityKind,
        heldOn: a.held_on,
        participants: Number(a.participants),
        beneficiaries: Number(a.beneficiaries),
        community: a.community_code,
      })),
      inds.map((i): IndicatorSpec => ({
        name: i.name,
        activityKind: i.activity_kind as ActivityKind,
        basis: i.basis as IndicatorSpec['basis'],
        target: i.target,
        beneficiaries: i.beneficiaries,
      })),
      { startDate: c.start_date, endDate: c.end_date },
    );
  }

  /** The evaluation, residents' ratings and monthly reports of a contract, for those who may read it. */
  async record(user: SessionUser, id: number): Promise<ContractRecord> {
    const c = await this.requireContract(id);
    const mine = user.role === 'social_org' ? await repo.orgOfUser(this.db, user.id) : null;
    const scope = scopeOf(c);
    if (!canReadContract(user, mine, scope)) throw forbidden('out_of_scope');
    const [evaluations, ratings, reports] = await Promise.all([
      records.evaluationsOf(this.db, [id]),
      records.residentRatingsOf(this.db, [id]),
      records.reportsOf(this.db, id),
    ]);
    const e = evaluations[0];
    const today = this.clock.today();
    return {
      contractId: id,
      evaluation: e
        ? { score: e.score, grade: e.grade as EvaluationGrade, text: e.text, evaluatedAt: e.evaluated_at }
        : null,
      residentRatings: ratings.length,
      residentScore: mean(ratings.map((r) => r.score)),
      reports: reports.map((r) => ({
        id: r.id,
        month: r.month,
        text: r.text,
        numbers: JSON.parse(r.numbers) as MonthNumbers,
        submittedAt: r.submitted_at,
      })),
      missingReports: missingReports(
        { startDate: c.start_date, endDate: c.end_date },
        today,
        reports.map((r) => r.month),
      ),
      reportable: reportableMonths(
        { startDate: c.start_date, endDate: c.end_date },
        today,
        reports.map((r) => r.month),
      ),
      can: { evaluate: !e && isBuyer(user, scope), report: !e && isProvider(user, mine, scope) },
    };
  }

  /** The organisation files the month's report; the numbers in it are the activities', not typed. */
  async report(user: SessionUser, id: number, body: ReportBody, opts: { isDemo?: boolean; at?: string } = {}) {
    const c = await this.requireContract(id);
    if (!isProvider(user, await repo.orgOfUser(this.db, user.id), scopeOf(c))) throw forbidden('out_of_scope');
    if (await this.closed(id)) throw problem('contract_closed');
    const errors = reportErrors(body.month, { startDate: c.start_date, endDate: c.end_date }, this.clock.today());
    if (errors.length) throw invalid(errors);
    const numbers = await this.numbersFor(c, body.month);
    try {
      await this.database.transaction(() =>
        records.insertReport(this.db, {
          contract_id: id,
          month: body.month,
          text: body.text.trim(),
          numbers: JSON.stringify(numbers),
          submitted_by: user.id,
          submitted_at: opts.at ?? this.clock.nowIso(),
          is_demo: opts.isDemo ? 1 : 0,
        }),
      );
    } catch (e) {
      if (classifyDbError(e) === 'unique') throw problem('contract_report_exists');
      throw e;
    }
    return this.record(user, id);
  }

  /** The buyer closes the contract with its evaluation (once): it joins the organisation's record. */
  async evaluate(user: SessionUser, id: number, body: EvaluationBody, opts: { isDemo?: boolean } = {}) {
    const c = await this.requireContract(id);
    if (!isBuyer(user, scopeOf(c))) throw forbidden('out_of_scope');
    if (await this.closed(id)) throw problem('contract_closed');
    const { grade, errors } = evaluationOf(body);
    if (errors.length) throw invalid(errors);
    try {
      await this.database.transaction(() =>
        records.insertEvaluation(this.db, {
          contract_id: id,
          score: body.score,
          grade,
          text: body.text.trim(),
          evaluated_by: user.id,
          evaluated_at: this.clock.nowIso(),
          is_demo: opts.isDemo ? 1 : 0,
        }),
      );
    } catch (e) {
      if (classifyDbError(e) === 'unique') throw problem('contract_closed');
      throw e;
    }
    return this.record(user, id);
  }

  /** Organisations' records: their closed contracts' evaluations and residents' scores. */
  async orgRecords(orgIds: number[]): Promise<Map<number, OrgRecord>> {
    const out = new Map<number, OrgRecord>();
    if (!orgIds.length) return out;
    const contracts = (await Promise.all(orgIds.map((o) => repo.contractsOfOrg(this.db, o)))).flat();
    const ids = contracts.map((c) => c.id);
    const [evaluations, ratings] = await Promise.all([
      records.evaluationsOf(this.db, ids),
      records.residentRatingsOf(this.db, ids),
    ]);
    for (const o of orgIds) {
      const mine = new Set(contracts.filter((c) => c.social_org_id === o).map((c) => c.id));
      out.set(
        o,
        orgRecord(
          evaluations
            .filter((e) => mine.has(e.contract_id))
            .map((e) => ({ score: e.score, grade: e.grade, evaluatedAt: e.evaluated_at })),
          ratings.filter((r) => mine.has(r.contract_id)).map((r) => r.score),
        ),
      );
    }
    return out;
  }

  /** The closing evaluations of some contracts, for the public list. */
  async evaluationsOf(contractIds: number[]) {
    const [evaluations, ratings] = await Promise.all([
      records.evaluationsOf(this.db, contractIds),
      records.residentRatingsOf(this.db, contractIds),
    ]);
    return new Map(
      contractIds.map((id) => {
        const e = evaluations.find((x) => x.contract_id === id);
        const rs = ratings.filter((r) => r.contract_id === id).map((r) => r.score);
        return [
          id,
          {
            evaluation: e
              ? { score: e.score, grade: e.grade as EvaluationGrade, text: e.text, evaluatedAt: e.evaluated_at }
              : null,
            residentRatings: rs.length,
            residentScore: mean(rs),
          },
        ] as const;
      }),
    );
  }
}
