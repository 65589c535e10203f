import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ProblemError } from '../../http/problem.js';
import { checkZip, declaredProblem, XLSX_LIMITS } from './zip-guard.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-zip-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A minimal zip writer: deflated entries, optionally declaring a size other than the real one. */
function zip(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = zlib.deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.data.length;
    const crc = zlib.crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function file(name: string, body: Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, body);
  return p;
}

async function codeOf(p: string): Promise<string | null> {
  try {
    await checkZip(p, path.basename(p));
    return null;
  } catch (err) {
    if (err instanceof ProblemError) return err.code;
    throw err;
  }
}

describe('the XLSX guard', () => {
  it('lets a real workbook through', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow(['姓名', '公民身份号码']);
    for (let i = 0; i < 2000; i++) ws.addRow([`张${i}`, `34010419500101${String(i).padStart(4, '0')}`]);
    const p = file('real.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await codeOf(p)).toBeNull();
  });

  it('refuses a truncated or garbled file as unreadable, with no exception escaping', async () => {
    const good = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<row>'.repeat(1000)) }]);
    expect(await codeOf(file('cut.xlsx', good.subarray(0, good.length - 30)))).toBe('dataset_unreadable');
    const garbled = Buffer.from(good);
    garbled.fill(0x41, 40, 60); // corrupt the deflated data
    expect(await codeOf(file('garbled.xlsx', garbled))).toBe('dataset_unreadable');
    expect(await codeOf(file('not-zip.xlsx', Buffer.from('PK but not a zip at all')))).toBe('dataset_unreadable');
  });

  it('refuses a bomb by its declared ratio, and one with a lying header while inflating', async () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    expect(await codeOf(file('bomb.xlsx', zip([{ name: 'xl/sharedStrings.xml', data: zeros }])))).toBe(
      'dataset_expands_too_much',
    );
    // Declares 1 KB, inflates to 8 MB: stopped by the counter at 1 KB.
    const liar = zip([{ name: 'xl/sharedStrings.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x61), declaredSize: 1024 }]);
    expect(await codeOf(file('liar.xlsx', liar))).toBe('dataset_expands_too_much');
  });

  it('judges declared sizes, counts and ratios (pure)', () => {
    const e = (uncompressedSize: number, compressedSize: number) => ({
      name: 'x',
      method: 8,
      compressedSize,
      uncompressedSize,
      localHeaderOffset: 0,
    });
    expect(declaredProblem([e(50_000_000, 5_000_000)], XLSX_LIMITS)).toBeNull();
    expect(declaredProblem([e(600_000_000, 1_000_000)], XLSX_LIMITS)).toBe('ratio');
    expect(
      declaredProblem(
        Array.from({ length: 11 }, () => e(100_000_000, 10_000_000)),
        XLSX_LIMITS,
      ),
    ).toBe('too_large');
    expect(
      declaredProblem(
        Array.from({ length: 2001 }, () => e(10, 10)),
        XLSX_LIMITS,
      ),
    ).toBe('too_many');
  });
});
