// Subjects and their facts: lists (masked), one subject with current values, sources, conflicts and
// history, and the bulk load of base records (the demo's 人口库).
import { maskIdNumber, maskMobile } from '#common/idcard.js';
import type { Database } from '../../db/database.js';
import { forbidden, notFound } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { OrgService } from '../orgs/service.js';
import { maskAddress, maskValue } from '../privacy/masking.js';
import { currentValues, type FactRecord } from './current.js';
import { rowHash } from './fact-encoding.js';
import type { Dictionary } from './dictionary.js';
import { canSeeSubjectsOf, isOwnWorker, seesUnmasked } from './policy.js';
import * as repo from './subjects-repository.js';
import type { Clock } from '../../clock/clock.js';

export interface BaseRecord {
  type: 'resident' | 'household';
  key: string;
  name: string;
  communityCode: string;
  gridCode: string | null;
  values: Record<string, string>;
}

export { rowHash };

export function ageOn(birthDate: string | null | undefined, today: string): number | null {
  if (!birthDate) return null;
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function toFactRecords(rows: Awaited<ReturnType<typeof repo.factsOf>>): Map<number, FactRecord[]> {
  const out = new Map<number, FactRecord[]>();
  for (const r of rows) {
    const list = out.get(r.subject_id) ?? [];
    list.push({
      id: r.id,
      source: r.dataset_id ? `dataset:${r.dataset_id}` : 'collector',
      departmentKind: r.department_kind ?? null,
      observedAt: r.observed_at,
      values: JSON.parse(r.data) as Record<string, string | null>,
    });
    out.set(r.subject_id, list);
  }
  return out;
}

export class SubjectService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly dictionary: Dictionary,
  ) {}

  private get db() {
    return this.database.db;
  }

  /** The dataset with this code, created for the department when it does not exist yet. */
  ensureDataset(
    d: { code: string; name: string; departmentCode: string; subjectType: string; description: string },
    isDemo = true,
  ): Promise<number> {
    return repo.ensureDataset(this.db, { ...d, at: this.clock.nowIso(), isDemo });
  }

  /** Loads a department's base records (subjects and their facts) in bulk. */
  async loadBase(
    dataset: { code: string; name: string; departmentCode: string; description: string },
    records: BaseRecord[],
    observedAt: string,
    isDemo: boolean,
  ): Promise<number> {
    const at = this.clock.nowIso();
    const datasetId = await repo.ensureDataset(this.db, { ...dataset, subjectType: 'resident', at, isDemo });
    await repo.insertSubjects(this.database, records, at, isDemo);
    const facts: repo.FactSeed[] = [];
    for (const type of ['resident', 'household'] as const) {
      const ofType = records.filter((r) => r.type === type);
      const ids = await repo.subjectIds(
        this.db,
        type,
        ofType.map((r) => r.key),
      );
      for (const r of ofType) {
        facts.push({
          subjectId: ids.get(r.key)!,
          communityCode: r.communityCode,
          sourceKind: 'dataset',
          datasetId,
          importId: null,
          collectorId: null,
          observedAt,
          rowHash: rowHash(r.values),
          values: r.values,
        });
      }
    }
    return repo.insertFacts(this.database, facts);
  }

  /** The id of the subject with this key (a household number, an ID number), or null. */
  async idByKey(type: 'resident' | 'household', key: string): Promise<number | null> {
    return (await repo.subjectIds(this.db, type, [key])).get(key) ?? null;
  }

  /** A subject's community and district, for the privacy module's checks. */
  async whereIs(id: number) {
    const s = await repo.findSubject(this.db, id);
    return s
      ? {
          id: s.id,
          type: s.type,
          key: s.key,
          name: s.name,
          communityCode: s.community_code,
          districtCode: s.district_code,
        }
      : null;
  }

  /**
   * The current value and date of some elements of one subject, unmasked, for a caller that answers only
   * yes or no from them (数据代替证明) and records the read itself. Null: no such subject.
   */
  async currentFactsOf(id: number, elements: readonly string[]) {
    const s = await repo.findSubject(this.db, id);
    if (!s) return null;
    const records = toFactRecords(await repo.factsOf(this.db, [id])).get(id) ?? [];
    const cur = currentValues(records, await this.owners());
    const values: Record<string, { value: string | null; observedAt: string } | undefined> = {};
    for (const e of elements) {
      const c = cur[e];
      values[e] = c ? { value: c.value, observedAt: c.observedAt } : undefined;
    }
    return { communityCode: s.community_code, values };
  }

  private listRow(
    s: { id: number; type: string; key: string; name: string; community_code: string; grid_code: string | null },
    cur: Record<string, { value: string | null }>,
    today: string,
    clearAddress: boolean,
    gridNames: Map<string, string>,
  ) {
    const v = (code: string) => cur[code]?.value ?? null;
    const mobile = v('mobile');
    const address = v('residence_address') ?? v('family_address');
    return {
      id: s.id,
      type: s.type,
      key: s.type === 'resident' ? maskIdNumber(s.key) : s.key,
      name: s.name,
      communityCode: s.community_code,
      gridCode: s.grid_code,
      gridName: s.grid_code ? (gridNames.get(s.grid_code) ?? null) : null,
      gender: v('gender'),
      age: s.type === 'resident' ? ageOn(v('birth_date'), today) : null,
      mobile: mobile ? maskMobile(mobile) : null,
      householdNumber: v('household_number'),
      address: address && !clearAddress ? maskAddress(address) : address,
    };
  }

  /** A community's subjects, paged; ID numbers and phones masked. */
  async list(
    user: SessionUser,
    f: { community: string; type: string; q?: string; keys?: string[]; offset: number; limit: number },
  ) {
    const org = await this.orgs.require(f.community);
    if (!canSeeSubjectsOf(user, f.community))
      throw forbidden(
        user.role === 'department_officer' || user.role === 'resident' || user.role === 'reviewer'
          ? 'forbidden_role'
          : 'out_of_scope',
      );
    const { rows, total } = await repo.listSubjects(this.database, {
      type: f.type,
      [org.level === 'community' ? 'community' : 'within']: f.community,
      q: f.q,
      keys: f.keys,
      offset: f.offset,
      limit: f.limit,
    });
    const facts = toFactRecords(
      await repo.factsOf(
        this.db,
        rows.map((r) => r.id),
      ),
    );
    const owners = await this.owners();
    const today = this.clock.today();
    // Addresses in full only for the community's own workers; others see the area (privacy/masking.ts).
    const clearAddress = user.role === 'community_worker' && user.orgCode === f.community;
    // Grids by name (第1网格), not by their 15-digit code.
    const gridCodes = [...new Set(rows.map((r) => r.grid_code).filter((c): c is string => c !== null))];
    const gridNames = new Map((await this.orgs.findMany(gridCodes)).map((o) => [o.code, o.name]));
    return {
      items: rows.map((s) =>
        this.listRow(s, currentValues(facts.get(s.id) ?? [], owners), today, clearAddress, gridNames),
      ),
      total,
    };
  }

  private async owners() {
    const byCode = new Map((await this.dictionary.elements()).map((e) => [e.code, e.ownerDepartmentKind]));
    return (code: string) => byCode.get(code);
  }

  /** One subject: current value of each element with its source, conflicts and the full history. */
  async detail(user: SessionUser, id: number, opts: { clear?: boolean; self?: boolean } = {}) {
    const s = await repo.findSubject(this.db, id);
    if (!s) throw notFound('subject_not_found');
    // `self`: a resident reading their own linked record (privacy/me-service.ts checks the link).
    if (!opts.self && !canSeeSubjectsOf(user, s.community_code)) throw forbidden('out_of_scope');
    const rows = await repo.factsOf(this.db, [id]);
    const records = toFactRecords(rows).get(id) ?? [];
    const cur = currentValues(records, await this.owners());
    // `clear`: one record unmasked with a stated reason (audited by the caller's route).
    // The community's own worker sees the record, but ID number and phone only with a reason.
    const unmasked = opts.clear === true || seesUnmasked(user);
    const reader = { clear: unmasked, ownCommunity: isOwnWorker(user, s.community_code), departmentKind: null };
    const elements = new Map((await this.dictionary.elements()).map((e) => [e.code, e]));
    const names = new Map(
      rows.map((r) => [
        r.dataset_id ? `dataset:${r.dataset_id}` : 'collector',
        r.dataset_id ? `${r.department_name ?? ''} · ${r.dataset_name ?? ''}` : '社区采集',
      ]),
    );
    const shown = async (code: string, value: string | null) => {
      if (value === null) return null;
      const e = elements.get(code);
      return maskValue(e, e?.codeList ? await this.dictionary.codeName(code, value) : value, reader);
    };
    const facts = [];
    for (const [code, c] of Object.entries(cur)) {
      const e = elements.get(code);
      facts.push({
        element: code,
        name: e?.name ?? code,
        sensitivity: e?.sensitivity ?? 'internal',
        value: await shown(code, c.value),
        source: names.get(c.source) ?? c.source,
        authority: e?.sourceName ?? '',
        observedAt: c.observedAt,
        conflicts: await Promise.all(
          c.conflicts.map(async (x) => ({
            value: await shown(code, x.value),
            source: names.get(x.source) ?? x.source,
            observedAt: x.observedAt,
          })),
        ),
      });
    }
    facts.sort((a, b) => [...elements.keys()].indexOf(a.element) - [...elements.keys()].indexOf(b.element));
    return {
      id: s.id,
      type: s.type,
      key: unmasked || s.type !== 'resident' ? s.key : maskIdNumber(s.key),
      name: s.name,
      community: { code: s.community_code, name: (await this.orgs.find(s.community_code))?.name ?? s.community_code },
      gridCode: s.grid_code,
      masked: !unmasked,
      facts,
      history: rows.map((r) => ({
        id: r.id,
        source: names.get(r.dataset_id ? `dataset:${r.dataset_id}` : 'collector') ?? '',
        observedAt: r.observed_at,
        elements: Object.keys(JSON.parse(r.data) as object),
      })),
    };
  }

  // --- for staffing (定人定岗): counts only, never personal data ---

  /** Residents, households and people needing care per community under an org (the hub's counts). */
  async populationUnder(prefix: string): Promise<Map<string, { residents: number; households: number; care: number }>> {
    const [counts, care] = await Promise.all([
      repo.countByCommunity(this.db, prefix),
      repo.careByCommunity(this.db, prefix),
    ]);
    const out = new Map<string, { residents: number; households: number; care: number }>();
    const of = (c: string) => {
      let v = out.get(c);
      if (!v) out.set(c, (v = { residents: 0, households: 0, care: 0 }));
      return v;
    };
    for (const r of counts) {
      if (r.type === 'resident') of(r.community_code).residents = Number(r.n);
      if (r.type === 'household') of(r.community_code).households = Number(r.n);
    }
    for (const r of care) of(r.community_code).care = Number(r.n);
    return out;
  }

  /** Households per grid code of a community (null: in no grid). */
  async householdsPerGrid(community: string): Promise<Map<string | null, number>> {
    const rows = await repo.countByGrid(this.db, community);
    return new Map(rows.filter((r) => r.type === 'household').map((r) => [r.grid_code, Number(r.n)]));
  }

  /** Current values of every subject of one type in a community (what the plan reads: no masking leaves here). */
  private async currentOf(community: string, type: 'resident' | 'household') {
    const elements = new Map((await this.dictionary.elements()).map((e) => [e.code, e]));
    const owner = (e: string) => elements.get(e)?.ownerDepartmentKind;
    const [subjects, facts] = await Promise.all([
      repo.subjectsOfCommunity(this.db, community, type),
      repo.factsOfCommunity(this.db, community, type),
    ]);
    const records = new Map<number, FactRecord[]>();
    for (const r of facts) {
      const list = records.get(r.subject_id) ?? [];
      list.push({
        id: r.id,
        source: r.dataset_id ? `dataset:${r.dataset_id}` : 'collector',
        departmentKind: r.department_kind ?? null,
        observedAt: r.observed_at,
        values: JSON.parse(r.data) as Record<string, string | null>,
      });
      records.set(r.subject_id, list);
    }
    return subjects.map((x) => ({
      id: x.id,
      key: x.key,
      values: Object.fromEntries(
        Object.entries(currentValues(records.get(x.id) ?? [], owner)).map(([k, v]) => [k, v.value]),
      ) as Record<string, string | null>,
    }));
  }

  private async valuesOf(community: string) {
    const [households, residents] = await Promise.all([
      this.currentOf(community, 'household'),
      this.currentOf(community, 'resident'),
    ]);
    return { households, residents };
  }

  /**
   * A community's households as a grid plan needs them: the household number, the address (for the
   * building), its residents and counts of people needing care (living alone aged 60+, disabled, 低保).
   */
  async householdsForPlan(
    community: string,
  ): Promise<
    { key: string; address: string; residents: number; elderlyAlone: number; disabled: number; lowIncome: number }[]
  > {
    const { households, residents } = await this.valuesOf(community);
    const today = this.clock.today();
    const members = new Map<string, typeof residents>();
    for (const r of residents) {
      const h = r.values.household_number;
      if (!h) continue;
      const list = members.get(h);
      if (list) list.push(r);
      else members.set(h, [r]);
    }
    return households.map((h) => {
      const people = members.get(h.key) ?? [];
      return {
        key: h.key,
        address: h.values.family_address ?? people[0]?.values.residence_address ?? '',
        residents: people.length,
        elderlyAlone: people.filter(
          (p) => p.values.living_alone === 'true' && (ageOn(p.values.birth_date, today) ?? 0) >= 60,
        ).length,
        disabled: people.filter((p) => p.values.disability === 'true' || !!p.values.disability_category).length,
        lowIncome: h.values.dibao_household === 'true' ? people.length : 0,
      };
    });
  }

  /** Puts each household of a community and its members into a grid (an adopted grid plan). */
  async assignGrids(community: string, gridOf: ReadonlyMap<string, string>): Promise<void> {
    const { households, residents } = await this.valuesOf(community);
    const ids = new Map<string, number[]>();
    const put = (grid: string, id: number) => {
      const list = ids.get(grid);
      if (list) list.push(id);
      else ids.set(grid, [id]);
    };
    for (const h of households) {
      const grid = gridOf.get(h.key);
      if (grid) put(grid, h.id);
    }
    for (const r of residents) {
      const grid = r.values.household_number ? gridOf.get(r.values.household_number) : undefined;
      if (grid) put(grid, r.id);
    }
    for (const [grid, list] of ids) await repo.setGridCode(this.db, community, grid, list);
  }
}
