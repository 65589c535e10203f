// Spreadsheets that are broken, bombs or absurd are refused at upload with a readable 422 — never a 500,
// never memory held — on both databases.
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDatabase, type Agent, type TestEnv } from '../../testing/harness.js';
import { TEST_CITY } from '../../testing/builders.js';
import { multipart } from '../../testing/multipart.js';

async function world(env: TestEnv): Promise<{ steward: Agent; datasetId: number }> {
  const d = await env.build.district();
  const datasetId = await env.ctx.services.subjects.ensureDataset(
    {
      code: `${d.code}-minzheng-dibao`,
      name: '低保名单',
      departmentCode: d.department('minzheng'),
      subjectType: 'household',
      description: '民政局低保在保户',
    },
    false,
  );
  return { steward: (await env.build.account('data_steward', TEST_CITY.code)).agent, datasetId };
}

const upload = (steward: Agent, datasetId: number, filename: string, body: Buffer) => {
  const form = multipart({}, [
    { name: 'file', filename, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body },
  ]);
  return steward.request('POST', `/api/v1/hub/datasets/${datasetId}/imports`, form.body, {
    'content-type': form.contentType,
  });
};

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describeEachDatabase(
  'spreadsheet uploads',
  (env) => {
    it('takes a proper workbook and refuses a truncated one as unreadable (422, not 500)', async () => {
      const { steward, datasetId } = await world(env());
      const good = await workbook([
        ['户号', '户主姓名', '保障人数'],
        ['001', '张三', 2],
      ]);
      expect((await upload(steward, datasetId, '低保.xlsx', good)).statusCode).toBe(201);
      const cut = await upload(steward, datasetId, '低保.xlsx', good.subarray(0, Math.floor(good.length / 2)));
      expect(cut.statusCode).toBe(422);
      expect(cut.json()).toMatchObject({ code: 'dataset_unreadable' });
      expect(cut.json().title).toContain('XLSX');
    });

    it('refuses a workbook that expands a thousandfold (a zip bomb), holding no memory for it', async () => {
      const { steward, datasetId } = await world(env());
      // Shared strings of 64 MB of spaces, packed to about 65 KB.
      const zipped = zlib.deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
      expect(zipped.length).toBeLessThan(200_000);
      const before = process.memoryUsage().rss;
      const res = await upload(steward, datasetId, 'bomb.xlsx', bombOf(zipped));
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('dataset_expands_too_much');
      expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    });

    it('refuses a cell longer than Excel allows, naming the row', async () => {
      const { steward, datasetId } = await world(env());
      const res = await upload(
        steward,
        datasetId,
        'long.xlsx',
        await workbook([
          ['户号', '户主姓名'],
          ['001', '张'.repeat(40_000)],
        ]),
      );
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'dataset_cell_too_long', detail: '2' });
    });
  },
  { demo: false },
);

/** A one-entry zip (xl/sharedStrings.xml) around already deflated data declaring 64 MB. */
function bombOf(deflated: Buffer): Buffer {
  const name = Buffer.from('xl/sharedStrings.xml');
  const size = 64 * 1024 * 1024;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + deflated.length, 16);
  return Buffer.concat([local, name, deflated, central, name, end]);
}
