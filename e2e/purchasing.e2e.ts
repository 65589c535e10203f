// Browser journey of 政府购买服务: 蜀山区民政局 buys a visiting service for 家家景园社区 under its demo admission
// from 康宁社工站; the organisation's own login records a visit on a phone; the community's worker rates the
// month on a phone; 负担监测 shows the hours the purchased services take off 五里墩街道's communities — in its
// own figures (购买服务承接 and the gap by source, the same hours as the card), not only beside them. The
// organisation's 承接待办 holds the demo dispatch under the purchased item; 家家景园社区's inbox says so; the
// public page lists the contracts on a phone.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addMonths } from '#common/dates.js';
import {
  chromiumPath,
  choose,
  login,
  logout,
  openBrowser,
  PHONE,
  screenshot,
  SKIP_REASON,
  submitForm,
  tick,
  todayInChina,
} from './browser.js';

/** An antd InputNumber: the test id lands on the input itself or on its wrapper, by version. */
const num = (p: Page, id: string) => p.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();

const LAPTOP = { viewport: { width: 1366, height: 900 } };
const TITLE = '家家景园社区独居老人探访（试点）';

describe.skipIf(!chromiumPath)(chromiumPath ? 'purchasing journey' : `purchasing journey — ${SKIP_REASON}`, () => {
  it('the department buys, the organisation records, the community rates, the dashboard shows the shift', async () => {
    const today = todayInChina();
    const desk = await openBrowser('zh-CN', LAPTOP);
    try {
      const p = desk.page;
      await login(p, 'dept.shushan.minzheng');
      await p.getByTestId('menu-purchasing').click();
      await p.getByTestId('purchasing-page').waitFor();
      // The demo's contract names the admission number the new one is bought under.
      const demo = p.locator('[data-testid^="contract-"]').filter({ hasText: '五里墩街道独居老人探访关爱服务项目' });
      const number = (await demo.locator('.mono').first().textContent())!.trim();
      await screenshot(p, 'purchasing-list');

      await p.getByTestId('contract-new').click();
      await p.getByTestId('contract-title').fill(TITLE);
      await p.getByTestId('contract-number').fill(number);
      await choose(p, 'contract-org', '蜀山区康宁社会工作服务中心', '康宁');
      await p.getByTestId('contract-start').fill(`${today.slice(0, 7)}-01`);
      await p.getByTestId('contract-end').fill(addMonths(`${today.slice(0, 7)}-01`, 6));
      await num(p, 'contract-budget').fill('30000');
      await choose(p, 'contract-street', '五里墩街道');
      await tick(p.getByTestId('contract-communities').getByRole('checkbox', { name: '家家景园社区' }));
      await p.getByTestId('indicator-name-0').fill('每位独居老人每年探访 4 次');
      await num(p, 'indicator-target-0').fill('4');
      await num(p, 'indicator-people-0').fill('16');
      await screenshot(p, 'purchasing-new-contract');
      await submitForm(p, 'contract-submit', 'contract-form');
      await p.locator('[data-testid^="contract-"]').filter({ hasText: TITLE }).waitFor();
      await logout(p);
    } finally {
      await desk.close();
    }

    const phone = await openBrowser('zh-CN', PHONE);
    try {
      const p = phone.page;
      // The organisation's own login: its contracts only; it records a visit.
      await login(p, 'org.wulidun.kangning', '/purchasing');
      await p.locator('[data-testid^="contract-"]').filter({ hasText: TITLE }).getByRole('link').first().click();
      await p.getByTestId('contract-page').waitFor();
      await p.getByTestId('activity-new').click();
      await p.getByTestId('activity-date').fill(today);
      await choose(p, 'activity-community', '家家景园社区');
      await num(p, 'activity-beneficiaries').fill('5');
      await p.getByTestId('activity-note').fill('上门探访 5 位独居老人，检查燃气安全');
      await screenshot(p, 'purchasing-record-phone');
      await submitForm(p, 'activity-submit', 'activity-form');
      await expect.poll(() => p.getByTestId('contract-indicators').textContent()).toContain('已完成 5');
      expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(p, 'purchasing-contract-org-phone');
      await logout(p);

      // The community's worker rates this month's service.
      await login(p, 'worker.jiajia', '/purchasing');
      await p.locator('[data-testid^="contract-"]').filter({ hasText: TITLE }).getByRole('link').first().click();
      await p.getByTestId('rating-new').click();
      await p.getByTestId('rating-score').locator('.ant-rate-star').nth(3).click();
      await p.getByTestId('rating-comment').fill('探访及时');
      await submitForm(p, 'rating-submit', 'rating-form');
      await p.getByTestId('rating-row').filter({ hasText: '探访及时' }).waitFor();
      expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(p, 'purchasing-rated-phone');
      // Her inbox does not hold the dispatch under the purchased item, but says who handles it.
      await p.getByTestId('tab-inbox').click();
      await p.getByTestId('inbox-handled-elsewhere').filter({ hasText: '蜀山区康宁社会工作服务中心' }).waitFor();
      await screenshot(p, 'purchasing-inbox-handled-phone');
      await logout(p);

      // The organisation's 承接待办: the dispatch for the six communities, acknowledged here.
      await login(p, 'org.wulidun.kangning', '/org-inbox');
      await p.getByTestId('org-inbox-list').waitFor();
      expect(await p.getByTestId('org-inbox-community').count()).toBe(6);
      expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(p, 'purchasing-org-inbox-phone');
      await logout(p);

      // Anyone: the public page of 蜀山区's purchased services, on a phone, without login.
      await p.goto('/public/purchased-services?jurisdiction=340104');
      const demoContract = p.getByTestId('public-contract').filter({ hasText: '五里墩街道独居老人探访关爱服务项目' });
      await demoContract.getByText('4A').waitFor(); // the organisation's grade, from the public registry
      expect(await p.getByTestId('public-purchased').textContent()).not.toContain('吴静');
      expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(p, 'purchasing-public-phone');
    } finally {
      await phone.close();
    }

    const office = await openBrowser('zh-CN', LAPTOP);
    try {
      const p = office.page;
      await login(p, 'reviewer.shushan', '/burden?org=340104006');
      const card = p.getByTestId('purchased-shift');
      await card.getByText(TITLE).waitFor();
      const moved = Number(
        (await card.getByTestId('shift-moved').locator('.ant-statistic-content-value').textContent())!.replace(
          /,/g,
          '',
        ),
      );
      expect(moved).toBeGreaterThan(0);
      // The burden figures themselves hold it: 购买服务承接 by source, the same hours as the card.
      const line = (await p.getByTestId('burden-moved-off').textContent())!;
      const figure = Number(/([\d,.]+)\s*小时/.exec(line)![1].replace(/,/g, ''));
      expect(Math.abs(figure - moved)).toBeLessThanOrEqual(0.2);
      await screenshot(p, 'purchasing-burden-shift');
      await p.goto('/public/purchased-services?jurisdiction=340104');
      await p.getByTestId('public-contract').first().waitFor();
      await screenshot(p, 'purchasing-public-desk');
    } finally {
      await office.close();
    }
  }, 300_000);
});
