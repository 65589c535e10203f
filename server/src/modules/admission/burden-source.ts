// This module's side of burden monitoring's port (burden/ports.ts): the admissions and amendments burden
// derives its events from, and the texts its rebound alerts compare. Reads only; burden writes nothing here.
import type { Database } from '../../db/database.js';
import type { AdmissionBurdenSource } from '../burden/ports.js';
import * as repo from './repository.js';

export function admissionBurdenSource(database: Database): AdmissionBurdenSource {
  return {
    costed: (ids) => repo.costedAdmissions(database.db, ids),
    amendments: (ids) => repo.amendmentEvents(database.db, ids),
    texts: (within) => repo.admissionTexts(database.db, within),
  };
}
