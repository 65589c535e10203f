// Forms and ledgers: a department defines a form over data elements, linked to an admission of kind
// ledger; the hub generates each community's ledger from current facts, nobody fills it in.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { SECONDS_PER_LEDGER_CELL } from '#common/admission.js';
import { codeWithin } from '#common/roles.js';
import type { Database } from '../../db/database.js';
import { forbidden, invalid, notFound, type FieldError, problem } from '../../http/problem.js';
import { mayUnmask } from './policy.js';
import { isRelation } from '#common/relations.js';
import type { SessionUser } from '../accounts/types.js';
import type { AdmissionService } from '../admission/service.js';
import { inAdmissionScope, scopeReaches } from '../admission/usable.js';
import type { OrgService } from '../orgs/service.js';
import { ungrantedOf, type ActiveGrants, type GrantService } from '../privacy/grants-service.js';
import { departmentKindOf, maskValue } from '../privacy/masking.js';
import { formValues, type CommunitySubject } from './community-values.js';
import type { Dictionary } from './dictionary.js';
import * as repo from './forms-repository.js';
import {
  coverage,
  elementsOf,
  ledgerRow,
  matches,
  narrowing,
  type Condition,
  type FormColumn,
  type LedgerCell,
} from './ledger.js';
import { communitiesWithSubjects } from './subjects-repository.js';
import { backflowOwner, dataFirst, sourceElement, sourceName } from './sources.js';
import type { Clock } from '../../clock/clock.js';

/** Hours of typing a number of ledger cells at the Standard Cost Model's 30 s a cell, to a tenth. */
const hoursOf = (cells: number) => Math.round((cells * SECONDS_PER_LEDGER_CELL) / 360) / 10;

export interface Backflow {
  source: { kind: string; name: string };
  /** Facts missing in all (a subject's element once). */
  missing: number;
  /** The hours communities would have spent typing them (30 s a cell): the department's backlog, not theirs. */
  hours: number;
  ledgers: number;
  communities: {
    community: { code: string; name: string };
    missing: number;
    hours: number;
    elements: { code: string; name: string; missing: number }[];
    forms: string[];
  }[];
}

export interface FormInput {
  title: string;
  subjectType: 'resident' | 'household';
  admissionId: number | null;
  filter: Condition[];
  /** As the API receives them: a relation is checked (validate) before it is stored. */
  columns: (Omit<FormColumn, 'relation'> & { relation?: string | null })[];
}

/**
 * What serving a form reads of it, once per request: its columns and its department's grants in force
 * today (issuable, granted and the form's view all ask for them).
 */
interface FormReads {
  columns: FormColumn[];
  grants: ActiveGrants;
}

/** The columns once checked: a relation is one of the vocabulary, on a column that names a fact. */
const checkedColumns = (input: FormInput): FormColumn[] =>
  input.columns.map((c) => ({
    label: c.label,
    element: c.element,
    relation: c.element && isRelation(c.relation) ? c.relation : null,
  }));

export class FormService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly dictionary: Dictionary,
    private readonly admissions: AdmissionService,
    private readonly grants: GrantService,
  ) {}

  private get db() {
    return this.database.db;
  }

  async create(user: SessionUser, input: FormInput, opts: { isDemo?: boolean } = {}): Promise<number> {
    const departmentCode = await this.validate(user, input);
    return repo.insertForm(this.db, {
      ...input,
      columns: checkedColumns(input),
      title: input.title.trim(),
      departmentCode,
      by: user.id,
      at: this.clock.nowIso(),
      isDemo: opts.isDemo,
    });
  }

  /** Edits a form of the user's own department, checked exactly as a new one (grants, admission of kind ledger). */
  async update(user: SessionUser, formId: number, input: FormInput): Promise<void> {
    if (user.role !== 'department_officer' || !user.departmentCode) throw forbidden('forbidden_role');
    const f = await repo.findForm(this.db, formId);
    if (!f) throw notFound('form_not_found');
    if (f.department_code !== user.departmentCode) throw forbidden('out_of_scope');
    await this.validate(user, input);
    await repo.updateForm(this.database, formId, {
      ...input,
      columns: checkedColumns(input),
      title: input.title.trim(),
      at: this.clock.nowIso(),
    });
  }

  /** The rules a form definition must meet; returns the owning department. */
  private async validate(user: SessionUser, input: FormInput): Promise<string> {
    if (user.role !== 'department_officer' || !user.departmentCode) throw forbidden('forbidden_role');
    const elements = new Map((await this.dictionary.elements()).map((e) => [e.code, e]));
    const errors: FieldError[] = [];
    if (!input.title.trim()) errors.push({ field: 'title', reason: 'required' });
    if (input.columns.length === 0) errors.push({ field: 'columns', reason: 'required' });
    input.columns.forEach((c, i) => {
      if (!c.label.trim()) errors.push({ field: `columns.${i}.label`, reason: 'required' });
      if (c.element && !elements.has(c.element))
        errors.push({ field: `columns.${i}.element`, reason: 'invalid_value' });
      // Another person's fact needs the fact: a relation alone binds nothing.
      if (c.relation && (!c.element || !isRelation(c.relation)))
        errors.push({ field: `columns.${i}.relation`, reason: 'invalid_value' });
    });
    input.filter.forEach((c, i) => {
      if (!elements.has(c.element)) errors.push({ field: `filter.${i}.element`, reason: 'invalid_value' });
    });
    if (input.admissionId) {
      const a = await this.admissions.view(input.admissionId);
      if (!a || a.department.code !== user.departmentCode || a.kind !== 'ledger')
        errors.push({ field: 'admissionId', reason: 'invalid_value' });
    }
    // A form binds only what its department has been granted (个人信息保护: purpose and admission).
    if (!errors.length)
      errors.push(...(await this.grants.ungranted(user.departmentCode, checkedColumns(input), input.filter)));
    if (errors.length) throw invalid(errors);
    return user.departmentCode;
  }

  private async columnsOf(formId: number): Promise<FormColumn[]> {
    return (await repo.columnsOf(this.db, [formId])).map((c) => ({
      label: c.label,
      element: c.element_code,
      ...(c.element_code && isRelation(c.relation) ? { relation: c.relation } : {}),
    }));
  }

  private async reads(f: repo.FormRow): Promise<FormReads> {
    const [columns, grants] = await Promise.all([this.columnsOf(f.id), this.grants.active(f.department_code)]);
    return { columns, grants };
  }

  /** Whether the form may be issued to communities today: a valid admission of kind ledger, and grants. */
  private async issuable(f: repo.FormRow, reads?: FormReads) {
    if (!f.admission_id) return { ok: false as const, scope: null };
    const r = reads ?? (await this.reads(f));
    // Issued only while its department holds grants for everything it reads (privacy).
    if (ungrantedOf(r.grants.elements, r.columns, JSON.parse(f.filter) as Condition[]).length)
      return { ok: false as const, scope: null };
    try {
      const a = await this.admissions.requireUsable(f.admission_id, f.department_code, this.clock.today(), 'ledger');
      return { ok: true as const, scope: { ...a.scope, jurisdiction: a.jurisdiction.code } };
    } catch {
      return { ok: false as const, scope: null };
    }
  }

  private async view(f: repo.FormRow, issued?: Awaited<ReturnType<FormService['issuable']>>, reads?: FormReads) {
    const r = reads ?? (await this.reads(f));
    const iss = issued ?? (await this.issuable(f, r));
    return {
      id: f.id,
      title: f.title,
      department: { code: f.department_code, name: f.department_name },
      subjectType: f.subject_type as 'resident' | 'household',
      admissionId: f.admission_id,
      admissionNumber: f.admission_number,
      issuable: iss.ok,
      filter: JSON.parse(f.filter) as Condition[],
      columns: r.columns,
      isDemo: Boolean(f.is_demo),
    };
  }

  /** One form of the user's own department (what its editor is shown after a save). */
  async one(user: SessionUser, formId: number) {
    const f = await repo.findForm(this.db, formId);
    if (!f) throw notFound('form_not_found');
    if (user.role !== 'department_officer' || f.department_code !== user.departmentCode)
      throw forbidden('out_of_scope');
    return this.view(f);
  }

  /** Forms a user may see: a department its own; a community (and its street) the ones issued to it. */
  async list(user: SessionUser) {
    if (user.role === 'department_officer' && user.departmentCode) {
      return Promise.all(
        (await repo.listForms(this.db, { departmentCode: user.departmentCode })).map((f) => this.view(f)),
      );
    }
    if (['reviewer', 'data_steward', 'admin'].includes(user.role)) {
      // Overseers see the forms of departments above them and within their jurisdiction: a city
      // steward sees 蜀山区民政局's forms, a district reviewer the city's and its own district's.
      const all = await repo.listForms(this.db, {});
      const mine = all.filter((f) => codeWithin(f.org_code, user.orgCode) || codeWithin(user.orgCode, f.org_code));
      return Promise.all(mine.map((f) => this.view(f)));
    }
    const ancestors = [user.orgCode.slice(0, 4), user.orgCode.slice(0, 6)];
    const all = await repo.listForms(this.db, { orgWithin: ancestors.filter((a) => a.length <= user.orgCode.length) });
    if (user.role !== 'community_worker' && user.role !== 'street_officer') throw forbidden('forbidden_role');
    // Only the forms issued here: an admission of kind ledger in force whose scope reaches the community
    // (or, for a street, one of its communities).
    const issued = await Promise.all(
      all.map(async (f) => {
        const reads = await this.reads(f);
        return { f, reads, iss: await this.issuable(f, reads) };
      }),
    );
    return Promise.all(
      issued
        .filter(({ iss }) => iss.ok && iss.scope && scopeReaches(iss.scope, iss.scope.jurisdiction, user.orgCode))
        .map(({ f, iss, reads }) => this.view(f, iss, reads)),
    );
  }

  private async access(user: SessionUser, formId: number, community: string) {
    const f = await repo.findForm(this.db, formId);
    if (!f) throw notFound('form_not_found');
    const org = await this.orgs.require(community);
    if (org.level !== 'community') throw notFound('org_not_found', community);
    const own = user.role === 'department_officer' && user.departmentCode === f.department_code;
    const reads = await this.reads(f);
    const iss = await this.issuable(f, reads);
    const issuedHere = iss.ok && iss.scope && inAdmissionScope(iss.scope, iss.scope.jurisdiction, community);
    const local =
      (user.role === 'community_worker' && user.orgCode === community) ||
      (user.role === 'street_officer' && codeWithin(community, user.orgCode));
    const overseer = ['reviewer', 'data_steward', 'admin'].includes(user.role) && codeWithin(community, user.orgCode);
    if (own) {
      if (!codeWithin(community, f.org_code)) throw forbidden('out_of_scope');
    } else if (local) {
      if (!issuedHere) throw problem('form_not_issued', { detail: f.title });
    } else if (!overseer) {
      throw forbidden(user.role === 'department_officer' ? 'out_of_scope' : 'forbidden_role');
    }
    return { f, org, own, reads, iss };
  }

  /**
   * The columns a ledger read shows today: those its department holds a current grant for. An
   * expired or revoked grant withholds its columns at once; a filter over ungranted data is refused.
   */
  private granted(f: repo.FormRow, reads: FormReads) {
    const all = reads.columns;
    const g = reads.grants;
    const ok = (e: string) => g.elements.has(e === 'age' ? 'birth_date' : e);
    const filter = JSON.parse(f.filter) as Condition[];
    if (filter.some((c) => !ok(c.element))) throw problem('not_granted', { detail: f.title });
    const shown = all.filter((c) => !c.element || ok(c.element));
    const withheld = all.filter((c) => c.element && !ok(c.element));
    const used = shown.map((c) => c.element).filter((e): e is string => e !== null);
    const covering = used.map((e) => g.byElement.get(e === 'age' ? 'birth_date' : e)).filter((x) => x !== undefined);
    return {
      shown,
      withheld,
      granted: g.elements,
      purpose: [...new Set(covering.map((c) => c.purpose))].join('；'),
      grantNumbers: [...new Set(covering.map((c) => c.admissionNumber).filter((n): n is string => Boolean(n)))],
    };
  }

  /**
   * The subjects a form selects in a community and their cells. The database reads only the subjects the
   * filter may select and only the elements the form reads (formValues); the exact rules (current
   * values, filter, cells) then run here, so the answer is the one the whole community would give.
   * `only` keeps the columns of some elements (a 回流 count reads a department's own columns).
   */
  private async rows(
    f: repo.FormRow,
    community: string,
    only?: (element: string) => boolean,
    reads?: FormReads,
  ): Promise<{ subjects: CommunitySubject[]; cells: LedgerCell[][]; columns: FormColumn[] }> {
    const elements = await this.dictionary.elements();
    const owner = new Map(elements.map((e) => [e.code, e.ownerDepartmentKind]));
    const byCode = new Map(elements.map((e) => [e.code, e]));
    // A gap in a department's element waits for that department (回流); the community is not asked for it.
    const awaitsBackflow = (element: string) => {
      const e = byCode.get(sourceElement(element));
      return e !== undefined && backflowOwner(e) !== null;
    };
    const householdElements = new Set(elements.filter((e) => e.subject === 'household').map((e) => e.code));
    const isHousehold = (e: string) => householdElements.has(e);
    const today = this.clock.today();
    const filter = JSON.parse(f.filter) as Condition[];
    const shown = this.granted(f, reads ?? (await this.reads(f))).shown;
    const columns = only ? shown.filter((c) => c.element !== null && only(c.element)) : shown;
    const resident = f.subject_type === 'resident';
    const all = await formValues(this.database, {
      community,
      type: f.subject_type,
      elements: elementsOf(columns, filter),
      householder: new Set(
        columns.flatMap((c) =>
          c.relation === 'householder' && c.element ? [c.element === 'age' ? 'birth_date' : c.element] : [],
        ),
      ),
      // A resident takes a household's value (是否低保户) when she has none: not narrowed in SQL.
      narrowing: narrowing(filter, today, (e) => resident && e !== 'household_number' && isHousehold(e)),
      ownerOf: (e) => owner.get(e),
      isHouseholdElement: isHousehold,
    });
    const subjects = all.filter((s) => matches(s.values, filter, today));
    return { subjects, columns, cells: subjects.map((s) => ledgerRow(columns, s.values, today, awaitsBackflow)) };
  }

  /** Masking by sensitivity (privacy/masking.ts): the own community sees all, others what they are granted. */
  private async masker(user: SessionUser, unmasked: boolean, granted: ReadonlySet<string>, own: boolean) {
    const elements = new Map((await this.dictionary.elements()).map((e) => [e.code, e]));
    const reader = {
      clear: unmasked,
      departmentKind: user.role === 'department_officer' ? departmentKindOf(user.departmentCode) : null,
      granted: own ? granted : undefined,
    };
    return (element: string | null, value: string | null) =>
      element ? maskValue(elements.get(element), value, reader) : value;
  }

  /** Code lists show their names, yes/no shows 是/否: a ledger is read by people. */
  private async display(): Promise<(element: string | null, value: string | null) => string | null> {
    const byCode = new Map((await this.dictionary.elements()).map((e) => [e.code, e]));
    const lists = new Map<string, Map<string, string>>();
    for (const l of await this.dictionary.codeLists()) {
      const names = new Map<string, string>();
      for (const i of l.items) if (!names.has(i.code)) names.set(i.code, i.name);
      if (!lists.has(l.id)) lists.set(l.id, names);
    }
    return (element, value) => {
      if (!element || value === null) return value;
      const e = byCode.get(element);
      if (e?.type === 'boolean') return value === 'true' ? '是' : '否';
      return (e?.codeList ? lists.get(e.codeList)?.get(value) : undefined) ?? value;
    };
  }

  /** A community's ledger: the subjects the filter selects, the cells the hub fills, what is missing. */
  async ledger(user: SessionUser, formId: number, community: string) {
    const { f, org, own, reads, iss } = await this.access(user, formId, community);
    const { subjects, cells, columns } = await this.rows(f, community, undefined, reads);
    const g = this.granted(f, reads);
    const mask = await this.masker(
      user,
      user.role === 'community_worker' && user.orgCode === community,
      g.granted,
      own,
    );
    const show = await this.display();
    // Coverage counts the cells' states before their values are shown and masked in place (a 12,504-row
    // ledger has 137,544 cells: copying them cost more than computing them).
    const cov = coverage(columns, cells);
    const rows = subjects.map((s, i) => {
      const row = cells[i];
      for (let j = 0; j < row.length; j++)
        row[j].value = mask(columns[j].element, show(columns[j].element, row[j].value));
      return { subjectId: s.id, cells: row };
    });
    return {
      form: await this.view(f, iss, reads),
      community: { code: org.code, name: org.name },
      columns,
      rows,
      coverage: cov,
      sources: await this.columnSources(columns),
      withheld: g.withheld,
      purpose: g.purpose,
      grantAdmissionNumbers: g.grantNumbers,
    };
  }

  /** One ledger row without masking: the caller states a reason and the read is audited (privacy). */
  async ledgerRowClear(user: SessionUser, formId: number, community: string, subjectId: number) {
    const { f, own, reads } = await this.access(user, formId, community);
    if (!mayUnmask(user, community, own)) throw forbidden('forbidden_role');
    const { subjects, cells, columns } = await this.rows(f, community, undefined, reads);
    const i = subjects.findIndex((s) => s.id === subjectId);
    if (i < 0) throw notFound('subject_not_found');
    const show = await this.display();
    return {
      form: { id: f.id, title: f.title, admissionNumber: f.admission_number },
      subjectId,
      columns,
      cells: cells[i].map((c, j) => ({ state: c.state, value: show(columns[j].element, c.value) })),
    };
  }

  /**
   * For burden monitoring: per community, the ledger cells it still has to fill itself (cells the hub
   * does not know, and form-only columns) over the forms issued under an admission. Communities the hub
   * holds no subjects for are left out (their burden stays the application's estimate); null without a form.
   */
  async cellsToFill(admissionId: number, communities: string[]): Promise<Map<string, number> | null> {
    const forms = await repo.formsOfAdmission(this.db, admissionId);
    if (forms.length === 0) return null;
    const out = new Map<string, number>();
    for (const f of forms) {
      const reads = await this.reads(f);
      for (const c of communities) {
        const { cells } = await this.rows(f, c, undefined, reads);
        if (cells.length === 0) continue;
        // A department's gap is its own 回流 backlog, not cells the community types.
        const open = cells.reduce(
          (n, row) => n + row.filter((x) => x.state !== 'known' && x.state !== 'backflow').length,
          0,
        );
        out.set(c, (out.get(c) ?? 0) + open);
      }
    }
    return out;
  }

  /**
   * A department's 回流 tasks: per community of its district, the facts it is the source of that ledgers in
   * force there lack (each subject and element once, however many ledgers ask), with the elements and
   * ledgers concerned. Its own work, never the community worker's.
   */
  async backflow(departmentCode: string): Promise<Backflow> {
    const district = departmentCode.split('-')[0];
    const kind = departmentKindOf(departmentCode) ?? '';
    const elements = new Map((await this.dictionary.elements()).map((e) => [e.code, e]));
    const ownedHere = (e: string | null) => {
      const el = e === null ? undefined : elements.get(sourceElement(e));
      return el !== undefined && backflowOwner(el) === kind;
    };
    const forms = await repo.listForms(this.db, { orgWithin: [district.slice(0, 4), district] });
    const per = new Map<string, { facts: Set<string>; elements: Map<string, Set<number>>; forms: Set<string> }>();
    for (const f of forms) {
      const reads = await this.reads(f);
      const iss = await this.issuable(f, reads);
      if (!iss.ok || !iss.scope) continue;
      if (!reads.columns.some((c) => ownedHere(c.element))) continue;
      const communities = (await communitiesWithSubjects(this.database, district, f.subject_type)).filter((c) =>
        inAdmissionScope(iss.scope, iss.scope.jurisdiction, c),
      );
      for (const c of communities) {
        // Only the department's own columns are read: a gap elsewhere is not its 回流 work.
        const { cells, columns, subjects } = await this.rows(f, c, ownedHere, reads).catch(() => ({
          cells: [],
          columns: [],
          subjects: [],
        }));
        cells.forEach((row, i) =>
          row.forEach((cell, j) => {
            const element = columns[j].element;
            if (cell.state !== 'backflow' || !element || !ownedHere(element)) return;
            const code = sourceElement(element);
            const p = per.get(c) ?? { facts: new Set(), elements: new Map(), forms: new Set() };
            p.facts.add(`${subjects[i].id}:${code}`);
            p.elements.set(code, (p.elements.get(code) ?? new Set()).add(subjects[i].id));
            p.forms.add(f.title);
            per.set(c, p);
          }),
        );
      }
    }
    const communities = [];
    for (const [code, p] of per) {
      communities.push({
        community: { code, name: (await this.orgs.find(code))?.name ?? code },
        missing: p.facts.size,
        hours: hoursOf(p.facts.size),
        elements: [...p.elements].map(([e, ids]) => ({ code: e, name: elements.get(e)?.name ?? e, missing: ids.size })),
        forms: [...p.forms],
      });
    }
    communities.sort((a, b) => b.missing - a.missing || a.community.code.localeCompare(b.community.code));
    const ledgers = new Set(communities.flatMap((c) => c.forms)).size;
    const missing = communities.reduce((n, c) => n + c.missing, 0);
    return {
      source: { kind, name: sourceName(kind) },
      missing,
      hours: hoursOf(missing),
      ledgers,
      communities,
    };
  }

  /** How many ledgers in force in a department's district have a gap it is the source of (its 回流 work). */
  async ledgersWithGapsOwnedBy(departmentCode: string): Promise<number> {
    return (await this.backflow(departmentCode)).ledgers;
  }

  /** The source of each column as a ledger prints it (null: a form-only column). */
  async columnSources(columns: FormColumn[]) {
    const elements = new Map((await this.dictionary.elements()).map((e) => [e.code, e]));
    return columns.map((c) => {
      const e = c.element ? elements.get(sourceElement(c.element)) : undefined;
      if (!e) return null;
      return { kind: e.ownerDepartmentKind, name: e.sourceName, asksCommunity: backflowOwner(e) === null };
    });
  }

  async coverage(user: SessionUser, formId: number, community: string) {
    const { f, org, reads } = await this.access(user, formId, community);
    const { cells, columns } = await this.rows(f, community, undefined, reads);
    const elements = new Map((await this.dictionary.elements()).map((e) => [e.code, e]));
    const cov = coverage(columns, cells);
    const sources = await this.columnSources(columns);
    return {
      community: { code: org.code, name: org.name },
      rows: cells.length,
      columns: columns.map((c) => ({
        label: c.label,
        element: c.element,
        elementName: c.element ? (elements.get(c.element)?.name ?? c.element) : null,
        fromHub: c.element !== null,
      })),
      coverage: cov,
      sources,
      // 费随事转 for data: mostly the departments' columns, not yet imported — they bring their data first.
      dataFirst: dataFirst(cov.perColumn, sources),
    };
  }

  /** XLSX in the form's column order with a title row: one community, or all of the department's. */
  async ledgerXlsx(
    user: SessionUser,
    formId: number,
    community?: string,
  ): Promise<{ filename: string; body: Buffer; subjectIds: number[]; elements: string[]; purpose: string }> {
    const f = await repo.findForm(this.db, formId);
    if (!f) throw notFound('form_not_found');
    let communities: string[];
    if (community) communities = [community];
    else {
      if (!(user.role === 'department_officer' && user.departmentCode === f.department_code))
        throw forbidden('forbidden_role');
      communities = await communitiesWithSubjects(this.database, f.org_code, f.subject_type);
    }
    const g = this.granted(f, await this.reads(f));
    const columns = g.shown;
    const subjectIds: number[] = [];
    const multi = communities.length > 1 || !community;
    const headers = [...(multi ? ['社区'] : []), ...columns.map((c) => c.label)];
    // ExcelJS's streaming writer: each row is written out as it is added, not kept in a workbook model.
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    wb.creator = 'Jianfu 减负';
    const ws = wb.addWorksheet(f.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 2 }] });
    ws.columns = headers.map((h) => ({ width: Math.max(8, Math.min(30, h.length * 2 + 6)) }));
    const title = ws.addRow([
      `${f.title}（${community ? ((await this.orgs.find(community))?.name ?? community) : `${f.department_name}辖区全部社区`}，${this.clock.today()} 由系统生成）`,
    ]);
    title.getCell(1).font = { bold: true, size: 14 };
    ws.mergeCells(1, 1, 1, headers.length);
    title.commit();
    const head = ws.addRow(headers);
    head.font = { bold: true };
    head.commit();
    const show = await this.display();
    for (const c of communities) {
      const { own, org, reads } = await this.access(user, formId, c);
      const mask = await this.masker(user, user.role === 'community_worker' && user.orgCode === c, g.granted, own);
      const { cells, subjects } = await this.rows(f, c, undefined, reads);
      subjectIds.push(...subjects.map((s) => s.id));
      let n = 0;
      for (const row of cells) {
        n++;
        const values = row.map((cell, j) =>
          columns[j].label === '序号' ? n : mask(columns[j].element, show(columns[j].element, cell.value)),
        );
        ws.addRow([...(multi ? [org.name] : []), ...values]).commit();
      }
    }
    ws.commit();
    const done = new Promise<void>((resolve, reject) => {
      out.on('end', resolve);
      out.on('error', reject);
    });
    await wb.commit();
    await done;
    const body = Buffer.concat(chunks);
    return {
      filename: `${f.title}${community ? '' : '-全部社区'}.xlsx`,
      body,
      subjectIds,
      elements: columns.map((c) => c.element).filter((e): e is string => e !== null),
      purpose: g.purpose,
    };
  }
}
