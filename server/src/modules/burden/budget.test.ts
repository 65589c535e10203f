import { expect, it } from 'vitest';
import { budgetVerdict } from './budget.js';

const cap = { annualCapHours: 600, oneInOneOut: false };

it('passes without a budget and within the cap', () => {
  expect(
    budgetVerdict({
      budget: { annualCapHours: null, oneInOneOut: false },
      currentHours: 9999,
      newHours: 50,
      retiringHours: 0,
    }),
  ).toEqual({ verdict: 'pass', reason: 'no_budget' });
  expect(budgetVerdict({ budget: cap, currentHours: 500, newHours: 100, retiringHours: 0 })).toEqual({
    verdict: 'pass',
    reason: 'within_cap',
  });
});

it('blocks an application over the cap until it retires enough', () => {
  expect(budgetVerdict({ budget: cap, currentHours: 560, newHours: 60, retiringHours: 0 })).toEqual({
    verdict: 'block',
    reason: 'over_cap',
    needHours: 20,
  });
  expect(budgetVerdict({ budget: cap, currentHours: 560, newHours: 60, retiringHours: 20 })).toEqual({
    verdict: 'pass',
    reason: 'offset',
  });
});

it('one in, one out: the retired items must cost at least as much as the new one', () => {
  const b = { annualCapHours: null, oneInOneOut: true };
  expect(budgetVerdict({ budget: b, currentHours: 0, newHours: 12, retiringHours: 5 })).toEqual({
    verdict: 'block',
    reason: 'one_in_one_out',
    needHours: 7,
  });
  expect(budgetVerdict({ budget: b, currentHours: 0, newHours: 12, retiringHours: 12 }).verdict).toBe('pass');
});
