// Application drafts the tests share, built for a test's own district with dates relative to its clock.
import type { BuiltDistrict } from './builders.js';
import type { TestDates } from './dates.js';

/**
 * A complete, admissible application of the district's 民政局: 120 minutes a month in the district's
 * first street (24 h per community a year), funded, starting four months ahead (past the 30 working days).
 */
export function goodDraft(dates: TestDates, d: BuiltDistrict) {
  const startDate = dates.monthStart(4);
  return {
    title: '独居老人定期探访',
    kind: 'task',
    listType: 'assist',
    description: '每月上门探访辖区独居老人一次，了解健康和生活状况，发现困难及时转介',
    legalBasis: '《中华人民共和国老年人权益保障法》',
    scope: { type: 'streets', codes: [d.streets[0].code] },
    frequency: 'monthly',
    minutesPerOccurrence: 120,
    resources: { fundsYuan: 30000, staff: '', training: '区民政局组织培训一次', equipment: '' },
    assessment: '以探访记录完整率评价，不以照片考核',
    startDate,
    expiryDate: dates.termEnd(startDate, 24),
  };
}
