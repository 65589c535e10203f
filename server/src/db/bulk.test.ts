import { expect, it } from 'vitest';
import { copyFields, copyLine } from './bulk.js';

it('escapes tabs, newlines and backslashes for COPY and writes NULL as \\N', () => {
  expect(copyLine(['a\tb', 'line1\nline2', 'back\\slash', null, 3])).toBe(
    'a\\tb\tline1\\nline2\tback\\\\slash\t\\N\t3\n',
  );
});

it('reads back what copyLine wrote', () => {
  const row = ['a\tb', 'line1\nline2\r', 'back\\slash\\N', null, '', '{"a":"x\\"y"}'];
  expect(copyFields(copyLine(row).slice(0, -1))).toEqual(row);
});
