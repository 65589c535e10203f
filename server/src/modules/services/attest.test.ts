import { expect, it } from 'vitest';
import { attestAnswer } from './attest.js';

const at = (value: string | null) => ({ value, observedAt: '2026-05-01T00:00:00.000Z' });

it('answers where she lives from the community the hub places her in, with the record’s date', () => {
  const facts = { communityCode: '340104006005', value: at('望江西路 520 号') };
  expect(attestAnswer({ question: 'resides_in', community: '340104006005' }, facts)).toEqual({
    answer: 'yes',
    asOf: '2026-05-01',
  });
  expect(attestAnswer({ question: 'resides_in', community: '340104006001' }, facts).answer).toBe('no');
  expect(
    attestAnswer({ question: 'resides_in', community: '340104006005' }, { ...facts, value: undefined }).answer,
  ).toBe('unknown');
});

it('answers household membership by the household number, and alive by the absence of a date of death', () => {
  const hh = { communityCode: '340104006005', value: at('00600500006') };
  expect(attestAnswer({ question: 'household_member', householdNumber: ' 00600500006 ' }, hh).answer).toBe('yes');
  expect(attestAnswer({ question: 'household_member', householdNumber: '00600500007' }, hh).answer).toBe('no');
  expect(attestAnswer({ question: 'alive' }, { communityCode: 'x', value: undefined }).answer).toBe('yes');
  expect(attestAnswer({ question: 'alive' }, { communityCode: 'x', value: at('2026-04-02') }).answer).toBe('no');
});

it('knows nothing of someone the hub does not hold', () => {
  expect(attestAnswer({ question: 'alive' }, null)).toEqual({ answer: 'unknown', asOf: null });
});
