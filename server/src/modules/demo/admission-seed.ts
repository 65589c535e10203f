// Demo steps for the catalogue (合肥市 and two versions of 蜀山区's list) and a handful of approved
// admissions of 蜀山区 departments.
import type { AppContext } from '../../context.js';
import type { ItemValues } from '../catalogue/repository.js';
import {
  HEFEI_CATALOGUE,
  SHUSHAN_CATALOGUE_V1,
  SHUSHAN_CATALOGUE_V2,
  SHUSHAN_DEMO_ADMISSIONS,
  type CatalogueItemSeed,
} from './catalogue-data.js';

const toItem = (s: CatalogueItemSeed): ItemValues => ({
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
  await c.seedPublished('3401', 1, HEFEI_CATALOGUE.map(toItem), '2025-03-01', '演示数据：合肥市社区工作事项清单', true);
  await c.seedPublished(
    '340104',
    1,
    SHUSHAN_CATALOGUE_V1.map(toItem),
    '2025-04-01',
    '演示数据：蜀山区社区工作事项清单（2025年版）',
    true,
  );
  await c.seedPublished(
    '340104',
    2,
    SHUSHAN_CATALOGUE_V2.map(toItem),
    '2026-03-01',
    '演示数据：2026年版新增电动自行车隐患排查等事项，合并老年助餐摸排，流动人口登记因数据回流减时',
    true,
  );
  log(
    `演示清单：合肥市 ${HEFEI_CATALOGUE.length} 项，蜀山区第 1 版 ${SHUSHAN_CATALOGUE_V1.length} 项、第 2 版 ${SHUSHAN_CATALOGUE_V2.length} 项`,
  );
}

export async function seedAdmissions(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const sorted = [...SHUSHAN_DEMO_ADMISSIONS].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const numbers: string[] = [];
  for (const s of sorted) {
    // Decided 35 days before the start, as the 30-working-day rule would have it.
    const decided = new Date(Date.parse(s.startDate) - 35 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const draft = {
      title: s.title,
      kind: s.kind,
      listType: s.listType,
      description: s.description,
      legalBasis: s.legalBasis,
      scope: { type: s.scope.type, codes: 'codes' in s.scope ? s.scope.codes : [] },
      frequency: s.frequency,
      occurrencesPerYear: s.occurrencesPerYear ?? null,
      minutesPerOccurrence: s.minutesPerOccurrence,
      ledgerFields: s.ledgerFields ?? null,
      ledgerRows: s.ledgerRows ?? null,
      resources: s.resources,
      assessment: s.assessment,
      startDate: s.startDate,
      expiryDate: s.expiryDate,
    };
    numbers.push(
      await ctx.services.admission.importApproved(`340104-${s.departmentKind}`, draft, decided, '周立新（演示）', {
        isDemo: true,
      }),
    );
  }
  log(`演示准入事项 ${numbers.length} 项：${numbers.join('、')}`);
}
