// The notification centre's RecipientDirectory over the accounts: who an event concerns, as enabled accounts.
import { parentCodeOf } from '#common/orgs.js';
import type { Database } from '../../db/database.js';
import type { RecipientDirectory, Recipients } from '../notifications/ports.js';
import * as repo from './repository.js';

/** A code and every ancestor of it (a reviewer of the district or the city is "over" a community). */
function codeAndAncestors(code: string): string[] {
  const out: string[] = [];
  for (let c: string | null = code; c; c = parentCodeOf(c)) out.push(c);
  return out;
}

export function accountRecipients(database: Database): RecipientDirectory {
  return {
    resolve: (to: Recipients) =>
      repo.recipients(database.db, {
        ids: to.users ?? [],
        communities: to.workersOf ?? [],
        departments: to.officersOf ?? [],
        reviewersOver: to.reviewersOver ? codeAndAncestors(to.reviewersOver) : [],
      }),
  };
}
