// Demo steps for the catalogue (合肥市 and two versions of 蜀山区's list) and a handful of approved
// admissions of 蜀山区 departments.
import type { AppContext } from '../../context.js';
import type { ItemValues } from '../catalogue/repository.js';
import { addDays } from '#common/dates.js';
import { storyOf } from './story.js';
import {
  HEFEI_CATALOGUE,
  SHUSHAN_CATALOGUE_V1,
  SHUSHAN_CATALOGUE_V2,
  SHUSHAN_DEMO_ADMISSIONS,
  type CatalogueItemSeed,
} from './catalogue-data.js';
import { demoOpinion } from './opinions.js';

export const toItem = (s: CatalogueItemSeed): ItemValues => ({
  code: s.code,
  listType: s.listType,
  name: s.name,
  description: s.description,
  legalBasis: s.legalBasis,
  departmentKind: s.departmentKind,
  objectKind: s.objectKind,
  frequency: s.frequency,
  occurrencesPerYear: s.occurrencesPerYear ?? null,
  standardMinutes: s.standardMinutes,
  effectiveFrom: null,
  effectiveTo: null,
});

export async function seedCatalogue(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const c = ctx.services.catalogue;
  const story = storyOf(ctx.clock.today());
  await c.seedPublished(
    '3401',
    1,
    HEFEI_CATALOGUE.map(toItem),
    story.date('2025-03-01'),
    '演示数据：合肥市社区工作事项清单',
    true,
  );
  await c.seedPublished(
    '340104',
    1,
    SHUSHAN_CATALOGUE_V1.map(toItem),
    story.date('2025-04-01'),
    story.text('演示数据：蜀山区社区工作事项清单（2025年版）'),
    true,
  );
  await c.seedPublished(
    '340104',
    2,
    SHUSHAN_CATALOGUE_V2.map(toItem),
    story.date('2026-03-01'),
    story.text('演示数据：2026年版新增电动自行车隐患排查等事项，合并老年助餐摸排，流动人口登记因数据回流减时'),
    true,
  );
  log(
    `演示清单：合肥市 ${HEFEI_CATALOGUE.length} 项，蜀山区第 1 版 ${SHUSHAN_CATALOGUE_V1.length} 项、第 2 版 ${SHUSHAN_CATALOGUE_V2.length} 项`,
  );
}

export async function seedAdmissions(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const story = storyOf(ctx.clock.today());
  const sorted = [...SHUSHAN_DEMO_ADMISSIONS].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const numbers: string[] = [];
  for (const s of sorted) {
    const startDate = story.date(s.startDate);
    // Decided 35 days before the start, as the 30-working-day rule would have it.
    const decided = addDays(startDate, -35);
    const draft = {
      title: story.text(s.title),
      kind: s.kind,
      listType: s.listType,
      description: story.text(s.description),
      legalBasis: s.legalBasis,
      scope: { type: s.scope.type, codes: 'codes' in s.scope ? s.scope.codes : [] },
      frequency: s.frequency,
      occurrencesPerYear: s.occurrencesPerYear ?? null,
      minutesPerOccurrence: s.minutesPerOccurrence,
      ledgerFields: s.ledgerFields ?? null,
      ledgerRows: s.ledgerRows ?? null,
      resources: { ...s.resources, training: story.text(s.resources.training) },
      assessment: s.assessment,
      startDate,
      expiryDate: story.date(s.expiryDate),
    };
    numbers.push(
      await ctx.services.admission.importApproved(
        `340104-${s.departmentKind}`,
        draft,
        decided,
        '周立新（演示）',
        demoOpinion(s.listType, s.legalBasis),
        { isDemo: true },
      ),
    );
  }
  log(`演示准入事项 ${numbers.length} 项：${numbers.join('、')}`);
}
