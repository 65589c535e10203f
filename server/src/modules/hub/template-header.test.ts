import { describe, expect, it } from 'vitest';
import { composeLabel, headerColumns, parseRange, pastedColumns, sheetTitle, type Merge } from './template-header.js';
import { docxColumns, docxTables, tableGrid } from './template-docx.js';

const labels = (cs: { label: string }[]) => cs.map((c) => c.label);
const m = (range: string) => parseRange(range) as Merge;

describe('headerColumns', () => {
  it('skips the title and 填报 rows and reads a two-row merged header', () => {
    const grid = [
      ['家家景园社区低保家庭情况台账', '', '', '', '', ''],
      ['填报单位：', '', '', '填报日期：', '', ''],
      ['序号', '户主姓名', '家庭成员情况', '', '', '备注'],
      ['', '', '姓名', '与户主关系', '身份证号', ''],
      ['', '', '', '', '', ''],
    ];
    const merges = [m('A1:F1'), m('A3:A4'), m('B3:B4'), m('C3:E3'), m('F3:F4')];
    const cols = headerColumns(grid, merges);
    expect(labels(cols)).toEqual(['序号', '户主姓名', '姓名', '与户主关系', '身份证号', '备注']);
    expect(cols[2].groups).toEqual(['家庭成员情况']);
  });

  it('reads the title printed above the header, without the place that printed it', () => {
    const grid = [
      ['家家景园社区低保家庭情况台账', '', '', ''],
      ['填报单位：', '', '填报日期：', ''],
      ['序号', '户主姓名', '身份证号', '备注'],
    ];
    expect(sheetTitle(grid, [m('A1:D1')])).toBe('低保家庭情况台账');
    expect(sheetTitle([['五里墩街道 最低生活保障申请登记表'], ['姓名', '性别']], [])).toBe('最低生活保障申请登记表');
    // A name that only looks like a place's (社区矫正) stays whole; no title row, no title.
    expect(sheetTitle([['社区矫正对象报到登记表'], ['姓名', '性别']], [])).toBe('社区矫正对象报到登记表');
    expect(sheetTitle([['蜀山区社区矫正对象报到登记表'], ['姓名', '性别']], [])).toBe('蜀山区社区矫正对象报到登记表');
    expect(sheetTitle([['××街道XX社区困难群众台账'], ['姓名', '性别']], [])).toBe('困难群众台账');
    expect(sheetTitle([['姓名', '性别']], [])).toBeNull();
  });

  it('composes a child with a parent that names a person', () => {
    const grid = [
      ['姓名', '监护人', '', '申请人情况', ''],
      ['', '姓名', '联系电话', '身份证号', '住址'],
    ];
    const cols = headerColumns(grid, [m('A1:A2'), m('B1:C1'), m('D1:E1')]);
    expect(labels(cols)).toEqual(['姓名', '监护人姓名', '监护人联系电话', '申请人身份证号', '申请人住址']);
  });

  it('leaves out empty header cells and reads one wide merged cell as one column', () => {
    const grid = [
      ['姓名', '', '性别', '备注', ''],
      ['', '', '', '', ''],
    ];
    expect(labels(headerColumns(grid, [m('D1:E1')]))).toEqual(['姓名', '性别', '备注']);
  });

  it('composes only with parents that name a person', () => {
    expect(composeLabel('联系方式', '手机')).toBe('手机');
    expect(composeLabel('家庭成员情况', '姓名')).toBe('姓名');
    expect(composeLabel('户主', '姓名')).toBe('户主姓名');
    expect(composeLabel('户主', '户主姓名')).toBe('户主姓名');
  });
});

describe('pastedColumns', () => {
  it('reads a header copied from Excel with a merged parent', () => {
    const text = '序号\t监护人\t\t备注\n\t姓名\t联系电话\t';
    expect(labels(pastedColumns(text))).toEqual(['序号', '监护人姓名', '监护人联系电话', '备注']);
  });

  it('reads one label a line, and commas, without duplicates', () => {
    expect(labels(pastedColumns('姓名\n性别，民族\n姓名\n\n'))).toEqual(['姓名', '性别', '民族']);
  });

  it("keeps a label printed again under another section's title: another person's field", () => {
    const text = '申请人信息\n姓名\n联系电话\n监护人信息\n姓名\n联系电话\n姓名';
    expect(labels(pastedColumns(text))).toEqual(['申请人信息', '姓名', '联系电话', '监护人信息', '姓名', '联系电话']);
  });
});

const tc = (text: string, props = '') =>
  `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;
const doc = (body: string) => `<?xml version="1.0"?><w:document><w:body>${body}</w:body></w:document>`;

describe('DOCX tables', () => {
  it('reads a roster with a two-row header made of gridSpan and vMerge', () => {
    const xml = doc(
      tbl(
        tr(
          tc('序号', '<w:vMerge w:val="restart"/>'),
          tc('监护人', '<w:gridSpan w:val="2"/>'),
          tc('备注', '<w:vMerge w:val="restart"/>'),
        ),
        tr(tc('', '<w:vMerge/>'), tc('姓名'), tc('联系电话'), tc('', '<w:vMerge/>')),
        tr(tc(''), tc(''), tc(''), tc('')),
      ),
    );
    const { grid, merges } = tableGrid(docxTables(xml)[0]);
    expect(grid[0]).toEqual(['序号', '监护人', '', '备注']);
    expect(merges).toContainEqual({ top: 0, left: 0, bottom: 1, right: 0 });
    expect(labels(docxColumns(xml))).toEqual(['序号', '监护人姓名', '监护人联系电话', '备注']);
  });

  it('reads a registration form cell by cell, nested tables where they sit, options and blanks left out', () => {
    const inner = tbl(tr(tc('开户银行'), tc('')), tr(tc('银行账号'), tc('')));
    const xml = doc(
      tbl(
        tr(tc('申请人姓名'), tc(''), tc('性别：'), tc('□男 □女')),
        tr(
          tc('家庭住址'),
          `<w:tc><w:p><w:r><w:t>收款账户</w:t></w:r></w:p>${inner}</w:tc>`,
          tc('联系&amp;电话'),
          tc(''),
        ),
      ),
    );
    expect(labels(docxColumns(xml))).toEqual([
      '申请人姓名',
      '性别',
      '家庭住址',
      '收款账户',
      '开户银行',
      '银行账号',
      '联系&电话',
    ]);
  });

  it("keeps the guardian's 姓名 and 联系电话 of a registration form, under the guardian's own title", () => {
    const xml = doc(
      tbl(
        tr(tc('姓名'), tc(''), tc('联系电话'), tc('')),
        tr(tc('监护人信息', '<w:gridSpan w:val="4"/>')),
        tr(tc('姓名'), tc(''), tc('联系电话'), tc('')),
        tr(tc('姓名'), tc('')),
      ),
    );
    expect(labels(docxColumns(xml))).toEqual(['姓名', '联系电话', '监护人信息', '姓名', '联系电话']);
  });

  it('joins a label split over runs and lines', () => {
    const xml = doc(
      tbl(
        tr(
          '<w:tc><w:p><w:r><w:t>身份证</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">号码 </w:t></w:r></w:p></w:tc>',
          tc(''),
        ),
      ),
    );
    expect(labels(docxColumns(xml))).toEqual(['身份证号码']);
  });
});
