// Browser journey of 居民议事协商 on a 390×844 phone: worker.jiajia publishes a new version of 家家景园's
// 议事规则 (two households put a topic on the agenda — rules are data, the demo's own version asks 20);
// resident.demo proposes a topic, a neighbour in another household supports it and the threshold puts it on
// the 居委会's agenda; worker.jiajia takes it to the 议事会 she records and opens a vote; both residents
// vote; the worker enters the paper tally and closes the vote; the result and the tally are public. Then
// the decided topic goes to the 减负办 as an exit request whose outcome the number's public page shows.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TopicView } from '#common/api/deliberation.js';
import type { PublicAdmission } from '#common/api/admission.js';
import {
  baseUrl,
  chromiumPath,
  choose,
  login,
  openBrowser,
  PHONE,
  screenshot,
  SKIP_REASON,
  submitForm,
} from './browser.js';

const narrow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

/** Signs `username` in on a phone, opens `to` and runs the steps there. */
async function asPhone(username: string, to: string, run: (page: Page) => Promise<void>) {
  const s = await openBrowser('zh-CN', PHONE);
  try {
    await login(s.page, username, to);
    await run(s.page);
  } finally {
    await s.close();
  }
}

const status = (page: Page) => page.getByTestId('topic').getByTestId('topic-status').first();

describe.skipIf(!chromiumPath)(chromiumPath ? 'deliberation journey' : `deliberation journey — ${SKIP_REASON}`, () => {
  it('residents propose, support and vote; the worker tables, meets, runs the vote and publishes the tally', async () => {
    const title = `小区北门增设非机动车棚 ${Date.now().toString(36)}`;
    let path = '';
    // The 居委会 publishes the rules its residents' meeting adopted: two households' support is enough.
    await asPhone('worker.jiajia', '/deliberation', async (page) => {
      await page.getByTestId('delib-documents-link').tap();
      await page.getByTestId('rules-doc').waitFor();
      const before = await page.getByTestId('rules-in-force').textContent();
      await page.getByTestId('rules-publish').tap();
      await page.getByTestId('rules-form').waitFor();
      await page.getByTestId('rules-form').getByText('按户数').tap();
      await page.getByTestId('rules-value').fill('2');
      await page.getByTestId('rules-note').fill('居民代表会议通过：试行两户联名即列入议事日程。');
      await screenshot(page, 'delib-rules-form-phone');
      await Promise.all([
        page.waitForResponse(
          (r) => r.url().endsWith('/deliberation-rules') && r.request().method() === 'PUT' && r.ok(),
        ),
        page.getByTestId('rules-submit').tap(),
      ]);
      await expect.poll(() => page.getByTestId('rules-in-force').textContent(), { timeout: 15_000 }).not.toBe(before);
      expect(await page.getByTestId('rules-clauses').first().textContent()).toContain('2 户支持即列入');
      await page.getByTestId('rules-history').getByText('历次版本').tap();
      await page.getByTestId('rules-version-1').waitFor();
      await screenshot(page, 'delib-documents-phone');
      expect(await narrow(page)).toBeLessThanOrEqual(390);
    });

    await asPhone('resident.demo', '/deliberation', async (page) => {
      await page.getByTestId('deliberation').waitFor();
      await page.getByTestId('delib-rules').waitFor();
      expect(await page.getByTestId('delib-rules').textContent()).toContain('2 户支持即列入议程');
      await screenshot(page, 'delib-list-phone');
      await page.getByTestId('propose').tap();
      await page.getByTestId('propose-form').waitFor();
      await page.getByTestId('propose-title').fill(title);
      await choose(page, 'propose-category', '停车');
      await page.getByTestId('propose-description').fill('北门外电动车乱停，建议在绿化带旁建车棚。');
      await screenshot(page, 'delib-propose-phone');
      await submitForm(page, 'propose-submit', 'propose-form');
      await page.getByTestId('topic-title').filter({ hasText: title }).waitFor();
      path = new URL(page.url()).pathname;
      await page.getByTestId('supported').waitFor();
      expect(await status(page).textContent()).toBe('征集支持');
      expect(await page.getByTestId('supports').textContent()).toContain('支持 1 / 2');
      expect(await narrow(page)).toBeLessThanOrEqual(390);
    });
    expect(path).toMatch(/^\/deliberation\/topics\/\d+$/);
    const id = Number(path.split('/').pop());

    // A neighbour in another household supports it: the threshold is reached and it is on the agenda.
    await asPhone('resident.demo2', path, async (page) => {
      await page.getByTestId('support').tap();
      await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toBe('已列入议程');
      expect(await page.getByTestId('supports').textContent()).toContain('支持 2 / 2');
      await page.getByTestId('comment-input').fill('支持，车棚最好带充电桩');
      await page.getByTestId('comment-send').tap();
      await page.getByTestId('comments').getByText('车棚最好带充电桩').waitFor();
      await screenshot(page, 'delib-supported-phone');
    });

    // The worker's bell says the topic reached her agenda; she takes it to the 议事会 she records.
    await asPhone('worker.jiajia', '/', async (page) => {
      await page.getByTestId('bell').tap();
      const note = page.getByTestId('notification-popover').getByTestId('notification-item').filter({ hasText: title });
      await note.first().waitFor();
      await screenshot(page, 'delib-tabled-bell-phone');
      await note.first().tap();
      await page.waitForURL((u) => u.pathname === path);
      expect(await status(page).textContent()).toBe('已列入议程');
      // 议事协商 from 我的 (the drawer of the whole menu).
      await page.getByTestId('tab-me').tap();
      await page.getByTestId('menu-deliberation').tap();
      await page.getByTestId('record-meeting').tap();
      await page.getByTestId('meeting-form').waitFor();
      await page.getByTestId('meeting-place').fill('家家景园社区议事厅');
      await choose(page, 'meeting-topics', title);
      await page.getByTestId('meeting-count-resident_rep').fill('7');
      await page.getByTestId('meeting-count-property_company').fill('1');
      await page.getByTestId('meeting-minutes').fill('与会代表同意建设车棚，提交居民表决。');
      await screenshot(page, 'delib-meeting-phone');
      await submitForm(page, 'meeting-submit', 'meeting-form');
      await page.getByTestId(`topic-${id}`).tap();
      await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toBe('已协商');
      await page.getByTestId('vote-eligible').fill('10');
      await Promise.all([
        page.waitForResponse(
          (r) => r.url().endsWith(`/topics/${id}/vote`) && r.request().method() === 'POST' && r.ok(),
        ),
        page.getByTestId('open-vote').tap(),
      ]);
      await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toBe('表决中');
      await screenshot(page, 'delib-vote-open-phone');
    });

    for (const resident of ['resident.demo', 'resident.demo2'])
      await asPhone(resident, path, async (page) => {
        await page.getByTestId('vote-option-0').tap();
        await page.getByTestId('cast-vote').tap();
        await page.getByTestId('voted').waitFor();
        if (resident === 'resident.demo2') await screenshot(page, 'delib-voted-phone');
      });

    await asPhone('worker.jiajia', path, async (page) => {
      expect(await page.getByTestId('cast-so-far').textContent()).toContain('2');
      await page.getByTestId('paper-0').fill('4');
      await page.getByTestId('paper-1').fill('1');
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/topics/${id}/paper-tally`) && r.ok()),
        page.getByTestId('paper-save').tap(),
      ]);
      await page.getByTestId('close-vote').tap();
      const confirm = page.locator('.ant-popconfirm-buttons .ant-btn-primary');
      await confirm.waitFor();
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/topics/${id}/vote/close`) && r.ok()),
        confirm.click(),
      ]);
      await page.getByTestId('tally').waitFor();
      expect(await status(page).textContent()).toBe('已通过');
      expect(await page.getByTestId('tally-outcome').textContent()).toBe('通过：同意');
      await screenshot(page, 'delib-tally-phone');
      expect(await narrow(page)).toBeLessThanOrEqual(390);
    });

    // Public without login: the result with the tally.
    const res = await fetch(`${baseUrl}/api/v1/topics/${id}`);
    const topic = (await res.json()) as TopicView;
    expect(topic.status).toBe('decided');
    expect(topic.vote!.tally).toMatchObject({ cast: 7, eligible: 10, passed: true });
    expect(topic.vote!.tally!.options.map((o) => [o.online, o.paper])).toEqual([
      [2, 4],
      [0, 1],
    ]);

    // The community's public page, no login: the topic decided, the rules and the covenant with their versions.
    const anyone = await openBrowser('zh-CN', PHONE);
    try {
      await anyone.page.goto(`/public/communities/${topic.communityCode}`);
      const card = anyone.page.getByTestId(`public-topic-${id}`);
      await card.waitFor();
      expect(await card.getByTestId('topic-status').textContent()).toBe('已通过');
      await anyone.page.getByTestId('covenant-history').getByText('历次版本').tap();
      await anyone.page.getByTestId('covenant-version-1').waitFor();
      expect(await anyone.page.getByTestId('covenant-body-text').textContent()).toContain('电动自行车');
      await screenshot(anyone.page, 'delib-public-community-phone');
      expect(await narrow(anyone.page)).toBeLessThanOrEqual(390);
      // The topic's public page: the tally, and no support or vote without login.
      await card.tap();
      await anyone.page.getByTestId('tally').waitFor();
      expect(await anyone.page.getByTestId('tally-outcome').textContent()).toBe('通过：同意');
      expect(await anyone.page.getByTestId('cast-vote').count()).toBe(0);
      await screenshot(anyone.page, 'delib-public-topic-phone');
      expect(await narrow(anyone.page)).toBeLessThanOrEqual(390);
    } finally {
      await anyone.close();
    }

    // 群众不认可→退出: the worker sends the decided topic to the 减负办 against an admission of the district
    // in force here; reviewer.shushan starts an exit review with a reason; the number's public page says so.
    const district = topic.communityCode.slice(0, 6);
    const admissions = (await (
      await fetch(`${baseUrl}/api/v1/public/admissions?jurisdiction=${district}`)
    ).json()) as PublicAdmission[];
    const target = admissions.find(
      (a) =>
        a.inForce &&
        a.jurisdiction.code === district &&
        (a.scope.type === 'all' ||
          a.scope.codes.includes(topic.communityCode) ||
          a.scope.codes.includes(topic.communityCode.slice(0, 9))),
    );
    expect(target).toBeDefined();
    await asPhone('worker.jiajia', path, async (page) => {
      await page.getByTestId('exit-send').tap();
      await page.getByTestId('exit-form').waitFor();
      await page.getByTestId('exit-number').fill('蜀准〔2099〕999号');
      await page.getByTestId('exit-submit').tap();
      await page.getByText('准入编号不存在').first().waitFor();
      await page.getByTestId('exit-number').fill(target!.number);
      await screenshot(page, 'delib-exit-send-phone');
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/topics/${id}/exit-request`) && r.status() === 201),
        page.getByTestId('exit-submit').tap(),
      ]);
    });
    const s = await openBrowser('zh-CN');
    try {
      await login(s.page, 'reviewer.shushan', '/exit-requests');
      const card = s.page.locator('[data-testid^=exit-request-]').filter({ hasText: title }).first();
      await card.waitFor();
      expect(await card.getByTestId('exit-status').textContent()).toBe('待受理');
      await card.getByTestId('exit-decide').click();
      await s.page.getByTestId('exit-decide-form').waitFor();
      await s.page.getByTestId('exit-outcome-review').click();
      await s.page.getByTestId('exit-reason').fill('居民表决通过，启动退出审查，征求主管部门意见。');
      await screenshot(s.page, 'delib-exit-decide-laptop');
      await submitForm(s.page, 'exit-decide-submit', 'exit-decide-form');
      await expect.poll(() => card.getByTestId('exit-status').textContent(), { timeout: 15_000 }).toBe('退出审查中');
    } finally {
      await s.close();
    }
    const pub = await openBrowser('zh-CN', PHONE);
    try {
      await pub.page.goto(`/check/${encodeURIComponent(target!.number)}`);
      const line = pub.page.getByTestId('check-exit-request').filter({ hasText: '征求主管部门意见' }).first();
      await line.waitFor();
      expect(await line.textContent()).toContain('征求主管部门意见');
      await line.scrollIntoViewIfNeeded();
      await screenshot(pub.page, 'delib-exit-public-phone');
    } finally {
      await pub.close();
    }
  }, 420_000); // Eleven phone sessions in a row: longer than one journey's default.

  it('the topic page, the documents and the public page on a laptop', async () => {
    const s = await openBrowser('zh-CN');
    try {
      await login(s.page, 'worker.jiajia', '/deliberation');
      await s.page.getByTestId('delib-rules').waitFor();
      await s.page.locator('[data-testid^=topic-]').filter({ hasText: '3 号楼加装电梯' }).first().click();
      await s.page.getByTestId('actions').waitFor();
      await screenshot(s.page, 'delib-elevator-laptop');
      await s.page.getByTestId('menu-deliberation').click();
      await s.page.getByTestId('delib-documents-link').click();
      await s.page.getByTestId('covenant-in-force').waitFor();
      await screenshot(s.page, 'delib-documents-laptop');
      await s.page.getByTestId('delib-public-link').click();
      await s.page.getByTestId('public-topics').waitFor();
      await s.page.locator('[data-testid^=public-topic-]').first().waitFor();
      await screenshot(s.page, 'delib-public-community-laptop');
    } finally {
      await s.close();
    }
  });
  it('the demo exit request and the 减负办 outcome on the number’s public page, on a phone', async () => {
    const admissions = (await (
      await fetch(`${baseUrl}/api/v1/public/admissions?jurisdiction=340104`)
    ).json()) as PublicAdmission[];
    let number = '';
    for (const a of admissions) {
      const url = `${baseUrl}/api/v1/public/admissions/${encodeURIComponent(a.number)}/exit-requests`;
      const rows = (await (await fetch(url)).json()) as { status: string }[];
      if (rows.some((r) => r.status === 'kept')) number = a.number;
    }
    expect(number).not.toBe('');
    const pub = await openBrowser('zh-CN', PHONE);
    try {
      await pub.page.goto(`/check/${encodeURIComponent(number)}`);
      const line = pub.page.locator('[data-testid=check-exit-request][data-status=kept]').first();
      await line.waitFor();
      expect(await line.textContent()).toContain('取消');
      await line.scrollIntoViewIfNeeded();
      await screenshot(pub.page, 'delib-demo-exit-check-phone');
      expect(await narrow(pub.page)).toBeLessThanOrEqual(390);
    } finally {
      await pub.close();
    }
  });
});
