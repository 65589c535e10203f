// A fact record's values as stored: the JSON text of `data` and the row fingerprint, both from one pass
// over the values (imports encode every row, so each value is escaped once). Pure.
import crypto from 'node:crypto';

interface Shape {
  /** Positions of the keys sorted by element code (the fingerprint's order). */
  order: number[];
  /** `"key":` for the data JSON, in the record's own key order. */
  dataKeys: string[];
  /** `["key",` for the fingerprint, in sorted order. */
  hashKeys: string[];
}

// A dataset's rows share a handful of key sets (its mapped columns, less the blank cells): the sort and
// the escaped keys are made once per key set.
const shapes = new Map<string, Shape>();
const MAX_SHAPES = 1000;

function shapeOf(keys: string[]): Shape {
  const signature = keys.join('\u0000');
  let shape = shapes.get(signature);
  if (!shape) {
    const order = keys.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
    shape = {
      order,
      dataKeys: keys.map((k) => `${JSON.stringify(k)}:`),
      hashKeys: order.map((i) => `[${JSON.stringify(keys[i])},`),
    };
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shapes.set(signature, shape);
  }
  return shape;
}

/**
 * `data`: exactly JSON.stringify(values). `hash`: sha1 over the JSON of the [element, value] pairs sorted by
 * element (an undefined value as null), cut to 20 hex digits — the fingerprint earlier imports stored, so
 * an unchanged row is recognised.
 */
export function encodeFact(values: Record<string, string | null | undefined>): { data: string; hash: string } {
  const keys = Object.keys(values);
  const shape = shapeOf(keys);
  const encoded: string[] = new Array<string>(keys.length);
  // Joined, not concatenated: a flat string, which SQLite binds 2.4× faster than a concatenation's rope
  // (measured staging 100k rows: 180 vs 430 ms).
  const data: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const v = values[keys[i]];
    if (v === undefined) {
      encoded[i] = 'null'; // JSON.stringify leaves the key out of an object, writes null in an array
      continue;
    }
    encoded[i] = JSON.stringify(v);
    data.push(`${data.length ? ',' : '{'}${shape.dataKeys[i]}${encoded[i]}`);
  }
  let pairs = '[';
  for (let j = 0; j < shape.order.length; j++)
    pairs += `${j ? ',' : ''}${shape.hashKeys[j]}${encoded[shape.order[j]]}]`;
  data.push(data.length ? '}' : '{}');
  return { data: data.join(''), hash: crypto.hash('sha1', `${pairs}]`, 'hex').slice(0, 20) };
}

/** The fingerprint alone (see encodeFact). */
export const rowHash = (values: Record<string, string | null | undefined>): string => encodeFact(values).hash;

/**
 * encodeFact for records that all take their keys from one list (a dataset's mapped columns): a record is
 * its values in the list's order and a bit mask of the keys it has (bit k: the k-th key), so no object, key
 * list or signature is made per record. The same data and fingerprint as encodeFact of the object with
 * those keys in that order. At most 30 distinct keys, none an array index (an object would order those first).
 */
export class FactEncoder {
  private readonly shapes = new Map<number, { dataKeys: string[]; order: number[]; hashKeys: string[] }>();

  constructor(private readonly keys: string[]) {
    if (!FactEncoder.fits(keys)) throw new Error('FactEncoder: keys must be at most 30, distinct, none an array index');
  }

  /** Whether these keys can be encoded so. */
  static fits(keys: string[]): boolean {
    return keys.length <= 30 && new Set(keys).size === keys.length && !keys.some((k) => /^(0|[1-9]\d*)$/.test(k));
  }

  encode(values: readonly string[], present: number): { data: string; hash: string } {
    let shape = this.shapes.get(present);
    if (!shape) {
      const at: number[] = [];
      for (let k = 0; k < this.keys.length; k++) if (present & (1 << k)) at.push(k);
      const keys = at.map((k) => this.keys[k]);
      const order = at.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
      shape = {
        dataKeys: at.map((k, i) => `${i ? ',' : '{'}${JSON.stringify(this.keys[k])}:`),
        order: order.map((i) => at[i]),
        hashKeys: order.map((i, j) => `${j ? ',' : ''}[${JSON.stringify(keys[i])},`),
      };
      this.shapes.set(present, shape);
    }
    const encoded = this.encoded;
    const data: string[] = [];
    let n = 0;
    for (let k = 0; k < this.keys.length; k++) {
      if (!(present & (1 << k))) continue;
      encoded[k] = JSON.stringify(values[k]);
      data.push(`${shape.dataKeys[n++]}${encoded[k]}`);
    }
    data.push(n ? '}' : '{}');
    let pairs = '[';
    for (let j = 0; j < shape.order.length; j++) pairs += `${shape.hashKeys[j]}${encoded[shape.order[j]]}]`;
    return { data: data.join(''), hash: crypto.hash('sha1', `${pairs}]`, 'hex').slice(0, 20) };
  }

  private readonly encoded: string[] = [];
}
