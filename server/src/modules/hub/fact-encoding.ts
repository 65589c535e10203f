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
