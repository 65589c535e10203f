// 数据代替证明: a department asks the hub a yes/no question about a resident (lives in community X, is a
// member of household Y, alive as of the last record) instead of sending her to the community for a
// certificate. Only with a grant covering the element read, or her stated consent; the route records the
// read in the audit trail, so she sees it in 谁查看了我的数据.
import type { Clock } from '../../clock/clock.js';
import { forbidden, invalid } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { SubjectService } from '../hub/subjects-service.js';
import type { GrantService } from '../privacy/grants-service.js';
import type { AttestBody } from '#common/api/certificates.js';
import { ATTEST_ELEMENT } from '#common/certificates.js';
import { parseIdNumber } from '#common/idcard.js';
import { codeWithin } from '#common/roles.js';
import { attestAnswer } from './attest.js';

export class AttestService {
  constructor(
    private readonly clock: Clock,
    private readonly subjects: SubjectService,
    private readonly grants: GrantService,
  ) {}

  async ask(user: SessionUser, body: AttestBody) {
    if (user.role !== 'department_officer' || !user.departmentCode) throw forbidden('forbidden_role');
    const idNumber = body.idNumber.trim().toUpperCase();
    const errors = [];
    if ('problem' in parseIdNumber(idNumber, this.clock.today()))
      errors.push({ field: 'idNumber', reason: 'invalid_format' });
    if (body.question === 'resides_in' && !body.community) errors.push({ field: 'community', reason: 'required' });
    if (body.question === 'household_member' && !body.householdNumber?.trim())
      errors.push({ field: 'householdNumber', reason: 'required' });
    if (body.basis === 'consent' && !body.consentRef?.trim()) errors.push({ field: 'consentRef', reason: 'required' });
    const element = ATTEST_ELEMENT[body.question];
    const grant = (await this.grants.active(user.departmentCode)).byElement.get(element);
    if (body.basis === 'grant' && !grant) errors.push({ field: 'basis', reason: 'not_granted' });
    if (errors.length) throw invalid(errors);

    const id = await this.subjects.idByKey('resident', idNumber);
    const found = id === null ? null : await this.subjects.currentFactsOf(id, [element]);
    // Outside the department's jurisdiction the hub does not answer (it is not its resident to ask about).
    const inScope = found && codeWithin(found.communityCode, user.orgCode) ? found : null;
    const { answer, asOf } = attestAnswer(
      { question: body.question, community: body.community, householdNumber: body.householdNumber },
      inScope && { communityCode: inScope.communityCode, value: inScope.values[element] },
    );
    const basis =
      body.basis === 'grant'
        ? `授权：${grant!.purpose}${grant!.admissionNumber ? `（${grant!.admissionNumber}）` : ''}`
        : `本人同意：${body.consentRef!.trim()}`;
    return {
      reply: { answer, asOf, question: body.question, basis },
      audit: {
        subjectIds: inScope && id !== null ? [id] : [],
        elements: [element],
        purpose: body.purpose.trim(),
        admissionNumber: body.basis === 'grant' ? (grant!.admissionNumber ?? undefined) : undefined,
        orgCode: inScope?.communityCode ?? user.orgCode,
        detail: JSON.stringify({ question: body.question, answer, basis: body.basis }),
      },
    };
  }
}
