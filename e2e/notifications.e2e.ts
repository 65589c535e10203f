// Browser journey of 待办与消息: each role's 工作台 leads with its own work; a department dispatches to
// 家家景园社区 and the worker's bell and 新派单 count go up; she opens it from the bell (read) and marks
// all read; the bell's popover fits a 390 px phone.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays } from '#common/dates.js';
import { chromiumPath, login, logout, openBrowser, screenshot, SKIP_REASON, todayInChina } from './browser.js';

const TITLE = '汛期低洼处独居老人转移需求摸底（消息提醒）';

const count = async (p: Page, testId: string) => Number(await p.getByTestId(testId).getAttribute('data-count'));
const unread = async (p: Page) => {
  const sup = p.getByTestId('bell-count').locator('.ant-scroll-number');
  return (await sup.count()) ? Number((await sup.first().getAttribute('title')) ?? '0') : 0;
};

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'to-do and notifications' : `to-do and notifications — ${SKIP_REASON}`,
  () => {
    it('home pages lead with the role’s work; a dispatch rings the worker’s bell and raises her count', async () => {
      // Two tabs: the worker's, and an office computer where the reviewer, then two departments sign in in turn.
      const office = await openBrowser();
      const worker = await openBrowser();
      try {
        const q = worker.page;
        await q.setViewportSize({ width: 1440, height: 900 });
        await login(q, 'worker.jiajia');
        await q.getByTestId('todo-inbox_new').waitFor();
        const newBefore = await count(q, 'todo-inbox_new');
        await q
          .getByTestId('todo-households_missing')
          .waitFor()
          .catch(() => undefined);
        await screenshot(q, 'todo-home-worker');
        const unreadBefore = await unread(q);

        const r = office.page;
        await r.setViewportSize({ width: 1440, height: 900 });
        await login(r, 'reviewer.shushan');
        await r.getByTestId('todo-reviews_in_time').waitFor();
        await r.getByTestId('todo-burden_alerts').waitFor();
        await screenshot(r, 'todo-home-reviewer');

        const p = office.page;
        await logout(p);
        await login(p, 'dept.shushan.minzheng');
        await p.getByTestId('todo-refusals_open').waitFor();
        await screenshot(p, 'todo-home-department');

        // A department sends work to 家家景园社区: 应急局 under its as-needed flood admission (民政's
        // quarterly 高龄津贴 has reached the community this quarter already, so it would be refused).
        await logout(p);
        await login(p, 'dept.shushan.yingji', '/dispatches');
        await p.getByTestId('dispatch-new').click();
        await p.getByTestId('dispatch-form').waitFor();
        await p.getByTestId('dispatch-admission').click();
        await p.locator('.ant-select-item-option').filter({ hasText: '汛期' }).first().click();
        await p.getByTestId('dispatch-title').fill(TITLE);
        await p.getByTestId('dispatch-due').click();
        await p.getByTestId('dispatch-due').fill(addDays(todayInChina(), 30));
        await p.keyboard.press('Enter');
        await p
          .getByTestId('dispatch-instructions')
          .fill('请摸底本社区低洼处独居、高龄老人汛期转移需求，在系统中填写，无需拍照。');
        await p.getByTestId('dispatch-target-type-communities').click();
        await p.getByTestId('dispatch-communities').click();
        await p.getByTestId('dispatch-communities').locator('input').fill('家家');
        await p.locator('.ant-select-tree-node-content-wrapper').filter({ hasText: '家家景园社区' }).first().click();
        await p.keyboard.press('Escape');
        await p.getByTestId('dispatch-submit').click();
        await p.getByTestId('dispatch-counts').waitFor();

        // The worker's home: one more new item, one more unread notification, a badge on 社区待办.
        await q.goto('/');
        await expect.poll(() => count(q, 'todo-inbox_new')).toBe(newBefore + 1);
        await expect.poll(() => unread(q)).toBe(unreadBefore + 1);
        expect(Number(await q.getByTestId('badge-inbox').textContent())).toBe(newBefore + 1);
        await q.getByTestId('bell').click();
        const first = q.getByTestId('notification-popover').getByTestId('notification-item').first();
        await expect.poll(() => first.textContent()).toContain(TITLE);
        expect(await first.getAttribute('data-unread')).toBe('true');
        await screenshot(q, 'todo-bell-worker');

        // Opening it goes to the new work and marks it read.
        await first.click();
        await q.waitForURL(/\/inbox\?status=new/);
        await expect.poll(() => unread(q)).toBe(unreadBefore);

        // The full list; mark all read.
        await q.getByTestId('bell').click();
        await q.getByTestId('notifications-view-all').click();
        await q.getByTestId('notifications-title').waitFor();
        await expect.poll(() => q.getByTestId('notification-item').first().textContent()).toContain(TITLE);
        await screenshot(q, 'todo-notifications-page');
        if (unreadBefore > 0) await q.getByTestId('notifications-page-mark-all').click();
        await expect.poll(() => unread(q)).toBe(0);

        // On a phone the bell and its popover stay inside the screen.
        await q.setViewportSize({ width: 390, height: 844 });
        await q.getByTestId('tab-me').click();
        await q.getByTestId('menu-home').click();
        await q.getByTestId('todo-inbox_new').waitFor();
        await q.getByTestId('bell').click();
        const popover = q.getByTestId('notification-popover');
        await popover.waitFor();
        // antd zooms the popover in: look at it once the animation has ended. An animation that is cancelled
        // instead (the popover re-rendered) rejects its `finished` with an AbortError: ended just the same.
        await popover.evaluate((el) =>
          Promise.all(
            (el.closest('.ant-popover') ?? el)
              .getAnimations({ subtree: true })
              .map((a: { finished: Promise<unknown> }) => a.finished.catch(() => undefined)),
          ),
        );
        await screenshot(q, 'todo-bell-phone');
        const box = (await popover.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
        const bell = (await q.getByTestId('bell').boundingBox())!;
        expect(bell.x + bell.width).toBeLessThanOrEqual(390);
      } finally {
        await Promise.all([office.close(), worker.close()]);
      }
    });
  },
);
