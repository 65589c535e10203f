// This module's side of burden monitoring's ports (burden/ports.ts): dispatched items and informal demands
// burden derives its events from, and the dispatch texts its rebound alerts compare. Reads only.
import type { Database } from '../../db/database.js';
import type { DispatchBurdenSource, InformalBurdenSource } from '../burden/ports.js';
import * as informal from './informal-repository.js';
import * as repo from './repository.js';

export function dispatchBurdenSource(database: Database): DispatchBurdenSource {
  return {
    items: (ids) => repo.dispatchedItems(database.db, ids),
    texts: (within) => repo.dispatchTexts(database.db, within),
    decidedRefusals: (within) => repo.decidedRefusals(database.db, within),
  };
}

export function informalBurdenSource(database: Database): InformalBurdenSource {
  return { demands: (ids) => informal.informalDemands(database.db, ids) };
}
