// Browser journey of 派单与拒绝: a department dispatches admitted work to three communities, one refuses
// it for lack of resources, the department sees the progress, and an informal phone demand is recorded
// anonymously and reaches the reviewer without the reporter's name.
import { describe, expect, it } from 'vitest';
import { chromiumPath, login, openBrowser, screenshot, SKIP_REASON } from './browser.js';

const TITLE = '2026年度高龄津贴发放名单复核';

describe.skipIf(!chromiumPath)(chromiumPath ? 'dispatch journeys' : `dispatch journeys — ${SKIP_REASON}`, () => {
  it('dispatch → refusal → progress → anonymous informal demand seen by the reviewer without the name', async () => {
    const dept = await openBrowser();
    const worker = await openBrowser();
    const reviewer = await openBrowser();
    try {
      const p = dept.page;
      await login(p, 'dept.shushan.minzheng');
      await p.goto('/dispatches');
      await p.getByTestId('dispatch-new').click();
      await p.getByTestId('dispatch-form').waitFor();
      await p.getByTestId('dispatch-admission').click();
      await p.locator('.ant-select-item-option').filter({ hasText: '高龄津贴' }).first().click();
      await p.getByTestId('dispatch-title').fill(TITLE);
      await p.getByTestId('dispatch-due').click();
      await p.getByTestId('dispatch-due').fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
      await p.keyboard.press('Enter');
      await p
        .getByTestId('dispatch-instructions')
        .fill('请在系统中复核本社区高龄津贴发放名单，标注迁出、死亡人员。无需拍照或截图。');
      await p.getByTestId('dispatch-target-type-communities').click();
      await p.getByTestId('dispatch-communities').click();
      for (const name of ['清溪路社区', '龙居社区', '家家景园社区']) {
        await p.getByTestId('dispatch-communities').locator('input').fill(name.slice(0, 2));
        await p.locator('.ant-select-tree-node-content-wrapper').filter({ hasText: name }).first().click();
      }
      await p.keyboard.press('Escape');
      await p.getByTestId('dispatch-submit').click();
      await p.getByTestId('dispatch-counts').waitFor();
      const detailUrl = p.url();
      expect(await p.getByTestId('dispatch-counts').getAttribute('data-open')).toBe('3');

      const q = worker.page;
      await login(q, 'worker.jiajia');
      await q.goto('/inbox');
      await q.getByTestId('inbox-list').waitFor();
      const card = q.locator('[data-testid^=inbox-item-]').filter({ hasText: TITLE });
      await card.getByTestId('item-action-refuse').click();
      await q.getByTestId('refuse-text').waitFor();
      await q.getByTestId('refuse-reason-no_resources').click();
      await q
        .getByTestId('refuse-text')
        .fill('本社区高龄老人 300 余人，复核需专人一周，民政局未随转经费和人员，请先落实。');
      await screenshot(q, 'dispatch-refuse-modal');
      await q.getByTestId('modal-confirm').click();
      await expect.poll(() => card.getAttribute('data-status')).toBe('refused');
      await screenshot(q, 'dispatch-inbox');

      await p.goto(detailUrl);
      await p.getByTestId('dispatch-counts').waitFor();
      expect(await p.getByTestId('dispatch-counts').getAttribute('data-open')).toBe('2');
      expect(await p.getByTestId('dispatch-counts').getAttribute('data-refused')).toBe('1');
      expect(await p.getByTestId('dispatch-items').textContent()).toContain('未随转经费');
      await screenshot(p, 'dispatch-progress');

      await q.goto('/register');
      await q.getByTestId('demand-new').click();
      await q.getByTestId('demand-form').waitFor();
      await q.getByTestId('demand-department').click();
      await q.keyboard.type('教育体育'); // the list is virtual: search rather than scroll
      await q.locator('.ant-select-item-option').filter({ hasText: '蜀山区教育体育局' }).first().click();
      await q.getByTestId('demand-date').click();
      await q.getByTestId('demand-date').fill('2026-11-20');
      await q.keyboard.press('Enter');
      await q.getByTestId('demand-channel-phone').click();
      await q
        .getByTestId('demand-content')
        .fill('电话要求次日上午前统计辖区适龄儿童疫苗接种情况并报送，未告知准入编号');
      await q.getByTestId('demand-minutes').fill('150');
      await q.getByTestId('demand-anonymous').click();
      await q.getByTestId('demand-submit').click();
      await expect.poll(() => q.getByTestId('demand-list').textContent()).toContain('疫苗接种');

      const r = reviewer.page;
      await login(r, 'reviewer.shushan');
      await r.goto('/register');
      await r.getByTestId('demand-list').waitFor();
      const row = r.locator('[data-testid^=demand-row-]').filter({ hasText: '疫苗接种' });
      await row.waitFor();
      expect(await row.getAttribute('data-anonymous')).toBe('true');
      expect(await row.textContent()).not.toContain('陈晓雯');
      expect(await row.getByTestId('demand-reporter').textContent()).toContain('匿名');
      await screenshot(r, 'register-reviewer');
    } finally {
      await Promise.all([dept.close(), worker.close(), reviewer.close()]);
    }
  });

  it('shows a community worker the inspection calendar of the year', async () => {
    const s = await openBrowser();
    try {
      await login(s.page, 'worker.jiajia');
      await s.page.goto('/inspections/calendar');
      await s.page.getByTestId('inspection-calendar').waitFor();
      await expect.poll(() => s.page.getByTestId('inspection-calendar').textContent()).toContain('汛期');
      await screenshot(s.page, 'inspection-calendar');
    } finally {
      await s.close();
    }
  });
});
