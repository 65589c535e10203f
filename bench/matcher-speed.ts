// Latency of the field matcher: 700 labels of the evaluation set (repeated in order when it has fewer),
// matched one after another as POST /hub/match does, median of 7 runs after a warm-up. The index is built once
// (as the dictionary does per process) and timed separately.
//   npm run bench -- matcher-speed [small]
import { DATA_ELEMENTS } from '../server/src/modules/hub/elements-data.js';
import { indexElements, matchLabels } from '../server/src/modules/hub/matcher.js';
import { loadEvalSet } from './matcher-eval.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  const all = loadEvalSet().flatMap((f) => f.labels.map((l) => l.label));
  // `small` (what CI runs): 70 labels.
  const n = process.argv[3] === 'small' ? 70 : 700;
  const labels = Array.from({ length: n }, (_, i) => all[i % all.length]);
  let t = performance.now();
  const index = indexElements(DATA_ELEMENTS);
  const indexMs = performance.now() - t;
  matchLabels(labels, index); // warm-up (JIT, regex compilation)
  const runs: number[] = [];
  for (let r = 0; r < 7; r++) {
    t = performance.now();
    matchLabels(labels, index);
    runs.push(performance.now() - t);
  }
  const ms = median(runs);
  console.log(
    `dictionary: ${DATA_ELEMENTS.filter((e) => !e.retiredFor).length} elements, ${index.entries.length} names`,
  );
  console.log(`index build: ${indexMs.toFixed(1)} ms (once per process)`);
  console.log(
    `${n} labels: median ${ms.toFixed(1)} ms of 7 runs (min ${Math.min(...runs).toFixed(1)}, max ${Math.max(...runs).toFixed(1)})`,
  );
  console.log(
    `throughput: ${Math.round((n / ms) * 1000).toLocaleString('en')} labels/s; ${(ms / n).toFixed(3)} ms per label`,
  );
  console.log('baseline: the previous matcher took about 650 ms for 700 labels on this machine class (issue 13)');
}
