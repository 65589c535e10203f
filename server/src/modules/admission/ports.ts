// What the admission gate needs of other modules, as its own small types (ports), implemented elsewhere
// and handed over in context.ts: the budget pre-check's numbers come from burden monitoring.
import type { Budget } from '../burden/budget.js';

/** The budget that applies to a jurisdiction, and today's heaviest community under some prefixes. */
export interface BudgetSource {
  budgetOf(jurisdiction: string): Promise<Budget>;
  /** Hours over the last 12 months of the most burdened community (numbered work only). */
  heaviestCommunityHours(prefixes: string[]): Promise<number>;
}
