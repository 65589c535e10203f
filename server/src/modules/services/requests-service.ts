// 居民服务 · 证明事项 online: a resident asks for a certificate the community may issue; her community's
// worker checks it against the resident's hub record and issues it (a PDF with a verification code, stored
// once) or declines it with a reason; anyone checks a code on the public verification page.
import crypto from 'node:crypto';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { forbidden, invalid, notFound, problem, ProblemError } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { SubjectService } from '../hub/subjects-service.js';
import type { Notifier } from '../notifications/ports.js';
import type { OrgService } from '../orgs/service.js';
import { maskName } from '../privacy/masking.js';
import type { MeService } from '../privacy/me-service.js';
import type { CertificateRequestBody, DecisionBody } from '#common/api/certificates.js';
import { CERTIFICATE_VALID_DAYS } from '#common/certificates.js';
import { addDays } from '#common/dates.js';
import { certificatePdf } from './certificate-pdf.js';
import type { CertificatesService } from './certificates-service.js';
import { canDecideRequests } from './policy.js';
import * as repo from './repository.js';

/** Facts the worker checks a request against, in this order, when the hub holds them. */
const CHECKED = [
  'residence_address',
  'hukou_address',
  'household_number',
  'relation_to_householder',
  'household_registration_date',
];

/** Unambiguous letters and digits (no 0/O, 1/I): a code read aloud or typed from paper. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function verifyCode(): string {
  const pick = () => ALPHABET[crypto.randomInt(ALPHABET.length)];
  return `${Array.from({ length: 4 }, pick).join('')}-${Array.from({ length: 4 }, pick).join('')}`;
}

/** A refusal (problem+json) becomes `fallback`; anything else is a fault and is thrown on. */
const refusedAs =
  <T>(fallback: T) =>
  (err: unknown): T => {
    if (err instanceof ProblemError) return fallback;
    throw err;
  };

const chineseDate = (d: string) => `${d.slice(0, 4)} 年 ${Number(d.slice(5, 7))} 月 ${Number(d.slice(8, 10))} 日`;

export class CertificateRequestsService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly certificates: CertificatesService,
    private readonly me: MeService,
    private readonly subjects: SubjectService,
    private readonly notifier: Notifier,
  ) {}

  private get db() {
    return this.database.db;
  }

  private view(r: repo.RequestRow) {
    return {
      id: Number(r.id),
      jurisdiction: r.jurisdiction_code,
      code: r.item_code,
      name: r.item_name,
      purpose: r.purpose,
      status: r.status,
      createdAt: r.created_at,
      decidedAt: r.decided_at,
      decisionNote: r.decision_note,
      verifyCode: r.verify_code,
      issuedOn: r.issued_on,
      validUntil: r.valid_until,
      topic: r.topic_id === null ? null : { id: Number(r.topic_id), title: r.topic_title ?? '' },
    };
  }

  /**
   * The decided topic a certificate cites: of the request's community and decided (or carried out);
   * anything else is refused naming the field.
   */
  private async citedTopic(community: string, topicId: number | undefined) {
    if (topicId === undefined) return undefined;
    const t = await repo.findTopic(this.db, topicId);
    if (!t || t.community_code !== community) throw invalid([{ field: 'topicId', reason: 'other_community' }]);
    if (!['decided', 'done'].includes(t.status)) throw invalid([{ field: 'topicId', reason: 'topic_not_decided' }]);
    return { id: Number(t.id), title: t.title };
  }

  /** A resident asks her community for a certificate it may issue; a forbidden one answers with its guide. */
  async request(user: SessionUser, body: CertificateRequestBody, opts: { isDemo?: boolean } = {}) {
    if (user.role !== 'resident') throw forbidden('forbidden_role');
    const guide = await this.certificates.guide(body.jurisdiction, body.code, user.orgCode);
    if (!guide.allowed)
      throw problem('certificate_forbidden', {
        detail: guide.instead ?? undefined,
        fields: [{ field: 'code', reason: 'certificate_forbidden' }],
      });
    // An account not linked to a hub record may still ask: the worker checks her documents in person.
    const linked = await this.me.subjectIds(user).catch(refusedAs([] as number[]));
    const id = await repo.insertRequest(this.db, {
      community: user.orgCode,
      jurisdiction: guide.jurisdiction,
      code: guide.code,
      itemName: guide.name,
      requesterId: user.id,
      requesterName: user.displayName,
      subjectId: linked[0] ?? null,
      purpose: body.purpose.trim(),
      createdAt: this.clock.nowIso(),
      isDemo: opts.isDemo ?? false,
    });
    return this.view((await repo.findRequest(this.db, id))!);
  }

  async mine(user: SessionUser) {
    if (user.role !== 'resident') throw forbidden('forbidden_role');
    return (await repo.requestsOf(this.db, user.id)).map((r) => this.view(r));
  }

  /** The community's requests with the hub facts beside each (masked as the worker sees them). */
  async ofCommunity(user: SessionUser, community: string, status?: string) {
    if (!canDecideRequests(user, community)) throw forbidden('out_of_scope');
    const rows = await repo.communityRequests(this.db, community, status);
    const out = [];
    for (const r of rows) {
      let record = null;
      if (r.subject_id !== null) {
        // A record the worker may no longer read (she moved away) shows as none, not as an error.
        const d = await this.subjects.detail(user, r.subject_id).catch(refusedAs(null));
        if (d)
          record = {
            subjectId: d.id,
            name: d.name,
            key: d.key,
            facts: CHECKED.flatMap((code) => {
              const f = d.facts.find((x) => x.element === code);
              return f ? [{ name: f.name, value: f.value, source: f.source }] : [];
            }),
          };
      }
      out.push({ ...this.view(r), requesterName: r.requester_name, record });
    }
    return out;
  }

  /** Issues (a PDF with a verification code) or declines a request of the worker's community. */
  async decide(user: SessionUser, id: number, body: DecisionBody, origin: string) {
    const r = await repo.findRequest(this.db, id);
    if (!r) throw notFound('certificate_request_not_found');
    if (!canDecideRequests(user, r.community_code)) throw forbidden('out_of_scope');
    if (r.status !== 'submitted') throw problem('certificate_request_decided');
    const now = this.clock.nowIso();
    const text = body.text.trim();
    let ok: boolean;
    if (body.decision === 'decline') {
      ok = await this.database.transaction(async () => {
        const done = await repo.decideRequest(this.db, id, {
          status: 'declined',
          by: user.username,
          at: now,
          note: text,
        });
        if (done) await this.tell(r, 'declined');
        return done;
      });
    } else {
      const issuedOn = this.clock.today();
      const validUntil = addDays(issuedOn, CERTIFICATE_VALID_DAYS);
      const code = verifyCode();
      const topic = await this.citedTopic(r.community_code, body.topicId);
      const community = await this.orgs.require(r.community_code);
      const pdf = await certificatePdf({
        title: r.item_name.replace(/（.*?）/g, ''),
        paragraphs: [
          `兹证明${r.requester_name}${text}`,
          ...(topic ? [`依据：本社区居民议事协商决定（议题第 ${topic.id} 号：${topic.title}）。`] : []),
          `用途：${r.purpose}。`,
          '特此证明。',
        ],
        issuer: `${community.name}居民委员会`,
        issuedOn: chineseDate(issuedOn),
        validUntil,
        verifyCode: code,
        verifyUrl: `${origin}/public/certificates/verify/${code}`,
      });
      ok = await this.database.transaction(async () => {
        const done = await repo.decideRequest(this.db, id, {
          status: 'issued',
          by: user.username,
          at: now,
          note: text,
          verifyCode: code,
          issuedOn,
          validUntil,
          pdf: Buffer.from(pdf),
          topic,
        });
        if (done) await this.tell(r, 'issued');
        return done;
      });
    }
    if (!ok) throw problem('certificate_request_decided');
    return this.view((await repo.findRequest(this.db, id))!);
  }

  private tell(r: repo.RequestRow, outcome: 'issued' | 'declined') {
    return this.notifier.notify({
      kind: 'certificate_decided',
      to: { users: [r.requester_id] },
      params: { name: r.item_name, outcome },
      link: '/me/certificates',
      subject: { type: 'certificate_request', id: Number(r.id) },
    });
  }

  /** The issued PDF, for the resident who asked or a worker of her community. */
  async pdf(
    user: SessionUser,
    id: number,
  ): Promise<{ filename: string; body: Buffer; subjectId: number | null; community: string }> {
    const r = await repo.findRequest(this.db, id);
    if (!r) throw notFound('certificate_request_not_found');
    const own = user.role === 'resident' && user.id === r.requester_id;
    if (!own && !canDecideRequests(user, r.community_code)) throw forbidden('out_of_scope');
    const body = r.status === 'issued' ? await repo.requestPdf(this.db, id) : null;
    if (!body) throw notFound('certificate_request_not_found');
    return {
      filename: `${r.item_name}-${r.verify_code}.pdf`,
      body,
      subjectId: r.subject_id,
      community: r.community_code,
    };
  }

  /** Anyone checks a code: what, by whom, when, until when, and the holder's name masked. */
  async verify(code: string) {
    const r = await repo.byVerifyCode(this.db, code.toUpperCase());
    if (!r || r.status !== 'issued')
      return {
        valid: false,
        state: 'unknown' as const,
        name: null,
        issuer: null,
        issuedOn: null,
        validUntil: null,
        holder: null,
      };
    const expired = (r.valid_until ?? '') < this.clock.today();
    const community = await this.orgs.find(r.community_code);
    return {
      valid: !expired,
      state: expired ? ('expired' as const) : ('valid' as const),
      name: r.item_name,
      issuer: `${community?.name ?? r.community_code}居民委员会`,
      issuedOn: r.issued_on,
      validUntil: r.valid_until,
      holder: maskName(r.requester_name),
    };
  }

  /** The worker's to-do: requests of her community waiting for a decision. */
  submittedCount(community: string): Promise<number> {
    return repo.submittedCount(this.db, community);
  }
}
