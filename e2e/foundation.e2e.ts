// Browser journeys of the foundation: a worker finds their community, a department is refused another
// district, the language switch, and an admin creating an account.
import { describe, expect, it } from 'vitest';
import { chromiumPath, login, loginThroughForm, logout, openBrowser, screenshot, SKIP_REASON } from './browser.js';

describe.skipIf(!chromiumPath)(chromiumPath ? 'foundation journeys' : `foundation journeys — ${SKIP_REASON}`, () => {
  it('shows the login page in Chinese with the demo accounts', async () => {
    const s = await openBrowser();
    try {
      await s.page.goto('/login');
      await s.page.getByTestId('demo-accounts').waitFor();
      expect(await s.page.getByTestId('demo-banner').textContent()).toContain('演示环境');
      expect(await s.page.getByTestId('login-submit').textContent()).toMatch(/登\s*录/);
      await screenshot(s.page, 'login-zh');
      await s.page.getByTestId('login-username').fill('worker.jiajia');
      await s.page.getByTestId('login-password').fill('wrong-password');
      await s.page.getByTestId('login-submit').click();
      expect(await s.page.getByTestId('login-error').textContent()).toContain('用户名或密码不正确');
    } finally {
      await s.close();
    }
  });

  it('a community worker logs in and sees 家家景园社区', async () => {
    const s = await openBrowser();
    try {
      await loginThroughForm(s.page, 'worker.jiajia');
      expect(await s.page.getByTestId('user-menu').textContent()).toContain('家家景园社区');
      expect(await s.page.getByTestId('home-org-path').textContent()).toContain('五里墩街道');
      await s.page.getByTestId('shortcut-my-org').click();
      await s.page.getByTestId('org-detail-title').waitFor();
      await expect.poll(() => s.page.getByTestId('org-detail-title').textContent()).toContain('家家景园社区');
      expect(await s.page.getByTestId('org-detail-path').textContent()).toContain('蜀山区');
      await s.page.getByTestId('profile-staff').waitFor();
      await screenshot(s.page, 'orgs-worker-jiajia');
    } finally {
      await s.close();
    }
  });

  it('finds a community by pinyin initials in the org browser', async () => {
    const s = await openBrowser();
    try {
      await login(s.page, 'street.wulidun', '/orgs');
      await s.page.getByTestId('org-search').fill('jjjy');
      const hit = s.page.getByTestId('org-hit').first();
      await hit.waitFor();
      expect(await hit.textContent()).toContain('家家景园社区');
      await hit.click();
      await expect.poll(() => s.page.getByTestId('org-detail-title').textContent()).toContain('家家景园社区');
      expect(await s.page.getByTestId('org-detail-counts').textContent()).toContain('17');
    } finally {
      await s.close();
    }
  });

  it('refuses the 蜀山区 department officer the data of 包河区', async () => {
    const s = await openBrowser();
    try {
      await login(s.page, 'dept.shushan.minzheng', '/orgs/340111');
      await expect.poll(() => s.page.getByTestId('org-detail-title').textContent()).toContain('包河区');
      const alert = s.page.getByTestId('profile-alert');
      await alert.waitFor();
      expect(await alert.getAttribute('data-code')).toBe('out_of_scope');
      expect(await alert.textContent()).toContain('管辖范围');
      await screenshot(s.page, 'orgs-out-of-scope');
      // Its own district is open to it.
      await s.page.goto('/orgs/340104');
      await s.page.getByTestId('profile-departments').waitFor();
      expect(await s.page.getByTestId('profile-departments').textContent()).toContain('减负办');
    } finally {
      await s.close();
    }
  });

  it('switches the whole interface to English and back', async () => {
    const s = await openBrowser();
    try {
      await login(s.page, 'worker.jiajia');
      await s.page.getByTestId('lang-switch').click();
      await expect.poll(() => s.page.getByTestId('sider-menu').textContent()).toContain('Workbench');
      expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
      await screenshot(s.page, 'home-en');
      await s.page.reload();
      await expect.poll(() => s.page.getByTestId('sider-menu').textContent()).toContain('Workbench'); // remembered
      await s.page.getByTestId('lang-switch').click();
      await expect.poll(() => s.page.getByTestId('sider-menu').textContent()).toContain('工作台');
    } finally {
      await s.close();
    }
  });

  it('an admin creates a community worker account, who can then log in', async () => {
    const s = await openBrowser();
    try {
      await login(s.page, 'admin', '/admin/users');
      await s.page.getByTestId('users-table').waitFor();
      await screenshot(s.page, 'users-admin');
      await s.page.getByTestId('create-user').click();
      await s.page.getByTestId('user-username').fill('worker.qingxi');
      await s.page.getByTestId('user-display-name').fill('许静');
      await s.page.getByTestId('user-password').fill('qingxi-2026');
      await s.page.getByTestId('user-role-select').click();
      await s.page.locator('.ant-select-item-option', { hasText: '社区工作者' }).click();
      // The org select is enabled only once the role has reached the form; typing earlier is lost.
      const orgSelect = s.page.getByTestId('user-org-select');
      await expect.poll(() => orgSelect.getAttribute('class')).not.toContain('ant-select-disabled');
      await orgSelect.click();
      await orgSelect.locator('input').pressSequentially('清溪路');
      // The options arrive from the org search; pick the community once it is listed.
      await s.page.locator('.ant-select-item-option', { hasText: '清溪路社区' }).first().waitFor();
      await s.page.keyboard.press('Enter');
      await expect.poll(() => s.page.getByTestId('user-org-select').textContent()).toContain('清溪路社区');
      await screenshot(s.page, 'users-create');
      await s.page.getByTestId('user-form-submit').click();
      await expect.poll(() => s.page.getByTestId('users-table').textContent()).toContain('worker.qingxi');
      await logout(s.page);
      expect(s.page.url()).toMatch(/\/login/);
      await login(s.page, 'worker.qingxi', '/', 'qingxi-2026');
      expect(await s.page.getByTestId('user-menu').textContent()).toContain('清溪路社区');
    } finally {
      await s.close();
    }
  });
});
