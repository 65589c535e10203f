// Standard Cost Model: time per occurrence × occurrences per year × number of communities.
import { OCCURRENCES_PER_YEAR, SECONDS_PER_LEDGER_CELL, WORKDAY_HOURS, type Frequency } from './admission.js';

export interface BurdenInput {
  frequency: Frequency;
  /** Needed for as_needed; overrides the frequency's default otherwise. */
  occurrencesPerYear?: number | null;
  minutesPerOccurrence?: number | null;
  /** For a ledger: the minutes follow from the cells a community fills. */
  ledgerFields?: number | null;
  ledgerRows?: number | null;
  communities: number;
}

export interface BurdenEstimate {
  minutesPerOccurrence: number;
  occurrencesPerYear: number;
  hoursPerCommunityYear: number;
  totalHoursYear: number;
  workerDaysYear: number;
  /** How the minutes were obtained, for the explanation shown to people. */
  basis: 'minutes' | 'ledger_cells';
}

export function occurrencesPerYear(frequency: Frequency, explicit?: number | null): number {
  if (explicit !== undefined && explicit !== null && explicit >= 0) return explicit;
  return frequency === 'as_needed' ? 0 : OCCURRENCES_PER_YEAR[frequency];
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export function estimateBurden(input: BurdenInput): BurdenEstimate {
  const cells = (input.ledgerFields ?? 0) * (input.ledgerRows ?? 0);
  const fromCells = (cells * SECONDS_PER_LEDGER_CELL) / 60;
  const basis = cells > 0 && !input.minutesPerOccurrence ? 'ledger_cells' : 'minutes';
  const minutes = basis === 'ledger_cells' ? fromCells : (input.minutesPerOccurrence ?? 0);
  const occurrences = occurrencesPerYear(input.frequency, input.occurrencesPerYear);
  const perCommunity = (minutes * occurrences) / 60;
  const total = perCommunity * input.communities;
  return {
    minutesPerOccurrence: round(minutes),
    occurrencesPerYear: occurrences,
    hoursPerCommunityYear: round(perCommunity),
    totalHoursYear: round(total),
    workerDaysYear: round(total / WORKDAY_HOURS),
    basis,
  };
}
