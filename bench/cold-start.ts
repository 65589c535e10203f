// Cold start of the community worker's inbox on a phone over a slow mobile link: a fresh Chromium profile
// (nothing cached), signed in, opens /inbox at 390×844 under Chromium's network throttling; timed from
// navigation to the first inbox item on screen (the server's preview of the inbox counts: she can read
// it) and, apart, to the app's own list. Then the same page again with the cache warm, and the same
// cold load unthrottled as the same-run baseline. Median of several runs; bytes as they crossed the wire.
//   npm run bench -- cold-start [runs=5]
// Slow 4G as Lighthouse and Chrome DevTools define it: 562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { startServer } from './server.js';

const CHROMIUM = process.env.JIANFU_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];
const SLOW_4G = { latency: 562.5, downloadThroughput: 1.44e6 / 8, uploadThroughput: 675e3 / 8 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Load {
  /** Until her first item is on screen: the server's preview of the inbox, or the app's own list. */
  ms: number;
  /** Until the app's own inbox list (the scripts loaded, the page usable). */
  appMs: number;
  bytes: number;
  requests: number;
}

/** Opens /inbox in the context's page under the given link and answers how long until an item shows. */
async function open(context: BrowserContext, throttle: typeof SLOW_4G | null): Promise<Load> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    ...(throttle ?? { latency: 0, downloadThroughput: -1, uploadThroughput: -1 }),
  });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
    requests++;
  });
  const t = performance.now();
  await page.goto('/inbox', { waitUntil: 'commit' });
  await page
    .locator('[data-testid^=inbox-preview-item-], [data-testid^=inbox-item-]')
    .first()
    .waitFor({ timeout: 60_000 });
  const ms = performance.now() - t;
  await page.locator('[data-testid^=inbox-item-]').first().waitFor({ timeout: 60_000 });
  const appMs = performance.now() - t;
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  return { ms, appMs, bytes, requests };
}

async function session(url: string, profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: FLAGS,
    headless: true,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    baseURL: url,
  });
  // Signed in through the API (the login page is not what is measured); the cookie lands in the profile.
  const res = await context.request.post('/api/v1/auth/login', {
    data: { username: 'worker.jiajia', password: 'jianfu-demo' },
  });
  if (!res.ok()) throw new Error(`login: ${res.status()}`);
  return context;
}

export async function run(): Promise<void> {
  const runs = Number(process.argv[3] ?? 5);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-cold-'));
  const { url, child } = await startServer({ JIANFU_DATA_DIR: dataDir, DATABASE_URL: '' });
  const results: Record<string, Load[]> = { 'cold, slow 4G': [], 'warm cache, slow 4G': [], 'cold, no throttling': [] };
  try {
    // A warm-up round first, left out of the figures; not for a single run (CI's small size, which only has to
    // complete: its figures are printed, never compared).
    const warmUp = runs > 1 ? 1 : 0;
    for (let i = 0; i < runs + warmUp; i++) {
      for (const throttled of [true, false]) {
        const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-cold-profile-'));
        const context = await session(url, profile);
        try {
          const cold = await open(context, throttled ? SLOW_4G : null);
          const warm = throttled ? await open(context, SLOW_4G) : null;
          if (i < warmUp) continue; // the first round warms the server (its caches, the demo's pages)
          results[throttled ? 'cold, slow 4G' : 'cold, no throttling'].push(cold);
          if (warm) results['warm cache, slow 4G'].push(warm);
        } finally {
          await context.close();
          fs.rmSync(profile, { recursive: true, force: true });
        }
      }
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const ms = (x: number) => x.toFixed(0).padStart(6);
  for (const [name, loads] of Object.entries(results))
    console.log(
      `${name.padEnd(22)} first item ${ms(median(loads.map((l) => l.ms)))} ms (${loads.map((l) => l.ms.toFixed(0)).join(', ')})` +
        `  app's list ${ms(median(loads.map((l) => l.appMs)))} ms  ` +
        `${(median(loads.map((l) => l.bytes)) / 1024).toFixed(0)} KB in ${median(loads.map((l) => l.requests))} requests`,
    );
}
