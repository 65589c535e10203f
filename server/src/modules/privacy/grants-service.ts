// Access grants: a data steward grants a department access to data elements for a stated purpose,
// under one of the department's admission numbers, until a date no later than the admission's expiry.
// A form binds only granted elements; a ledger read shows only the columns granted today.
import type { Database } from '../../db/database.js';
import { codeWithin } from '#common/roles.js';
import { ProblemError, forbidden, invalid, notFound, type FieldError } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { AdmissionService } from '../admission/service.js';
import type { Dictionary } from '../hub/dictionary.js';
import type { OrgService } from '../orgs/service.js';
import * as repo from './grants-repository.js';
import type { Clock } from '../../clock/clock.js';

export interface GrantInput {
  departmentCode: string;
  elements: string[];
  purpose?: string;
  admissionNumber: string;
  expiresOn?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Elements a form reads: its columns and its filter; a derived age reads the birth date. */
export function elementsRead(columns: { element: string | null }[], filter: { element: string }[]): string[] {
  const read = [...columns.map((c) => c.element), ...filter.map((c) => c.element)]
    .filter((e): e is string => Boolean(e))
    .map((e) => (e === 'age' ? 'birth_date' : e));
  return [...new Set(read)];
}

export function grantView(g: repo.GrantRow, today: string) {
  const status = g.revoked_at ? 'revoked' : g.expires_on < today ? 'expired' : 'active';
  return {
    id: g.id,
    department: { code: g.department_code, name: g.department_name },
    elements: JSON.parse(g.elements) as string[],
    purpose: g.purpose,
    admission: {
      id: g.admission_id,
      number: g.admission_number,
      title: g.admission_title,
      expiryDate: g.admission_expiry,
    },
    expiresOn: g.expires_on,
    status: status as 'active' | 'expired' | 'revoked',
    grantedBy: g.granted_by_name,
    createdAt: g.created_at,
    revokedAt: g.revoked_at,
    isDemo: Boolean(g.is_demo),
  };
}

/** Field errors for the elements of a form (columns, filter; age reads the birth date) not in `granted`. */
export function ungrantedOf(
  granted: ReadonlySet<string>,
  columns: { element: string | null }[],
  filter: { element: string }[],
): FieldError[] {
  const errors: FieldError[] = [];
  const ok = (e: string) => granted.has(e === 'age' ? 'birth_date' : e);
  columns.forEach((c, i) => {
    if (c.element && !ok(c.element)) errors.push({ field: `columns.${i}.element`, reason: 'not_granted' });
  });
  filter.forEach((c, i) => {
    if (!ok(c.element)) errors.push({ field: `filter.${i}.element`, reason: 'not_granted' });
  });
  return errors;
}

export interface ActiveGrants {
  elements: Set<string>;
  /** The grant covering an element (the first in force), for the audit entry's purpose and number. */
  byElement: Map<string, { purpose: string; admissionNumber: string | null }>;
}

export class GrantService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly dictionary: Dictionary,
    private readonly admissions: AdmissionService,
    /** Departments are the orgs module's: read through its service. */
    private readonly orgs: OrgService,
  ) {}

  private get db() {
    return this.database.db;
  }

  /**
   * What a steward chooses from: the departments of a city or district within the steward's
   * jurisdiction and the admission numbers in force there.
   */
  async options(user: SessionUser, district: string, orgs: OrgService) {
    if (user.role !== 'data_steward') throw forbidden('forbidden_role');
    if (!codeWithin(district, user.orgCode)) throw forbidden('out_of_scope');
    const departments = (await orgs.departments(district)).filter((d) => d.active);
    const admissions = (await this.admissions.publicActive(district)).map((a) => ({
      number: a.number,
      title: a.title,
      kind: a.kind,
      department: a.department,
      expiryDate: a.expiryDate,
    }));
    return { departments: departments.map((d) => ({ code: d.code, name: d.name })), admissions };
  }

  async list(user: SessionUser) {
    const today = this.clock.today();
    if (user.role === 'department_officer' && user.departmentCode)
      return (await repo.listGrants(this.db, { departmentCode: user.departmentCode })).map((g) => grantView(g, today));
    if (user.role === 'data_steward' || user.role === 'admin' || user.role === 'reviewer')
      return (await repo.listGrants(this.db, { orgWithin: user.orgCode })).map((g) => grantView(g, today));
    throw forbidden('forbidden_role');
  }

  async create(user: SessionUser, input: GrantInput, opts: { isDemo?: boolean } = {}): Promise<number> {
    if (user.role !== 'data_steward') throw forbidden('forbidden_role');
    const today = this.clock.today();
    const errors: FieldError[] = [];
    const known = new Set((await this.dictionary.elements()).map((e) => e.code));
    const dept = await this.orgs.department(input.departmentCode);
    if (!dept) errors.push({ field: 'departmentCode', reason: 'unknown_department' });
    else if (!codeWithin(dept.orgCode, user.orgCode)) errors.push({ field: 'departmentCode', reason: 'out_of_scope' });
    if (input.elements.length === 0) errors.push({ field: 'elements', reason: 'required' });
    input.elements.forEach((e, i) => {
      if (!known.has(e)) errors.push({ field: `elements.${i}`, reason: 'invalid_value' });
    });
    const purpose = (input.purpose ?? '').trim();
    if (!purpose) errors.push({ field: 'purpose', reason: 'required' });
    const expiresOn = input.expiresOn ?? '';
    if (!expiresOn) errors.push({ field: 'expiresOn', reason: 'required' });
    else if (!DATE.test(expiresOn) || Number.isNaN(Date.parse(expiresOn)))
      errors.push({ field: 'expiresOn', reason: 'invalid_date' });
    else if (expiresOn < today) errors.push({ field: 'expiresOn', reason: 'grant_expiry_past' });
    const a = await this.admissions.viewByNumber(input.admissionNumber.trim());
    if (!a || (dept && a.department.code !== dept.code))
      errors.push({ field: 'admissionNumber', reason: 'invalid_value' });
    else {
      try {
        await this.admissions.requireUsable(a.id, a.department.code, today);
      } catch (err) {
        if (!(err instanceof ProblemError)) throw err;
        errors.push({ field: 'admissionNumber', reason: 'admission_not_usable' });
      }
      if (DATE.test(expiresOn) && expiresOn > a.expiryDate)
        errors.push({ field: 'expiresOn', reason: 'beyond_admission_expiry', params: { latest: a.expiryDate } });
    }
    if (errors.length || !a) throw invalid(errors);
    return repo.insertGrant(this.db, {
      departmentCode: input.departmentCode,
      elements: [...new Set(input.elements)],
      purpose,
      admissionId: a.id,
      expiresOn,
      by: user.id,
      at: this.clock.nowIso(),
      isDemo: opts.isDemo,
    });
  }

  async revoke(user: SessionUser, id: number) {
    if (user.role !== 'data_steward') throw forbidden('forbidden_role');
    const g = await repo.findGrant(this.db, id);
    if (!g) throw notFound('grant_not_found');
    if (!codeWithin(g.department_org, user.orgCode)) throw forbidden('out_of_scope');
    if (!g.revoked_at) await repo.revoke(this.db, id, user.id, this.clock.nowIso());
    return grantView((await repo.findGrant(this.db, id))!, this.clock.today());
  }

  /** What a department may read today. Expired or revoked grants count for nothing, at once. */
  async active(departmentCode: string, today = this.clock.today()): Promise<ActiveGrants> {
    const out: ActiveGrants = { elements: new Set(), byElement: new Map() };
    for (const g of await repo.activeGrants(this.db, departmentCode, today)) {
      for (const e of JSON.parse(g.elements) as string[]) {
        out.elements.add(e);
        if (!out.byElement.has(e)) out.byElement.set(e, { purpose: g.purpose, admissionNumber: g.admission_number });
      }
    }
    return out;
  }

  /** Field errors for the elements of a form its department holds no grant for. */
  async ungranted(
    departmentCode: string,
    columns: { element: string | null }[],
    filter: { element: string }[],
  ): Promise<FieldError[]> {
    return ungrantedOf((await this.active(departmentCode)).elements, columns, filter);
  }

  /**
   * The demo's grants: what a demo form reads, granted to its department under its admission (the
   * demo's forms are made to fit the rule they will be checked against).
   */
  async ensureDemoGrant(departmentCode: string, admissionId: number, elements: string[], purpose: string) {
    const { elements: have } = await this.active(departmentCode);
    const missing = elements.filter((e) => !have.has(e));
    if (missing.length === 0) return null;
    const a = await this.admissions.view(admissionId);
    if (!a) throw notFound('admission_not_found');
    const expiresOn = a.expiryDate < '2028-12-31' ? a.expiryDate : '2028-12-31';
    return repo.insertGrant(this.db, {
      departmentCode,
      elements: missing,
      purpose,
      admissionId,
      expiresOn,
      by: null,
      at: this.clock.nowIso(),
      isDemo: true,
    });
  }
}
