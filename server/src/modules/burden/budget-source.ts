// The numbers the admission pre-check's budget needs of burden monitoring: the budget that applies to a
// jurisdiction and today's heaviest community. Reads burden's own tables only; needs no other module, so
// it is built before admission (which takes it as its BudgetSource) and shared with BurdenService.
import { monthOf, monthsBack } from '#common/dates.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import * as repo from './repository.js';

export interface BurdenSettings {
  jurisdiction: string;
  baselineMonth: string | null;
  annualCapHours: number | null;
  oneInOneOut: boolean;
}

export class BurdenBudgets {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  async settings(code: string): Promise<BurdenSettings> {
    const [r] = await repo.findSettings(this.database.db, [code]);
    return {
      jurisdiction: code,
      baselineMonth: r?.baseline_month ?? null,
      annualCapHours:
        r?.annual_cap_hours === undefined || r?.annual_cap_hours === null ? null : Number(r.annual_cap_hours),
      oneInOneOut: Boolean(r?.one_in_one_out),
    };
  }

  /** The budget that applies to a jurisdiction: its own settings, else its city's. */
  async budgetOf(jurisdiction: string): Promise<BurdenSettings> {
    const own = await this.settings(jurisdiction);
    if (own.annualCapHours !== null || own.oneInOneOut || jurisdiction.length <= 4) return own;
    return this.settings(jurisdiction.slice(0, 4));
  }

  /** Hours over the last 12 months of the most burdened community under some prefixes (numbered work only). */
  async heaviestCommunityHours(prefixes: string[]): Promise<number> {
    const to = monthOf(this.clock.today());
    const from = monthsBack(to, 12);
    let max = 0;
    for (const p of prefixes) {
      const rows = await repo.totalsUnderNumbered(this.database.db, p, { from, to });
      for (const r of rows) max = Math.max(max, Number(r.minutes) / 60);
    }
    return Math.round(max * 10) / 10;
  }
}
