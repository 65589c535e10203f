// This module's side of burden monitoring's port (burden/ports.ts): the apps and groups in use burden
// derives its events from, and the texts its rebound alerts compare. Reads only.
import type { Database } from '../../db/database.js';
import type { AppBurdenSource } from '../burden/ports.js';
import * as repo from './repository.js';

export function appBurdenSource(database: Database): AppBurdenSource {
  return {
    uses: (ids) => repo.appUses(database.db, ids),
    texts: (within) => repo.appTexts(database.db, within),
  };
}
