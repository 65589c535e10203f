// Demo step (issue 13 §1): 民政局 brings its own facts back (回流). 高龄津贴 is paid by 民政, so whether an
// elder receives it and how much are 民政's facts, never asked of the community: its payment roster of
// 五里墩街道 (generated from the demo population, the same every time) goes through the hub's normal import
// pipeline — upload, dry run, commit — and fills 高龄津贴台账's two benefit columns.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppContext } from '../../context.js';
import { ageOn } from '../hub/subjects-service.js';
import type { DemoSubject } from './residents.js';
import { wulidunPopulation } from './population-seed.js';

export const ROSTER_DATASET = 'demo-340104-minzheng-gaoling';

/** 月发放标准 by age (fictional demo amounts). */
export const allowanceFor = (age: number): number => (age >= 100 ? 600 : age >= 90 ? 300 : 100);

/** 民政's roster of everyone of 80 and more on `today`: most receive the allowance, a few have not applied. */
export function gaolingRoster(
  subjects: DemoSubject[],
  communityName: (code: string) => string,
  today: string,
): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const s of subjects) {
    if (s.type !== 'resident') continue;
    const age = ageOn(s.values.birth_date, today);
    if (age === null || age < 80) continue;
    const n = rows.length + 1;
    // One in 29 has not applied (the roster says so: 否, 0 元) — the community is still not asked.
    const receives = n % 29 !== 7;
    rows.push([
      n,
      s.values.name,
      s.values.id_number,
      receives ? '是' : '否',
      receives ? allowanceFor(age) : 0,
      communityName(s.communityCode),
    ]);
  }
  return rows;
}

export async function gaolingWorkbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('高龄津贴发放名册');
  ws.addRow(['序号', '姓名', '公民身份号码', '是否享受高龄津贴', '高龄津贴金额（元/月）', '所属社区']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function seedBackflow(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const { subjects: hub, imports, accounts } = ctx.services;
  const { subjects, communityName } = await wulidunPopulation(ctx);
  const rows = gaolingRoster(subjects, communityName, ctx.clock.today());
  const datasetId = await hub.ensureDataset({
    code: ROSTER_DATASET,
    name: '高龄津贴发放名册（演示）',
    departmentCode: '340104-minzheng',
    subjectType: 'resident',
    description: '演示数据：区民政局高龄津贴发放名册，民政作为权威来源回流，不向社区采集。',
  });
  const tmp = path.join(os.tmpdir(), `jianfu-demo-gaoling-${process.pid}.xlsx`);
  fs.writeFileSync(tmp, await gaolingWorkbook(rows));
  try {
    const steward = await accounts.actingAs('steward.hefei');
    const uploaded = await imports.upload(steward, datasetId, {
      tmpPath: tmp,
      filename: '蜀山区高龄津贴发放名册.xlsx',
    });
    await (
      await imports.startDryRun(steward, uploaded.id, uploaded.mapping)
    ).done;
    await (
      await imports.startCommit(steward, uploaded.id)
    ).done;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  log(`民政高龄津贴发放名册已导入（回流）：${rows.length} 名八十周岁以上老人`);
}
