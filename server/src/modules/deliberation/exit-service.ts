// 群众不认可→退出 (issue 18): once a community's vote decided a topic, its worker sends it to the 减负办 as a
// formal request to review the exit of an admitted work item, naming the admission's number (one in force
// whose scope covers the community). The request keeps the supports and the tally as they were; the
// reviewers over the admission's jurisdiction keep the item, start an exit review or exit it, with a
// reason, and the outcome is published on the number's public page. The admission's own workflow is not
// touched: an exit, if it comes, goes through the 减负办's revocation there.
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { classifyDbError } from '../../db/errors.js';
import { forbidden, notFound, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { AdmissionService } from '../admission/service.js';
import { inAdmissionScope } from '../admission/usable.js';
import type { Notifier } from '../notifications/ports.js';
import type { OrgService } from '../orgs/service.js';
import { IN_FORCE_STATUSES, statusIn } from '#common/admission.js';
import { codeWithin } from '#common/roles.js';
import type { TallyView } from '#common/api/deliberation.js';
import type { ExitDecisionBody, ExitRequestView, ExitStatus, PublicExitRequest } from '#common/api/exit-requests.js';
import { isModerator } from './policy.js';
import * as repo from './exit-repository.js';
import * as topics from './repository.js';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findExitRequest>>>;

/** What each outcome may follow: a started review may still end either way. */
const DECIDABLE_FROM: Record<ExitDecisionBody['outcome'], ExitStatus[]> = {
  kept: ['pending', 'review'],
  review: ['pending'],
  exited: ['pending', 'review'],
};

export class ExitRequestService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly admission: AdmissionService,
    private readonly notifier: Notifier,
  ) {}

  private get db() {
    return this.database.db;
  }

  private async views(rows: Row[]): Promise<ExitRequestView[]> {
    const names = new Map(
      (await this.orgs.findMany([...new Set(rows.map((r) => r.community_code))])).map((o) => [o.code, o.name]),
    );
    const titles = new Map<string, string>();
    for (const n of new Set(rows.map((r) => r.admission_number)))
      titles.set(n, (await this.admission.viewByNumber(n))?.title ?? '');
    return rows.map((r) => ({
      id: Number(r.id),
      admissionId: Number(r.admission_id),
      admissionNumber: r.admission_number,
      admissionTitle: titles.get(r.admission_number) ?? '',
      communityCode: r.community_code,
      communityName: names.get(r.community_code) ?? r.community_code,
      topicId: Number(r.topic_id),
      topicTitle: r.topic_title,
      supports: Number(r.supports),
      tally: JSON.parse(r.tally) as TallyView,
      sentAt: r.sent_at,
      status: r.status as ExitStatus,
      reason: r.reason,
      decidedAt: r.decided_at,
    }));
  }

  /** The community's worker sends a decided topic to the 减负办, naming the admitted item to review. */
  async send(user: SessionUser, topicId: number, admissionNumber: string): Promise<ExitRequestView> {
    const t = await topics.findTopic(this.db, topicId);
    if (!t) throw notFound('topic_not_found', String(topicId));
    if (!isModerator(user, t.community_code)) throw forbidden('out_of_scope');
    if (!['decided', 'done'].includes(t.status) || !t.result) throw problem('topic_wrong_status', { detail: t.status });
    const a = await this.admission.viewByNumber(admissionNumber.trim());
    if (
      !a ||
      !a.number ||
      !statusIn(IN_FORCE_STATUSES, a.status) ||
      !inAdmissionScope(a.scope, a.jurisdiction.code, t.community_code)
    )
      throw problem('exit_admission_invalid', {
        fields: [{ field: 'admissionNumber', reason: 'invalid_value' }],
      });
    if (await repo.exitRequestOfTopic(this.db, topicId)) throw problem('exit_request_exists');
    const supports = (await topics.supportCounts(this.db, [topicId])).get(topicId) ?? 0;
    const community = (await this.orgs.find(t.community_code))?.name ?? t.community_code;
    let id: number;
    try {
      id = await this.database.transaction(async () => {
        const id = await repo.insertExitRequest(this.db, {
          admission_id: a.id,
          admission_number: a.number!,
          jurisdiction_code: a.jurisdiction.code,
          community_code: t.community_code,
          topic_id: topicId,
          topic_title: t.title,
          supports,
          tally: t.result!,
          sent_by: user.id,
          sent_at: this.clock.nowIso(),
          status: 'pending',
        });
        await this.notifier.notify({
          kind: 'exit_request',
          to: { reviewersOver: a.jurisdiction.code },
          params: { community, number: a.number! },
          link: '/exit-requests',
          subject: { type: 'exit_request', id },
        });
        return id;
      });
    } catch (e) {
      // The same topic sent twice at once: the unique key refuses the second.
      if (classifyDbError(e) === 'unique') throw problem('exit_request_exists');
      throw e;
    }
    return (await this.views([(await repo.findExitRequest(this.db, id))!]))[0];
  }

  /** The requests on admissions of the reviewer's jurisdiction. */
  async list(user: SessionUser): Promise<ExitRequestView[]> {
    return this.views(await repo.exitRequestsWithin(this.db, user.orgCode));
  }

  /** A reviewer over the admission's jurisdiction keeps the item, starts an exit review, or exits it. */
  async decide(user: SessionUser, id: number, body: ExitDecisionBody): Promise<ExitRequestView> {
    const r = await repo.findExitRequest(this.db, id);
    if (!r) throw notFound('exit_request_not_found', String(id));
    if (user.role !== 'reviewer' || !codeWithin(r.jurisdiction_code, user.orgCode)) throw forbidden('out_of_scope');
    const from = DECIDABLE_FROM[body.outcome];
    if (!from.includes(r.status as ExitStatus)) throw problem('exit_request_decided', { detail: r.status });
    const ok = await this.database.transaction(() =>
      repo.decideExitRequest(this.db, id, from, {
        status: body.outcome,
        reason: body.reason.trim(),
        decided_by: user.id,
        decided_at: this.clock.nowIso(),
      }),
    );
    if (!ok) throw problem('exit_request_decided');
    return (await this.views([(await repo.findExitRequest(this.db, id))!]))[0];
  }

  /** What the admission number's public page shows (an unknown number: none). */
  async publicOf(number: string): Promise<PublicExitRequest[]> {
    const a = await this.admission.viewByNumber(number);
    if (!a) return [];
    const rows = await repo.exitRequestsOfAdmission(this.db, a.id);
    return (await this.views(rows)).map((v) => ({
      communityName: v.communityName,
      sentAt: v.sentAt,
      status: v.status,
      reason: v.reason,
      decidedAt: v.decidedAt,
    }));
  }

  /** For the to-do counts: a reviewer's requests without a final outcome. */
  async pendingCount(user: SessionUser): Promise<number | null> {
    if (user.role !== 'reviewer') return null;
    const rows = await repo.exitRequestsWithin(this.db, user.orgCode);
    return rows.filter((r) => r.status === 'pending' || r.status === 'review').length;
  }
}
