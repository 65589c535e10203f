import { describe, expect, it } from 'vitest';
import { itemEvents, purchaseEvents, type AdmittedItem } from './derive.js';

const item: AdmittedItem = {
  id: 7,
  department: '340104-minzheng',
  kind: 'task',
  number: '蜀准〔2025〕7号',
  frequency: 'monthly',
  occurrencesPerYear: null,
  minutesPerOccurrence: 180,
  ledgerFields: null,
  ledgerRows: null,
  start: '2025-12-01',
  end: '2027-11-30',
  communities: ['340104006001', '340104006002'],
  amendments: [],
};
const sum = (xs: { minutes: number }[]) => xs.reduce((n, e) => n + e.minutes, 0);

describe('购买服务承接: a contract moves its item off the communities', () => {
  const contract = {
    id: 3,
    months: [
      { community: '340104006001', month: '2026-01', share: 1, ratio: 1 },
      { community: '340104006002', month: '2026-01', share: 1, ratio: 0.5 },
    ],
  };

  it("moves the item's own minutes off, and shows what delivery did not keep up with as a gap", () => {
    const ev = purchaseEvents(item, contract);
    const moved = ev.filter((e) => e.source === 'purchased_service');
    const gap = ev.filter((e) => e.source === 'purchase_gap');
    expect(moved.map((e) => e.minutes)).toEqual([-180, -180]);
    expect(gap).toHaveLength(1);
    expect(gap[0]).toMatchObject({ community: '340104006002', minutes: 90, number: '蜀准〔2025〕7号' });
    expect(ev.every((e) => e.ref === 'purchase_contract:3' && e.objectKind === 'task')).toBe(true);
    // The item stays admitted: its own events are unchanged; the community's total falls by the moved hours.
    const own = itemEvents(item, ['2026-01']);
    expect(sum(own) + sum(ev)).toBe(360 - 180 - 90);
  });

  it("moves a share of a month the term covers only in part, and nothing outside the item's months", () => {
    const ev = purchaseEvents(item, {
      id: 3,
      months: [
        { community: '340104006001', month: '2026-01', share: 0.5, ratio: 1 },
        { community: '340104006001', month: '2028-01', share: 1, ratio: 1 },
      ],
    });
    expect(ev).toEqual([expect.objectContaining({ month: '2026-01', minutes: -90 })]);
  });

  it('leaves work counted per dispatch alone (its dispatches go to the organisation)', () => {
    expect(purchaseEvents({ ...item, frequency: 'as_needed' }, contract)).toEqual([]);
  });
});
