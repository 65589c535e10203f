// 数据代替证明 in plain functions: the answer to a department's yes/no question about a resident, from the
// current value of the one element the question reads. Pure.
import type { AttestQuestion } from '#common/certificates.js';

export interface AttestFacts {
  /** The community the hub places her in. */
  communityCode: string;
  /** The current value and date of the element the question reads, if the hub holds it. */
  value: { value: string | null; observedAt: string } | undefined;
}

export interface AttestAsk {
  question: AttestQuestion;
  community?: string;
  householdNumber?: string;
}

export function attestAnswer(
  ask: AttestAsk,
  facts: AttestFacts | null,
): { answer: 'yes' | 'no' | 'unknown'; asOf: string | null } {
  if (!facts) return { answer: 'unknown', asOf: null };
  const asOf = facts.value?.observedAt.slice(0, 10) ?? null;
  switch (ask.question) {
    case 'resides_in':
      // The hub places her by her residence: a record in the community, with an address on it.
      if (!facts.value?.value) return { answer: 'unknown', asOf };
      return { answer: facts.communityCode === ask.community ? 'yes' : 'no', asOf };
    case 'household_member':
      if (!facts.value?.value) return { answer: 'unknown', asOf };
      return { answer: facts.value.value === ask.householdNumber?.trim() ? 'yes' : 'no', asOf };
    case 'alive':
      // Alive as of the last record: no date of death recorded.
      return { answer: facts.value?.value ? 'no' : 'yes', asOf };
  }
}
