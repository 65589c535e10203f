// Correction requests (更正申请, PIPL art. 46): a resident flags a fact about them as wrong; the
// request goes to the element's owner department (the source of truth), which accepts or rejects it.
import type { Database } from '../../db/database.js';
import { codeWithin } from '#common/roles.js';
import { forbidden, invalid, notFound, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { Dictionary } from '../hub/dictionary.js';
import type { SubjectService } from '../hub/subjects-service.js';
import type { MeService } from './me-service.js';
import type { Notifier } from '../notifications/ports.js';
import * as repo from './privacy-repository.js';
import type { Clock } from '../../clock/clock.js';
import type { CorrectionStatus } from '#common/api/privacy.js';

function view(c: NonNullable<repo.CorrectionRow>) {
  return {
    id: c.id,
    subject: { id: c.subject_id, name: c.subject_name, type: c.subject_type, communityCode: c.community_code },
    element: c.element_code,
    elementName: c.element_name ?? c.element_code,
    currentValue: c.current_value,
    proposedValue: c.proposed_value,
    note: c.note,
    department: { code: c.department_code, name: c.department_name },
    status: c.status as CorrectionStatus,
    createdAt: c.created_at,
    resolvedAt: c.resolved_at,
    resolution: c.resolution,
  };
}

export class CorrectionService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly dictionary: Dictionary,
    private readonly subjects: SubjectService,
    private readonly me: MeService,
    private readonly notifier: Notifier,
  ) {}

  private get db() {
    return this.database.db;
  }

  async create(
    user: SessionUser,
    input: { subjectId: number; element: string; proposedValue?: string; note?: string },
  ): Promise<number> {
    const data = await this.me.data(user);
    const subject = data.subjects.find((s) => s.id === input.subjectId);
    if (!subject) throw invalid([{ field: 'subjectId', reason: 'not_your_fact' }]);
    const fact = subject.facts.find((f) => f.element === input.element);
    if (!fact) throw invalid([{ field: 'element', reason: 'not_your_fact' }]);
    // A request that says neither the right value nor what is wrong gives the department nothing to check.
    if (!input.proposedValue?.trim() && !input.note?.trim())
      throw invalid([{ field: 'proposedValue', reason: 'correction_empty' }]);
    const e = (await this.dictionary.elements()).find((x) => x.code === input.element);
    const where = (await this.subjects.whereIs(input.subjectId))!;
    // The owner department of the district holds the truth; without one, the department behind the value.
    let department = `${where.districtCode}-${e?.ownerDepartmentKind ?? ''}`;
    if (!(await repo.departmentExists(this.db, department))) department = `${where.districtCode}-gongan`;
    return this.database.transaction(async () => {
      const id = await repo.insertCorrection(this.db, {
        subjectId: input.subjectId,
        districtCode: where.districtCode,
        element: input.element,
        currentValue: fact.value,
        proposedValue: (input.proposedValue ?? '').trim(),
        note: (input.note ?? '').trim(),
        departmentCode: department,
        by: user.id,
        at: this.clock.nowIso(),
      });
      // The department that holds the truth checks it; the message names the element, never the resident.
      await this.notifier.notify({
        kind: 'correction_request',
        to: { officersOf: [department] },
        params: { element: e?.name ?? input.element },
        link: '/corrections',
        subject: { type: 'correction', id },
      });
      return id;
    });
  }

  async mine(user: SessionUser) {
    if (user.role !== 'resident') throw forbidden('forbidden_role');
    return (await repo.listCorrections(this.db, { createdBy: user.id })).map((c) => view(c!));
  }

  /** A department's requests (its own); a data steward's within its jurisdiction. */
  async forDepartment(user: SessionUser) {
    if (user.role === 'department_officer' && user.departmentCode)
      return (await repo.listCorrections(this.db, { departmentCode: user.departmentCode })).map((c) => view(c!));
    if (user.role === 'data_steward')
      return (await repo.listCorrections(this.db, { orgWithin: user.orgCode })).map((c) => view(c!));
    throw forbidden('forbidden_role');
  }

  async resolve(user: SessionUser, id: number, r: { status: 'accepted' | 'rejected'; resolution?: string }) {
    const c = await repo.findCorrection(this.db, id);
    if (!c) throw notFound('correction_not_found');
    const own = user.role === 'department_officer' && user.departmentCode === c.department_code;
    const steward = user.role === 'data_steward' && codeWithin(c.department_org, user.orgCode);
    if (!own && !steward) throw forbidden(user.role === 'department_officer' ? 'out_of_scope' : 'forbidden_role');
    if (c.status !== 'open') throw problem('correction_closed');
    if (r.status === 'rejected' && !(r.resolution ?? '').trim())
      throw invalid([{ field: 'resolution', reason: 'required' }]);
    await repo.resolveCorrection(this.db, id, {
      status: r.status,
      resolution: (r.resolution ?? '').trim(),
      by: user.id,
      at: this.clock.nowIso(),
    });
    return view((await repo.findCorrection(this.db, id))!);
  }
}
