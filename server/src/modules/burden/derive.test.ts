import { describe, expect, it } from 'vitest';
import { appEvents, dispatchEvents, informalEvents, itemEvents, monthlyShares, type AdmittedItem } from './derive.js';

const item: AdmittedItem = {
  id: 7,
  department: '340104-minzheng',
  kind: 'ledger',
  number: '蜀准〔2025〕7号',
  frequency: 'monthly',
  occurrencesPerYear: null,
  minutesPerOccurrence: 60,
  ledgerFields: null,
  ledgerRows: null,
  start: '2025-03-10',
  end: '2025-06-30',
  communities: ['340104006001', '340104006002'],
  amendments: [],
};

describe('admitted items', () => {
  it('costs a hub ledger by the cells each community still fills itself (collecting once lowers it)', () => {
    // 40 fields × 100 rows at 30 s = 2,000 minutes a month as applied for.
    const ledger = { ...item, minutesPerOccurrence: null, ledgerFields: 40, ledgerRows: 100 };
    const hub = new Map([
      ['340104006001', 0], // the hub fills every column
      ['340104006002', 1000], // a quarter of the 4,000 cells are missing
    ]);
    const [full, quarter, estimate] = ['340104006001', '340104006002', '340104006003'].map((c) =>
      itemEvents({ ...ledger, communities: [c], cellsToFill: hub }, ['2025-04']).reduce((n, e) => n + e.minutes, 0),
    );
    expect(full).toBe(0);
    expect(quarter).toBe(500);
    // A community the hub holds nothing for keeps the application's estimate.
    expect(estimate).toBe(2000);
  });

  it('costs each community in scope each month the approval runs, traced to its number', () => {
    const ev = itemEvents(item, ['2025-02', '2025-03', '2025-06', '2025-07']);
    expect(ev).toHaveLength(4);
    expect(ev[0]).toMatchObject({ month: '2025-03', source: 'ledger', minutes: 60, number: '蜀准〔2025〕7号' });
  });

  it('keeps a re-estimate apart from the work, and applies amendments only from their month', () => {
    // Re-estimated from 60 to 90 minutes in May; a real change from 90 to 120 in June.
    const amended = {
      ...item,
      minutesPerOccurrence: 120,
      amendments: [
        { month: '2025-05', beforeMonthly: 60, afterMonthly: 90, tag: 're_estimate' as const },
        { month: '2025-06', beforeMonthly: 90, afterMonthly: 120, tag: 'work_change' as const },
      ],
    };
    expect(monthlyShares(amended, '2025-04')).toEqual({ work: 60, reestimate: 0 });
    expect(monthlyShares(amended, '2025-05')).toEqual({ work: 60, reestimate: 30 });
    expect(monthlyShares(amended, '2025-06')).toEqual({ work: 90, reestimate: 30 });
    const may = itemEvents({ ...amended, communities: ['340104006001'] }, ['2025-05']);
    expect(may.map((e) => [e.minutes, Boolean(e.reestimate)])).toEqual([
      [60, false],
      [30, true],
    ]);
  });

  it('leaves one-off work to its dispatches and inspections and apps to their registers', () => {
    expect(itemEvents({ ...item, frequency: 'once' }, ['2025-04'])).toEqual([]);
    expect(itemEvents({ ...item, kind: 'inspection' }, ['2025-04'])).toEqual([]);
    expect(itemEvents({ ...item, kind: 'meeting' }, ['2025-04'])[0].source).toBe('meeting_training');
  });
});

describe('other sources', () => {
  it('counts a dispatched one-off occurrence unless the community refused it', () => {
    const base = {
      department: 'd',
      sentOn: '2026-11-02',
      number: 'n',
      kind: 'survey',
      frequency: 'once' as const,
      minutesPerOccurrence: 45,
      ledgerFields: null,
      ledgerRows: null,
    };
    const ev = dispatchEvents([
      { ...base, id: 1, community: 'a', status: 'completed' },
      { ...base, id: 2, community: 'b', status: 'refused' },
    ]);
    expect(ev).toEqual([expect.objectContaining({ community: 'a', month: '2026-11', minutes: 45 })]);
  });

  it('costs an app per working day while it is in use, and informal demands without a number', () => {
    const ev = appEvents(
      [
        {
          id: 1,
          community: 'a',
          department: 'd',
          minutesPerDay: 10,
          from: '2026-01-15',
          to: '2026-02-03',
          number: null,
        },
      ],
      '2026-12',
      (m) => (m === '2026-01' ? 20 : 15),
    );
    expect(ev.map((e) => [e.month, e.minutes])).toEqual([
      ['2026-01', 200],
      ['2026-02', 150],
    ]);
    expect(
      informalEvents([{ id: 3, community: 'a', department: 'd', occurredOn: '2026-05-04', minutes: 40 }])[0],
    ).toMatchObject({
      number: null,
      source: 'informal',
      month: '2026-05',
    });
  });
});
