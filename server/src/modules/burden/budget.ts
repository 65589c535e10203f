// Budgets per jurisdiction, decided at admission. Pure: the service supplies the current burden and
// the hours of the items an application offers to retire.
export interface Budget {
  /** Annual cap of hours per community from admitted work; null for no cap. */
  annualCapHours: number | null;
  oneInOneOut: boolean;
}

export interface BudgetInput {
  budget: Budget;
  /** Hours a year per community that admitted work already costs (the most burdened community in scope). */
  currentHours: number;
  /** Hours a year per community the application adds. */
  newHours: number;
  /** Hours a year per community of the items it would retire. */
  retiringHours: number;
}

export type BudgetVerdict =
  | { verdict: 'pass'; reason: 'no_budget' | 'within_cap' | 'offset' }
  | { verdict: 'block'; reason: 'over_cap' | 'one_in_one_out'; needHours: number };

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Whether the application fits the budget once the items it names are retired. */
export function budgetVerdict(i: BudgetInput): BudgetVerdict {
  const { annualCapHours, oneInOneOut } = i.budget;
  if (annualCapHours === null && !oneInOneOut) return { verdict: 'pass', reason: 'no_budget' };
  const net = i.newHours - i.retiringHours;
  if (oneInOneOut && net > 0) return { verdict: 'block', reason: 'one_in_one_out', needHours: r1(net) };
  if (annualCapHours !== null) {
    const after = i.currentHours + net;
    if (after > annualCapHours) return { verdict: 'block', reason: 'over_cap', needHours: r1(after - annualCapHours) };
    return { verdict: 'pass', reason: i.retiringHours > 0 ? 'offset' : 'within_cap' };
  }
  return { verdict: 'pass', reason: 'offset' };
}
