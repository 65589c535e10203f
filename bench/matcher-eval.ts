// Precision and recall of the field matcher on bench/matcher-eval-set.json: labels of real forms, each with its
// gold binding (relation, element) or null — `kind: form` for fields of the form itself, `kind: absent` for
// facts the dictionary does not hold. Forms are split by source into a tuning part and a test part that is
// never tuned on (a form is wholly in one part).
// bench/matcher-dev-set.json adds a development part ('dev': forms written from general knowledge of common
// templates, tuned on), so that work on the matcher has a measure besides the test part it must not look at.
// `--added DATE` scores only the forms added on that date (each batch of new test forms carries `added`), so a
// batch's first, pristine score can be read apart from the forms already looked at.
//   npm run bench -- matcher-eval [small] [--misses] [--part tune|dev|test] [--added YYYY-MM-DD] [--sources]
import fs from 'node:fs';
import { DATA_ELEMENTS } from '../server/src/modules/hub/elements-data.js';
import { indexElements, matchLabels } from '../server/src/modules/hub/matcher.js';

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

export async function run(): Promise<void> {
  const forms = [...loadEvalSet(), ...loadDevSet()];
  const args = process.argv.slice(3);
  // `small` (what CI runs): the test part only.
  const onlyPart = args.includes('--part') ? args[args.indexOf('--part') + 1] : args.includes('small') ? 'test' : null;
  const added = args.includes('--added') ? args[args.indexOf('--added') + 1] : null;
  const index = indexElements(DATA_ELEMENTS);
  const known = new Set(DATA_ELEMENTS.filter((e) => !e.retiredFor).map((e) => e.code));
  for (const part of ['tune', 'dev', 'test'] as const) {
    if (onlyPart && onlyPart !== part) continue;
    const inPart = forms.filter((f) => f.part === part && (!added || f.added === added));
    if (added && !inPart.length) continue;
    let predicted = 0;
    let correct = 0;
    let gold = 0;
    let formOnly = 0;
    let formOnlyUnbound = 0;
    let absent = 0;
    let absentUnbound = 0;
    let labels = 0;
    const misses: string[] = [];
    // Errors by kind: a fact left unbound, bound to the wrong element, the right element of the wrong person,
    // a form-only field bound, a fact the dictionary lacks bound to some element.
    const errors = { missed: 0, wrongElement: 0, wrongRelation: 0, formOnlyBound: 0, absentBound: 0 };
    for (const f of inPart) {
      // A form is matched as a whole, as the API does: a column is read with its neighbours.
      const found = matchLabels(
        f.labels.map((g) => g.label),
        index,
        { subject: f.subject },
      );
      for (const [at, g] of f.labels.entries()) {
        if (g.element && !known.has(g.element)) throw new Error(`unknown element ${g.element} in ${f.title}`);
        labels++;
        const m = found[at];
        const ok = m.element === g.element && (m.relation ?? null) === (g.relation ?? null);
        if (m.element) predicted++;
        if (g.element) {
          gold++;
          if (ok) correct++;
        } else if (g.kind === 'absent') {
          absent++;
          if (!m.element) absentUnbound++;
        } else {
          formOnly++;
          if (!m.element) formOnlyUnbound++;
        }
        if (!ok) {
          if (g.element && !m.element) errors.missed++;
          else if (g.element && m.element === g.element) errors.wrongRelation++;
          else if (g.element) errors.wrongElement++;
          else if (g.kind === 'absent') errors.absentBound++;
          else errors.formOnlyBound++;
        }
        if (!ok)
          misses.push(
            `${f.title} | ${g.label}  →  ${show(m.element, m.relation)} (${m.score})  expected ${show(g.element, g.relation)}`,
          );
      }
    }
    console.log(
      `\n${part}: ${inPart.length} forms, ${labels} labels (${gold} bound in gold, ${formOnly} form-only, ${absent} facts not in the dictionary)`,
    );
    console.log(
      `  precision ${pct(correct, predicted)} (${correct}/${predicted})  recall ${pct(correct, gold)} (${correct}/${gold})  form-only left unbound ${pct(formOnlyUnbound, formOnly)} (${formOnlyUnbound}/${formOnly})  absent facts left unbound ${pct(absentUnbound, absent)} (${absentUnbound}/${absent})`,
    );
    console.log(
      `  errors: ${errors.missed} missed, ${errors.wrongElement} wrong element, ${errors.wrongRelation} wrong person, ${errors.formOnlyBound} form-only bound, ${errors.absentBound} absent facts bound`,
    );
    if (args.includes('--misses')) for (const m of misses) console.log(`    ${m}`);
    if (args.includes('--sources'))
      for (const f of inPart) console.log(`    [${f.labels.length}] ${f.title} — ${f.source}`);
  }
}
