// Debian Chromium driven by playwright-core, one fresh profile per journey; screenshots are kept in
// e2e/artifacts as test artefacts.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chinaDate } from '#common/dates.js';

export const ARTIFACTS = path.resolve('e2e/artifacts');

/** Today in China: the journeys' server runs on the real clock, so dates typed in are relative to it. */
export const todayInChina = (): string => chinaDate(new Date());

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumPath = inject('chromium');
/**
 * The server of this worker: journey files run side by side, each worker (VITEST_POOL_ID 1, 2 …) against
 * its own copy of the demo, so a file sees the demo plus only what files before it on the same server did.
 */
const baseUrls = inject('baseUrls');
export const baseUrl = baseUrls.length
  ? baseUrls[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % baseUrls.length]!
  : '';
export const SKIP_REASON = `skipped: no Chromium at ${process.env.JIANFU_CHROMIUM ?? '/usr/bin/chromium'} (apt-get install chromium fonts-wqy-microhei)`;

export interface Session {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A phone (390×844, touch) or another screen; the default is a 1366×768 desktop. */
export interface Screen {
  viewport: { width: number; height: number };
  isMobile?: boolean;
  hasTouch?: boolean;
}

export const PHONE: Screen = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

// One Chromium per journey file (started at the first session, closed after the file by e2e/setup.ts).
// Each session is an incognito context in it — its own cookies and storage, like a new profile — and a
// closed session's context and tab are kept for the next session on the same screen, signed out and its
// storage cleared: a new context costs its own renderer process and a cold start of the app's code (about
// 1.5 s of CPU here, measured), which reusing the tab saves.
let browser: Promise<Browser> | null = null;

interface Tab {
  key: string;
  screen: Screen;
  context: BrowserContext;
  page: Page;
}
let idleTabs: Tab[] = [];

// JIANFU_E2E_LOADS=<file>: each journey file appends how many documents of the app its tabs loaded (goto,
// reload, a link out of the app; not the single-page app's own navigation) and how many contexts (renderer
// processes, each a cold start) it opened. A load costs the renderer about half a second of CPU here.
const loadsFile = process.env.JIANFU_E2E_LOADS;
let loads = 0;
let contexts = 0;

export async function closeBrowser(file?: string): Promise<void> {
  if (loadsFile && file) fs.appendFileSync(loadsFile, `${path.basename(file)}\t${loads}\t${contexts}\n`);
  loads = 0;
  contexts = 0;
  const running = browser;
  browser = null;
  idleTabs = [];
  if (running) await (await running).close();
}

const DESKTOP: Screen = { viewport: { width: 1366, height: 768 } };

async function newTab(key: string, locale: string, screen: Screen): Promise<Tab> {
  browser ??= chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_FLAGS, headless: true });
  const context = await (
    await browser
  ).newContext({
    ...screen,
    locale,
    timezoneId: 'Asia/Shanghai', // the users' clock: times show as China Standard Time
    baseURL: baseUrl,
    // Like a reader who turned motion off: antd's transitions and the charts' animations are left out, so a
    // click never waits for one to end (JIANFU_E2E_MOTION=1 keeps them, to look at them).
    reducedMotion: process.env.JIANFU_E2E_MOTION === '1' ? 'no-preference' : 'reduce',
  });
  contexts++;
  if (loadsFile) {
    context.on('request', (req) => {
      if (!req.isNavigationRequest() || req.redirectedFrom() || req.frame().parentFrame()) return;
      if (!req.url().startsWith(baseUrl) || new URL(req.url()).pathname.startsWith('/api/')) return;
      loads++;
    });
  }
  return { key, screen, context, page: await context.newPage() };
}

/**
 * Makes a closed session's tab a fresh one again: nobody signed in, nothing in the app's storage (the
 * language choice lives there), no listener of the journey before, the screen it was opened with. A tab
 * that cannot be reset is closed instead, and the next session gets a new context.
 *
 * A tab that shows the app keeps it, on the app's login page: a signed-in user signs out through the user
 * menu, as on a shared office computer (the app drops what it read for her), a public page's reader goes to
 * the login page; the next session's `login` signs in there. Each load of the app kept out saves about
 * 0.3 s of Chromium's CPU here, and the journeys switch users some 70 times. Anywhere else (a dialog that
 * does not close on Escape, another language) the tab goes back to a blank page.
 */
async function release(tab: Tab): Promise<void> {
  try {
    tab.page.removeAllListeners();
    const kept = await signOutInPlace(tab.page).catch(() => false);
    if (!tab.page.url().startsWith(baseUrl)) await tab.page.goto('/api/v1/health');
    await tab.page.evaluate('localStorage.clear(); sessionStorage.clear()');
    await tab.context.clearCookies();
    await tab.context.clearPermissions();
    if (!kept) await tab.page.goto('about:blank');
    await tab.page.setViewportSize(tab.screen.viewport);
    idleTabs.push(tab);
  } catch {
    await tab.context.close().catch(() => undefined);
  }
}

/** Whether the tab shows the app's login page (signed out, the app loaded). */
async function atLoginPage(page: Page): Promise<boolean> {
  return page.url().startsWith(baseUrl) && (await page.getByTestId('login-username').isVisible());
}

/**
 * Opens `path` in the app the tab shows, as its own links do (the router follows the history): no new load.
 * Only for the helpers here; a journey moves through the app's menus and links.
 */
async function followLink(page: Page, path: string): Promise<void> {
  await page.evaluate(
    `history.pushState(null, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate'))`,
  );
}

/** Signs the tab's user out through the app when nothing is in the way; false when it was not done. */
async function signOutInPlace(page: Page): Promise<boolean> {
  const url = page.url();
  if (!url.startsWith(baseUrl) || new URL(url).pathname.startsWith('/api/')) return false;
  // A fresh load shows Chinese (the choice lives in the storage cleared below); English stays in memory.
  if ((await page.evaluate('document.documentElement.lang')) !== 'zh-CN') return false;
  if (await atLoginPage(page)) return true;
  const inTheWay = page.locator('.ant-modal-wrap:visible, .ant-drawer-content-wrapper:visible, .ant-popover:visible');
  if ((await inTheWay.count()) > 0) {
    // A dialog or drawer the journey left open closes as a user closes it.
    await page.keyboard.press('Escape');
    await inTheWay.first().waitFor({ state: 'hidden', timeout: 3_000 });
  }
  if ((await inTheWay.count()) > 0) return false;
  const userMenu = page.getByTestId('user-menu');
  if (!(await userMenu.isVisible())) {
    // A public page: its reader goes to the app's login page (the app sends a signed-in one to her home).
    await followLink(page, '/login');
    await page.getByTestId('login-username').or(userMenu).first().waitFor({ timeout: 10_000 });
    if (await atLoginPage(page)) return true;
  }
  await userMenu.click({ timeout: 5_000 });
  await page.getByTestId('logout').click({ timeout: 5_000 });
  await page.getByTestId('login-username').waitFor({ timeout: 10_000 });
  return true;
}

export async function openBrowser(locale = 'zh-CN', screen: Screen = DESKTOP): Promise<Session> {
  const key = JSON.stringify([locale, screen]);
  const i = idleTabs.findIndex((t) => t.key === key);
  const tab = i >= 0 ? idleTabs.splice(i, 1)[0]! : await newTab(key, locale, screen);
  let closed = false;
  return {
    context: tab.context,
    page: tab.page,
    async close() {
      if (closed) return;
      closed = true;
      await release(tab);
    },
  };
}

/**
 * A full-page PNG in e2e/artifacts, for a developer to look at. JIANFU_E2E_SCREENSHOTS=0 skips them: CI
 * throws its clone away, and some 140 full-page captures cost it about half a second each.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  if (process.env.JIANFU_E2E_SCREENSHOTS === '0') return file;
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Signs in as `username` and opens `to`. On a tab that shows the app's login page (the session before
 * signed out there, see release) the user signs in on it and the app opens `to` itself, without loading
 * the app again. Otherwise it posts the login form's request (POST /auth/login in the page's cookie jar) and
 * loads `to`. A journey about opening a URL cold signs in, then uses page.goto. The form's own behaviour is
 * driven by the foundation and phone journeys (loginThroughForm).
 */
export async function login(page: Page, username: string, to = '/', password = 'jianfu-demo'): Promise<void> {
  const target = new URL(to, baseUrl);
  // The public pages (/public/…) show no user menu, signed in or not.
  const opened = () =>
    target.pathname.startsWith('/public')
      ? page.waitForURL((u) => u.pathname === target.pathname)
      : page.getByTestId('user-menu').waitFor();
  if (await atLoginPage(page)) {
    const path = target.pathname + target.search + target.hash;
    // The login page keeps where to go next (as when a link led to it); the router follows the history.
    await followLink(page, path === '/' ? '/login' : `/login?next=${encodeURIComponent(path)}`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    // Signed in, the app leaves the login page; refused, the page says why.
    const refused = page.getByTestId('login-error');
    await refused.or(page.locator('body:not(:has([data-testid=login-username]))')).first().waitFor();
    if (await refused.isVisible()) throw new Error(`login ${username} failed: ${await refused.textContent()}`);
    await opened();
    return;
  }
  const res = await page.request.post('/api/v1/auth/login', { data: { username, password } });
  if (!res.ok()) throw new Error(`login ${username} failed: ${res.status()} ${await res.text()}`);
  await page.goto(to);
  await opened();
}

/** Signs in through the login page, as a user types it. */
export async function loginThroughForm(page: Page, username: string, password = 'jianfu-demo'): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

/**
 * Picks `option` in the antd Select marked `testId` and waits until the select shows it: a click
 * that lands while the dropdown is still opening is otherwise lost, and the journey fails later on
 * a symptom (e.g. a pre-check that sees no scope). Retries the click, never toggles a chosen option.
 */
export async function choose(page: Page, testId: string, option: string, typed?: string): Promise<void> {
  const select = page.getByTestId(testId);
  // antd 6: a single select shows its value as the text of .ant-select-content-has-value, a multiple one as tags.
  const chosen = select
    .locator('.ant-select-content-has-value, .ant-select-selection-item', { hasText: option })
    .first();
  for (let attempt = 1; ; attempt++) {
    if (attempt > 1) await page.keyboard.press('Escape');
    await select.click();
    // A long list is virtual: type to filter it rather than scroll to the option.
    if (typed) await page.keyboard.type(typed);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click();
    try {
      await chosen.waitFor({ timeout: 3_000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

/**
 * Logs out through the user menu and waits for the login page. On a loaded machine a click can land
 * while antd's dropdown is still opening and be lost; the menu is opened again then, up to three times.
 */
export async function logout(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    try {
      await page.getByTestId('login-username').waitFor({ timeout: 5_000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Submits a modal form and waits until it closes. If it stays open, fails with what the form says
 * (a field's error or the form's alert), not later on a list that never shows the new row.
 */
export async function submitForm(page: Page, submitTestId: string, formTestId: string): Promise<void> {
  await page.getByTestId(submitTestId).click();
  const form = page.getByTestId(formTestId);
  try {
    await form.waitFor({ state: 'hidden', timeout: 15_000 });
  } catch {
    const said = await form
      .locator('.ant-form-item-explain-error, .ant-alert')
      .allTextContents()
      .catch(() => []);
    throw new Error(`${formTestId} stayed open after ${submitTestId}: ${said.join(' · ') || '(no message shown)'}`);
  }
}

/**
 * Ticks a checkbox and makes sure it stays ticked: on a loaded machine the click can land while a modal is
 * still opening (and be lost), or before its form has filled its initial values (which then untick it).
 */
export async function tick(checkbox: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (!(await checkbox.isChecked())) await checkbox.click();
    await checkbox.page().waitForTimeout(300);
    if (await checkbox.isChecked()) return;
    if (attempt >= 3) throw new Error('the checkbox did not stay ticked after three clicks');
  }
}
