// Browser journeys of the admission gate: a department applies, the burden-reduction office consults the
// community (its worker answers on her phone) and admits with a written opinion, anyone checks the number
// and the opinion without logging in; a certificate the negative list forbids is blocked.
import { describe, expect, it } from 'vitest';
import { addMonths, firstDayOfMonth, monthOf, termEnd } from '#common/dates.js';
import type { Page } from 'playwright-core';
import { choose, chromiumPath, login, openBrowser, screenshot, SKIP_REASON, todayInChina } from './browser.js';

async function fillDates(page: Page, start: string, expiry: string): Promise<void> {
  for (const [id, value] of [
    ['adm-start', start],
    ['adm-expiry', expiry],
  ]) {
    await page.getByTestId(id).click();
    await page.getByTestId(id).fill(value);
    await page.keyboard.press('Enter');
  }
}

describe.skipIf(!chromiumPath)(chromiumPath ? 'admission journeys' : `admission journeys — ${SKIP_REASON}`, () => {
  it('dept.shushan.minzheng applies, reviewer.shushan consults 家家景园社区 and admits with an opinion, the number and the opinion are public', async () => {
    const dept = await openBrowser();
    let number = '';
    try {
      await login(dept.page, 'dept.shushan.minzheng', '/admissions/new');
      await dept.page.getByTestId('admission-form').waitFor();
      await dept.page.getByTestId('adm-title').fill('独居老人定期探访');
      await choose(dept.page, 'adm-kind', '工作事项');
      await dept.page
        .getByTestId('adm-description')
        .fill('每月上门探访辖区独居老人一次，了解健康和生活状况，发现困难及时转介。');
      await dept.page.getByTestId('adm-legal-basis').fill('《中华人民共和国老年人权益保障法》');
      await dept.page.getByTestId('adm-scope-streets').click();
      await choose(dept.page, 'adm-scope-street-picker', '五里墩街道');
      await dept.page.keyboard.press('Escape');
      await choose(dept.page, 'adm-frequency', '每月');
      await dept.page.getByTestId('adm-minutes').fill('120');
      await dept.page.getByTestId('adm-funds').fill('30000');
      // A two-year term starting on the first of the month four months ahead (beyond the lead time).
      const start = addMonths(firstDayOfMonth(monthOf(todayInChina())), 4);
      await fillDates(dept.page, start, termEnd(start, 24));
      // The live pre-check panel estimates the burden for the street's six communities.
      await expect
        .poll(() => dept.page.getByTestId('precheck-burden').textContent(), { timeout: 15_000 })
        .toContain('144');
      expect(await dept.page.getByTestId('precheck-negative_list').getAttribute('data-verdict')).toBe('pass');
      await screenshot(dept.page, 'admission-form');
      await dept.page.getByTestId('adm-submit').click();
      await dept.page.locator('[data-testid=adm-status][data-status=submitted]').waitFor({ timeout: 15_000 });
      await screenshot(dept.page, 'admission-submitted');
    } finally {
      await dept.close();
    }

    // The reviewer starts the review; an assist item cannot be admitted before the communities are consulted.
    const reviewer = await openBrowser();
    let detailUrl = '';
    try {
      const r = reviewer.page;
      await login(r, 'reviewer.shushan', '/review');
      await r.getByTestId('review-queue').waitFor();
      // The desk says how many reviewers must sign an approval off (会签人数, one unless set).
      await r.getByTestId('signoff-settings').waitFor();
      await screenshot(r, 'review-desk');
      await r.getByTestId('review-queue').locator('a', { hasText: '独居老人定期探访' }).first().click();
      await r.getByTestId('action-start_review').click();
      await r.getByTestId('action-confirm').click();
      await r.locator('[data-testid=adm-status][data-status=under_review]').waitFor();
      detailUrl = r.url();
      await r.getByTestId('action-approve').click();
      await r.getByTestId('action-consultation-warning').waitFor();
      await r.getByTestId('action-opinion').fill('同意准入。');
      await r.getByTestId('action-confirm').click();
      // Refused by the server (409 consultation_required): the dialog says why, nothing is admitted.
      await expect.poll(() => r.getByTestId('action-error').textContent()).toContain('征求');
      await screenshot(r, 'admission-approve-needs-consultation');
      await r.keyboard.press('Escape');
      // 征求意见: here only 家家景园社区 of the street's six is asked.
      await r.getByTestId('action-start_consultation').click();
      await choose(r, 'consult-communities', '家家景园社区');
      // Close the dropdown (Escape would close the dialog).
      await r.getByTestId('action-modal').locator('.ant-typography').first().click();
      await r.getByTestId('action-confirm').click();
      await r.locator('[data-testid=adm-status][data-status=consultation]').waitFor();
      await screenshot(r, 'admission-consultation-started');
    } finally {
      await reviewer.close();
    }

    // The worker of 家家景园社区 answers from her 征求意见 list, on her phone.
    const worker = await openBrowser();
    try {
      const w = worker.page;
      await w.setViewportSize({ width: 390, height: 844 });
      await login(w, 'worker.jiajia', '/consultations');
      const card = w.locator('.consultation-card', { hasText: '独居老人定期探访' });
      await card.waitFor();
      await card.getByTestId('consult-stance-concern').click();
      await card.getByTestId('consult-comment').fill('探访可与网格员日常走访合并，请勿另设台账。');
      await screenshot(w, 'consultation-answer-phone');
      await card.getByTestId('consult-submit').click();
      await card.getByTestId('consult-sent').waitFor();
      await screenshot(w, 'consultation-answered-phone');
    } finally {
      await worker.close();
    }

    // The reviewer reads the answer, closes the consultation and admits with a written opinion.
    const opinion = '经审查，依据充分，经费随事项下沉；已征求家家景园社区意见，采纳其与网格走访合并的建议。同意准入。';
    const back = await openBrowser();
    try {
      const r = back.page;
      await login(r, 'reviewer.shushan', detailUrl);
      const comment = r.getByTestId('adm-comment').first();
      await comment.waitFor();
      expect(await comment.textContent()).toContain('探访可与网格员日常走访合并');
      expect(await r.getByTestId('adm-consultation-status').getAttribute('data-done')).toBe('true');
      await screenshot(r, 'admission-consultation-answered');
      await r.getByTestId('action-close_consultation').click();
      await r.getByTestId('action-confirm').click();
      await r.locator('[data-testid=adm-status][data-status=under_review]').waitFor();
      await r.getByTestId('action-approve').click();
      await r.getByTestId('action-confirm').click();
      // No opinion, no decision: the dialog asks for it.
      await r.getByText('请填写审查意见').waitFor();
      await r.getByTestId('action-opinion').fill(opinion);
      await r.getByTestId('action-confirm').click();
      await r.locator('[data-testid=adm-status][data-status=approved]').waitFor();
      number = (await r.getByTestId('adm-number').innerText()).trim();
      expect(number).toMatch(/蜀准〔\d{4}〕\d+号/);
      expect(await r.getByTestId('adm-event-opinion').first().textContent()).toContain(opinion);
      await screenshot(r, 'admission-approved');
    } finally {
      await back.close();
    }

    const anyone = await openBrowser();
    try {
      // Typed as a worker copies it from a chat message: other brackets, 第, full-width digits.
      const [, year, seq] = /蜀准〔(\d{4})〕(\d+)号/.exec(number)!;
      const wide = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      await anyone.page.goto('/check');
      await anyone.page.getByTestId('check-input').fill(`蜀准（${wide(year!)}）第${wide(seq!)} 号`);
      await anyone.page.getByTestId('check-submit').click();
      const result = anyone.page.getByTestId('check-result');
      await result.waitFor();
      expect(await result.getAttribute('data-status')).toBe('valid');
      expect(await result.textContent()).toContain('独居老人定期探访');
      expect(await anyone.page.getByTestId('check-number').textContent()).toBe(number);
      await anyone.page.getByTestId('check-read-as').waitFor();
      // The public record of the number shows the decision and its opinion.
      expect(await anyone.page.getByTestId('check-record').textContent()).toContain(opinion);
      await screenshot(anyone.page, 'admission-public-check');
      // A number one off suggests the real one of the same jurisdiction and year.
      await anyone.page.getByTestId('check-input').fill(`蜀准〔${year}〕${Number(seq) + 1}号`);
      await anyone.page.getByTestId('check-submit').click();
      await anyone.page.locator('[data-testid=check-result][data-status=unknown]').waitFor();
      await anyone.page.getByTestId('check-suggestions').waitFor();
      expect(await anyone.page.getByTestId('check-suggestion').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining(number)]),
      );
      await screenshot(anyone.page, 'admission-public-check-suggestions');
      await anyone.page.getByTestId('check-suggestion').filter({ hasText: number }).click();
      await anyone.page.locator('[data-testid=check-result][data-status=valid]').waitFor();
    } finally {
      await anyone.close();
    }
  });

  it('blocks an application for a certificate the negative list forbids, naming the item', async () => {
    const s = await openBrowser();
    try {
      await login(s.page, 'dept.shushan.minzheng', '/admissions/new');
      await s.page.getByTestId('adm-title').fill('请社区为居民开具亲属关系证明');
      const neg = s.page.getByTestId('precheck-negative_list');
      await expect.poll(() => neg.getAttribute('data-verdict'), { timeout: 15_000 }).toBe('block');
      expect(await neg.textContent()).toContain('亲属关系证明');
      await screenshot(s.page, 'admission-negative-block');
    } finally {
      await s.close();
    }
  });

  it('shows the published catalogue and its changes without login', async () => {
    const s = await openBrowser();
    try {
      await s.page.goto('/public/catalogue/340104');
      await s.page.getByTestId('catalogue-items').waitFor();
      expect(await s.page.getByTestId('catalogue-items').textContent()).toContain('最低生活保障');
      await s.page.getByTestId('catalogue-search').fill('亲属关系');
      await expect.poll(() => s.page.getByTestId('catalogue-items').textContent()).toContain('亲属关系证明');
      await screenshot(s.page, 'catalogue-public');
    } finally {
      await s.close();
    }
  });
});
