// Demo step: the people and households of 五里墩街道 as the departments hold them: the 公安分局's
// population records, the 退役军人事务局's veterans (both loaded as base records), and 残联's list of
// disabled residents imported through the real import pipeline. 民政's 低保 list is left as a GBK CSV
// for a data steward to import (GET /api/v1/demo/files/…).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppContext } from '../../context.js';
import type { BaseRecord } from '../hub/subjects-service.js';
import { disabilityWorkbook } from './datasets.js';
import { DEMO_HOUSEHOLDS } from './grids.js';
import { demoPopulation, type DemoSubject } from './residents.js';
import { storyOf } from './story.js';

const GONGAN_ELEMENTS = new Set([
  'name',
  'gender',
  'ethnicity',
  'birth_date',
  'id_number',
  'hukou_address',
  'residence_address',
  'household_number',
  'relation_to_householder',
  'hukou_category',
  'marital_status',
  'mobile',
  'household_size',
  'family_address',
]);

const only = (r: DemoSubject, keep: (element: string) => boolean): BaseRecord => ({
  ...r,
  values: Object.fromEntries(Object.entries(r.values).filter(([k]) => keep(k))),
});

/** The demo world of 五里墩街道, the same every time. */
export async function wulidunPopulation(
  ctx: AppContext,
): Promise<{ subjects: DemoSubject[]; communityName: (code: string) => string }> {
  const { orgs } = ctx.services;
  const subjects: DemoSubject[] = [];
  const names = new Map<string, string>();
  for (const [code, households] of Object.entries(DEMO_HOUSEHOLDS)) {
    const org = await orgs.get(code);
    names.set(code, org.name);
    const grids = (await orgs.children(code, 0, 100)).items.map((g) => g.code);
    subjects.push(
      ...demoPopulation({ code, name: org.name, households, grids }, storyOf(ctx.clock.today()).year(2026)),
    );
  }
  return { subjects, communityName: (code) => names.get(code) ?? code };
}

export async function seedPopulation(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const { subjects: hub, imports, accounts } = ctx.services;
  const story = storyOf(ctx.clock.today());
  const { subjects, communityName } = await wulidunPopulation(ctx);
  await hub.loadBase(
    {
      code: 'demo-340104-gongan-population',
      name: '户籍人口基础信息（演示）',
      departmentCode: '340104-gongan',
      description: '演示数据：五里墩街道各社区的户籍人口和家庭户，均为虚构。',
    },
    subjects.map((s) => only(s, (e) => GONGAN_ELEMENTS.has(e))),
    `${story.date('2026-09-30')}T00:00:00.000Z`,
    true,
  );
  await hub.loadBase(
    {
      code: 'demo-340104-veterans',
      name: '退役军人信息（演示）',
      departmentCode: '340104-tuiyijunren',
      description: '演示数据：退役军人信息采集结果。',
    },
    subjects
      .filter((s) => s.values.veteran === 'true')
      .map((s) => only(s, (e) => e === 'veteran' || e === 'id_number')),
    `${story.date('2026-08-31')}T00:00:00.000Z`,
    true,
  );

  // 残联's list goes through the same pipeline a data steward uses: upload, dry run, commit.
  const datasetId = await hub.ensureDataset({
    code: 'demo-340104-canlian-disability',
    name: '持证残疾人名单（演示）',
    departmentCode: '340104-canlian',
    subjectType: 'resident',
    description: '演示数据：区残联持证残疾人名单。',
  });
  await hub.ensureDataset({
    code: 'demo-340104-minzheng-dibao',
    name: '城乡低保家庭名单（演示）',
    departmentCode: '340104-minzheng',
    subjectType: 'household',
    description: '演示数据：区民政局低保家庭名单，GBK 编码 CSV。',
  });
  const tmp = path.join(os.tmpdir(), `jianfu-demo-canlian-${process.pid}.xlsx`);
  fs.writeFileSync(tmp, await disabilityWorkbook(subjects, communityName));
  try {
    const steward = await accounts.actingAs('steward.hefei');
    const uploaded = await imports.upload(steward, datasetId, { tmpPath: tmp, filename: '蜀山区持证残疾人名单.xlsx' });
    await (
      await imports.startDryRun(steward, uploaded.id, uploaded.mapping)
    ).done;
    await (
      await imports.startCommit(steward, uploaded.id)
    ).done;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  const residents = subjects.filter((r) => r.type === 'resident').length;
  log(
    `演示人口：五里墩街道 ${residents} 名居民、${subjects.length - residents} 户；残联名单已导入，民政低保名单待导入`,
  );
}
