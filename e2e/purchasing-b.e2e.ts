// Browser journey of 政府购买服务, part B: on phones, 康宁's own login files last month's report (its numbers
// computed from the activities) and a resident of 家家景园社区 rates the service; at the desk, 蜀山区民政局 sees
// the district's 指导性目录, applies for an item "delivered by purchased service" — the live 费随事转
// pre-check counts the budget as funding — and closes the demo contract with its evaluation, which then shows
// on the organisation's record in the registry.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addMonths, firstDayOfMonth, monthOf, termEnd } from '#common/dates.js';
import {
  choose,
  chromiumPath,
  login,
  logout,
  openBrowser,
  PHONE,
  screenshot,
  SKIP_REASON,
  submitForm,
  todayInChina,
} from './browser.js';

const DESK = { viewport: { width: 1366, height: 768 } };
const CONTRACT = '五里墩街道独居老人探访关爱服务项目';
const num = (p: Page, id: string) => p.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();

/** From 购买服务 (which `p` shows), the demo contract's page. */
async function openDemoContract(p: Page) {
  await p.locator('[data-testid^="contract-"]').filter({ hasText: CONTRACT }).getByRole('link').first().click();
  await p.getByTestId('contract-page').waitFor();
}

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'purchasing part B journey' : `purchasing part B — ${SKIP_REASON}`,
  () => {
    it('reports and a resident’s rating on phones; the 目录 funds an application; the buyer closes with an evaluation', async () => {
      const phone = await openBrowser('zh-CN', PHONE);
      try {
        const p = phone.page;
        await login(p, 'org.wulidun.kangning', '/purchasing');
        await openDemoContract(p);
        const reports = p.getByTestId('contract-reports');
        await reports.getByTestId('reports-missing').waitFor();
        const before = await reports.getByTestId('report-row').count();
        await p.getByTestId('report-new').click();
        await p.getByTestId('report-text').fill('本月探访按计划完成，新增两位独居老人纳入服务。');
        await submitForm(p, 'report-submit', 'report-form');
        await expect.poll(() => reports.getByTestId('report-row').count()).toBe(before + 1);
        // The month that was due is reported: nothing is missing any more.
        await expect.poll(() => reports.getByTestId('reports-missing').count()).toBe(0);
        // The numbers are the activities', not typed: the newest report names its activities.
        expect(await reports.getByTestId('report-row').first().textContent()).toMatch(/活动 \d+ 次/);
        expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
        await screenshot(p, 'purchasing-b-report-phone');
        await logout(p);

        await login(p, 'resident.demo3', '/me/purchased-services');
        const card = p.locator('[data-testid^="service-"]').filter({ hasText: CONTRACT });
        await card.getByTestId('rate-stars').locator('.ant-rate-star').nth(4).click();
        await card.getByTestId('rate-comment').fill('社工上门很耐心');
        await card.getByTestId('rate-submit').click();
        await card.getByTestId('my-rating').waitFor();
        expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
        await screenshot(p, 'purchasing-b-resident-phone');
        await logout(p);
      } finally {
        await phone.close();
      }

      const desk = await openBrowser('zh-CN', DESK);
      try {
        const p = desk.page;
        await login(p, 'dept.shushan.minzheng', '/purchasing');
        await p.getByRole('tab', { name: '指导性目录' }).click();
        await p.getByTestId('purchase-catalogue').getByText('困境儿童关爱保护').waitFor();
        await screenshot(p, 'purchasing-b-catalogue');

        // An application delivered by purchased service: the live pre-check counts its budget as funding.
        await p.getByTestId('menu-admissions').click();
        await p.getByTestId('adm-new').click();
        await p.getByTestId('admission-form').waitFor();
        await p.getByTestId('adm-title').fill('困境儿童走访关爱');
        await choose(p, 'adm-kind', '工作事项');
        await p
          .getByTestId('adm-description')
          .fill('每季度走访辖区困境儿童家庭，了解监护和生活状况，由购买服务的社工承接。');
        await p.getByTestId('adm-legal-basis').fill('《中华人民共和国未成年人保护法》');
        await choose(p, 'adm-frequency', '每季度');
        await p.getByTestId('adm-minutes').fill('60');
        await choose(p, 'adm-purchased-item', '困境儿童关爱保护');
        await num(p, 'adm-purchased-budget').fill('120000');
        const start = addMonths(firstDayOfMonth(monthOf(todayInChina())), 4);
        for (const [id, value] of [
          ['adm-start', start],
          ['adm-expiry', termEnd(start, 24)],
        ]) {
          await p.getByTestId(id).click();
          await p.getByTestId(id).fill(value);
          await p.keyboard.press('Enter');
        }
        const funding = p.getByTestId('precheck-funding');
        await expect
          .poll(() => funding.textContent(), { timeout: 15_000 })
          .toContain('购买服务「困境儿童关爱保护」120000 元');
        expect(await funding.getAttribute('data-verdict')).toBe('pass');
        await funding.scrollIntoViewIfNeeded();
        await screenshot(p, 'purchasing-b-admission-funding');
        await p.getByTestId('adm-submit').click();
        await p.locator('[data-testid=adm-status][data-status=submitted]').waitFor({ timeout: 15_000 });
        // The 目录 shows what applications set aside for the item.
        await p.getByTestId('menu-purchasing').click();
        await p.getByRole('tab', { name: '指导性目录' }).click();
        await expect
          .poll(() =>
            p.locator('[data-testid^="catalogue-item-"]').filter({ hasText: '困境儿童关爱保护' }).textContent(),
          )
          .toContain('1 项准入申请');

        // The buyer closes the demo contract with its evaluation.
        await p.getByRole('tab', { name: '购买服务项目' }).click();
        await openDemoContract(p);
        await p.getByTestId('resident-score').filter({ hasText: '3 人' }).waitFor();
        await p.getByTestId('evaluation-new').click();
        await num(p, 'evaluation-score').fill('88');
        await p.getByTestId('evaluation-grade').filter({ hasText: '良好' }).waitFor();
        await p.getByTestId('evaluation-text').fill('探访覆盖全部独居老人，龙居社区秋季人手不足，已整改；台账完整。');
        await submitForm(p, 'evaluation-submit', 'evaluation-form');
        await p.getByTestId('evaluation-done').filter({ hasText: '良好' }).waitFor();
        await expect.poll(() => p.getByTestId('report-new').count()).toBe(0);
        await screenshot(p, 'purchasing-b-closed');

        // The evaluation joins the organisation's record in the registry.
        await p.getByTestId('menu-purchasing').click();
        await p.getByRole('tab', { name: '社会组织名录' }).click();
        const record = p.getByTestId('social-orgs').getByTestId('org-record').first();
        await expect.poll(() => record.textContent()).toContain('平均 88 分');
        await screenshot(p, 'purchasing-b-org-record');
      } finally {
        await desk.close();
      }
    }, 300_000);
  },
);
