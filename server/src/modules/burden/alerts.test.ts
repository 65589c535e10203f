import { describe, expect, it } from 'vitest';
import {
  aboveBaselineAgain,
  appsReappearing,
  indexRising,
  informalRising,
  nearDuplicateDispatches,
  refusalsUpheld,
  renamedItems,
  risingRun,
} from './alerts.js';

const series = (values: number[], start = 1) =>
  values.map((value, i) => ({ month: `2026-${String(start + i).padStart(2, '0')}`, value }));

describe('index rising', () => {
  it('fires after three rises in a row, not after two or a dip', () => {
    expect(risingRun(series([100, 90, 95, 97, 99]))).toBe(3);
    expect(indexRising('340104', series([100, 90, 95, 97, 99]))).toMatchObject({
      rule: 'index_rising',
      month: '2026-05',
      since: '2026-03',
      params: { months: 3, from: 90, to: 99, since: '2026-03' },
    });
    expect(indexRising('340104', series([100, 90, 95, 97]))).toBeNull();
    expect(indexRising('340104', series([90, 95, 97, 99, 98]))).toBeNull();
  });
});

describe('back above baseline', () => {
  it('fires when a reduced index climbs back over 100', () => {
    expect(aboveBaselineAgain('340104', series([100, 80, 70, 85, 104]))).toMatchObject({
      since: '2026-04',
      params: { low: 70, lowMonth: '2026-03', now: 104, since: '2026-04' },
    });
  });
  it('stays quiet without a reduction or while still below', () => {
    expect(aboveBaselineAgain('340104', series([100, 95, 102]))).toBeNull();
    expect(aboveBaselineAgain('340104', series([100, 70, 99]))).toBeNull();
  });
});

describe('informal demands rising', () => {
  it('needs three rises and half again as much', () => {
    expect(informalRising('340104-minzheng', series([60, 120, 180, 240]))).toMatchObject({
      since: '2026-02',
      params: { months: 3, fromHours: 1, toHours: 4, since: '2026-02' },
    });
    expect(informalRising('340104-minzheng', series([600, 610, 620, 630]))).toBeNull();
  });
});

describe('texts that come back', () => {
  it('finds a renamed application resembling a rejected item, filed after it', () => {
    const retired = [{ id: 1, title: '社区居民健康档案入户核查', on: '2025-06-01', label: '蜀准〔2024〕3号' }];
    const apps = [
      { id: 2, title: '居民健康档案入户核查登记', on: '2026-03-02', department: '340104-weijian' },
      { id: 3, title: '垃圾分类督导员排班', on: '2026-03-02', department: '340104-chengguan' },
      { id: 4, title: '居民健康档案入户核查登记', on: '2025-01-01', department: '340104-weijian' },
    ];
    const found = renamedItems(apps, retired);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'renamed_item',
      subject: '340104-weijian',
      params: { resembles: '社区居民健康档案入户核查' },
    });
  });

  it('finds an app in use again after a similar one exited', () => {
    const exited = [{ id: 1, title: '蜀山安全生产打卡', on: '2025-05-01' }];
    const found = appsReappearing(
      [
        { id: 2, title: '蜀山安全生产打卡群', on: '2026-02-01', department: '340104-yingji' },
        { id: 3, title: '老年助餐服务', on: '2026-02-01', department: '340104-minzheng' },
      ],
      exited,
    );
    expect(found.map((a) => a.params.name)).toEqual(['蜀山安全生产打卡群']);
  });

  it('finds a department dispatching nearly the same work twice within 60 days', () => {
    const d = [
      { id: 1, title: '2026年第四季度高龄津贴资格认证', on: '2026-10-01', department: 'a' },
      { id: 2, title: '2026年第四季度高龄津贴资格认证（补报）', on: '2026-11-01', department: 'a' },
      { id: 3, title: '2026年第四季度高龄津贴资格认证', on: '2026-11-02', department: 'b' },
      { id: 4, title: '2026年第四季度高龄津贴资格认证', on: '2027-06-01', department: 'a' },
    ];
    const found = nearDuplicateDispatches(d);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ subject: 'a', params: { earlierOn: '2026-10-01' } });
  });
});

describe('refusals upheld on contest', () => {
  const r = (department: string, month: string, state = 'upheld', title = '名单核实') => ({
    department,
    title,
    state,
    month,
    decidedAt: `${month}-10T02:00:00.000Z`,
  });
  it('alerts once per department over the last six months, naming the latest and counting them', () => {
    const alerts = refusalsUpheld(
      [
        r('340104-minzheng', '2026-07'),
        r('340104-minzheng', '2026-11', 'upheld', '困难群众走访'),
        r('340104-minzheng', '2026-05'),
        r('340104-weijian', '2026-10', 'ordered'),
      ],
      '2026-12',
    );
    expect(alerts).toEqual([
      {
        rule: 'refusals_upheld',
        subject: '340104-minzheng',
        month: '2026-11',
        since: '2026-07',
        params: { count: 2, title: '困难群众走访', since: '2026-07' },
      },
    ]);
  });
});
