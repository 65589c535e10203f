// Debian Chromium driven by playwright-core, one fresh profile per journey; screenshots are kept in
// e2e/artifacts as test artefacts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const ARTIFACTS = path.resolve('e2e/artifacts');

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
export const baseUrl = inject('baseUrl');
export const SKIP_REASON = `skipped: no Chromium at ${process.env.JIANFU_CHROMIUM ?? '/usr/bin/chromium'} (apt-get install chromium fonts-wqy-microhei)`;

export interface Session {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openBrowser(locale = 'zh-CN'): Promise<Session> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath!,
    args: CHROMIUM_FLAGS,
    headless: true,
    viewport: { width: 1366, height: 768 },
    locale,
    timezoneId: 'Asia/Shanghai', // the users' clock: times show as China Standard Time
    baseURL: baseUrl,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export async function login(page: Page, username: string, password = 'jianfu-demo'): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}
