import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from './reader.js';

describe('the XLSX reader', () => {
  it('reads a blank cell between two filled ones as an empty string', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('名单');
    sheet.addRow(['姓名', '电话', '备注', '地址']);
    sheet.addRow(['张三', null, null, '五里墩']);
    const file = path.join(os.tmpdir(), `jianfu-reader-${process.pid}.xlsx`);
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    try {
      const rows = [];
      for await (const r of readTable(file, 'xlsx', 'utf-8')) rows.push(r);
      expect(rows[1]).toEqual({ rowNo: 2, cells: ['张三', '', '', '五里墩'] });
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
});
