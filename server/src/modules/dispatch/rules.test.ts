import { describe, expect, it } from 'vitest';
import { demandsPhotoProof, inboxStatus, inboxTabCounts, itemActions, moveItem } from './rules.js';

describe('inbox items', () => {
  it('move new → acknowledged → in progress → done, and can be refused while open', () => {
    expect(moveItem('new', 'acknowledge')).toBe('acknowledged');
    expect(moveItem('acknowledged', 'start')).toBe('in_progress');
    expect(moveItem('in_progress', 'complete')).toBe('done');
    expect(moveItem('in_progress', 'refuse')).toBe('refused');
    expect(moveItem('done', 'refuse')).toBeNull();
    expect(moveItem('refused', 'complete')).toBeNull();
    expect(itemActions('done')).toEqual([]);
  });
  it('show open work past its due date as overdue', () => {
    expect(inboxStatus('acknowledged', '2026-11-20', '2026-11-28')).toBe('overdue');
    expect(inboxStatus('done', '2026-11-20', '2026-11-28')).toBe('done');
    expect(inboxStatus('new', '2026-11-28', '2026-11-28')).toBe('new');
  });
  it('count the tabs: past due only among open work, every status in all', () => {
    expect(
      inboxTabCounts([
        { status: 'new', n: 3, late: 1 },
        { status: 'in_progress', n: 2, late: 2 },
        { status: 'done', n: 4, late: 4 },
        { status: 'refused', n: 1, late: 0 },
      ]),
    ).toEqual({ all: 10, overdue: 3, new: 3, acknowledged: 0, in_progress: 2, done: 4, refused: 1, withdrawn: 0 });
  });
});

describe('photo proof', () => {
  it('is spotted in instructions', () => {
    expect(demandsPhotoProof('入户走访后拍照上传系统')).toBe(true);
    expect(demandsPhotoProof('请各社区截图留痕并在群内接龙')).toBe(true);
    expect(demandsPhotoProof('每日在小程序打卡')).toBe(true);
  });
  it('but not where the text says it is not needed', () => {
    expect(demandsPhotoProof('如实填写走访记录即可，无需拍照，不得要求截图')).toBe(false);
    expect(demandsPhotoProof('按表格填写，10月底前完成')).toBe(false);
  });
});
