import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { plainCsv, readTable } from './reader.js';

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

describe('the CSV reader', () => {
  const read = async (text: string | Buffer) => {
    const file = path.join(os.tmpdir(), `jianfu-reader-${process.pid}-${Math.random().toString(36).slice(2)}.csv`);
    fs.writeFileSync(file, text);
    try {
      const rows = [];
      for await (const r of readTable(file, 'csv', 'utf-8')) rows.push(r);
      return { plain: plainCsv(file), rows };
    } finally {
      fs.rmSync(file, { force: true });
    }
  };

  it('reads a file without quotes by splitting, exactly as csv-parse reads the same file with one quoted cell', async () => {
    const lines = [
      '\uFEFF姓名,公民身份号码,备注',
      '张三,340104195001010011,',
      '',
      '李四,340104195001010038,新,增',
      ',,',
      '王五,x',
    ];
    const plain = await read(lines.join('\r\n') + '\r\n');
    expect(plain.plain).toBe(true);
    // One quoted cell sends the file to csv-parse; the records must be the same.
    const quoted = await read(lines.join('\r\n').replace('王五', '"王五"'));
    expect(quoted.plain).toBe(false);
    expect(plain.rows).toEqual(quoted.rows);
    expect(plain.rows).toEqual([
      { rowNo: 1, cells: ['姓名', '公民身份号码', '备注'] },
      { rowNo: 2, cells: ['张三', '340104195001010011', ''] },
      { rowNo: 3, cells: ['李四', '340104195001010038', '新', '增'] },
      { rowNo: 4, cells: ['', '', ''] },
      { rowNo: 5, cells: ['王五', 'x'] },
    ]);
  });

  it('leaves files with a lone carriage return or mixed line endings to csv-parse', async () => {
    expect((await read('a,b\rc,d\r')).plain).toBe(false);
    expect((await read('a,b\r\nc,d\ne,f\r\n')).plain).toBe(false);
    expect((await read('a,b\nc,d\n')).plain).toBe(true);
  });

  it('reads a file larger than one block with characters cut across blocks', async () => {
    const lines = ['姓名,地址'];
    for (let i = 0; i < 20_000; i++) lines.push(`居民${i},合肥市蜀山区五里墩街道${i}号`);
    const { plain, rows } = await read(lines.join('\n'));
    expect(plain).toBe(true);
    expect(rows).toHaveLength(20_001);
    expect(rows[20_000]).toEqual({ rowNo: 20_001, cells: ['居民19999', '合肥市蜀山区五里墩街道19999号'] });
    expect(rows.every((r, i) => r.cells.length === 2 && r.rowNo === i + 1)).toBe(true);
  });

  it('refuses a header that does not decode', async () => {
    await expect(read(Buffer.concat([Buffer.from([0xc3, 0x28]), Buffer.from(',b\n1,2\n')]))).rejects.toMatchObject({
      code: 'dataset_encoding',
    });
  });
});
