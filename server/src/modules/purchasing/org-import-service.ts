// Importing a roster of social organisations from XLSX, or CSV in UTF-8/GBK (the hub's readers): a dry run
// reads every row and reports row errors with a preview; a commit registers every row in one transaction,
// or none when any row is bad (as for hub datasets and the community roster).
import type { OrgImportReply } from '#common/api/purchasing-catalogue.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { classifyDbError } from '../../db/errors.js';
import type { UploadedFile } from '../../http/multipart.js';
import { forbidden, invalid, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import { readRosterFile } from '../hub/roster-file.js';
import type { OrgService } from '../orgs/service.js';
import { duplicateCodes, orgHeader, orgRow } from './org-import.js';
import { canRegisterOrg } from './policy.js';
import * as repo from './repository.js';

/** A roster of a jurisdiction's organisations is hundreds of rows, not a dataset. */
export const MAX_ORG_IMPORT_ROWS = 5000;

export class OrgImportService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
  ) {}

  private get db() {
    return this.database.db;
  }

  async importFile(
    user: SessionUser,
    file: UploadedFile,
    opts: { jurisdictionCode?: string; commit?: boolean },
  ): Promise<OrgImportReply> {
    const jurisdictionCode = opts.jurisdictionCode ?? user.orgCode;
    if (!canRegisterOrg(user, jurisdictionCode)) throw forbidden('out_of_scope');
    if (!(await this.orgs.find(jurisdictionCode)))
      throw invalid([{ field: 'jurisdictionCode', reason: 'unknown_org' }]);
    const ctx = { jurisdictionCode, today: this.clock.today() };
    const { rows, bodies, errors } = await readRosterFile(file, {
      header: orgHeader,
      row: (rowNo, cells, columns) => orgRow(rowNo, cells, columns, ctx),
      maxRows: MAX_ORG_IMPORT_ROWS,
    });
    if (rows === 0 && errors.length === 0) throw problem('dataset_empty');
    errors.push(...duplicateCodes(bodies.map((b) => ({ row: b.row, creditCode: b.body.creditCode }))));
    for (const b of bodies)
      if (b.body.creditCode && (await repo.findOrgByCredit(this.db, b.body.creditCode)))
        errors.push({ row: b.row, field: 'creditCode', reason: 'already_registered' });
    errors.sort((a, b) => a.row - b.row);
    const write = (opts.commit ?? false) && errors.length === 0;
    if (write) {
      try {
        await this.database.transaction(async () => {
          const at = this.clock.nowIso();
          for (const { body } of bodies)
            await repo.insertOrg(this.db, {
              name: body.name,
              credit_code: body.creditCode ?? null,
              type: body.type,
              registered_with: body.registeredWith,
              jurisdiction_code: body.jurisdictionCode,
              grade: body.grade ?? null,
              graded_on: body.gradedOn ?? null,
              service_areas: JSON.stringify(body.serviceAreas),
              contact_name: body.contactName,
              contact_phone: body.contactPhone,
              created_by: user.id,
              created_at: at,
              is_demo: 0,
            });
        });
      } catch (e) {
        // Registered by someone else between the check and the write: nothing was written.
        if (classifyDbError(e) === 'unique') throw problem('credit_code_taken');
        throw e;
      }
    }
    return {
      rows,
      errors: errors.slice(0, 500),
      preview: bodies
        .slice(0, 200)
        .map((b) => ({ row: b.row, name: b.body.name, creditCode: b.body.creditCode ?? null, type: b.body.type })),
      imported: write ? bodies.length : 0,
      committed: write,
    };
  }
}
