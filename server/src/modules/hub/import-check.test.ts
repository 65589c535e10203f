// The checking thread's batch check (import-check.ts) must give, row for row, what the row parser and
// encodeFact give: the same errors in the same order, keys, names, communities, data JSON and fingerprints
// — also for mappings with an element twice, a column about the householder, blank cells and bad cells.
import { expect, it } from 'vitest';
import { makeIdNumber } from '#common/idcard.js';
import { encodeFact } from './fact-encoding.js';
import { checkRows, type CheckSetup } from './import-check.js';
import { parseRow, type Mapping } from './import-rows.js';
import { codeLookup, type ElementRule } from './values.js';

const today = '2026-12-07';
const rules = new Map<string, ElementRule>([
  ['name', { code: 'name', type: 'text', validation: null }],
  ['id_number', { code: 'id_number', type: 'text', validation: 'id_number' }],
  ['birth_date', { code: 'birth_date', type: 'date', validation: null }],
  ['mobile', { code: 'mobile', type: 'text', validation: 'mobile' }],
  ['community', { code: 'community', type: 'text', validation: null }],
  [
    'gender',
    {
      code: 'gender',
      type: 'code',
      validation: null,
      codes: codeLookup([
        { code: 'male', name: '男', synonyms: [] },
        { code: 'female', name: '女', synonyms: [] },
      ]),
    },
  ],
  ['note', { code: 'note', type: 'text', validation: null }],
]);

/** What the dry run did before the checking thread: parseRow, then encodeFact for a good row. */
function reference(setup: CheckSetup, cells: string[][]) {
  return cells
    .filter((row) => row.some((c) => c.trim()))
    .map((row) => {
      const p = parseRow(row, setup.header, setup.mapping, setup.rules, setup.today);
      const fact = p.errors.length ? null : encodeFact(p.values);
      return {
        key: p.key,
        errors: p.errors,
        name: fact ? p.name : '',
        community: fact ? p.communityRaw : '',
        hash: fact?.hash ?? '',
        data: fact?.data ?? '',
      };
    });
}

function checked(setup: CheckSetup, cells: string[][]) {
  const r = checkRows(
    setup,
    Int32Array.from(cells, (_, i) => i + 2),
    cells,
    true,
  );
  return r.rowNos.map((_, i) => ({
    key: r.keys[i],
    errors: r.errorsOf.filter((e) => e.i === i).map(({ column, value, reason }) => ({ column, value, reason })),
    name: r.names[i],
    community: r.communities[i],
    hash: r.hashes[i],
    data: r.datas[i],
  }));
}

// Rows drawn from good and bad cells, blanks among them (a fixed seed: the same rows every run).
function rows(count: number, width: number): string[][] {
  let seed = 7;
  const pick = <T>(xs: T[]) => xs[(seed = (seed * 1103515245 + 12345) % 2147483648) % xs.length];
  const cells = [
    () =>
      makeIdNumber('340104', `19${pick(['41', '62', '88'])}-0${pick(['1', '5', '9'])}-1${pick(['2', '8'])}`, 7, 'male'),
    () => pick(['34010419410308123X', '34010419410308123', '3401041941030812３X', ' 34010419880512001x ']),
    () => pick(['张三', '李"四"', '王\\五', '', '  ', 'Ａｂｃ', '赵\u0007六']),
    () => pick(['1941-03-08', '1941/3/8', '19410308', '1941年3月8日', '2200-01-01', '1941-02-30', '']),
    () => pick(['13812345678', '+86 138 1234 5678', '12345', '']),
    () => pick(['男', '女', '未知', '']),
    () => pick(['家家景园社区', '  龙居社区 ', '']),
  ];
  return Array.from({ length: count }, () =>
    pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) === 0
      ? Array.from({ length: width }, () => pick(['', ' ', '\u3000']))
      : Array.from({ length: width }, (_, c) => cells[(c * 3 + pick([0, 0, 0, 1])) % cells.length]()),
  );
}

const setupOf = (mapping: Mapping, width: number): CheckSetup => ({
  header: Array.from({ length: width }, (_, i) => `列${i + 1}`),
  mapping,
  rules,
  today,
});

it('gives what parseRow and encodeFact give, row for row, for the common mapping and the unusual ones', () => {
  const mappings: Mapping[] = [
    // The common one: each column its own element.
    { columns: ['id_number', 'name', 'birth_date', 'mobile', 'gender', 'community'], keyColumn: 0, communityColumn: 5 },
    // An element twice (the later value wins, the earlier place in the record), a column left out, no community.
    { columns: ['id_number', 'name', 'note', null, 'note', 'gender', 'name'], keyColumn: 0, communityColumn: null },
    // A column about the householder: checked, not stored; names a household without a name of its own.
    {
      columns: ['id_number', 'note', 'birth_date', 'name', 'mobile', 'gender', 'community'],
      relations: [null, null, null, 'householder', null, 'spouse', null],
      keyColumn: 0,
      communityColumn: 6,
    },
    // A key column whose element has no rule: every row misses its key.
    { columns: ['id_number', 'name', 'unknown_element'], keyColumn: 2, communityColumn: null },
  ];
  for (const mapping of mappings) {
    const width = mapping.columns.length;
    const setup = setupOf(mapping, width);
    const batch = rows(600, width);
    expect(checked(setup, batch)).toEqual(reference(setup, batch));
  }
});

it('keeps the row numbers of the rows it checks and leaves blank rows out', () => {
  const mapping: Mapping = { columns: ['id_number', 'name'], keyColumn: 0, communityColumn: null };
  const id = makeIdNumber('340104', '1950-01-01', 3, 'female');
  const r = checkRows(
    setupOf(mapping, 2),
    Int32Array.from([2, 3, 4, 5]),
    [
      [id, '甲'],
      ['', ' '],
      ['\u3000', ''],
      ['x', '乙'],
    ],
    true,
  );
  expect(r.rowNos).toEqual([2, 5]);
  expect(Array.from(r.bad)).toEqual([0, 1, 0, 0]);
  expect(r.errorsOf).toEqual([{ i: 1, column: '列1', value: 'x', reason: 'bad_id_format' }]);
  expect(r.datas[0]).toBe(JSON.stringify({ id_number: id, name: '甲' }));
});
