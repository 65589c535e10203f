// Browser journey of 居民议事协商 on a 390×844 phone: resident.demo proposes a topic, a neighbour in another
// household supports it, worker.jiajia tables it, records the 议事会, opens a vote; both residents vote;
// the worker enters the paper tally and closes the vote; the result and the tally are public.
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

async function asPhone(username: string, run: (page: Page) => Promise<void>) {
  const s = await openBrowser('zh-CN', PHONE);
  try {
    await login(s.page, username);
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
    await asPhone('resident.demo', async (page) => {
      await page.goto('/deliberation');
      await page.getByTestId('deliberation').waitFor();
      await page.getByTestId('delib-rules').waitFor();
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
      expect(await narrow(page)).toBeLessThanOrEqual(390);
    });
    expect(path).toMatch(/^\/deliberation\/topics\/\d+$/);
    const id = Number(path.split('/').pop());

    await asPhone('resident.demo2', async (page) => {
      await page.goto(path);
      await page.getByTestId('support').tap();
      await page.getByTestId('supported').waitFor();
      expect(await page.getByTestId('supports').textContent()).toContain('支持 2');
      await page.getByTestId('comment-input').fill('支持，车棚最好带充电桩');
      await page.getByTestId('comment-send').tap();
      await page.getByTestId('comments').getByText('车棚最好带充电桩').waitFor();
      await screenshot(page, 'delib-supported-phone');
    });

    await asPhone('worker.jiajia', async (page) => {
      await page.goto(path);
      await page.getByTestId('table').tap();
      await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toBe('已列入议程');
      await page.goto('/deliberation');
      await page.getByTestId('record-meeting').tap();
      await page.getByTestId('meeting-form').waitFor();
      await page.getByTestId('meeting-place').fill('家家景园社区议事厅');
      await choose(page, 'meeting-topics', title);
      await page.getByTestId('meeting-count-resident_rep').fill('7');
      await page.getByTestId('meeting-count-property_company').fill('1');
      await page.getByTestId('meeting-minutes').fill('与会代表同意建设车棚，提交居民表决。');
      await screenshot(page, 'delib-meeting-phone');
      await submitForm(page, 'meeting-submit', 'meeting-form');
      await page.goto(path);
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
      await asPhone(resident, async (page) => {
        await page.goto(path);
        await page.getByTestId('vote-option-0').tap();
        await page.getByTestId('cast-vote').tap();
        await page.getByTestId('voted').waitFor();
        if (resident === 'resident.demo2') await screenshot(page, 'delib-voted-phone');
      });

    await asPhone('worker.jiajia', async (page) => {
      await page.goto(path);
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
    await asPhone('worker.jiajia', async (page) => {
      await page.goto(path);
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
      await login(s.page, 'reviewer.shushan');
      await s.page.goto('/exit-requests');
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
      const line = pub.page.getByTestId('check-exit-request').filter({ hasText: '已启动退出审查' }).first();
      await line.waitFor();
      expect(await line.textContent()).toContain('征求主管部门意见');
      await line.scrollIntoViewIfNeeded();
      await screenshot(pub.page, 'delib-exit-public-phone');
    } finally {
      await pub.close();
    }
  });

  it('the topic page on a laptop', async () => {
    const s = await openBrowser('zh-CN');
    try {
      await login(s.page, 'worker.jiajia');
      await s.page.goto('/deliberation');
      await s.page.getByTestId('delib-rules').waitFor();
      await s.page.locator('[data-testid^=topic-]').filter({ hasText: '3 号楼加装电梯' }).first().click();
      await s.page.getByTestId('actions').waitFor();
      await screenshot(s.page, 'delib-elevator-laptop');
    } finally {
      await s.close();
    }
  });
});
