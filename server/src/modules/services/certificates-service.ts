// 居民服务 · 证明事项: the public guide per certificate (what a community may issue, and for what it must
// not, what to do instead), its upkeep by the jurisdiction, and residents' reports of bodies that still ask
// for a forbidden certificate — counted per asking body for the 减负办, never naming who reported.
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { forbidden, invalid, notFound, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { CatalogueService } from '../catalogue/service.js';
import type { OrgService } from '../orgs/service.js';
import type { CertificateGuide, ForbiddenAskBody, GuideBody } from '#common/api/certificates.js';
import { addDays } from '#common/dates.js';
import {
  firstSentence,
  isAllowed,
  matchesQuery,
  nearestByName,
  normaliseAsker,
  type CertificateItem,
} from './guide.js';
import { canEditGuides, canReadAsks, reportingCommunity } from './policy.js';
import * as repo from './repository.js';

export class CertificatesService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly catalogue: CatalogueService,
  ) {}

  private get db() {
    return this.database.db;
  }

  /** The department of a kind nearest the org (its district's, else its city's): who checks it instead. */
  private async departmentNamer(org: string): Promise<(kind: string | null) => string | null> {
    const byKind = new Map<string, string>();
    for (const level of [org.slice(0, 4), org.slice(0, 6)])
      for (const d of await this.orgs.departments(level)) byKind.set(d.kind, d.name);
    return (kind) => (kind ? (byKind.get(kind) ?? null) : null);
  }

  private async items(org: string): Promise<CertificateItem[]> {
    await this.orgs.require(org);
    return nearestByName(await this.catalogue.certificatesFor(org));
  }

  /** Every certificate that applies to an org, allowed and forbidden, for the public list. */
  async list(org: string, q?: string) {
    const o = await this.orgs.require(org);
    const name = await this.departmentNamer(org);
    const items = (await this.items(org)).filter((i) => matchesQuery(i, q));
    const summary = (i: CertificateItem) => ({
      jurisdiction: i.jurisdiction,
      jurisdictionName: i.jurisdictionName,
      code: i.code,
      name: i.name,
      allowed: isAllowed(i),
      summary: firstSentence(i.description),
      departmentName: name(i.departmentKind),
    });
    return {
      org: { code: o.code, name: o.name },
      allowed: items.filter(isAllowed).map(summary),
      forbidden: items.filter((i) => !isAllowed(i)).map(summary),
    };
  }

  /** One certificate's guide, as a resident reads it (the org decides which district's departments are named). */
  async guide(jurisdiction: string, code: string, org = jurisdiction): Promise<CertificateGuide> {
    const item = (await this.items(org)).find((i) => i.jurisdiction === jurisdiction && i.code === code);
    if (!item) throw notFound('certificate_not_found', `${jurisdiction} ${code}`);
    const name = await this.departmentNamer(org);
    const written = (await repo.guidesOf(this.db, [jurisdiction])).find((g) => g.code === code);
    const allowed = isAllowed(item);
    return {
      jurisdiction: item.jurisdiction,
      jurisdictionName: item.jurisdictionName,
      code: item.code,
      name: item.name,
      allowed,
      description: item.description,
      legalBasis: item.legalBasis,
      departmentName: name(item.departmentKind),
      instead: allowed ? null : item.description,
      feeYuan: 0,
      guide: written
        ? {
            whoMayAsk: written.whoMayAsk,
            materials: written.materials,
            steps: written.steps,
            timeLimitDays: written.timeLimitDays,
            sample: written.sample,
            contact: written.contact,
            updatedAt: written.updatedAt,
          }
        : null,
    };
  }

  /** The jurisdiction writes (or rewrites) the guide of one of its own certificates. */
  async putGuide(
    user: SessionUser,
    jurisdiction: string,
    code: string,
    body: GuideBody,
    opts: { isDemo?: boolean } = {},
  ): Promise<CertificateGuide> {
    if (!canEditGuides(user, jurisdiction)) throw forbidden('out_of_scope');
    const own = (await this.catalogue.certificatesFor(jurisdiction)).find(
      (i) => i.jurisdiction === jurisdiction && i.code === code,
    );
    if (!own) throw notFound('certificate_not_found', `${jurisdiction} ${code}`);
    await repo.upsertGuide(
      this.db,
      { jurisdiction, code },
      {
        whoMayAsk: body.whoMayAsk.trim(),
        materials: body.materials.map((m) => m.trim()).filter(Boolean),
        steps: body.steps.map((s) => s.trim()).filter(Boolean),
        timeLimitDays: body.timeLimitDays,
        sample: body.sample.trim(),
        contact: body.contact.trim(),
      },
      user.username,
      this.clock.nowIso(),
      opts.isDemo ?? false,
    );
    return this.guide(jurisdiction, code);
  }

  /**
   * A resident (or her worker, at the counter) reports that a body asked her for a forbidden certificate.
   * The answer is the guide, so she knows at once what to do instead.
   */
  async reportAsk(user: SessionUser, body: ForbiddenAskBody, opts: { isDemo?: boolean } = {}) {
    const community = reportingCommunity(user);
    if (!community) throw forbidden('forbidden_role');
    const guide = await this.guide(body.jurisdiction, body.code, community);
    if (guide.allowed)
      throw problem('certificate_not_forbidden', { fields: [{ field: 'code', reason: 'not_forbidden' }] });
    const today = this.clock.today();
    if (body.askedOn > today || body.askedOn < addDays(today, -366))
      throw invalid([{ field: 'askedOn', reason: 'date_not_in_last_year' }]);
    const asker = normaliseAsker(body.askerKind, body.askerName);
    const id = await repo.insertAsk(this.db, {
      community,
      jurisdiction: guide.jurisdiction,
      code: guide.code,
      itemName: guide.name,
      askerKind: asker.kind,
      askerName: asker.name,
      askedOn: body.askedOn,
      note: body.note?.trim() ?? '',
      reportedBy: user.id,
      createdAt: this.clock.nowIso(),
      isDemo: opts.isDemo ?? false,
    });
    return { id, guide };
  }

  /** Reports in the last 30 days within the reader's jurisdiction (the 减负办's to-do, beside burden alerts). */
  recentAskCount(org: string): Promise<number> {
    return repo.askCountSince(this.db, org, addDays(this.clock.today(), -30));
  }

  /** Reports per asking body within an org (default: the last 12 months), most reports first. */
  async asks(user: SessionUser, org: string, range: { from?: string; to?: string }) {
    if (!canReadAsks(user, org)) throw forbidden('out_of_scope');
    const o = await this.orgs.require(org);
    const to = range.to ?? this.clock.today();
    const from = range.from ?? addDays(to, -365);
    if (from > to) throw invalid([{ field: 'to', reason: 'expiry_before_start' }]);
    const rows = await repo.askCounts(this.db, org, from, to);
    const communities = new Map(
      (await repo.askCommunities(this.db, org, from, to)).map((r) => [
        `${r.asker_kind}|${r.asker_name}`,
        Number(r.communities),
      ]),
    );
    const bodies = new Map<string, ReturnType<typeof toBody>>();
    function toBody(r: (typeof rows)[number]) {
      return {
        askerKind: r.asker_kind,
        askerName: r.asker_name,
        reports: 0,
        communities: communities.get(`${r.asker_kind}|${r.asker_name}`) ?? 0,
        items: [] as { code: string; name: string; reports: number }[],
        lastOn: '',
      };
    }
    for (const r of rows) {
      const key = `${r.asker_kind}|${r.asker_name}`;
      const b = bodies.get(key) ?? toBody(r);
      bodies.set(key, b);
      b.reports += Number(r.reports);
      b.items.push({ code: r.item_code, name: r.item_name, reports: Number(r.reports) });
      if (String(r.last_on) > b.lastOn) b.lastOn = String(r.last_on);
    }
    const list = [...bodies.values()].sort((a, b) => b.reports - a.reports || a.askerName.localeCompare(b.askerName));
    for (const b of list) b.items.sort((x, y) => y.reports - x.reports);
    return {
      org: { code: o.code, name: o.name },
      from,
      to,
      total: list.reduce((n, b) => n + b.reports, 0),
      bodies: list,
    };
  }
}
