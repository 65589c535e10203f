// Browser journey of 居民服务 · 诉求: a resident, on her phone, reports a broken street lamp with a photo;
// her community's worker, on a phone, accepts it and closes it with what was done; the resident sees it
// closed, with every step, and rates it.
import { describe, expect, it } from 'vitest';
import { chromiumPath, choose, login, openBrowser, PHONE, screenshot, SKIP_REASON, submitForm } from './browser.js';

// A 1×1 PNG: the server checks the bytes, not the name.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001',
  'hex',
);

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'service request journey' : `service request journey — ${SKIP_REASON}`,
  () => {
    it('a resident reports on a phone, her worker closes it, and she sees it closed and rates it', async () => {
      const what = `3 栋门口路灯不亮 ${Date.now().toString(36)}`;
      const s = await openBrowser('zh-CN', PHONE);
      try {
        const page = s.page;
        await login(page, 'resident.demo', '/me/service-requests');
        await page.getByTestId('my-service-requests').waitFor();
        await page.getByTestId('report-new').tap();
        await page.getByTestId('report-form').waitFor();
        await choose(page, 'report-category', '设施报修');
        await page.getByTestId('report-description').fill(what);
        await page.getByTestId('report-address').fill('家家景园 3 栋东门');
        await page.getByTestId('report-photo').setInputFiles({ name: 'lamp.png', mimeType: 'image/png', buffer: PNG });
        await screenshot(page, 'sr-report-phone');
        await submitForm(page, 'report-submit', 'report-form');
        const mine = page.locator('[data-testid^=service-request-]').filter({ hasText: what }).first();
        await mine.waitFor();
        expect(await mine.getByTestId('service-request-status').textContent()).toBe('待受理');
        await screenshot(page, 'sr-mine-submitted-phone');
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      } finally {
        await s.close();
      }

      const w = await openBrowser('zh-CN', PHONE);
      try {
        await login(w.page, 'worker.jiajia', '/service-requests');
        const card = w.page.locator('[data-testid^=service-request-]').filter({ hasText: what }).first();
        await card.waitFor();
        await screenshot(w.page, 'sr-inbox-worker-phone');
        await card.getByTestId('sr-accept').tap();
        await expect.poll(() => card.getByTestId('service-request-status').textContent()).toBe('办理中');
        await card.getByTestId('sr-close').tap();
        await w.page.getByTestId('act-note').fill('已更换灯泡，路灯恢复照明。');
        await submitForm(w.page, 'act-submit', 'act-form');
        await w.page.getByTestId('inbox-filter').getByText('已办结').tap();
        const closed = w.page.locator('[data-testid^=service-request-]').filter({ hasText: what }).first();
        await closed.waitFor();
        expect(await closed.getByTestId('service-request-notes').textContent()).toContain('已更换灯泡');
        await screenshot(w.page, 'sr-inbox-closed-phone');
      } finally {
        await w.close();
      }
      // The same inbox on a laptop.
      const l = await openBrowser('zh-CN');
      try {
        await login(l.page, 'worker.jiajia', '/service-requests');
        await l.page.getByTestId('inbox-counts').waitFor();
        await screenshot(l.page, 'sr-inbox-worker-laptop');
      } finally {
        await l.close();
      }

      const r = await openBrowser('zh-CN', PHONE);
      try {
        const page = r.page;
        await login(page, 'resident.demo', '/me/service-requests');
        const card = page.locator('[data-testid^=service-request-]').filter({ hasText: what }).first();
        await card.waitFor();
        expect(await card.getByTestId('service-request-status').textContent()).toBe('已办结');
        expect(await card.textContent()).toContain('受理');
        await card.getByTestId('service-request-rate').locator('.ant-rate-star').nth(3).click();
        await card.getByTestId('rate-note').fill('处理很快');
        await card.getByTestId('rate-submit').tap();
        await expect.poll(() => card.textContent()).toContain('您的评价：4 星');
        await screenshot(page, 'sr-mine-rated-phone');
      } finally {
        await r.close();
      }
    });
  },
);
