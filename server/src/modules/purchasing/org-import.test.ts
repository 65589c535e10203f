import { describe, expect, it } from 'vitest';
import { withCheckChar } from './credit-code.js';
import { duplicateCodes, orgHeader, orgRow, readDate, readGrade } from './org-import.js';

const ctx = { jurisdictionCode: '340104', today: '2026-12-07' };
const header = [
  '名称',
  '统一社会信用代码',
  '类型',
  '登记管理机关',
  '评估等级',
  '评估日期',
  '服务领域',
  '联系人',
  '联系电话',
];
const good = withCheckChar('52340104MJA000010');

describe('org roster rows', () => {
  const { columns, missing } = orgHeader(header);

  it('reads the header in any order and names the missing columns', () => {
    expect(missing).toEqual([]);
    expect(orgHeader(['联系人', '名称']).missing).toEqual(['统一社会信用代码', '类型', '登记管理机关', '联系电话']);
  });

  it('turns a good row into a registration', () => {
    const r = orgRow(
      2,
      [
        '康宁中心',
        ` ${good.toLowerCase()} `,
        '民办非企业单位',
        '蜀山区民政局',
        '4A',
        '2025/6/1',
        '养老、助残',
        '王芳',
        '0551-6555 1234',
      ],
      columns,
      ctx,
    );
    expect(r.errors).toEqual([]);
    expect(r.body).toEqual({
      name: '康宁中心',
      creditCode: good,
      type: 'social_service',
      registeredWith: '蜀山区民政局',
      jurisdictionCode: '340104',
      grade: '4A',
      gradedOn: '2025-06-01',
      serviceAreas: ['elderly', 'disabled'],
      contactName: '王芳',
      contactPhone: '055165551234',
    });
  });

  it('names each bad cell: a credit code failing its check, a type mismatch, a grade, a date', () => {
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const row = (over: Record<number, string>) => {
      const cells = ['康宁中心', good, '民办非企业单位', '蜀山区民政局', '', '', '', '王芳', '05516555'];
      for (const [i, v] of Object.entries(over)) cells[Number(i)] = v;
      return orgRow(7, cells, columns, ctx).errors;
    };
    expect(row({ 1: bad })).toEqual([{ row: 7, field: 'creditCode', reason: 'credit_check' }]);
    expect(row({ 2: '社会团体' })).toEqual([{ row: 7, field: 'creditCode', reason: 'credit_type_mismatch' }]);
    expect(row({ 1: '' })).toEqual([{ row: 7, field: 'creditCode', reason: 'required' }]);
    expect(row({ 1: '', 2: '社区社会组织' })).toEqual([]);
    expect(row({ 4: '6A', 5: '2025-01-01' })).toEqual([{ row: 7, field: 'grade', reason: 'invalid_value' }]);
    expect(row({ 4: '5A' })).toEqual([{ row: 7, field: 'gradedOn', reason: 'required' }]);
    expect(row({ 4: '5A', 5: '2027-01-01' })).toEqual([{ row: 7, field: 'gradedOn', reason: 'in_future' }]);
    expect(row({ 6: '航天' })).toEqual([{ row: 7, field: 'serviceAreas', reason: 'invalid_value' }]);
    expect(row({ 2: '公司' })).toEqual([{ row: 7, field: 'type', reason: 'invalid_value' }]);
    expect(row({ 8: 'abc' })).toEqual([{ row: 7, field: 'contactPhone', reason: 'invalid_format' }]);
  });

  it('reads grades and dates as rosters write them', () => {
    expect(['5A', 'AAAA', '３Ａ级', '', '无', '6A'].map(readGrade)).toEqual(['5A', '4A', '3A', null, null, 'bad']);
    expect(['2025-06-01', '2025/6/1', '2025年6月1日', '2025-13-01', 'x'].map(readDate)).toEqual([
      '2025-06-01',
      '2025-06-01',
      '2025-06-01',
      null,
      null,
    ]);
  });

  it('a code twice in the file: the later row is an error', () => {
    expect(duplicateCodes([{ row: 2, creditCode: good }, { row: 3 }, { row: 4, creditCode: good }])).toEqual([
      { row: 4, field: 'creditCode', reason: 'duplicate_in_file' },
    ]);
  });
});
