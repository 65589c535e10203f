// XSS probes (issue 15): free text one role writes and another reads — a department's name (admin), an
// informal demand's content (community worker) — holding HTML and script, rendered for the reviewer in the
// register's list and its chart tooltip, and for the admin on the org profile. The probe looks at the DOM,
// not only at whether a script ran (the CSP would stop an inline handler anyway): the payload must show as
// text and never become an element.
import { describe, expect, it } from 'vitest';
import { request, type APIRequestContext, type Page } from 'playwright-core';
import { addDays } from '#common/dates.js';
import { baseUrl, chromiumPath, login, logout, openBrowser, screenshot, SKIP_REASON, todayInChina } from './browser.js';

const NAME = '<img src=x onerror="alert(1)">局';
const CONTENT = '</textarea><script>document.body.dataset.xss=2</script><b data-probe="1">加粗</b>要求每日报送';

async function apiLogin(request: APIRequestContext, username: string): Promise<Record<string, string>> {
  const res = await request.post('/api/v1/auth/login', { data: { username, password: 'jianfu-demo' } });
  expect(res.status()).toBe(200);
  return { 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** What of the payloads became DOM or ran (a string, so this file needs no DOM types). */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const found = [];
    if (document.querySelector('img[src="x"]')) found.push('img element');
    if (document.querySelector('[data-probe]')) found.push('b element');
    if (document.body.dataset.xss) found.push('script ran: ' + document.body.dataset.xss);
    return found;
  })()`);
}

describe.skipIf(!chromiumPath)(chromiumPath ? 'XSS probes' : `XSS probes — ${SKIP_REASON}`, () => {
  it('shows free text written by one role as text to another, in lists and chart tooltips', async () => {
    // The writers only post through the API; the reviewer and then the admin read on one tab.
    const writer = { request: await request.newContext({ baseURL: baseUrl }) };
    const reader = await openBrowser();
    try {
      const asAdmin = await apiLogin(writer.request, 'admin');
      const dept = await writer.request.post('/api/v1/orgs/340104/departments', {
        data: { kind: 'xssprobe', shortName: NAME },
        headers: asAdmin,
      });
      expect([201, 409]).toContain(dept.status());
      const asWorker = await apiLogin(writer.request, 'worker.tuancun');
      const demand = await writer.request.post('/api/v1/informal-demands', {
        data: {
          departmentCode: '340104-xssprobe',
          occurredOn: addDays(todayInChina(), -1),
          channel: 'phone',
          content: CONTENT,
          estimatedMinutes: 30,
          anonymous: false,
        },
        headers: asWorker,
      });
      expect(demand.status()).toBe(201);

      const dialogs: string[] = [];
      reader.page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
      const r = reader.page;
      await login(r, 'reviewer.shushan', '/register');
      await expect
        .poll(() => r.getByTestId('demand-list').textContent(), { timeout: 15_000 })
        .toContain('要求每日报送');
      expect(await r.getByTestId('demand-list').textContent()).toContain('<script>');
      // Hover every bar of the summary chart so each tooltip (department names) is drawn.
      const chart = r.getByTestId('demand-summary').locator('canvas').first();
      const box = await chart.boundingBox();
      let tips = 0;
      for (let y = 8; box && y < box.height; y += 12) {
        await chart.hover({ position: { x: box.width * 0.5, y }, force: true });
        await r.waitForTimeout(60);
        tips += await r.evaluate<number>(`document.body.innerHTML.includes('<br>登记') ? 1 : 0`);
      }
      expect(tips).toBeGreaterThan(3); // the tooltips were drawn (and a probe that never hovered cannot pass)
      expect(await injected(r)).toEqual([]);
      await screenshot(r, 'xss-register-reviewer');

      const a = reader.page;
      await logout(a);
      await login(a, 'admin', '/orgs/340104');
      await expect.poll(() => a.locator('body').textContent(), { timeout: 15_000 }).toContain('onerror');
      expect(await injected(a)).toEqual([]);
      expect(dialogs).toEqual([]);
    } finally {
      await Promise.all([writer.request.dispose(), reader.close()]);
    }
  });
});
