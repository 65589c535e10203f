// Precision and recall of the field matcher on bench/matcher-eval-set.json: labels of real forms, each with its
// gold binding (relation, element) or null — `kind: form` for fields of the form itself, `kind: absent` for
// facts the dictionary does not hold. Forms are split by source into a tuning part and a test part that is
// never tuned on (a form is wholly in one part).
// bench/matcher-dev-set.json adds a development part ('dev': forms written from general knowledge of common
// templates, tuned on), so that work on the matcher has a measure besides the test part it must not look at.
// `--added DATE` scores only the forms added on that date (each batch of new test forms carries `added`), so a
// batch's first, pristine score can be read apart from the forms already looked at.
// `--learning` scores the test part as a stream of batches, alone and with stewards' corrections of the batches
// before each (the product's learning loop), apart from the matcher's own figures.
//   npm run bench -- matcher-eval [small] [--misses] [--part tune|dev|test] [--added YYYY-MM-DD] [--sources]
//   npm run bench -- matcher-eval --learning
import fs from 'node:fs';
import { DATA_ELEMENTS } from '../server/src/modules/hub/elements-data.js';
import type { Relation } from '../common/src/relations.js';
import {
  indexElements,
  matchLabels,
  teachesWording,
  type ExtraSynonym,
  type MatchIndex,
} from '../server/src/modules/hub/matcher.js';
import { labelKey } from '../server/src/modules/hub/synonyms-service.js';

interface Gold {
  label: string;
  element: string | null;
  relation: string | null;
  kind?: 'form' | 'absent';
}
export interface EvalForm {
  title: string;
  part: 'tune' | 'dev' | 'test';
  source: string;
  subject?: 'resident' | 'household' | 'house' | 'organisation';
  /** The day the form joined the set (forms of the first collections have none). */
  added?: string;
  labels: Gold[];
}

export function loadEvalSet(): EvalForm[] {
  const url = new URL('./matcher-eval-set.json', import.meta.url);
  return (JSON.parse(fs.readFileSync(url, 'utf8')) as { forms: EvalForm[] }).forms;
}

export function loadDevSet(): EvalForm[] {
  const url = new URL('./matcher-dev-set.json', import.meta.url);
  return (JSON.parse(fs.readFileSync(url, 'utf8')) as { forms: EvalForm[] }).forms;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
const show = (element: string | null, relation: string | null) =>
  element ? (relation ? `${relation}.${element}` : element) : '∅';

/** What a part or a batch scores: counts, errors by kind, and each wrong or missing binding. */
interface Tally {
  labels: number;
  predicted: number;
  correct: number;
  gold: number;
  formOnly: number;
  formOnlyUnbound: number;
  absent: number;
  absentUnbound: number;
  // A fact left unbound, bound to the wrong element, the right element of the wrong person, a form-only field
  // bound, a fact the dictionary lacks bound to some element.
  errors: { missed: number; wrongElement: number; wrongRelation: number; formOnlyBound: number; absentBound: number };
  misses: string[];
  /** The gold of every label bound wrongly or left unbound: what a steward would correct. */
  wrong: Gold[];
}

const known = new Set(DATA_ELEMENTS.filter((e) => !e.retiredFor).map((e) => e.code));
const retired = new Map(DATA_ELEMENTS.flatMap((e) => (e.retiredFor ? [[e.code, e.retiredFor] as const] : [])));

/** Matches each form whole, as the API does (a column is read with its neighbours), and scores it. */
function score(forms: EvalForm[], index: MatchIndex, formOnly: ReadonlySet<string> = new Set()): Tally {
  const t: Tally = {
    labels: 0,
    predicted: 0,
    correct: 0,
    gold: 0,
    formOnly: 0,
    formOnlyUnbound: 0,
    absent: 0,
    absentUnbound: 0,
    errors: { missed: 0, wrongElement: 0, wrongRelation: 0, formOnlyBound: 0, absentBound: 0 },
    misses: [],
    wrong: [],
  };
  for (const f of forms) {
    const found = matchLabels(
      f.labels.map((g) => g.label),
      index,
      { subject: f.subject },
    ).map((m) => (formOnly.has(labelKey(m.label)) ? { ...m, element: null, relation: null } : m));
    for (const [at, g] of f.labels.entries()) {
      if (g.element && !known.has(g.element)) {
        const to = retired.get(g.element);
        const hint = to ? ` (retired: write ${show(to.element, to.relation)})` : '';
        throw new Error(`unknown element ${g.element}${hint} in ${f.title} | ${g.label}`);
      }
      t.labels++;
      const m = found[at];
      const ok = m.element === g.element && (m.relation ?? null) === (g.relation ?? null);
      if (m.element) t.predicted++;
      if (g.element) {
        t.gold++;
        if (ok) t.correct++;
      } else if (g.kind === 'absent') {
        t.absent++;
        if (!m.element) t.absentUnbound++;
      } else {
        t.formOnly++;
        if (!m.element) t.formOnlyUnbound++;
      }
      if (ok) continue;
      if (g.element && !m.element) t.errors.missed++;
      else if (g.element && m.element === g.element) t.errors.wrongRelation++;
      else if (g.element) t.errors.wrongElement++;
      else if (g.kind === 'absent') t.errors.absentBound++;
      else t.errors.formOnlyBound++;
      t.wrong.push(g);
      t.misses.push(
        `${f.title} | ${g.label}  →  ${show(m.element, m.relation)} (${m.score})  expected ${show(g.element, g.relation)}`,
      );
    }
  }
  return t;
}

const figures = (t: Tally) =>
  `precision ${pct(t.correct, t.predicted)} (${t.correct}/${t.predicted})  recall ${pct(t.correct, t.gold)} (${t.correct}/${t.gold})  form-only left unbound ${pct(t.formOnlyUnbound, t.formOnly)} (${t.formOnlyUnbound}/${t.formOnly})  absent facts left unbound ${pct(t.absentUnbound, t.absent)} (${t.absentUnbound}/${t.absent})`;

/**
 * The test part as a stream of batches in the order they were collected, each scored twice: by the matcher
 * alone, and by the matcher with the corrections a data steward would have made on every batch before it (the
 * gold of each label the matcher got wrong there, kept as the product keeps it: a wording of a fact, or a
 * form-only wording, unless it only reads that form — see teachesWording). What the learning loop adds on
 * forms nobody has seen; it is no measure of the matcher alone.
 */
function learning(forms: EvalForm[]): void {
  const plain = indexElements(DATA_ELEMENTS);
  const batches = new Map<string, EvalForm[]>();
  for (const f of forms.filter((x) => x.part === 'test')) {
    const key = f.added ?? '(first collections)';
    batches.set(key, [...(batches.get(key) ?? []), f]);
  }
  const order = [...batches.keys()].sort((a, b) => (a.startsWith('(') ? -1 : b.startsWith('(') ? 1 : a < b ? -1 : 1));
  const learned: ExtraSynonym[] = [];
  const formOnly = new Set<string>();
  const sum = { alone: [0, 0, 0], taught: [0, 0, 0] }; // correct, predicted, gold after the first batch
  console.log('\ntest part as a stream: each batch alone, then with stewards’ corrections of the batches before it');
  for (const [i, key] of order.entries()) {
    const batch = batches.get(key)!;
    const alone = score(batch, plain);
    const taught = score(batch, indexElements(DATA_ELEMENTS, learned), formOnly);
    console.log(
      `  ${key}: ${batch.length} forms, ${alone.labels} labels; ${learned.length + formOnly.size} wordings learned before it`,
    );
    console.log(`    alone   ${figures(alone)}`);
    console.log(`    taught  ${figures(taught)}`);
    if (i > 0)
      for (const [k, t] of [
        ['alone', alone],
        ['taught', taught],
      ] as const) {
        sum[k][0] += t.correct;
        sum[k][1] += t.predicted;
        sum[k][2] += t.gold;
      }
    // What a steward corrects on this batch, as the product keeps it.
    for (const g of taught.wrong) {
      const c = { label: g.label, element: g.element, relation: (g.relation ?? null) as Relation | null };
      if (!teachesWording(plain, c.label)) continue;
      if (c.element) learned.push({ element: c.element, relation: c.relation, label: c.label });
      else formOnly.add(labelKey(c.label));
    }
  }
  for (const k of ['alone', 'taught'] as const)
    console.log(
      `  every batch after the first, ${k}: precision ${pct(sum[k][0], sum[k][1])}  recall ${pct(sum[k][0], sum[k][2])}`,
    );
}

export async function run(): Promise<void> {
  const forms = [...loadEvalSet(), ...loadDevSet()];
  const args = process.argv.slice(3);
  if (args.includes('--learning')) return learning(forms);
  // `small` (what CI runs): the test part only.
  const onlyPart = args.includes('--part') ? args[args.indexOf('--part') + 1] : args.includes('small') ? 'test' : null;
  const added = args.includes('--added') ? args[args.indexOf('--added') + 1] : null;
  const index = indexElements(DATA_ELEMENTS);
  for (const part of ['tune', 'dev', 'test'] as const) {
    if (onlyPart && onlyPart !== part) continue;
    const inPart = forms.filter((f) => f.part === part && (!added || f.added === added));
    if (added && !inPart.length) continue;
    const t = score(inPart, index);
    console.log(
      `\n${part}: ${inPart.length} forms, ${t.labels} labels (${t.gold} bound in gold, ${t.formOnly} form-only, ${t.absent} facts not in the dictionary)`,
    );
    console.log(`  ${figures(t)}`);
    const e = t.errors;
    console.log(
      `  errors: ${e.missed} missed, ${e.wrongElement} wrong element, ${e.wrongRelation} wrong person, ${e.formOnlyBound} form-only bound, ${e.absentBound} absent facts bound`,
    );
    if (args.includes('--misses')) for (const m of t.misses) console.log(`    ${m}`);
    if (args.includes('--sources'))
      for (const f of inPart) console.log(`    [${f.labels.length}] ${f.title} — ${f.source}`);
  }
}
