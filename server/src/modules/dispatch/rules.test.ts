import { describe, expect, it } from 'vitest';
import { demandsPhotoProof, dispatchBlocker, inAdmissionScope, inboxStatus, itemActions, moveItem } from './rules.js';

const admission = {
  status: 'approved' as const,
  departmentCode: '340104-minzheng',
  startDate: '2026-03-01',
  expiryDate: '2027-02-28',
};

describe('dispatch eligibility', () => {
  it('allows the own department inside the term', () => {
    expect(dispatchBlocker(admission, '340104-minzheng', '2026-11-28')).toBeNull();
  });
  it('names the reason otherwise', () => {
    expect(dispatchBlocker(admission, '340104-weijian', '2026-11-28')).toBe('not_own_admission');
    expect(dispatchBlocker(admission, '340104-minzheng', '2027-03-01')).toBe('admission_expired');
    expect(dispatchBlocker(admission, '340104-minzheng', '2026-02-01')).toBe('admission_not_started');
    expect(dispatchBlocker({ ...admission, status: 'revoked' }, '340104-minzheng', '2026-11-28')).toBe(
      'admission_revoked',
    );
    expect(dispatchBlocker({ ...admission, status: 'under_review' }, '340104-minzheng', '2026-11-28')).toBe(
      'admission_not_valid',
    );
  });
});

describe('admission scope', () => {
  it('covers the district, chosen streets or chosen communities', () => {
    expect(inAdmissionScope({ type: 'all', codes: [] }, '340104', '340104006005')).toBe(true);
    expect(inAdmissionScope({ type: 'all', codes: [] }, '340104', '340111001001')).toBe(false);
    expect(inAdmissionScope({ type: 'streets', codes: ['340104006'] }, '340104', '340104006005')).toBe(true);
    expect(inAdmissionScope({ type: 'streets', codes: ['340104006'] }, '340104', '340104001001')).toBe(false);
    expect(inAdmissionScope({ type: 'communities', codes: ['340104006005'] }, '340104', '340104006006')).toBe(false);
    expect(inAdmissionScope({ type: 'all', codes: [] }, '340104', '340104006')).toBe(false); // a street is not a community
  });
});

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
