// The row fingerprint is compared with fingerprints stored by earlier imports: it must stay exactly
// sha1(JSON of the [element, value] pairs sorted by element), cut to 20 hex digits.
import crypto from 'node:crypto';
import { expect, it } from 'vitest';
import { rowHash } from './subjects-service.js';
import { encodeFact } from './fact-encoding.js';

const reference = (values: Record<string, string | null>) =>
  crypto
    .createHash('sha1')
    .update(
      JSON.stringify(
        Object.keys(values)
          .sort()
          .map((k) => [k, values[k]]),
      ),
    )
    .digest('hex')
    .slice(0, 20);

it('is the fingerprint earlier imports stored, for plain, empty, escaped and unsorted records', () => {
  const records: Record<string, string | null>[] = [
    {},
    { name: '张三', id_number: '34010419410308123X', birth_date: '1941-03-08' },
    { address: '合肥市"蜀山区"\\\n\u2028', note: null },
    { b: '2', a: '1', '10': 'ten' },
  ];
  for (const r of records) expect(rowHash(r)).toBe(reference(r));
  expect(rowHash({ a: '1', b: '2' })).toBe(rowHash({ b: '2', a: '1' }));
  expect(rowHash({ a: '1' })).not.toBe(rowHash({ a: '2' }));
});

it('encodes the data as JSON.stringify does, with the same fingerprint', () => {
  const records: Record<string, string | null>[] = [
    {},
    { name: '张三', id_number: '34010419410308123X', birth_date: '1941-03-08' },
    { address: '合肥市"蜀山区"\\\n\u2028\t', note: null },
    { b: '2', a: '1', '10': 'ten' },
  ];
  for (const r of records) expect(encodeFact(r)).toEqual({ data: JSON.stringify(r), hash: reference(r) });
  const withUndefined = { a: '1', b: undefined };
  expect(encodeFact(withUndefined)).toEqual({ data: '{"a":"1"}', hash: reference(withUndefined as never) });
});
