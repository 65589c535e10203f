// Precision and recall of the field matcher on the hand-labelled set bench/matcher-eval-set.json
// (399 labels as printed on 72 kinds of real forms, written without looking at the matcher).
//   npm run bench -- matcher-eval
import fs from 'node:fs';
import { DATA_ELEMENTS } from '../server/src/modules/hub/elements-data.js';
import { indexElements, matchLabel } from '../server/src/modules/hub/matcher.js';

interface Item {
  label: string;
  element: string | null;
  source: string;
}

export async function run(): Promise<void> {
  const set = JSON.parse(fs.readFileSync(new URL('./matcher-eval-set.json', import.meta.url), 'utf8')) as {
    items: Item[];
  };
  const index = indexElements(DATA_ELEMENTS);
  const t = Date.now();
  let predicted = 0;
  let correct = 0;
  let gold = 0;
  let nullRight = 0;
  let nullGold = 0;
  const misses: string[] = [];
  for (const it of set.items) {
    const m = matchLabel(it.label, index);
    if (m.element) predicted++;
    if (it.element) gold++;
    else nullGold++;
    if (it.element && m.element === it.element) correct++;
    if (!it.element && !m.element) nullRight++;
    if (m.element !== it.element)
      misses.push(`${it.label}  →  ${m.element ?? '∅'} (${m.score})  expected ${it.element ?? '∅'}`);
  }
  const ms = Date.now() - t;
  const precision = correct / predicted;
  const recall = correct / gold;
  console.log(`labels: ${set.items.length} (${gold} with an element, ${nullGold} form-only or not in the dictionary)`);
  console.log(
    `precision ${(precision * 100).toFixed(1)}%  recall ${(recall * 100).toFixed(1)}%  F1 ${((200 * precision * recall) / (precision + recall)).toFixed(1)}%`,
  );
  console.log(`none recognised as none: ${nullRight}/${nullGold}; ${ms} ms for all labels`);
  if (process.argv.includes('--misses')) for (const m of misses) console.log(`  ${m}`);
}
