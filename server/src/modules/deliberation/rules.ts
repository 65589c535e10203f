// 议事规则 as data, and what follows from them — pure. A community's rules say how many supports put a
// topic on the agenda, whom a support or a vote counts for (a resident or a household), and when a vote
// carries (quorum of those entitled, majority of those who voted), with stricter rules per category (加装电梯:
// 民法典 §278 — two thirds take part, three quarters of them agree).
import type { BallotKind, CountingUnit, ThresholdKind, TopicCategory } from '#common/deliberation.js';

/** A fraction; `strict` means "more than", else "at least". */
export interface Fraction {
  num: number;
  den: number;
  strict?: boolean;
}

export interface VoteRule {
  /** Of those entitled to vote, how many must take part. */
  quorum: Fraction;
  /** Of the votes cast, how many the leading option needs. */
  majority: Fraction;
}

export interface RulesDoc {
  supportThreshold: { kind: ThresholdKind; value: number };
  supportUnit: CountingUnit;
  voteUnit: CountingUnit;
  ballot: BallotKind;
  vote: VoteRule;
  /** Stricter (or other) vote rules for some categories. */
  categoryVotes: Partial<Record<TopicCategory, VoteRule>>;
}

/** The rules a community has until its 居委会 adopts its own. */
export const DEFAULT_RULES: RulesDoc = {
  supportThreshold: { kind: 'households', value: 20 },
  supportUnit: 'household',
  voteUnit: 'household',
  ballot: 'secret',
  vote: { quorum: { num: 1, den: 2 }, majority: { num: 1, den: 2, strict: true } },
  categoryVotes: { elevator: { quorum: { num: 2, den: 3 }, majority: { num: 3, den: 4 } } },
};

/** `part` reaches `f` of `whole`. */
export function reaches(part: number, whole: number, f: Fraction): boolean {
  return f.strict ? part * f.den > f.num * whole : part * f.den >= f.num * whole;
}

/** Supports that put a topic on the agenda in a community of `households` households (at least 1). */
export function supportsNeeded(rules: RulesDoc, households: number): number {
  const t = rules.supportThreshold;
  if (t.kind === 'households') return Math.max(1, Math.ceil(t.value));
  return Math.max(1, Math.ceil((t.value * households) / 100));
}

/**
 * The key one support or one vote is counted under: the household's number when the rules count
 * households (two members of a household share it), else the account. Null: a household is needed and
 * the resident's record names none.
 */
export function countingKey(unit: CountingUnit, userId: number, householdNumber: string | null): string | null {
  if (unit === 'resident') return `u:${userId}`;
  return householdNumber ? `h:${householdNumber}` : null;
}

/** The vote rule for a topic's category. */
export const voteRuleFor = (rules: RulesDoc, category: TopicCategory): VoteRule =>
  rules.categoryVotes[category] ?? rules.vote;

export interface Tally {
  options: { label: string; online: number; paper: number; total: number }[];
  cast: number;
  eligible: number;
  quorumMet: boolean;
  /** The option with most votes (null on a tie for first or with no votes). */
  leading: number | null;
  passed: boolean;
}

/**
 * Counts a vote: online ballots plus the paper tally per option, against those entitled (households or
 * residents of the community). It carries when the quorum is met and the leading option — alone in first
 * place — has the majority of the votes cast.
 */
export function tally(
  labels: readonly string[],
  online: readonly number[],
  paper: readonly number[],
  eligible: number,
  rule: VoteRule,
): Tally {
  const options = labels.map((label, i) => {
    const o = online[i] ?? 0;
    const p = paper[i] ?? 0;
    return { label, online: o, paper: p, total: o + p };
  });
  const cast = options.reduce((s, o) => s + o.total, 0);
  const quorumMet = eligible > 0 && reaches(cast, eligible, rule.quorum);
  const top = Math.max(0, ...options.map((o) => o.total));
  const firsts = options.flatMap((o, i) => (o.total === top && top > 0 ? [i] : []));
  const leading = firsts.length === 1 ? firsts[0] : null;
  const passed = quorumMet && leading !== null && reaches(top, cast, rule.majority);
  return { options, cast, eligible, quorumMet, leading, passed };
}

/** What is wrong with a rules document (field → reason), empty when it can be adopted. */
export function rulesProblems(doc: RulesDoc): { field: string; reason: string }[] {
  const out: { field: string; reason: string }[] = [];
  const t = doc.supportThreshold;
  if (!(t.value > 0) || (t.kind === 'percent' && t.value > 100))
    out.push({ field: 'supportThreshold.value', reason: 'invalid_value' });
  const fraction = (f: Fraction, field: string) => {
    if (!(f.den > 0) || f.num < 0 || f.num > f.den) out.push({ field, reason: 'invalid_value' });
  };
  const rule = (r: VoteRule, at: string) => {
    fraction(r.quorum, `${at}.quorum`);
    fraction(r.majority, `${at}.majority`);
  };
  rule(doc.vote, 'vote');
  for (const [c, r] of Object.entries(doc.categoryVotes)) if (r) rule(r, `categoryVotes.${c}`);
  return out;
}
