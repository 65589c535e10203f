// Browser journeys of 居民服务 · 证明事项: a resident who scanned the notice-board QR code reads, on her phone,
// what the community issues and what it no longer issues (and where to go instead), reports a bank that
// still asked her for a kinship certificate; the 减负办's reviewer sees that bank counted, not her name.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, chromiumPath, login, openBrowser, PHONE, screenshot, SKIP_REASON, submitForm } from './browser.js';

const HOME = '340104006005'; // 家家景园社区
const BANK = '某城市商业银行五里墩支行';

describe.skipIf(!chromiumPath)(chromiumPath ? 'certificate journeys' : `certificate journeys — ${SKIP_REASON}`, () => {
  it('a resident reads the guides on a phone, reports a bank asking for a forbidden certificate, asks for an allowed one online; her worker issues it and anyone verifies it', async () => {
    const s = await openBrowser('zh-CN', PHONE);
    try {
      const page = s.page;
      // The QR code names her community; no login needed to read.
      await page.goto(`/public/certificates?org=${HOME}`);
      await page.getByTestId('cert-forbidden').waitFor();
      expect(await page.getByTestId('certificates').textContent()).toContain('家家景园社区');
      expect(await page.getByTestId('cert-allowed').textContent()).toContain('居住情况证明');
      await screenshot(page, 'cert-list-phone');
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

      // An allowed one: what to bring, the steps, free.
      await page.getByTestId('cert-allowed').getByText('居住情况证明').tap();
      await page.getByTestId('cert-materials').waitFor();
      expect(await page.getByTestId('cert-state').getAttribute('data-allowed')).toBe('true');
      expect(await page.getByTestId('cert-materials').textContent()).toContain('居民身份证');
      expect(await page.getByTestId('cert-facts').textContent()).toContain('免费');
      await screenshot(page, 'cert-allowed-phone');

      // A forbidden one: no longer issued, what to do instead, who checks it; reporting needs a login.
      await page.goto(`/public/certificates?org=${HOME}&q=亲属`);
      await page.getByTestId('cert-forbidden').getByText('亲属关系证明').tap();
      await page.getByTestId('cert-not-issued').waitFor();
      expect(await page.getByTestId('cert-instead').textContent()).toContain('户口簿');
      expect(await page.getByTestId('cert-guide').textContent()).toContain('蜀山区公安分局');
      await page.getByTestId('cert-login').waitFor();
      await screenshot(page, 'cert-forbidden-phone');

      await login(page, 'resident.demo');
      await page.goto(`/public/certificates?q=亲属`); // signed in: her own community's lists
      await page.getByTestId('cert-forbidden').getByText('亲属关系证明').tap();
      await page.getByTestId('cert-report').tap();
      await page.getByTestId('ask-form').waitFor();
      await page.getByTestId('ask-name').fill(BANK);
      await screenshot(page, 'cert-report-phone');
      await submitForm(page, 'ask-submit', 'ask-form');
      await page.getByTestId('cert-reported').waitFor();
    } finally {
      await s.close();
    }

    const r = await openBrowser();
    try {
      await login(r.page, 'reviewer.shushan');
      await r.page.goto('/certificates/asks');
      const table = r.page.getByTestId('forbidden-asks-table');
      await expect.poll(() => table.textContent(), { timeout: 15_000 }).toContain(BANK);
      expect(await table.textContent()).toContain('亲属关系证明 ×1');
      // Never who reported.
      expect(await r.page.getByTestId('forbidden-asks').textContent()).not.toContain('李桂兰');
      await screenshot(r.page, 'cert-asks-reviewer');
    } finally {
      await r.close();
    }
  });
});
