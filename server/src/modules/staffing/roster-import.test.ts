import { describe, expect, it } from 'vitest';
import { dateOf, rosterHeader, rosterRow } from './roster-import.js';

const grids = new Map([
  ['340104006005001', '第1网格'],
  ['340104006005002', '第2网格'],
]);
const ctx = { today: '2026-12-06', grids };

describe('roster import rows', () => {
  it('finds the columns by their Chinese labels in any order and names the required ones missing', () => {
    const h = rosterHeader(['序号', '入职日期', ' 姓 名 ', '岗位', '网格']);
    expect(h.columns).toEqual({ hiredOn: 1, name: 2, post: 3, gridCode: 4 });
    expect(h.missing).toEqual([]);
    expect(rosterHeader(['姓名', '电话']).missing).toEqual(['post', 'hiredOn']);
  });

  it('reads dates as Chinese spreadsheets write them, refusing days that do not exist', () => {
    expect(dateOf('2024-9-1')).toBe('2024-09-01');
    expect(dateOf('2024/09/01')).toBe('2024-09-01');
    expect(dateOf('2024年9月1日')).toBe('2024-09-01');
    expect(dateOf('20240229')).toBe('2024-02-29');
    expect(dateOf('45000')).toBe('2023-03-15'); // a date cell: Excel's day number
    expect(dateOf('44326')).toBe('2021-05-10');
    expect(dateOf('2023-02-29')).toBeNull();
    expect(dateOf('昨天')).toBeNull();
  });

  it('turns a row into an entry: posts, 岗级, 等级 and certificates by name, the grid by its name', () => {
    const { columns } = rosterHeader(['姓名', '岗位', '岗级', '等级', '社工证', '入职日期', '网格']);
    const r = rosterRow(2, ['王芳', '网格员', '三岗', '16级', '助理社工师', '2021-05-10', '第2网格'], columns, ctx);
    expect(r.errors).toEqual([]);
    expect(r.body).toEqual({
      name: '王芳',
      post: 'grid_worker',
      postLevel: 3,
      grade: 16,
      certificate: 'assistant',
      hiredOn: '2021-05-10',
      gridCode: '340104006005002',
    });
    // Optional columns left blank: no grade, no certificate, no grid.
    expect(rosterRow(3, ['李强', '书记', '', '', '', '2019-01-01', ''], columns, ctx).body).toEqual({
      name: '李强',
      post: 'secretary',
      certificate: 'none',
      hiredOn: '2019-01-01',
    });
  });

  it('names each bad cell by its column and reason', () => {
    const { columns } = rosterHeader(['姓名', '岗位', '岗级', '等级', '社工证', '入职日期', '网格']);
    const r = rosterRow(7, ['', '门卫', '四岗', '19', '律师', '2030-01-01', '第9网格'], columns, ctx);
    expect(r.body).toBeNull();
    expect(r.errors.map((e) => [e.row, e.field, e.reason])).toEqual([
      [7, 'name', 'required'],
      [7, 'post', 'invalid_value'],
      [7, 'postLevel', 'invalid_value'],
      [7, 'grade', 'invalid_value'],
      [7, 'certificate', 'invalid_value'],
      [7, 'hiredOn', 'in_future'],
      [7, 'gridCode', 'not_a_grid'],
    ]);
  });
});
