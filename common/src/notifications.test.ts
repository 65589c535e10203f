import { describe, expect, it } from 'vitest';
import { weekEnd } from './dates.js';
import { NOTIFICATION_TEXTS, notificationText } from './i18n/notifications.js';
import { NOTIFICATION_KINDS } from './notifications.js';

describe('notification texts', () => {
  it('has a text in both languages for every kind', () => {
    for (const kind of NOTIFICATION_KINDS) {
      expect(NOTIFICATION_TEXTS[kind]['zh-CN']).toBeTruthy();
      expect(NOTIFICATION_TEXTS[kind].en).toBeTruthy();
    }
  });

  it('fills the parameters and shows vocabulary codes by their label', () => {
    expect(
      notificationText(
        'dispatch_new',
        { department: '蜀山区民政局', title: '高龄津贴认证', number: '蜀准〔2026〕1号', dueDate: '2026-12-31' },
        'zh-CN',
      ),
    ).toBe('蜀山区民政局派单：高龄津贴认证（蜀准〔2026〕1号），2026-12-31 前完成');
    expect(
      notificationText(
        'admission_decision',
        { title: '入户核查', decision: 'approved', number: '蜀准〔2026〕9号' },
        'zh-CN',
      ),
    ).toBe('准入申请“入户核查”：已准入 蜀准〔2026〕9号');
    expect(notificationText('dispatch_refused', { community: 'A', title: 'T', reason: 'no_resources' }, 'en')).toMatch(
      /^A refused “T”: /,
    );
    // A missing parameter renders empty, never "undefined".
    expect(notificationText('admission_decision', { title: '入户核查', decision: 'returned' }, 'zh-CN')).not.toContain(
      'undefined',
    );
  });
});

describe('weekEnd', () => {
  it('is the Sunday of a Monday-first week', () => {
    expect(weekEnd('2026-12-07')).toBe('2026-12-13'); // Monday
    expect(weekEnd('2026-12-10')).toBe('2026-12-13'); // Thursday
    expect(weekEnd('2026-12-13')).toBe('2026-12-13'); // Sunday
  });
});
