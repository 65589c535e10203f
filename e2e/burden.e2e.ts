// Browser journey of 负担监测: the 蜀山区 reviewer reads the district's index, drills down to 五里墩街道 and
// 家家景园社区, finds the rebound among the alerts; anyone reads the public aggregates; a community worker
// sees its own community only.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, login, openBrowser, screenshot, SKIP_REASON } from './browser.js';

const WULIDUN = '340104006';
const JIAJIA = '340104006005';

/** The dashboard of one org is shown when its name is the bold end of the path and its charts are drawn. */
async function dashboardOf(p: Page, name: string): Promise<void> {
  await p.getByTestId('burden-path').locator('b', { hasText: name }).waitFor();
  await p.getByTestId('burden-index').locator('canvas').first().waitFor();
}

describe.skipIf(!chromiumPath)(chromiumPath ? 'burden journeys' : `burden journeys — ${SKIP_REASON}`, () => {
  it('reviewer: 蜀山区 index → 五里墩街道 → 家家景园社区, and a rebound alert', async () => {
    const s = await openBrowser();
    try {
      const p = s.page;
      await login(p, 'reviewer.shushan');
      await p.getByTestId('menu-burden').click();
      await dashboardOf(p, '蜀山区');
      expect(await p.getByTestId('burden-index').textContent()).toContain('负担指数');
      await screenshot(p, 'burden-district');

      await p.getByTestId(`burden-child-${WULIDUN}`).click();
      await dashboardOf(p, '五里墩街道');
      expect(p.url()).toContain(`org=${WULIDUN}`);
      await p.getByTestId(`burden-child-${JIAJIA}`).click();
      await dashboardOf(p, '家家景园社区');
      // A community shows what it was asked, each hour traced to its department and number.
      await p.getByTestId('burden-month').locator('tbody tr').first().waitFor();
      await screenshot(p, 'burden-community');

      await p.getByTestId('menu-burdenAlerts').click();
      const alerts = p.getByTestId('burden-alerts');
      await alerts.locator('.ant-tag', { hasText: '减负后回升超过基期' }).first().waitFor();
      // The rise names the month it began.
      await expect.poll(() => alerts.locator('tbody').textContent()).toMatch(/自 \d{4}-\d{2} 起/);
      await screenshot(p, 'burden-alerts');
    } finally {
      await s.close();
    }
  });

  it('admin: 社区人员 narrows 1,700+ communities by district, 未录入 and search', async () => {
    const s = await openBrowser();
    try {
      const p = s.page;
      await login(p, 'admin', '/burden/capacity');
      const page = p.getByTestId('burden-capacity');
      const total = () => page.locator('.ant-pagination-total-text').textContent();
      await expect.poll(total).toMatch(/共 1,?\d{3} 个社区/);
      await p.getByTestId('capacity-district').click();
      await p.locator('.ant-select-item-option', { hasText: '蜀山区' }).click();
      await p.getByTestId('capacity-street').click();
      await p.locator('.ant-select-item-option', { hasText: '五里墩街道' }).click();
      await expect.poll(() => page.locator('tbody').textContent()).toContain('家家景园社区');
      expect(await page.locator('tbody tr').count()).toBeLessThan(21);
      // Every 五里墩 community has its staff in the demo data: 未录入 shows the empty state.
      await p.getByTestId('capacity-status').getByText('未录入').click();
      await page.getByText('所选范围内的社区都已录入在岗人数').waitFor();
      await page.getByRole('button', { name: '清除筛选' }).click();
      await p.getByTestId('capacity-status').getByText('未录入').click();
      await expect.poll(() => page.locator('tbody .ant-tag').first().textContent()).toBe('未录入');
      await p.getByTestId('capacity-status').getByText('全部').click();
      await p.getByTestId('capacity-search').locator('input').fill('jjjy');
      await expect.poll(total).toMatch(/共 [1-9] 个社区/);
      expect(await page.locator('tbody').textContent()).toContain('家家景园社区');
      await screenshot(p, 'burden-capacity');
    } finally {
      await s.close();
    }
  });

  it('public: /public/burden shows the aggregates without signing in', async () => {
    const s = await openBrowser();
    try {
      const p = s.page;
      await p.goto('/public/burden');
      const page = p.getByTestId('public-burden');
      await page.locator('canvas').first().waitFor();
      await expect.poll(() => page.textContent()).toContain('基期');
      expect(await p.getByTestId('user-menu').count()).toBe(0);
      await screenshot(p, 'burden-public');
    } finally {
      await s.close();
    }
  });

  it('worker: 家家景园社区 only', async () => {
    const s = await openBrowser();
    try {
      const p = s.page;
      await login(p, 'worker.jiajia');
      await p.getByTestId('menu-burden').click();
      await dashboardOf(p, '家家景园社区');
      // No level above or beside it to go to.
      expect(await p.getByTestId('burden-path').locator('a').count()).toBe(0);
      expect(await p.getByTestId('menu-burdenAlerts').count()).toBe(0);
      await p.goto(`/burden?org=${WULIDUN}`);
      // Outside its scope: the server refuses (403) and the page says so.
      await p.locator('[data-code="out_of_scope"]').first().waitFor();
      await screenshot(p, 'burden-worker');
    } finally {
      await s.close();
    }
  });
});
