// 从模板导入: a department's existing template (XLSX header, DOCX table, pasted header) becomes a form draft —
// every column bound as (relation, element) or marked form-only, the columns whose owner must bring its data
// first (回流), and how much of a chosen community's ledger the hub would already fill. Nothing is saved here
// but the labels the matcher was unsure of (the stewards' review queue); the form is saved by POST /forms.
import { codeWithin } from '#common/roles.js';
import type { Database } from '../../db/database.js';
import { forbidden, notFound } from '../../http/problem.js';
import type { Clock } from '../../clock/clock.js';
import type { SessionUser } from '../accounts/types.js';
import type { OrgService } from '../orgs/service.js';
import { communityValues } from './community-values.js';
import type { Dictionary } from './dictionary.js';
import { coverage, ledgerRow, type FormColumn } from './ledger.js';
import { backflowOwner, dataFirst, sourceElement } from './sources.js';
import type { SynonymService } from './synonyms-service.js';
import type { TemplateColumn } from './template-header.js';

export interface DraftInput {
  format: 'xlsx' | 'docx' | 'text';
  title: string;
  columns: TemplateColumn[];
  subjectType?: 'resident' | 'household';
  community?: string;
}

/** A form holds at most this many columns (the form contract's limit). */
const MAX_COLUMNS = 80;

export class TemplateService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly dictionary: Dictionary,
    private readonly synonyms: SynonymService,
  ) {}

  /** Who may bring a template in: those who define forms (departments) and the data stewards. */
  private mayImport(user: SessionUser) {
    if (user.role === 'department_officer' && user.departmentCode) return;
    if (user.role === 'data_steward') return;
    throw forbidden('forbidden_role');
  }

  async draft(user: SessionUser, input: DraftInput) {
    this.mayImport(user);
    const subjectType = input.subjectType ?? 'resident';
    const columns = input.columns.slice(0, MAX_COLUMNS);
    const found = await this.synonyms.match(
      columns.map((c) => c.label),
      { subject: subjectType },
    );
    await this.synonyms.queueUnsure(found);
    const elements = new Map((await this.dictionary.elements()).map((e) => [e.code, e]));
    const sourceOf = (element: string | null) => {
      const e = element ? elements.get(sourceElement(element)) : undefined;
      return e ? { kind: e.ownerDepartmentKind, name: e.sourceName, asksCommunity: backflowOwner(e) === null } : null;
    };
    const draft = columns.map((c, i) => ({
      label: c.label,
      groups: c.groups,
      element: found[i].element,
      relation: found[i].relation,
      name: found[i].name,
      score: found[i].score,
      alternatives: found[i].alternatives,
      source: sourceOf(found[i].element),
    }));
    // A column binds a person and a fact: 户主姓名 reads the householder's name through the household.
    const formColumns: FormColumn[] = draft.map((c) => ({ label: c.label, element: c.element, relation: c.relation }));
    const preview = input.community ? await this.preview(user, input.community, subjectType, formColumns) : null;
    // The department-owned columns: with a preview, those the community's ledger still lacks (their owner
    // brings them first, 回流); without one, all of them.
    const backflow = draft.flatMap((c, i) => {
      if (!c.element || c.relation !== null || !c.source || c.source.asksCommunity) return [];
      const per = preview?.coverage.perColumn[i];
      const missing = per ? per.of - per.known : null;
      if (missing === 0) return [];
      return [{ label: c.label, element: c.element, name: c.name ?? c.element, source: c.source.name, missing }];
    });
    return {
      format: input.format,
      title: input.title,
      subjectType,
      columns: draft,
      backflow,
      preview,
    };
  }

  /** The coverage a form of these columns would have in a community today (as GET /forms/:id/coverage counts it). */
  private async preview(user: SessionUser, community: string, subjectType: string, columns: FormColumn[]) {
    const org = await this.orgs.require(community);
    if (org.level !== 'community') throw notFound('org_not_found', community);
    if (!codeWithin(community, user.orgCode)) throw forbidden('out_of_scope');
    const all = await this.dictionary.elements();
    const byCode = new Map(all.map((e) => [e.code, e]));
    const owner = new Map(all.map((e) => [e.code, e.ownerDepartmentKind]));
    const households = new Set(all.filter((e) => e.subject === 'household').map((e) => e.code));
    const subjects = await communityValues(
      this.database.db,
      community,
      subjectType,
      (e) => owner.get(e),
      (e) => households.has(e),
    );
    const today = this.clock.today();
    const awaitsBackflow = (element: string) => {
      const e = byCode.get(sourceElement(element));
      return e !== undefined && backflowOwner(e) !== null;
    };
    // No filter yet: every subject of the type is a row (the editor adds the filter afterwards).
    const cells = subjects.map((s) => ledgerRow(columns, s.values, today, awaitsBackflow));
    const cov = coverage(columns, cells);
    const sources = columns.map((c) => {
      const e = c.element ? byCode.get(sourceElement(c.element)) : undefined;
      return e ? { kind: e.ownerDepartmentKind, name: e.sourceName, asksCommunity: backflowOwner(e) === null } : null;
    });
    return {
      community: { code: org.code, name: org.name },
      rows: cells.length,
      coverage: cov,
      sources,
      dataFirst: dataFirst(cov.perColumn, sources),
    };
  }
}
