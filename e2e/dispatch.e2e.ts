// Browser journeys of 派单与拒绝: a department is held to what was admitted (高龄津贴 went out this quarter
// already: a second dispatch to 家家景园社区 is refused with the count); another department dispatches
// admitted work to three communities, one refuses it for several reasons, the department sees the
// progress, is warned before sending nearly the same work again, and contests the refusal; the 减负办
// orders the community to do it and the worker sees the decision on her item. An informal phone demand is
// recorded anonymously and reaches the reviewer without the reporter's name.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays } from '#common/dates.js';
import {
  choose,
  chromiumPath,
  login,
  openBrowser,
  screenshot,
  SKIP_REASON,
  submitForm,
  todayInChina,
} from './browser.js';

const TITLE = '汛期前社区积水点和地下空间隐患排查';
const INSTRUCTIONS = '请排查本社区易积水点、地下车库和地下室的排水设施，在系统中填写排查结果。无需拍照或截图。';

/** Fills the dispatch form: the admission whose title contains `admission`, the title, due date and communities. */
async function fillDispatch(p: Page, admission: string, title: string, instructions: string, communities: string[]) {
  await p.getByTestId('menu-dispatch').click();
  await p.getByTestId('dispatch-new').click();
  await p.getByTestId('dispatch-form').waitFor();
  await p.getByTestId('dispatch-admission').click();
  await p.locator('.ant-select-item-option').filter({ hasText: admission }).first().click();
  await p.getByTestId('dispatch-title').fill(title);
  await p.getByTestId('dispatch-due').click();
  await p.getByTestId('dispatch-due').fill(addDays(todayInChina(), 30));
  await p.keyboard.press('Enter');
  await p.getByTestId('dispatch-instructions').fill(instructions);
  await p.getByTestId('dispatch-target-type-communities').click();
  await p.getByTestId('dispatch-communities').click();
  for (const name of communities) {
    await p.getByTestId('dispatch-communities').locator('input').fill(name.slice(0, 2));
    await p.locator('.ant-select-tree-node-content-wrapper').filter({ hasText: name }).first().click();
  }
  await p.keyboard.press('Escape');
}

describe.skipIf(!chromiumPath)(chromiumPath ? 'dispatch journeys' : `dispatch journeys — ${SKIP_REASON}`, () => {
  it('holds a department to the admitted frequency', async () => {
    const dept = await openBrowser();
    try {
      const p = dept.page;
      await login(p, 'dept.shushan.minzheng');
      await fillDispatch(p, '高龄津贴', '高龄津贴认证补充核对', '请再次核对认证名单。', ['家家景园社区']);
      await p.getByTestId('dispatch-submit').click();
      const banner = p.getByTestId('dispatch-problem');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('家家景园社区本季度已派 1 次，准入频次为每季度 1 次');
      await screenshot(p, 'dispatch-over-frequency');
      expect(p.url()).toContain('/dispatches/new');
    } finally {
      await dept.close();
    }
  });

  it('dispatch → refusal → near-duplicate warning → contest → 减负办 orders → the worker sees it; informal demand', async () => {
    const dept = await openBrowser();
    const worker = await openBrowser();
    const reviewer = await openBrowser();
    try {
      const p = dept.page;
      await login(p, 'dept.shushan.yingji');
      await fillDispatch(p, '汛期', TITLE, INSTRUCTIONS, ['清溪路社区', '龙居社区', '家家景园社区']);
      await p.getByTestId('dispatch-submit').click();
      await p.getByTestId('dispatch-counts').waitFor();
      const detailUrl = p.url();
      expect(await p.getByTestId('dispatch-counts').getAttribute('data-open')).toBe('3');

      const q = worker.page;
      await login(q, 'worker.jiajia', '/inbox');
      await q.getByTestId('inbox-list').waitFor();
      const card = q.locator('[data-testid^=inbox-item-]').filter({ hasText: TITLE });
      await card.getByTestId('item-action-refuse').click();
      await q.getByTestId('refuse-text').waitFor();
      await q.getByTestId('refuse-reason-no_resources').click();
      await q.getByTestId('refuse-reason-over_admitted').click();
      await q
        .getByTestId('refuse-text')
        .fill('本月已按同一准入编号排查过两次；排水检测设备未配发，应急局也未安排经费。');
      await screenshot(q, 'dispatch-refuse-modal');
      await q.getByTestId('modal-confirm').click();
      await expect.poll(() => card.getAttribute('data-status')).toBe('refused');

      // Back to the dispatch from the department's list.
      await p.getByTestId('menu-dispatch').click();
      await p.getByTestId(`dispatch-row-${detailUrl.split('/').pop()}`).click();
      await p.getByTestId('dispatch-counts').waitFor();
      await expect.poll(() => p.getByTestId('dispatch-counts').getAttribute('data-open')).toBe('2');
      expect(await p.getByTestId('dispatch-counts').getAttribute('data-refused')).toBe('1');
      expect(await p.getByTestId('dispatch-items').textContent()).toContain('未配发');
      await screenshot(p, 'dispatch-progress');

      // Nearly the same work again to 龙居社区, where the first is still open: warned, naming it; not sent.
      await fillDispatch(p, '汛期', `${TITLE}（补充）`, INSTRUCTIONS, ['龙居社区']);
      await p.getByTestId('dispatch-submit').click();
      await p.getByTestId('duplicate-warning').waitFor();
      expect(await p.getByTestId('duplicate-warning').textContent()).toContain(TITLE);
      expect(await p.getByTestId('duplicate-warning').textContent()).toContain('龙居社区');
      await screenshot(p, 'dispatch-near-duplicate');
      await p.getByTestId('duplicate-cancel').click();
      expect(p.url()).toContain('/dispatches/new');

      // The department contests the refusal to the 减负办.
      await p.getByTestId('menu-dispatch').click();
      await p.getByTestId('dispatch-tab-refusals').click();
      const row = p.locator('[data-testid^=refusal-row-]').filter({ hasText: TITLE });
      await row.waitFor();
      expect(await row.getAttribute('data-state')).toBe('unanswered');
      expect(await row.textContent()).toContain('超出准入频次/工时');
      await row.getByTestId('refusal-answer-contest').click();
      await p.getByTestId('answer-note').fill('本月仅派发一次，排水检测设备已于上月配发到街道，请裁定。');
      await screenshot(p, 'refusal-contest');
      await p.getByTestId('answer-confirm').click();
      await p.getByTestId('refusal-filter-contested').click();
      const contested = p.locator('[data-testid^=refusal-row-]').filter({ hasText: TITLE });
      await expect.poll(() => contested.getAttribute('data-state')).toBe('contested');
      await screenshot(p, 'refusals-department');

      // The 减负办 orders the community to do it.
      const r = reviewer.page;
      await login(r, 'reviewer.shushan', '/refusals');
      const toDecide = r.locator('[data-testid^=refusal-row-]').filter({ hasText: TITLE });
      await toDecide.waitFor();
      await toDecide.getByTestId('refusal-decide').click();
      await r.getByTestId('decision-order').click();
      await r.getByTestId('decision-note').fill('设备已配发到街道，本月仅一次，未超出准入频次，社区应办理。');
      await screenshot(r, 'refusal-decision');
      await r.getByTestId('decision-confirm').click();
      await r.getByTestId('refusal-filter-all').click();
      const decided = r.locator('[data-testid^=refusal-row-]').filter({ hasText: TITLE });
      await expect.poll(() => decided.getAttribute('data-state')).toBe('ordered');
      await screenshot(r, 'refusals-reviewer');

      // The worker records an informal phone demand in her register …
      await q.getByTestId('menu-register').click();
      await q.getByTestId('demand-new').click();
      await q.getByTestId('demand-form').waitFor();
      await choose(q, 'demand-department', '蜀山区教育体育局', '教育体育');
      await q.getByTestId('demand-date').click();
      await q.getByTestId('demand-date').fill(addDays(todayInChina(), -5));
      await q.keyboard.press('Enter');
      await q.getByTestId('demand-channel-phone').click();
      await q
        .getByTestId('demand-content')
        .fill('电话要求次日上午前统计辖区适龄儿童疫苗接种情况并报送，未告知准入编号');
      await q.getByTestId('demand-minutes').fill('150');
      await q.getByTestId('demand-anonymous').click();
      await submitForm(q, 'demand-submit', 'demand-form');
      await expect.poll(() => q.getByTestId('demand-list').textContent()).toContain('疫苗接种');
      // The street office is a source too (a main one of work pushed down informally).
      await q.getByTestId('demand-new').click();
      await q.getByTestId('demand-form').waitFor();
      await choose(q, 'demand-department', '五里墩街道办事处', '五里墩街道办事处');
      await q.getByTestId('demand-source-note').fill('街道工作群群主');
      await q.getByTestId('demand-channel-chat_group').click();
      await q.getByTestId('demand-content').fill('工作群要求当天报送辖区出租房屋名单');
      await q.getByTestId('demand-minutes').fill('60');
      await screenshot(q, 'demand-street-office');
      await submitForm(q, 'demand-submit', 'demand-form');
      await expect.poll(() => q.getByTestId('demand-list').textContent()).toContain('五里墩街道办事处');

      // … and, back in her inbox, sees the decision on her item.
      await q.getByTestId('menu-inbox').click();
      await q.getByTestId('inbox-list').waitFor();
      await expect.poll(() => card.getAttribute('data-status')).toBe('new');
      expect(await card.getByTestId('refusal-state').getAttribute('data-state')).toBe('ordered');
      expect(await card.getByTestId('refusal-decision').textContent()).toContain('社区应办理');
      await card.scrollIntoViewIfNeeded();
      await screenshot(q, 'dispatch-inbox-ordered');

      await r.getByTestId('menu-register').click();
      await r.getByTestId('demand-list').waitFor();
      const demand = r.locator('[data-testid^=demand-row-]').filter({ hasText: '疫苗接种' });
      await demand.waitFor();
      expect(await demand.getAttribute('data-anonymous')).toBe('true');
      expect(await demand.textContent()).not.toContain('陈晓雯');
      expect(await demand.getByTestId('demand-reporter').textContent()).toContain('匿名');
      await screenshot(r, 'register-reviewer');
    } finally {
      await Promise.all([dept.close(), worker.close(), reviewer.close()]);
    }
  });

  let withdrawAttempt = 0;
  it('withdraws one refusal and resends another fixed: each worker sees what became of hers', async () => {
    const dept = await openBrowser();
    const first = await openBrowser();
    const second = await openBrowser();
    // A retry runs against the same server: its dispatch gets a title of its own, or the first attempt's
    // refused items would match too.
    withdrawAttempt++;
    const title = `汛期应急物资储备点清点${withdrawAttempt > 1 ? `（第${withdrawAttempt}次）` : ''}`;
    try {
      const p = dept.page;
      await login(p, 'dept.shushan.yingji');
      await fillDispatch(p, '汛期', title, '请清点本社区应急物资储备点的沙袋、水泵和救生衣数量，在系统中填报。', [
        '团安村社区',
        '青阳路社区',
      ]);
      await p.getByTestId('dispatch-submit').click();
      await p.getByTestId('dispatch-counts').waitFor();

      const refuse = async (page: Page, username: string, text: string) => {
        await login(page, username, '/inbox');
        await page.getByTestId('inbox-list').waitFor();
        const card = page.locator('[data-testid^=inbox-item-]').filter({ hasText: title });
        await card.getByTestId('item-action-refuse').click();
        await page.getByTestId('refuse-reason-other').click();
        await page.getByTestId('refuse-text').fill(text);
        await page.getByTestId('modal-confirm').click();
        await expect.poll(() => card.getAttribute('data-status')).toBe('refused');
        return card;
      };
      const tuancun = await refuse(first.page, 'worker.tuancun', '本社区无应急物资储备点，物资由街道统一存放。');
      const qingyang = await refuse(second.page, 'worker.qingyanglu', '未附物资清单模板，无法按要求填报。');

      await p.getByTestId('menu-dispatch').click();
      await p.getByTestId('dispatch-tab-refusals').click();
      const rowOf = (community: string) =>
        p.locator('[data-testid^=refusal-row-]').filter({ hasText: title }).filter({ hasText: community });
      await rowOf('团安村社区').getByTestId('refusal-answer-withdraw').click();
      await p.getByTestId('answer-note').fill('团安村社区物资由街道统一存放，撤回。');
      await p.getByTestId('answer-confirm').click();
      await rowOf('青阳路社区').waitFor();
      await rowOf('青阳路社区').getByTestId('refusal-answer-resend').click();
      await p.getByTestId('answer-note').fill('已补发物资清单模板，见附件说明；期限不变。');
      await screenshot(p, 'refusal-resend');
      await p.getByTestId('answer-confirm').click();
      await p.getByTestId('refusal-filter-all').click();
      await expect.poll(() => rowOf('团安村社区').getAttribute('data-state')).toBe('withdrawn');
      await expect.poll(() => rowOf('青阳路社区').getAttribute('data-state')).toBe('resent');
      await screenshot(p, 'refusals-answered');

      await first.page.reload();
      await expect.poll(() => tuancun.getAttribute('data-status')).toBe('withdrawn');
      expect(await tuancun.getByTestId('refusal-answer').textContent()).toContain('撤回');
      await second.page.reload();
      await expect.poll(() => qingyang.getAttribute('data-status')).toBe('new');
      expect(await qingyang.getByTestId('refusal-state').getAttribute('data-state')).toBe('resent');
      expect(await qingyang.getByTestId('item-action-acknowledge').isVisible()).toBe(true);
      await qingyang.scrollIntoViewIfNeeded();
      await screenshot(second.page, 'dispatch-inbox-resent');
    } finally {
      await Promise.all([dept.close(), first.close(), second.close()]);
    }
  });

  it('shows a community worker the inspection calendar of the year', async () => {
    const s = await openBrowser();
    try {
      await login(s.page, 'worker.jiajia', '/inspections/calendar');
      await s.page.getByTestId('inspection-calendar').waitFor();
      await expect.poll(() => s.page.getByTestId('inspection-calendar').textContent()).toContain('汛期');
      await screenshot(s.page, 'inspection-calendar');
    } finally {
      await s.close();
    }
  });

  it('opens the reviewer’s 社区待办 on her busiest street, not on one where every figure is 0', async () => {
    const s = await openBrowser();
    try {
      await login(s.page, 'reviewer.shushan');
      const workload = (await (await s.page.request.get('/api/v1/communities/workload')).json()) as {
        streets: { code: string; open: number; overdue: number }[];
        defaultStreet: string | null;
      };
      expect(workload.defaultStreet, 'the demo has open work somewhere in 蜀山区').toBeTruthy();
      expect(workload.streets[0].open).toBeGreaterThan(0);
      await s.page.getByTestId('menu-communities').click();
      const grid = s.page.getByTestId('communities-grid');
      await grid.waitFor();
      // The busiest street's communities are shown, and at least one has open work.
      await expect
        .poll(() => s.page.locator('.community-stat-open:not(.community-stat-zero)').count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
      expect(await s.page.getByTestId('communities-street').textContent()).toContain('未办结');
      await screenshot(s.page, 'communities-busiest-street');
    } finally {
      await s.close();
    }
  });
});
