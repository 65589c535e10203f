// What the admission gate needs of other modules, as its own small types (ports), implemented elsewhere
// and handed over in context.ts: the budget pre-check's numbers come from burden monitoring.
import type { Budget } from '../burden/budget.js';

/** 政府购买服务指导性目录 (purchasing module): the items an admission of a jurisdiction may name as bought. */
export interface PurchaseCatalogueSource {
  /** Items in force of the jurisdiction's 目录 and those above it. */
  itemsFor(jurisdiction: string): Promise<{ id: number; name: string }[]>;
}

/** The budget that applies to a jurisdiction, and today's heaviest community under some prefixes. */
export interface BudgetSource {
  budgetOf(jurisdiction: string): Promise<Budget>;
  /** Hours over the last 12 months of the most burdened community (numbered work only). */
  heaviestCommunityHours(prefixes: string[]): Promise<number>;
}
