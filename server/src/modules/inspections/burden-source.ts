// This module's side of burden monitoring's port (burden/ports.ts): the planned visits burden derives its
// events from. Reads only.
import type { Database } from '../../db/database.js';
import type { InspectionBurdenSource } from '../burden/ports.js';
import * as repo from './repository.js';

export function inspectionBurdenSource(database: Database): InspectionBurdenSource {
  return { visits: (ids) => repo.inspectionVisits(database.db, ids) };
}
