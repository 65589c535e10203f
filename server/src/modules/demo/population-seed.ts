// Demo step: the people and households of 五里墩街道, loaded as the 蜀山区公安分局's population records.
import type { AppContext } from '../../context.js';
import { DEMO_HOUSEHOLDS } from './grids.js';
import { demoPopulation } from './residents.js';

export async function seedPopulation(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const { orgs, subjects } = ctx.services;
  const records = [];
  for (const [code, households] of Object.entries(DEMO_HOUSEHOLDS)) {
    const org = await orgs.get(code);
    const grids = (await orgs.children(code, 0, 100)).items.map((g) => g.code);
    records.push(...demoPopulation({ code, name: org.name, households, grids }));
  }
  await subjects.loadBase(
    {
      code: 'demo-340104-gongan-population',
      name: '户籍人口基础信息（演示）',
      departmentCode: '340104-gongan',
      description: '演示数据：五里墩街道各社区的户籍人口和家庭户，均为虚构。',
    },
    records,
    '2026-09-30T00:00:00.000Z',
    true,
  );
  const residents = records.filter((r) => r.type === 'resident').length;
  log(`演示人口：五里墩街道 ${residents} 名居民、${records.length - residents} 户（家家景园社区 5000 户）`);
}
