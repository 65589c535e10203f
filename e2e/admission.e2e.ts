// Browser journeys of the admission gate: a department applies, the burden-reduction office admits,
// anyone checks the number without logging in; a certificate the negative list forbids is blocked.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, login, openBrowser, screenshot, SKIP_REASON } from './browser.js';

async function pick(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

async function fillDates(page: Page, start: string, expiry: string): Promise<void> {
  for (const [id, value] of [
    ['adm-start', start],
    ['adm-expiry', expiry],
  ]) {
    await page.getByTestId(id).click();
    await page.getByTestId(id).fill(value);
    await page.keyboard.press('Enter');
  }
}

describe.skipIf(!chromiumPath)(chromiumPath ? 'admission journeys' : `admission journeys — ${SKIP_REASON}`, () => {
  it('dept.shushan.minzheng applies, reviewer.shushan admits, the number is valid on the public check page', async () => {
    const dept = await openBrowser();
    let number = '';
    try {
      await login(dept.page, 'dept.shushan.minzheng');
      await dept.page.goto('/admissions/new');
      await dept.page.getByTestId('admission-form').waitFor();
      await dept.page.getByTestId('adm-title').fill('独居老人定期探访');
      await pick(dept.page, 'adm-kind', '工作事项');
      await dept.page
        .getByTestId('adm-description')
        .fill('每月上门探访辖区独居老人一次，了解健康和生活状况，发现困难及时转介。');
      await dept.page.getByTestId('adm-legal-basis').fill('《中华人民共和国老年人权益保障法》');
      await dept.page.getByTestId('adm-scope-streets').click();
      await pick(dept.page, 'adm-scope-street-picker', '五里墩街道');
      await dept.page.keyboard.press('Escape');
      await pick(dept.page, 'adm-frequency', '每月');
      await dept.page.getByTestId('adm-minutes').fill('120');
      await dept.page.getByTestId('adm-funds').fill('30000');
      await fillDates(dept.page, '2027-04-01', '2029-03-31');
      // The live pre-check panel estimates the burden for the street's six communities.
      await expect
        .poll(() => dept.page.getByTestId('precheck-burden').textContent(), { timeout: 15_000 })
        .toContain('144');
      expect(await dept.page.getByTestId('precheck-negative_list').getAttribute('data-verdict')).toBe('pass');
      await screenshot(dept.page, 'admission-form');
      await dept.page.getByTestId('adm-submit').click();
      await dept.page.locator('[data-testid=adm-status][data-status=submitted]').waitFor({ timeout: 15_000 });
      await screenshot(dept.page, 'admission-submitted');
    } finally {
      await dept.close();
    }

    const reviewer = await openBrowser();
    try {
      await login(reviewer.page, 'reviewer.shushan');
      await reviewer.page.goto('/review');
      await reviewer.page.getByTestId('review-queue').waitFor();
      await reviewer.page.getByTestId('review-queue').locator('a', { hasText: '独居老人定期探访' }).first().click();
      await reviewer.page.getByTestId('action-start_review').click();
      await reviewer.page.getByTestId('action-confirm').click();
      await reviewer.page.locator('[data-testid=adm-status][data-status=under_review]').waitFor();
      await reviewer.page.getByTestId('action-approve').click();
      await reviewer.page.getByTestId('action-confirm').click();
      await reviewer.page.locator('[data-testid=adm-status][data-status=approved]').waitFor();
      number = (await reviewer.page.getByTestId('adm-number').innerText()).trim();
      expect(number).toMatch(/蜀准〔\d{4}〕\d+号/);
      await screenshot(reviewer.page, 'admission-approved');
    } finally {
      await reviewer.close();
    }

    const anyone = await openBrowser();
    try {
      await anyone.page.goto('/check');
      await anyone.page.getByTestId('check-input').fill(number.match(/蜀准〔\d{4}〕\d+号/)![0]);
      await anyone.page.getByTestId('check-submit').click();
      const result = anyone.page.getByTestId('check-result');
      await result.waitFor();
      expect(await result.getAttribute('data-status')).toBe('valid');
      expect(await result.textContent()).toContain('独居老人定期探访');
      await screenshot(anyone.page, 'admission-public-check');
    } finally {
      await anyone.close();
    }
  });

  it('blocks an application for a certificate the negative list forbids, naming the item', async () => {
    const s = await openBrowser();
    try {
      await login(s.page, 'dept.shushan.minzheng');
      await s.page.goto('/admissions/new');
      await s.page.getByTestId('adm-title').fill('请社区为居民开具亲属关系证明');
      const neg = s.page.getByTestId('precheck-negative_list');
      await expect.poll(() => neg.getAttribute('data-verdict'), { timeout: 15_000 }).toBe('block');
      expect(await neg.textContent()).toContain('亲属关系证明');
      await screenshot(s.page, 'admission-negative-block');
    } finally {
      await s.close();
    }
  });

  it('shows the published catalogue and its changes without login', async () => {
    const s = await openBrowser();
    try {
      await s.page.goto('/public/catalogue/340104');
      await s.page.getByTestId('catalogue-items').waitFor();
      expect(await s.page.getByTestId('catalogue-items').textContent()).toContain('最低生活保障');
      await s.page.getByTestId('catalogue-search').fill('亲属关系');
      await expect.poll(() => s.page.getByTestId('catalogue-items').textContent()).toContain('亲属关系证明');
      await screenshot(s.page, 'catalogue-public');
    } finally {
      await s.close();
    }
  });
});
