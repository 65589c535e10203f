// Retention: when a department withdraws a dataset, the facts that came from it go, and the subjects
// that only it held; the audit trail of who read them stays (it is the record of what happened).
import fs from 'node:fs';
import type { Database } from '../../db/database.js';
import { stagedFile } from '../hub/import-rows.js';
import { codeWithin } from '#common/roles.js';
import { forbidden, notFound, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import * as repo from './privacy-repository.js';
import type { Clock } from '../../clock/clock.js';

export class RetentionService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  async withdraw(user: SessionUser, datasetId: number) {
    if (user.role !== 'data_steward') throw forbidden('forbidden_role');
    const d = await repo.findDataset(this.database.db, datasetId);
    if (!d) throw notFound('dataset_not_found');
    if (!codeWithin(d.org_code, user.orgCode)) throw forbidden('out_of_scope');
    if (d.withdrawn_at) throw problem('dataset_withdrawn', { detail: d.name });
    const r = await repo.withdrawDataset(this.database, datasetId, this.clock.nowIso());
    // Rows a dry run validated but nobody committed are the dataset's data too: they go with it.
    for (const file of await repo.importFiles(this.database.db, datasetId))
      fs.rmSync(stagedFile(file), { force: true });
    return {
      dataset: { id: d.id, code: d.code, name: d.name },
      factsRemoved: r.facts,
      subjectsRemoved: r.subjects,
      districtCode: d.org_code.slice(0, 6),
    };
  }
}
