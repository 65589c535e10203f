// Browser journeys of 居民服务 · 证明事项: a resident who scanned the notice-board QR code reads, on her phone,
// what the community issues and what it no longer issues (and where to go instead), reports a bank that
// still asked her for a kinship certificate; the 减负办's reviewer sees that bank counted, not her name.
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '#common/idcard.js';
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
      await page.goBack();
      await page.getByTestId('cert-search').locator('input').fill('亲属');
      await page.keyboard.press('Enter');
      await page.getByTestId('cert-forbidden').getByText('亲属关系证明').tap();
      await page.getByTestId('cert-not-issued').waitFor();
      expect(await page.getByTestId('cert-instead').textContent()).toContain('户口簿');
      expect(await page.getByTestId('cert-guide').textContent()).toContain('蜀山区公安分局');
      await page.getByTestId('cert-login').waitFor();
      await screenshot(page, 'cert-forbidden-phone');

      await page.getByTestId('cert-login').tap();
      await login(page, 'resident.demo', `/public/certificates?q=亲属`); // signed in: her own community's lists
      await page.getByTestId('cert-forbidden').getByText('亲属关系证明').tap();
      await page.getByTestId('cert-report').tap();
      await page.getByTestId('ask-form').waitFor();
      await page.getByTestId('ask-name').fill(BANK);
      await screenshot(page, 'cert-report-phone');
      await submitForm(page, 'ask-submit', 'ask-form');
      await page.getByTestId('cert-reported').waitFor();

      // An allowed one she asks for online; it waits in 我的证明.
      await page.goBack();
      await page.getByTestId('cert-search').locator('input').fill('居住情况');
      await page.keyboard.press('Enter');
      await page.getByTestId('cert-allowed').getByText('居住情况证明').tap();
      await page.getByTestId('cert-request').tap();
      await page.getByTestId('request-purpose').fill('申领居住证');
      await submitForm(page, 'request-submit', 'request-form');
      await page.getByTestId('my-certificates').waitFor();
      await expect.poll(() => page.getByTestId('request-status').first().getAttribute('data-status')).toBe('submitted');
      await screenshot(page, 'cert-mine-waiting-phone');
    } finally {
      await s.close();
    }

    // Her worker, on a phone, checks the request against 一表通 and issues it.
    const w = await openBrowser('zh-CN', PHONE);
    let verifyCode = '';
    try {
      await login(w.page, 'worker.jiajia', '/certificates/requests');
      const card = w.page.locator('[data-testid^=community-request-]').filter({ hasText: '申领居住证' }).first();
      await card.waitFor();
      expect(await card.getByTestId('request-record').textContent()).toContain('李桂兰');
      await screenshot(w.page, 'cert-requests-worker-phone');
      await card.getByTestId('request-issue').tap();
      await w.page.getByTestId('decide-text').fill('自 2019 年 3 月起在本社区实际居住。');
      await submitForm(w.page, 'decide-submit', 'decide-form');
      await w.page.getByTestId('requests-filter').getByText('已开具').tap();
      const issued = w.page.locator('[data-testid^=community-request-]').filter({ hasText: '申领居住证' }).first();
      await expect.poll(() => issued.getByTestId('request-pdf').textContent()).toMatch(/[A-Z2-9]{4}-[A-Z2-9]{4}/);
      verifyCode = /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec((await issued.getByTestId('request-pdf').textContent()) ?? '')![1];
    } finally {
      await w.close();
    }

    // She downloads the PDF, and anyone verifies its code.
    const s2 = await openBrowser('zh-CN', PHONE);
    try {
      await login(s2.page, 'resident.demo', '/me/certificates');
      const pdfLink = s2.page.getByTestId('request-pdf').first();
      await pdfLink.waitFor();
      const pdf = await s2.page.request.get((await pdfLink.getAttribute('href'))!);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      const bytes = await pdf.body();
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      fs.writeFileSync(path.join(ARTIFACTS, 'cert-issued.pdf'), bytes);
      await screenshot(s2.page, 'cert-mine-issued-phone');
      await s2.page.goto(`/public/certificates/verify/${verifyCode}`);
      await expect.poll(() => s2.page.getByTestId('verify-result').getAttribute('data-state')).toBe('valid');
      expect(await s2.page.getByTestId('verify-result').textContent()).toContain('李**');
      await screenshot(s2.page, 'cert-verify-phone');
    } finally {
      await s2.close();
    }

    const r = await openBrowser();
    try {
      await login(r.page, 'reviewer.shushan', '/certificates/asks');
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
  it('a department checks a fact in 一表通 instead of asking for a certificate, and is told when the hub holds no record', async () => {
    const d = await openBrowser();
    try {
      await login(d.page, 'dept.shushan.minzheng', '/attestations');
      await d.page.getByTestId('attest-form').waitFor();
      // A valid ID number of nobody in the demo (区划 340104, born 1950-01-01).
      await d.page.getByTestId('attest-id').fill(makeIdNumber('340104', '1950-01-01', 999, 'female'));
      await d.page.getByTestId('attest-community').fill('340104006005');
      await d.page
        .getByTestId('attest-form')
        .locator('label.ant-radio-button-wrapper')
        .filter({ hasText: '居民本人同意' })
        .click();
      await d.page.getByTestId('attest-consent').fill('高龄津贴申请表 2026-118');
      await d.page.getByTestId('attest-purpose').fill('高龄津贴资格核验');
      await d.page.getByTestId('attest-submit').click();
      await expect.poll(() => d.page.getByTestId('attest-answer').getAttribute('data-answer')).toBe('unknown');
      expect(await d.page.getByTestId('attest-answer').textContent()).toContain('本人同意：高龄津贴申请表 2026-118');
      await screenshot(d.page, 'cert-attest-department');
    } finally {
      await d.close();
    }
  });
});
