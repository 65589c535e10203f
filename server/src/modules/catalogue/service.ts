// The versioned lists of community work items per jurisdiction: public reading, diff and export;
// drafting and publishing by the burden-reduction office.
import type { Database } from '../../db/database.js';
import type { CatalogueVersionRow } from '../../db/types.js';
import { conflict, forbidden, invalid, notFound } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import { ancestorCodes, type OrgService } from '../orgs/service.js';
import { diffItems } from './diff.js';
import { catalogueWorkbook } from './export.js';
import { canEditCatalogue } from './policy.js';
import * as repo from './repository.js';
import type { ItemValues } from './repository.js';
import type { Comparable } from '../admission/prechecks.js';
import type { Clock } from '../../clock/clock.js';

export interface VersionView {
  id: number;
  jurisdictionCode: string;
  versionNo: number;
  status: 'draft' | 'published';
  title: string;
  note: string;
  effectiveFrom: string;
  publishedAt: string | null;
  isDemo: boolean;
}

export interface ItemView extends ItemValues {
  departmentName: string | null;
}

const toVersionView = (v: CatalogueVersionRow): VersionView => ({
  id: v.id,
  jurisdictionCode: v.jurisdiction_code,
  versionNo: v.version_no,
  status: v.status as VersionView['status'],
  title: v.title,
  note: v.note,
  effectiveFrom: v.effective_from,
  publishedAt: v.published_at,
  isDemo: Boolean(v.is_demo),
});

export class CatalogueService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
  ) {}

  private get db() {
    return this.database.db;
  }

  private async departmentNamer(jurisdiction: string): Promise<(kind: string | null) => string | null> {
    const depts = await this.orgs.departments(jurisdiction);
    const byKind = new Map(depts.map((d) => [d.kind, d.name]));
    return (kind) => (kind ? (byKind.get(kind) ?? kind) : null);
  }

  async publicJurisdictions() {
    return (await repo.jurisdictionsWithPublished(this.db)).map((r) => ({
      code: r.code,
      name: r.name,
      level: r.level,
      latestVersion: Number(r.latest),
    }));
  }

  private async publishedVersion(
    jurisdiction: string,
    versionNo?: number,
  ): Promise<{ version: CatalogueVersionRow; all: CatalogueVersionRow[] }> {
    await this.orgs.require(jurisdiction);
    const all = (await repo.listVersions(this.db, jurisdiction)).filter((v) => v.status === 'published');
    const version = versionNo ? all.find((v) => v.version_no === versionNo) : all[0];
    if (!version) throw notFound('catalogue_not_found', jurisdiction);
    return { version, all };
  }

  async published(jurisdiction: string, versionNo: number | undefined, filter: repo.ItemFilter) {
    const { version, all } = await this.publishedVersion(jurisdiction, versionNo);
    const org = await this.orgs.get(jurisdiction);
    const name = await this.departmentNamer(jurisdiction);
    const items = (await repo.listItems(this.database, [version.id], filter)).map((r) => {
      const v = repo.rowToValues(r);
      return { ...v, departmentName: name(v.departmentKind) };
    });
    const counts: Record<string, number> = {};
    for (const r of await repo.listItems(this.database, [version.id]))
      counts[r.list_type] = (counts[r.list_type] ?? 0) + 1;
    return {
      jurisdiction: { code: org.code, name: org.name, path: org.path },
      version: toVersionView(version),
      versions: all.map(toVersionView),
      counts,
      items,
    };
  }

  async diff(jurisdiction: string, versionNo?: number) {
    const { version, all } = await this.publishedVersion(jurisdiction, versionNo);
    const previous = all.find((v) => v.version_no < version.version_no) ?? null;
    const after = (await repo.listItems(this.database, [version.id])).map(repo.rowToValues);
    const before = previous ? (await repo.listItems(this.database, [previous.id])).map(repo.rowToValues) : [];
    return { from: previous ? toVersionView(previous) : null, to: toVersionView(version), ...diffItems(before, after) };
  }

  async exportXlsx(jurisdiction: string, versionNo?: number): Promise<{ filename: string; body: Buffer }> {
    const { version } = await this.publishedVersion(jurisdiction, versionNo);
    const org = await this.orgs.get(jurisdiction);
    const name = await this.departmentNamer(jurisdiction);
    const items = (await repo.listItems(this.database, [version.id])).map(repo.rowToValues);
    const title = `${org.name}社区工作事项清单（第 ${version.version_no} 版，${version.effective_from} 起施行）`;
    const body = await catalogueWorkbook(title, items, (k) => name(k) ?? '社区');
    return { filename: `${org.name}社区工作事项清单-第${version.version_no}版.xlsx`, body };
  }

  // ---- drafting (reviewers of the jurisdiction) ----

  private async requireEditable(user: SessionUser, versionId: number): Promise<CatalogueVersionRow> {
    const v = await repo.findVersion(this.db, versionId);
    if (!v) throw notFound('catalogue_not_found');
    if (!canEditCatalogue(user, v.jurisdiction_code)) throw forbidden('out_of_scope');
    return v;
  }

  async versions(user: SessionUser, jurisdiction: string): Promise<VersionView[]> {
    if (!canEditCatalogue(user, jurisdiction))
      throw forbidden(user.role === 'reviewer' || user.role === 'admin' ? 'out_of_scope' : 'forbidden_role');
    return (await repo.listVersions(this.db, jurisdiction)).map(toVersionView);
  }

  async version(user: SessionUser, id: number) {
    const v = await this.requireEditable(user, id);
    const name = await this.departmentNamer(v.jurisdiction_code);
    const items = (await repo.listItems(this.database, [id])).map((r) => ({
      ...repo.rowToValues(r),
      departmentName: name(r.department_kind),
    }));
    return { version: toVersionView(v), items };
  }

  /** A new draft that starts as a copy of the newest published version. */
  async createDraft(user: SessionUser, jurisdiction: string): Promise<VersionView> {
    if (!canEditCatalogue(user, jurisdiction)) throw forbidden('out_of_scope');
    const org = await this.orgs.require(jurisdiction);
    const all = await repo.listVersions(this.db, jurisdiction);
    if (all.some((v) => v.status === 'draft')) throw conflict('draft_exists');
    const latest = all.find((v) => v.status === 'published');
    const id = await this.database.transaction(async (trx) => {
      const newId = await repo.insertVersion(trx, {
        jurisdiction,
        versionNo: (all[0]?.version_no ?? 0) + 1,
        title: `${org.name}社区工作事项清单`,
        effectiveFrom: this.clock.today(),
        isDemo: false,
        now: this.clock.nowIso(),
      });
      if (latest) await repo.copyItems(trx, latest.id, newId);
      return newId;
    });
    return toVersionView((await repo.findVersion(this.db, id))!);
  }

  async putItem(user: SessionUser, versionId: number, item: ItemValues): Promise<void> {
    const v = await this.requireEditable(user, versionId);
    if (v.status !== 'draft') throw conflict('version_published');
    if (item.listType === 'assist' && !item.legalBasis.trim())
      throw invalid([{ field: 'legalBasis', reason: 'legal_basis_required' }]);
    const updated = await repo.updateItem(this.db, versionId, item.code, item);
    if (updated === 0) await repo.insertItems(this.db, versionId, [item]);
  }

  async removeItem(user: SessionUser, versionId: number, code: string): Promise<void> {
    const v = await this.requireEditable(user, versionId);
    if (v.status !== 'draft') throw conflict('version_published');
    if ((await repo.deleteItem(this.db, versionId, code)) === 0) throw notFound('not_found', code);
  }

  async publish(user: SessionUser, versionId: number, effectiveFrom: string, note: string): Promise<VersionView> {
    const v = await this.requireEditable(user, versionId);
    if (v.status !== 'draft') throw conflict('version_published');
    await repo.publishVersion(this.db, versionId, user.id, this.clock.nowIso(), effectiveFrom, note);
    return toVersionView((await repo.findVersion(this.db, versionId))!);
  }

  /** Loads a whole published version at once (demo data, imports). */
  async seedPublished(
    jurisdiction: string,
    versionNo: number,
    items: ItemValues[],
    effectiveFrom: string,
    note: string,
    isDemo: boolean,
  ) {
    const org = await this.orgs.require(jurisdiction);
    await this.database.transaction(async (trx) => {
      const id = await repo.insertVersion(trx, {
        jurisdiction,
        versionNo,
        title: `${org.name}社区工作事项清单`,
        effectiveFrom,
        isDemo,
        now: this.clock.nowIso(),
      });
      await repo.insertItems(trx, id, items);
      await repo.publishVersion(trx, id, null, `${effectiveFrom}T00:00:00.000Z`, effectiveFrom, note);
    });
  }

  // ---- for the admission pre-checks ----

  private async inForce(jurisdiction: string, listTypes: string[]): Promise<Comparable[]> {
    const versions = await repo.latestPublished(this.db, [...ancestorCodes(jurisdiction), jurisdiction]);
    const rows = await repo.listItems(
      this.database,
      versions.map((v) => v.id),
    );
    const names = new Map(
      (await this.orgs.findMany(versions.map((v) => v.jurisdiction_code))).map((o) => [o.code, o.name]),
    );
    const jOf = new Map(versions.map((v) => [v.id, names.get(v.jurisdiction_code) ?? v.jurisdiction_code]));
    return rows
      .filter((r) => listTypes.includes(r.list_type))
      .map((r) => ({
        code: `${jOf.get(r.version_id)} ${r.code}`,
        name: r.name,
        description: r.description,
        source: r.list_type,
      }));
  }

  /**
   * The certificate items (may issue / must not issue) that apply to an org: those of the newest published
   * catalogue of each jurisdiction above it and its own, the nearer jurisdiction first. For residents' guides.
   */
  async certificatesFor(org: string, q?: string) {
    const chain = [org, ...ancestorCodes(org).reverse()];
    const versions = await repo.latestPublished(this.db, chain);
    const names = new Map(
      (await this.orgs.findMany(versions.map((v) => v.jurisdiction_code))).map((o) => [o.code, o.name]),
    );
    const depth = (code: string) => chain.indexOf(code);
    const ordered = [...versions].sort((a, b) => depth(a.jurisdiction_code) - depth(b.jurisdiction_code));
    const out = [];
    for (const v of ordered) {
      for (const r of await repo.listItems(this.database, [v.id], { q })) {
        if (r.list_type !== 'cert_allowed' && r.list_type !== 'cert_forbidden') continue;
        out.push({
          jurisdiction: v.jurisdiction_code,
          jurisdictionName: names.get(v.jurisdiction_code) ?? v.jurisdiction_code,
          ...repo.rowToValues(r),
        });
      }
    }
    return out;
  }

  /** Negative-list and forbidden-certificate items in force for a jurisdiction (its own and its city's). */
  negativeItems(jurisdiction: string): Promise<Comparable[]> {
    return this.inForce(jurisdiction, ['negative', 'cert_forbidden']);
  }

  /** Duty and assistance items already on the lists (new work that repeats them is a duplicate). */
  listedWork(jurisdiction: string): Promise<Comparable[]> {
    return this.inForce(jurisdiction, ['duty', 'assist']);
  }
}
