// 居民议事协商 (issue 18): residents propose topics for their community and support them (one support per
// resident or per household, as the community's rules say); at the threshold a topic goes on the 居委会's
// agenda (its workers are told); workers may table topics directly, moderate comments (with a reason),
// record the 议事会 that heard them, run the vote (online ballots plus paper tallies), close it against
// the rules' quorum and majority, and follow the decision up with actions residents and the street watch.
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { classifyDbError } from '../../db/errors.js';
import { forbidden, invalid, notFound, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { Notifier } from '../notifications/ports.js';
import type { OrgService } from '../orgs/service.js';
import type { SubjectService } from '../hub/subjects-service.js';
import type { MeService } from '../privacy/me-service.js';
import { maskName } from '../privacy/masking.js';
import * as files from '../attachments/repository.js';
import { addPhotosOrPdfs } from '../attachments/photos.js';
import type { UploadedFile } from '../../http/multipart.js';
import type { TopicCategory, TopicStatus } from '#common/deliberation.js';
import { MAX_ATTACHMENTS } from '#common/dispatch.js';
import type {
  ActionBody,
  ActionUpdateBody,
  ActionView,
  CommentView,
  MeetingBody,
  MeetingView,
  OpenVoteBody,
  OverdueActionView,
  ProposeBody,
  RulesBody,
  RulesVersionView,
  RulesView,
  TallyView,
  TopicSummary,
  TopicView,
} from '#common/api/deliberation.js';
import { ATTACHABLE_STATUSES, canOversee, canSeeAttachments, isMember, isModerator } from './policy.js';
import * as repo from './repository.js';
import {
  DEFAULT_RULES,
  countingKey,
  rulesProblems,
  supportsNeeded,
  tally,
  voteRuleFor,
  type RulesDoc,
} from './rules.js';

type TopicRow = NonNullable<Awaited<ReturnType<typeof repo.findTopic>>>;

/** Where comments are still open: before the decision. */
const COMMENTABLE: TopicStatus[] = ['proposed', 'tabled', 'deliberated', 'voting'];

export class DeliberationService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly subjects: SubjectService,
    private readonly me: MeService,
    private readonly notifier: Notifier,
  ) {}

  private get db() {
    return this.database.db;
  }

  // ——— rules ———

  private async rulesOf(
    community: string,
  ): Promise<{ id: number | null; version: number; doc: RulesDoc; row?: { note: string; adopted_at: string } }> {
    const r = await repo.currentRules(this.db, community);
    if (!r) return { id: null, version: 0, doc: DEFAULT_RULES };
    return { id: Number(r.id), version: Number(r.version), doc: JSON.parse(r.doc) as RulesDoc, row: r };
  }

  private async topicRules(t: TopicRow): Promise<RulesDoc> {
    if (t.rules_id === null) return DEFAULT_RULES;
    const r = await repo.rulesById(this.db, Number(t.rules_id));
    return r ? (JSON.parse(r.doc) as RulesDoc) : DEFAULT_RULES;
  }

  private async population(community: string) {
    return (await this.subjects.populationUnder(community)).get(community) ?? { residents: 0, households: 0 };
  }

  /** The community's rules in force (the defaults until it adopts its own), public. */
  async rules(community: string): Promise<RulesView> {
    const org = await this.requireCommunity(community);
    const r = await this.rulesOf(community);
    const { households } = await this.population(community);
    return {
      communityCode: community,
      communityName: org.name,
      version: r.version,
      doc: r.doc,
      note: r.row?.note ?? '',
      adoptedAt: r.row?.adopted_at ?? null,
      supportsNeeded: supportsNeeded(r.doc, households),
      households,
    };
  }

  /** Every version the community adopted, newest (in force) first; empty while the defaults apply. Public. */
  async rulesVersions(community: string): Promise<RulesVersionView[]> {
    await this.requireCommunity(community);
    return (await repo.rulesHistory(this.db, community)).map((r) => ({
      version: Number(r.version),
      doc: JSON.parse(r.doc) as RulesDoc,
      note: r.note,
      adoptedAt: r.adopted_at,
    }));
  }

  /** The community's worker adopts a new version of its rules (from then on; running topics keep theirs). */
  async adoptRules(
    user: SessionUser,
    community: string,
    body: RulesBody,
    isDemo = false,
    at = this.clock.nowIso(),
  ): Promise<RulesView> {
    if (!isModerator(user, community)) throw forbidden('out_of_scope');
    const wrong = rulesProblems(body.doc as RulesDoc);
    if (wrong.length) throw invalid(wrong.map((w) => ({ ...w, field: `doc.${w.field}` })));
    await this.database.transaction(async () => {
      const cur = await this.rulesOf(community);
      await repo.insertRules(this.db, {
        community_code: community,
        version: cur.version + 1,
        doc: JSON.stringify(body.doc),
        note: body.note.trim(),
        adopted_by: user.displayName,
        adopted_at: at,
        is_demo: isDemo ? 1 : 0,
      });
    });
    return this.rules(community);
  }

  private async requireCommunity(code: string) {
    const org = await this.orgs.find(code);
    if (!org || org.level !== 'community') throw notFound('org_not_found', code);
    return org;
  }

  // ——— topics ———

  private summary(t: TopicRow, supports: number): TopicSummary {
    return {
      id: Number(t.id),
      communityCode: t.community_code,
      title: t.title,
      category: t.category as TopicCategory,
      status: t.status as TopicStatus,
      origin: t.origin as 'resident' | 'worker',
      supports,
      supportsNeeded: Number(t.supports_needed),
      createdAt: t.created_at,
      tabledAt: t.tabled_at,
      voteClosesOn: t.vote_closes_on,
      isDemo: Number(t.is_demo) === 1,
    };
  }

  /** A community's topics, newest activity first (public fields: no proposer). */
  async list(community: string, status?: TopicStatus): Promise<TopicSummary[]> {
    await this.requireCommunity(community);
    const rows = await repo.topicsOf(this.db, community, status);
    const counts = await repo.supportCounts(
      this.db,
      rows.map((r) => Number(r.id)),
    );
    return rows.map((r) => this.summary(r, counts.get(Number(r.id)) ?? 0));
  }

  private async requireTopic(id: number): Promise<TopicRow> {
    const t = await repo.findTopic(this.db, id);
    if (!t) throw notFound('topic_not_found', String(id));
    return t;
  }

  /** The key the caller's support or vote counts under, or 409 when a household is needed and unknown. */
  private async keyOf(user: SessionUser, unit: 'resident' | 'household'): Promise<string> {
    const household = unit === 'household' ? await this.me.householdNumber(user) : null;
    const key = countingKey(unit, user.id, household);
    if (!key) throw problem('topic_household_unknown');
    return key;
  }

  /**
   * A resident proposes a topic for her community (her own support counted at once); a worker of the
   * community raises one straight onto the agenda.
   */
  async propose(user: SessionUser, community: string, body: ProposeBody, isDemo = false): Promise<TopicView> {
    const worker = isModerator(user, community);
    if (!worker && !isMember(user, community)) throw forbidden('out_of_scope');
    await this.requireCommunity(community);
    const title = body.title.trim();
    if (!title) throw invalid([{ field: 'title', reason: 'required' }]);
    const rules = await this.rulesOf(community);
    const { households } = await this.population(community);
    const key = worker ? null : await this.keyOf(user, rules.doc.supportUnit).catch(() => null);
    const now = this.clock.nowIso();
    const id = await this.database.transaction(async () => {
      const id = await repo.insertTopic(this.db, {
        community_code: community,
        district_code: community.slice(0, 6),
        title,
        description: body.description.trim(),
        category: body.category,
        status: worker ? 'tabled' : 'proposed',
        origin: worker ? 'worker' : 'resident',
        proposer_id: user.id,
        rules_id: rules.id,
        supports_needed: supportsNeeded(rules.doc, households),
        tabled_at: worker ? now : null,
        created_at: now,
        updated_at: now,
        is_demo: isDemo ? 1 : 0,
      });
      if (key) await repo.insertSupport(this.db, { topic_id: id, counting_key: key, user_id: user.id, at: now });
      return id;
    });
    return this.view(id, user);
  }

  /**
   * The proposer adds photos or PDFs (optional attachments) until a meeting hears the topic; at most
   * MAX_ATTACHMENTS in all. Type and size were checked on upload (readForm); here only images and PDFs.
   */
  async attach(user: SessionUser, id: number, uploaded: UploadedFile[]): Promise<TopicView> {
    const t = await this.requireTopic(id);
    if (Number(t.proposer_id) !== user.id || !isMember(user, t.community_code)) throw forbidden('out_of_scope');
    if (!ATTACHABLE_STATUSES.includes(t.status)) throw problem('topic_wrong_status', { detail: t.status });
    await addPhotosOrPdfs(
      this.database,
      { type: 'topic', id },
      uploaded,
      MAX_ATTACHMENTS,
      user.id,
      this.clock.nowIso(),
    );
    return this.view(id, user);
  }

  /** One of a topic's files, to whoever may see the topic's attachments. */
  async attachment(user: SessionUser | null, id: number, fileId: number) {
    const t = await this.requireTopic(id);
    const a = await files.findAttachment(this.db, fileId);
    if (!a || a.owner_type !== 'topic' || Number(a.owner_id) !== id) throw notFound();
    if (!canSeeAttachments(user, t.community_code, t.status)) throw forbidden('out_of_scope');
    return { filename: a.filename, contentType: a.content_type, data: a.data };
  }

  /** A resident of the topic's community supports it, once per resident or household. */
  async support(user: SessionUser, id: number): Promise<TopicView> {
    const t = await this.requireTopic(id);
    if (!isMember(user, t.community_code)) throw forbidden('out_of_scope');
    if (t.status !== 'proposed') throw problem('topic_wrong_status', { detail: t.status });
    const rules = await this.topicRules(t);
    const key = await this.keyOf(user, rules.supportUnit);
    try {
      await this.database.transaction(async () => {
        if (await repo.hasSupport(this.db, id, key)) throw problem('topic_already_supported');
        const now = this.clock.nowIso();
        await repo.insertSupport(this.db, { topic_id: id, counting_key: key, user_id: user.id, at: now });
        const n = (await repo.supportCounts(this.db, [id])).get(id) ?? 0;
        if (n >= Number(t.supports_needed)) {
          const moved = await repo.updateTopic(this.db, id, ['proposed'], {
            status: 'tabled',
            tabled_at: now,
            updated_at: now,
          });
          if (moved)
            await this.notifier.notify({
              kind: 'topic_tabled',
              to: { workersOf: [t.community_code] },
              params: { title: t.title, supports: n },
              link: `/deliberation/topics/${id}`,
              subject: { type: 'topic', id },
            });
        } else await repo.updateTopic(this.db, id, ['proposed'], { updated_at: now });
      });
    } catch (e) {
      // Two supports of one household at once: the unique key refuses the second.
      if (classifyDbError(e) === 'unique') throw problem('topic_already_supported');
      throw e;
    }
    return this.view(id, user);
  }

  private async moderate(user: SessionUser, id: number): Promise<TopicRow> {
    const t = await this.requireTopic(id);
    if (!isModerator(user, t.community_code)) throw forbidden('out_of_scope');
    return t;
  }

  private async move(t: TopicRow, from: TopicStatus[], patch: Parameters<typeof repo.updateTopic>[3]) {
    if (!from.includes(t.status as TopicStatus)) throw problem('topic_wrong_status', { detail: t.status });
    const ok = await repo.updateTopic(this.db, Number(t.id), from, { ...patch, updated_at: this.clock.nowIso() });
    if (!ok) throw problem('topic_wrong_status');
  }

  /** The worker puts a proposed topic on the agenda without waiting for the threshold. */
  async table(user: SessionUser, id: number): Promise<TopicView> {
    const t = await this.moderate(user, id);
    await this.database.transaction(() =>
      this.move(t, ['proposed'], { status: 'tabled', tabled_at: this.clock.nowIso() }),
    );
    return this.view(id, user);
  }

  /** The worker declines a topic (not the community's to decide, a duplicate…), saying why. */
  async reject(user: SessionUser, id: number, reason: string): Promise<TopicView> {
    const t = await this.moderate(user, id);
    await this.database.transaction(() =>
      this.move(t, ['proposed', 'tabled', 'deliberated'], { status: 'rejected', status_note: reason.trim() }),
    );
    return this.view(id, user);
  }

  // ——— comments ———

  async comment(user: SessionUser, id: number, body: string): Promise<TopicView> {
    const t = await this.requireTopic(id);
    const worker = isModerator(user, t.community_code);
    if (!worker && !isMember(user, t.community_code)) throw forbidden('out_of_scope');
    if (!COMMENTABLE.includes(t.status as TopicStatus)) throw problem('topic_wrong_status', { detail: t.status });
    const author = worker
      ? `${(await this.orgs.find(t.community_code))?.name ?? ''}居委会`
      : maskName(user.displayName);
    await this.database.transaction(async () => {
      await repo.insertComment(this.db, {
        topic_id: id,
        user_id: user.id,
        author,
        body: body.trim(),
        at: this.clock.nowIso(),
      });
    });
    return this.view(id, user);
  }

  /** The worker hides a comment; the reason stays visible to everyone. */
  async hideComment(user: SessionUser, id: number, commentId: number, reason: string): Promise<TopicView> {
    await this.moderate(user, id);
    const c = await repo.findComment(this.db, commentId);
    if (!c || Number(c.topic_id) !== id) throw notFound('comment_not_found');
    await this.database.transaction(() =>
      repo.hideComment(this.db, commentId, reason.trim(), user.id, this.clock.nowIso()),
    );
    return this.view(id, user);
  }

  // ——— meetings ———

  /** The worker records a 议事会 that heard topics on the agenda; they become deliberated. */
  async recordMeeting(user: SessionUser, community: string, body: MeetingBody, isDemo = false): Promise<MeetingView> {
    if (!isModerator(user, community)) throw forbidden('out_of_scope');
    const ids = [...new Set(body.topicIds)];
    const id = await this.database.transaction(async () => {
      for (const [i, tid] of ids.entries()) {
        const t = await repo.findTopic(this.db, tid);
        if (!t || t.community_code !== community || !['tabled', 'deliberated'].includes(t.status))
          throw problem('topic_wrong_status', { fields: [{ field: `topicIds.${i}`, reason: 'invalid_value' }] });
        if (t.status === 'tabled')
          await repo.updateTopic(this.db, tid, ['tabled'], { status: 'deliberated', updated_at: this.clock.nowIso() });
      }
      return repo.insertMeeting(
        this.db,
        {
          community_code: community,
          held_on: body.heldOn,
          place: body.place.trim(),
          online: body.online ? 1 : 0,
          participants: JSON.stringify(body.participants),
          minutes: body.minutes.trim(),
          opinions: body.opinions.trim(),
          recorded_by: user.id,
          recorded_at: this.clock.nowIso(),
          is_demo: isDemo ? 1 : 0,
        },
        ids,
      );
    });
    return (await this.meetings(community)).find((m) => m.id === id)!;
  }

  /** A community's meetings with their minutes, public. */
  async meetings(community: string): Promise<MeetingView[]> {
    await this.requireCommunity(community);
    const rows = await repo.meetingsOf(this.db, community);
    const topics = await repo.meetingTopics(
      this.db,
      rows.map((r) => Number(r.id)),
    );
    return rows.map((m) => ({
      id: Number(m.id),
      communityCode: m.community_code,
      heldOn: m.held_on,
      place: m.place,
      online: Number(m.online) === 1,
      participants: JSON.parse(m.participants) as MeetingView['participants'],
      minutes: m.minutes,
      opinions: m.opinions,
      topics: topics
        .filter((t) => Number(t.meeting_id) === Number(m.id))
        .map((t) => ({ id: Number(t.id), title: t.title })),
      isDemo: Number(m.is_demo) === 1,
    }));
  }

  // ——— votes ———

  /** The worker opens a vote on a tabled or deliberated topic, counted under the topic's rules. */
  async openVote(user: SessionUser, id: number, body: OpenVoteBody): Promise<TopicView> {
    const t = await this.moderate(user, id);
    if (body.closesOn < this.clock.today()) throw invalid([{ field: 'closesOn', reason: 'invalid_value' }]);
    const rules = await this.topicRules(t);
    const pop = await this.population(t.community_code);
    const eligible = body.eligible ?? (rules.voteUnit === 'household' ? pop.households : pop.residents);
    await this.database.transaction(() =>
      this.move(t, ['tabled', 'deliberated'], {
        status: 'voting',
        vote_options: JSON.stringify(body.options.map((o) => o.trim())),
        vote_closes_on: body.closesOn,
        vote_eligible: eligible,
      }),
    );
    return this.view(id, user);
  }

  /** A resident of the community votes once (per resident or household), until the close date. */
  async vote(user: SessionUser, id: number, option: number): Promise<TopicView> {
    const t = await this.requireTopic(id);
    if (!isMember(user, t.community_code)) throw forbidden('out_of_scope');
    if (['decided', 'done', 'rejected'].includes(t.status) && t.vote_options) throw problem('topic_vote_closed');
    if (t.status !== 'voting') throw problem('topic_wrong_status', { detail: t.status });
    if (t.vote_closes_on && this.clock.today() > t.vote_closes_on) throw problem('topic_vote_closed');
    const options = JSON.parse(t.vote_options ?? '[]') as string[];
    if (option >= options.length) throw invalid([{ field: 'option', reason: 'invalid_value' }]);
    const rules = await this.topicRules(t);
    const key = await this.keyOf(user, rules.voteUnit);
    try {
      await this.database.transaction(async () => {
        if (await repo.hasVoted(this.db, id, key)) throw problem('topic_already_voted');
        await repo.insertVote(this.db, {
          topic_id: id,
          counting_key: key,
          user_id: user.id,
          option,
          open: rules.ballot === 'open',
          at: this.clock.nowIso(),
        });
      });
    } catch (e) {
      if (classifyDbError(e) === 'unique') throw problem('topic_already_voted');
      throw e;
    }
    return this.view(id, user);
  }

  /** The worker enters the paper ballots counted per option (the tally sheet); entering again replaces it. */
  async paperTally(user: SessionUser, id: number, counts: number[]): Promise<TopicView> {
    const t = await this.moderate(user, id);
    if (t.status !== 'voting') throw problem('topic_wrong_status', { detail: t.status });
    const options = JSON.parse(t.vote_options ?? '[]') as string[];
    if (counts.length !== options.length) throw invalid([{ field: 'counts', reason: 'invalid_value' }]);
    await this.database.transaction(() => this.move(t, ['voting'], { paper_tally: JSON.stringify(counts) }));
    return this.view(id, user);
  }

  private async currentTally(t: TopicRow, rules: RulesDoc): Promise<TallyView> {
    const options = JSON.parse(t.vote_options ?? '[]') as string[];
    const counts = await repo.ballotCounts(this.db, Number(t.id));
    const paper = JSON.parse(t.paper_tally ?? '[]') as number[];
    return tally(
      options,
      options.map((_, i) => counts.get(i) ?? 0),
      paper,
      Number(t.vote_eligible ?? 0),
      voteRuleFor(rules, t.category as TopicCategory),
    );
  }

  /** The worker closes the vote: the tally is published; the topic is decided if it carried, else rejected. */
  async closeVote(user: SessionUser, id: number): Promise<TopicView> {
    const t = await this.moderate(user, id);
    if (t.status !== 'voting') throw problem('topic_wrong_status', { detail: t.status });
    const result = await this.currentTally(t, await this.topicRules(t));
    await this.database.transaction(() =>
      this.move(t, ['voting'], {
        status: result.passed ? 'decided' : 'rejected',
        result: JSON.stringify(result),
        decided_at: this.clock.nowIso(),
      }),
    );
    return this.view(id, user);
  }

  // ——— follow-up ———

  private actionView(a: NonNullable<Awaited<ReturnType<typeof repo.findAction>>>, today: string): ActionView {
    return {
      id: Number(a.id),
      topicId: Number(a.topic_id),
      title: a.title,
      owner: a.owner,
      dueOn: a.due_on,
      status: a.status as 'open' | 'done',
      progress: a.progress,
      doneOn: a.done_on,
      overdue: a.status === 'open' && a.due_on < today,
    };
  }

  /** The worker adds an action (owner, due date) to a decided topic. */
  async addAction(user: SessionUser, id: number, body: ActionBody): Promise<TopicView> {
    const t = await this.moderate(user, id);
    if (t.status !== 'decided') throw problem('topic_wrong_status', { detail: t.status });
    await this.database.transaction(async () => {
      await repo.insertAction(this.db, {
        topic_id: id,
        community_code: t.community_code,
        title: body.title.trim(),
        owner: body.owner.trim(),
        due_on: body.dueOn,
        status: 'open',
        progress: '',
        updated_at: this.clock.nowIso(),
      });
    });
    return this.view(id, user);
  }

  /** The worker reports progress on an action or marks it done; the topic is done when all its actions are. */
  async updateAction(user: SessionUser, actionId: number, body: ActionUpdateBody): Promise<TopicView> {
    const a = await repo.findAction(this.db, actionId);
    if (!a) throw notFound('action_not_found');
    const topicId = Number(a.topic_id);
    const t = await this.moderate(user, topicId);
    if (a.status === 'done') throw problem('topic_wrong_status', { detail: 'done' });
    await this.database.transaction(async () => {
      const today = this.clock.today();
      await repo.updateAction(this.db, actionId, {
        progress: body.progress.trim(),
        status: body.done ? 'done' : 'open',
        done_on: body.done ? today : null,
        updated_at: this.clock.nowIso(),
      });
      const all = await repo.actionsOf(this.db, topicId);
      if (all.every((x) => x.status === 'done') && t.status === 'decided')
        await repo.updateTopic(this.db, topicId, ['decided'], { status: 'done', updated_at: this.clock.nowIso() });
    });
    return this.view(topicId, user);
  }

  /** Open actions past their due date in the communities under an org (a street's view). */
  async overdue(user: SessionUser, code: string): Promise<OverdueActionView[]> {
    if (!canOversee(user, code)) throw forbidden('out_of_scope');
    const today = this.clock.today();
    const rows = await repo.overdueActions(this.db, code, today);
    const orgs = new Map(
      (await this.orgs.findMany([...new Set(rows.map((r) => r.community_code))])).map((o) => [o.code, o.name]),
    );
    return rows.map((r) => ({
      ...this.actionView(r, today),
      topicTitle: r.topic_title,
      communityCode: r.community_code,
      communityName: orgs.get(r.community_code) ?? r.community_code,
    }));
  }

  /** For the to-do counts: a worker's agenda, a street's overdue actions (null: neither concerns the role). */
  async todo(user: SessionUser): Promise<{ agenda: number } | { overdue: number } | null> {
    if (user.role === 'community_worker')
      return { agenda: await repo.agendaCount(this.db, user.orgCode, this.clock.today()) };
    if (user.role === 'street_officer')
      return { overdue: (await repo.overdueActions(this.db, user.orgCode, this.clock.today())).length };
    return null;
  }

  // ——— the topic page ———

  /** A topic with its comments, meetings, vote and actions; the tally only once the vote is closed. */
  async view(id: number, user: SessionUser | null): Promise<TopicView> {
    const t = await this.requireTopic(id);
    const rules = await this.topicRules(t);
    const supports = (await repo.supportCounts(this.db, [id])).get(id) ?? 0;
    const today = this.clock.today();
    const comments: CommentView[] = (await repo.commentsOf(this.db, id)).map((c) => ({
      id: Number(c.id),
      author: c.author,
      body: c.hidden_at ? '' : c.body,
      at: c.at,
      hidden: c.hidden_at !== null,
      hiddenReason: c.hidden_reason,
    }));
    let vote: TopicView['vote'] = null;
    if (t.vote_options) {
      const counts = await repo.ballotCounts(this.db, id);
      vote = {
        options: JSON.parse(t.vote_options) as string[],
        closesOn: t.vote_closes_on ?? '',
        ballot: rules.ballot,
        unit: rules.voteUnit,
        rule: voteRuleFor(rules, t.category as TopicCategory),
        eligible: Number(t.vote_eligible ?? 0),
        castOnline: [...counts.values()].reduce((s, n) => s + n, 0),
        paper: t.paper_tally ? (JSON.parse(t.paper_tally) as number[]) : null,
        tally: t.result ? (JSON.parse(t.result) as TallyView) : null,
      };
    }
    let viewer: TopicView['viewer'] = null;
    if (user) {
      const member = isMember(user, t.community_code);
      let supported = false;
      let voted = false;
      if (member) {
        const sKey = countingKey(
          rules.supportUnit,
          user.id,
          rules.supportUnit === 'household' ? await this.me.householdNumber(user) : null,
        );
        const vKey = countingKey(
          rules.voteUnit,
          user.id,
          rules.voteUnit === 'household' ? await this.me.householdNumber(user) : null,
        );
        supported = sKey !== null && (await repo.hasSupport(this.db, id, sKey));
        voted = vKey !== null && (await repo.hasVoted(this.db, id, vKey));
      }
      viewer = {
        member,
        supported,
        voted,
        moderator: isModerator(user, t.community_code),
        proposer: member && Number(t.proposer_id) === user.id,
      };
    }
    return {
      ...this.summary(t, supports),
      communityName: (await this.orgs.find(t.community_code))?.name ?? t.community_code,
      description: t.description,
      statusNote: t.status_note,
      comments,
      attachments: canSeeAttachments(user, t.community_code, t.status)
        ? (await files.listAttachments(this.db, 'topic', [id])).map((a) => ({
            id: Number(a.id),
            filename: a.filename,
            contentType: a.content_type,
            size: Number(a.size),
          }))
        : [],
      meetings: (await repo.meetingsOfTopic(this.db, id)).map((m) => ({
        id: Number(m.id),
        heldOn: m.held_on,
        place: m.place,
      })),
      vote,
      actions: (await repo.actionsOf(this.db, id)).map((a) => this.actionView(a, today)),
      viewer,
    };
  }
}
