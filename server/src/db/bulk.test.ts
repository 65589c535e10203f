import { expect, it } from 'vitest';
import { copyLine } from './bulk.js';

it('escapes tabs, newlines and backslashes for COPY and writes NULL as \\N', () => {
  expect(copyLine(['a\tb', 'line1\nline2', 'back\\slash', null, 3])).toBe(
    'a\\tb\tline1\\nline2\tback\\\\slash\t\\N\t3\n',
  );
});
