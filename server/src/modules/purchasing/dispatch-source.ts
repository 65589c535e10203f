// This module's side of dispatch's port (dispatch/ports.ts): a dispatch under an admitted item that a contract
// in its term covers for a community goes to the contracted organisation (the earliest such contract). Reads only.
import type { Database } from '../../db/database.js';
import type { Handler, PurchasedWork } from '../dispatch/ports.js';
import * as repo from './repository.js';

export function purchasedWork(database: Database): PurchasedWork {
  return {
    async handlers(admissionId, communities, today) {
      const out = new Map<string, Handler>();
      for (const c of await repo.contractsOfAdmissions(database.db, [admissionId])) {
        if (today < c.start_date || today > c.end_date) continue;
        for (const code of JSON.parse(c.communities) as string[])
          if (communities.includes(code) && !out.has(code))
            out.set(code, { socialOrgId: c.social_org_id, contractId: c.id });
      }
      return out;
    },
    orgOfUser: (userId) => repo.orgOfUser(database.db, userId),
    accountsOf: (ids) => repo.accountsOfOrgs(database.db, ids),
    async names(ids) {
      return new Map((await repo.orgsByIds(database.db, ids)).map((o) => [o.id, o.name]));
    },
  };
}
