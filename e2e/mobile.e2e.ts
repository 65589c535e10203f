// The phone layout (H5) at 390×844 with touch: every menu entry of the community worker and of a
// resident, and every public page, fits the screen (no sideways scrolling); the worker refuses an
// inbox item and the resident asks for a correction, both by tapping; desktop keeps its sider.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, login, loginThroughForm, openBrowser, PHONE, screenshot, SKIP_REASON } from './browser.js';

const WIDTH = PHONE.viewport.width;

/** Waits until the page has loaded its data (no spinner left), then answers the document's width. */
async function settledWidth(page: Page): Promise<number> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('[data-testid=page-loading], .ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached' });
  await page.waitForLoadState('networkidle');
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

/** Asserts the page is no wider than the phone and keeps a screenshot of it. */
async function fits(page: Page, name: string): Promise<void> {
  const width = await settledWidth(page);
  await screenshot(page, `mobile-${name}`);
  expect(width, `${name} (${page.url()}) is ${width} px wide`).toBeLessThanOrEqual(WIDTH);
}

/** Opens 我的 (the drawer) and answers the keys of the role's whole menu. */
async function menuKeys(page: Page): Promise<string[]> {
  await page.getByTestId('tab-me').tap();
  const menu = page.getByTestId('drawer-menu');
  await menu.waitFor();
  const ids = await menu
    .locator('[data-testid^=menu-]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  await page.locator('.m-drawer .ant-drawer-close').tap();
  await menu.waitFor({ state: 'hidden' });
  return ids.map((id) => id.replace(/^menu-/, ''));
}

/**
 * Taps every entry of the role's menu in the drawer, one after the other, checking each page. A public page
 * (outside the signed-in shell, no tabs) is left with the phone's back gesture.
 */
async function walkMenu(page: Page, who: string): Promise<string[]> {
  const keys = await menuKeys(page);
  for (const key of keys) {
    if (!(await page.getByTestId('tab-me').isVisible())) await page.goBack();
    await page.getByTestId('tab-me').tap();
    await page.getByTestId(`menu-${key}`).tap();
    await page.getByTestId('drawer-menu').waitFor({ state: 'hidden' });
    await fits(page, `${who}-${key}`);
  }
  if (!(await page.getByTestId('tab-me').isVisible())) await page.goBack();
  return keys;
}

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'phone layout journeys' : `phone layout journeys — ${SKIP_REASON}`,
  () => {
    it('every public page fits a phone, the login page and the check a QR code opens among them', async () => {
      const s = await openBrowser('zh-CN', PHONE);
      try {
        const page = s.page;
        await page.goto('/login');
        await page.getByTestId('demo-accounts').waitFor();
        await fits(page, 'public-login');
        await page.getByTestId('login-public-check').tap();
        await page.getByTestId('public-nav-check').waitFor();
        await fits(page, 'public-check');
        for (const key of ['catalogue', 'admissions', 'burden', 'certificates', 'check']) {
          await page.getByTestId(`public-nav-${key}`).tap();
          await page.waitForURL((url) => url.pathname.startsWith(key === 'check' ? '/check' : `/public/${key}`));
          await fits(page, `public-${key}`);
        }
        // Where a QR code on a notice lands: the check of one number.
        await page.goto(`/check/${encodeURIComponent('蜀准〔2026〕1号')}`);
        await fits(page, 'public-check-number');
        await page.goto('/public/catalogue/340104');
        await fits(page, 'public-catalogue-shushan');
      } finally {
        await s.close();
      }
    });

    it('the community worker walks her whole menu on a phone', async () => {
      const s = await openBrowser('zh-CN', PHONE);
      try {
        const page = s.page;
        await loginThroughForm(page, 'worker.jiajia'); // the phone's login page, as she types it
        await fits(page, 'worker-home');
        // The phone shell: no sider, the bottom tabs 待办 / 登记 / 居民 / 台账 / 我的.
        expect(await page.getByTestId('sider-menu').count()).toBe(0);
        expect(await page.getByTestId('mobile-tabs').innerText()).toMatch(
          /待办[\s\S]*登记[\s\S]*居民[\s\S]*台账[\s\S]*我的/,
        );
        const keys = await walkMenu(page, 'worker');
        expect(keys).toEqual(expect.arrayContaining(['home', 'inbox', 'register', 'subjects', 'forms', 'orgs']));
      } finally {
        await s.close();
      }
    });

    // A test of its own: the menu walk alone takes ~40 s, and on a loaded CI machine the two together came
    // near the test timeout.
    it('the community worker opens a ledger and a household below the tabs and refuses an inbox item by tapping', async () => {
      const s = await openBrowser('zh-CN', PHONE);
      try {
        const page = s.page;
        await login(page, 'worker.jiajia');
        // Pages one tap below the tabs: a ledger, and a household's 一次入户.
        await page.getByTestId('tab-forms').tap();
        await page.locator('[data-testid^=form-row-]').first().tap();
        await page.waitForURL(/\/forms\/\d+$/);
        await fits(page, 'worker-form-detail');
        // Her home's 一次入户待采集 tile opens the households with facts to collect, each with how many; the
        // household's sheet asks just as many.
        await page.goto('/');
        await page.getByTestId('todo-households_missing').tap();
        await page.waitForURL(/\/subjects\?pending=1$/);
        const tag = page.locator('[data-testid^=household-missing-]').first();
        const n = Number((await tag.textContent())?.match(/\d+/)?.[0]);
        expect(n).toBeGreaterThan(0);
        const household = (await tag.getAttribute('data-testid'))!.replace('household-missing-', '');
        await fits(page, 'worker-households-pending');
        await page.getByTestId(`household-collect-${household}`).tap();
        await page.waitForURL(/\/households\/\d+$/);
        await expect
          .poll(() => page.locator('[data-testid^=collect-field-]:not([data-testid=collect-field-errors])').count())
          .toBe(n);
        await fits(page, 'worker-household');

        await page.getByTestId('tab-inbox').tap();
        await page.getByTestId('inbox-list').waitFor();
        await fits(page, 'worker-inbox');
        // The status tabs overflow a phone: their "more" (…) button shows its icon.
        const more = await page.locator('.inbox-list-card .ant-tabs-nav-more svg').boundingBox();
        expect(more?.width ?? 0).toBeGreaterThan(8);
        // Collapsed on a phone: a tap on its head opens an item that may still be refused.
        const card = page
          .locator('[data-testid^=inbox-item-]:not([data-status=refused]):not([data-status=done])')
          .first();
        const id = await card.getAttribute('data-testid');
        const item = page.getByTestId(id!);
        await item.getByTestId('inbox-open').tap();
        await item.getByTestId('item-action-refuse').tap();
        const text = page.getByTestId('refuse-text');
        await text.waitFor();
        await page.getByTestId('refuse-reason-no_resources').tap();
        await text.fill('本社区未随转经费和人员，请先落实资源后再派。');
        await screenshot(page, 'mobile-worker-refuse-sheet');
        // The dialog is a bottom sheet: as wide as the phone, at its bottom.
        const sheet = await page.locator('.ant-modal:visible').boundingBox();
        expect(sheet && Math.round(sheet.width)).toBe(WIDTH);
        expect(sheet && Math.round(sheet.y + sheet.height)).toBe(PHONE.viewport.height);
        await page.getByTestId('modal-confirm').tap();
        await expect.poll(() => item.getAttribute('data-status')).toBe('refused');
        await fits(page, 'worker-inbox-refused');
      } finally {
        await s.close();
      }
    });

    it('a resident has her own home and menu, walks it on a phone and asks for a correction by tapping', async () => {
      const s = await openBrowser('zh-CN', PHONE);
      try {
        const page = s.page;
        await login(page, 'resident.demo');
        await page.getByTestId('resident-home').waitFor();
        await fits(page, 'resident-home');
        // Her home offers every service of her menu, not only the data pages.
        expect(await page.getByTestId('resident-services').innerText()).toMatch(
          /我的证明[\s\S]*我的诉求[\s\S]*居民议事[\s\S]*更正申请/,
        );
        expect(await page.getByTestId('mobile-tabs').innerText()).toMatch(
          /我的数据[\s\S]*谁查看[\s\S]*办事[\s\S]*我的/,
        );
        const keys = await walkMenu(page, 'resident');
        expect(keys).toEqual(expect.arrayContaining(['home', 'myData', 'accessLog', 'corrections']));
        expect(keys).not.toContain('orgs'); // no staff entries

        await page.getByTestId('tab-myData').tap();
        await page.getByTestId('my-data').waitFor();
        await fits(page, 'resident-my-data');
        await page.locator('[data-testid^=flag-]').first().tap();
        await page.locator('[data-testid=flag-form] input').first().fill('望江西路 520 号');
        await screenshot(page, 'mobile-resident-correction-sheet');
        await page.getByRole('button', { name: '提交更正申请' }).tap();
        await page.getByText('更正申请将由').waitFor();
        await page.getByTestId('tab-home').tap();
        await page.getByTestId('resident-corrections').tap();
        await expect.poll(() => page.getByTestId('corrections').textContent(), { timeout: 15_000 }).toContain('待处理');
        await fits(page, 'resident-corrections-pending');
      } finally {
        await s.close();
      }
    });

    it('keeps the desktop shell at 1440×900', async () => {
      const s = await openBrowser('zh-CN', { viewport: { width: 1440, height: 900 } });
      try {
        const page = s.page;
        await login(page, 'worker.jiajia', '/inbox');
        await page.getByTestId('inbox-list').waitFor();
        await page.getByTestId('sider-menu').waitFor();
        expect(await page.getByTestId('mobile-tabs').count()).toBe(0);
        expect(await page.getByTestId('inbox-open').count()).toBe(0); // cards fully open, as before
        await screenshot(page, 'desktop-worker-inbox');
        await page.getByTestId('menu-subjects').click();
        await page.locator('.ant-table-row').first().waitFor();
        await screenshot(page, 'desktop-worker-subjects');
      } finally {
        await s.close();
      }
    });
  },
);
