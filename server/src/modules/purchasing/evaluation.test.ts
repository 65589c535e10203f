import { describe, expect, it } from 'vitest';
import { gradeOfScore } from '#common/purchasing.js';
import {
  dueMonths,
  evaluationOf,
  missingReports,
  monthNumbers,
  orgRecord,
  reportableMonths,
  reportErrors,
  residentMayRate,
} from './evaluation.js';
import type { IndicatorSpec } from './rules.js';

const term = { startDate: '2026-01-01', endDate: '2026-12-31' };
const visits: IndicatorSpec = {
  name: '每位独居老人每年探访 4 次',
  activityKind: 'visit',
  basis: 'per_beneficiary_year',
  target: 4,
  beneficiaries: 30,
};
const act = (heldOn: string, kind: 'visit' | 'group_activity', beneficiaries: number, community = 'A') => ({
  heldOn,
  kind,
  beneficiaries,
  participants: 2,
  community,
});

describe('monthly report numbers', () => {
  it('counts the month’s activities and the indicators as they stood at its end', () => {
    const acts = [
      act('2026-02-28', 'visit', 10),
      act('2026-03-01', 'visit', 15),
      act('2026-03-31', 'group_activity', 20, 'B'),
      act('2026-04-01', 'visit', 30),
    ];
    const n = monthNumbers('2026-03', acts, [visits], term);
    expect(n).toEqual({
      activities: 2,
      participants: 4,
      beneficiaries: 35,
      communities: 2,
      byKind: [
        { kind: 'visit', n: 1 },
        { kind: 'group_activity', n: 1 },
      ],
      // February's and March's visits, not April's.
      indicators: [{ name: visits.name, delivered: 25, required: 120 }],
    });
  });

  it('a month without activities reports zeros', () => {
    expect(monthNumbers('2026-05', [], [visits], term)).toMatchObject({ activities: 0, byKind: [], communities: 0 });
  });
});

describe('which months are due and may be reported', () => {
  it('months of the term that have ended are due; the current one is not yet', () => {
    expect(dueMonths(term, '2026-04-10')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(dueMonths(term, '2025-12-31')).toEqual([]);
    expect(dueMonths(term, '2027-03-01')).toHaveLength(12);
    expect(missingReports(term, '2026-04-10', ['2026-02'])).toEqual(['2026-01', '2026-03']);
    expect(reportableMonths(term, '2026-04-10', ['2026-02'])).toEqual(['2026-04', '2026-03', '2026-01']);
  });

  it('refuses a month outside the term or not begun', () => {
    expect(reportErrors('2025-12', term, '2026-04-10')).toEqual([{ field: 'month', reason: 'outside_term' }]);
    expect(reportErrors('2026-05', term, '2026-04-10')).toEqual([{ field: 'month', reason: 'in_future' }]);
    expect(reportErrors('2026-04', term, '2026-04-10')).toEqual([]);
  });
});

describe('the closing evaluation', () => {
  it('grades by the score’s band and refuses a grade that disagrees', () => {
    expect([95, 90, 89, 80, 79, 60, 59, 0].map(gradeOfScore)).toEqual([
      'excellent',
      'excellent',
      'good',
      'good',
      'pass',
      'pass',
      'fail',
      'fail',
    ]);
    expect(evaluationOf({ score: 85 })).toEqual({ grade: 'good', errors: [] });
    expect(evaluationOf({ score: 85, grade: 'excellent' }).errors).toEqual([
      { field: 'grade', reason: 'grade_mismatch', params: { grade: 'good' } },
    ]);
  });

  it('an organisation’s record: closed contracts, their mean score, the latest grade, residents’ mean', () => {
    expect(
      orgRecord(
        [
          { score: 70, grade: 'pass', evaluatedAt: '2026-12-31T00:00:00Z' },
          { score: 91, grade: 'excellent', evaluatedAt: '2025-12-31T00:00:00Z' },
        ],
        [5, 4, 4],
      ),
    ).toEqual({ closed: 2, averageScore: 80.5, latestGrade: 'pass', residentScore: 4.3 });
    expect(orgRecord([], [])).toEqual({ closed: 0, averageScore: null, latestGrade: null, residentScore: null });
  });
});

describe('who may rate as a resident', () => {
  const c = { communities: ['A', 'B'], startDate: '2026-01-01', closed: false };
  it('a resident of a covered community, once the service began and until it closes', () => {
    expect(residentMayRate({ community: 'A' }, c, '2026-03-01')).toBe('ok');
    expect(residentMayRate({ community: 'C' }, c, '2026-03-01')).toBe('not_served');
    expect(residentMayRate({ community: 'A' }, c, '2025-12-31')).toBe('not_started');
    expect(residentMayRate({ community: 'A' }, { ...c, closed: true }, '2026-03-01')).toBe('closed');
  });
});
