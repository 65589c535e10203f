// Browser journeys of 个人信息保护: 李桂兰 sees that 蜀山区民政局 read her data and flags a fact as wrong;
// the data steward's grant form shows the server's reasons (no purpose, expiry past the admission's).
import { describe, expect, it } from 'vitest';
import { choose, chromiumPath, login, openBrowser, screenshot, SKIP_REASON } from './browser.js';

describe.skipIf(!chromiumPath)(chromiumPath ? 'privacy journeys' : `privacy journeys — ${SKIP_REASON}`, () => {
  it('resident.demo sees who looked at her data and asks for a correction', async () => {
    const s = await openBrowser();
    try {
      await login(s.page, 'resident.demo', '/me/access-log');
      const log = s.page.getByTestId('access-log');
      await expect.poll(() => log.textContent(), { timeout: 15_000 }).toContain('蜀山区民政局');
      expect(await log.textContent()).toContain('高龄津贴');
      await screenshot(s.page, 'privacy-access-log');
      await s.page.getByTestId('menu-myData').click();
      await s.page.getByTestId('my-data').waitFor();
      expect(await s.page.getByTestId('my-data').textContent()).toContain('李桂兰');
      // A yes/no fact reads 是 or 否, not the stored true/false.
      expect(await s.page.getByTestId('value-senior_allowance').first().textContent()).toMatch(/^[是否]$/);
      await s.page.getByTestId('flag-residence_address').first().click();
      // Neither the right value nor what is wrong: the request is not sent.
      await s.page.getByRole('button', { name: '提交更正申请' }).click();
      await s.page.getByText('请填写正确内容，或在说明中写明哪里有误').waitFor();
      await s.page.locator('[data-testid=flag-form] input').first().fill('望江西路 520 号');
      await s.page.getByRole('button', { name: '提交更正申请' }).click();
      await s.page.getByText('更正申请将由').waitFor();
      await s.page.getByTestId('menu-corrections').click();
      await expect.poll(() => s.page.getByTestId('corrections').textContent(), { timeout: 15_000 }).toContain('待处理');
      await screenshot(s.page, 'privacy-corrections');
    } finally {
      await s.close();
    }
  });

  it('the steward’s grant form shows a missing purpose and an expiry past the admission', async () => {
    const s = await openBrowser();
    try {
      await login(s.page, 'steward.hefei', '/privacy/grants');
      await expect
        .poll(() => s.page.getByTestId('grants').textContent(), { timeout: 15_000 })
        .toContain('高龄津贴资格认证和发放');
      await s.page.getByTestId('new-grant').click();
      const form = s.page.getByTestId('grant-form');
      const pick = async (i: number, text: string) => {
        await form.locator('.ant-select').nth(i).click();
        await s.page.keyboard.type(text);
        await s.page.keyboard.press('Enter');
      };
      // The steward chooses the district whose departments and admissions are listed (孙明 is city-level).
      await s.page.getByTestId('grant-area').click();
      await s.page.keyboard.type('蜀山区');
      await s.page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: '蜀山区' })
        .first()
        .click();
      await pick(1, '民政局');
      await pick(2, '宗教信仰');
      await s.page.keyboard.press('Escape');
      await pick(3, '高龄');
      const date = form.locator('.ant-picker input');
      await date.click();
      await date.fill('2035-01-01');
      await s.page.keyboard.press('Enter');
      await s.page.getByRole('button', { name: /确\s*定/ }).click();
      await expect.poll(() => form.textContent(), { timeout: 15_000 }).toContain('不能晚于准入编号的有效期');
      expect(await form.textContent()).toContain('必填');
      await screenshot(s.page, 'privacy-grant-form');
    } finally {
      await s.close();
    }
  });

  it('a street officer sees 李桂兰’s record in clear only after stating a reason, and she sees that look', async () => {
    const s = await openBrowser();
    try {
      await login(s.page, 'street.wulidun');
      const community = '340104006005';
      const list = await (
        await s.page.request.get(`/api/v1/hub/subjects?community=${community}&type=resident&q=李桂兰`)
      ).json();
      const li = (list.items as { id: number; name: string }[]).find((x) => x.name === '李桂兰');
      expect(li, '李桂兰 in 家家景园社区').toBeDefined();
      await s.page.getByTestId('menu-subjects').click();
      await choose(s.page, 'subjects-community', '家家景园社区', '家家景园');
      await s.page.getByTestId('subjects-tab-resident').click();
      await s.page.getByTestId('subjects-search').locator('input').fill('李桂兰');
      await s.page.keyboard.press('Enter');
      await s.page.getByTestId(`subject-open-${li!.id}`).click();
      const drawer = s.page.getByTestId('subject-drawer');
      const id = drawer.getByTestId('fact-id_number');
      await id.waitFor();
      expect(await id.textContent()).toContain('********');
      await drawer.getByTestId('unmask-button').click();
      const confirm = s.page.getByRole('button', { name: '确认查看' });
      await confirm.click();
      await s.page.getByText('请填写查看理由').waitFor();
      await screenshot(s.page, 'privacy-unmask-reason');
      await s.page.getByTestId('unmask-reason').fill('核实高龄津贴申请人身份');
      await confirm.click();
      await drawer.getByText('本次查看已记入审计记录').waitFor();
      expect(await id.textContent()).toMatch(/^\d{17}[\dX]$/);
      await screenshot(s.page, 'privacy-unmask-shown');
    } finally {
      await s.close();
    }
    const r = await openBrowser();
    try {
      await login(r.page, 'resident.demo', '/me/access-log');
      const log = r.page.getByTestId('access-log');
      await expect.poll(() => log.textContent(), { timeout: 15_000 }).toContain('核实高龄津贴申请人身份');
      expect(await log.textContent()).toContain('查看未脱敏信息');
    } finally {
      await r.close();
    }
    // The steward finds the same look in the audit trail and the chain verifies intact.
    const st = await openBrowser();
    try {
      await login(st.page, 'steward.hefei', '/privacy/audit');
      const table = st.page.getByTestId('audit-table');
      await table.locator('tbody tr').first().waitFor();
      await st.page.getByTestId('audit-user').locator('input').fill('street.wulidun');
      await st.page.keyboard.press('Enter');
      await expect.poll(() => table.textContent(), { timeout: 15_000 }).toContain('核实高龄津贴申请人身份');
      expect(await table.textContent()).not.toContain('steward.hefei');
      await st.page.getByTestId('audit-verify').click();
      await expect
        .poll(() => st.page.getByTestId('audit-verify-result').textContent(), { timeout: 15_000 })
        .toContain('哈希链完好');
      await screenshot(st.page, 'privacy-audit');
    } finally {
      await st.close();
    }
  });

  it('the community worker’s drawer masks the ID number and phone until she gives a reason', async () => {
    const s = await openBrowser();
    try {
      await login(s.page, 'worker.jiajia');
      const community = '340104006005';
      const list = await (
        await s.page.request.get(`/api/v1/hub/subjects?community=${community}&type=resident&q=李桂兰`)
      ).json();
      const li = (list.items as { id: number; name: string }[]).find((x) => x.name === '李桂兰')!;
      await s.page.getByTestId('menu-subjects').click(); // her own community's
      await s.page.getByTestId('subjects-tab-resident').click();
      await s.page.getByTestId('subjects-search').locator('input').fill('李桂兰');
      await s.page.keyboard.press('Enter');
      await s.page.getByTestId(`subject-open-${li.id}`).click();
      const drawer = s.page.getByTestId('subject-drawer');
      const id = drawer.getByTestId('fact-id_number');
      await id.waitFor();
      expect(await id.textContent()).toContain('********');
      const title = s.page.locator('.ant-drawer-title');
      expect(await title.textContent()).toContain('********');
      await screenshot(s.page, 'privacy-worker-drawer-masked');
      await drawer.getByTestId('unmask-button').click();
      await s.page.getByTestId('unmask-reason').fill('核对入户采集信息');
      await s.page.getByRole('button', { name: '确认查看' }).click();
      await drawer.getByText('本次查看已记入审计记录').waitFor();
      expect(await id.textContent()).toMatch(/^\d{17}[\dX]$/);
      expect(await title.textContent()).not.toContain('********');
      await screenshot(s.page, 'privacy-worker-drawer-shown');
    } finally {
      await s.close();
    }
  });

  it('a department shows one masked ledger row in clear after giving a reason', async () => {
    const s = await openBrowser();
    try {
      await login(s.page, 'dept.shushan.minzheng');
      const forms = (await (await s.page.request.get('/api/v1/forms')).json()) as { id: number; title: string }[];
      const form = forms.find((f) => f.title === '高龄津贴台账')!;
      const ledger = await (await s.page.request.get(`/api/v1/forms/${form.id}/ledger?community=340104006005`)).json();
      const row = (ledger.rows as { subjectId: number; cells: { value: string | null }[] }[]).find((r) =>
        r.cells.some((c) => c.value?.includes('********')),
      )!;
      await s.page.getByTestId('menu-forms').click();
      await s.page.getByTestId(`form-row-${form.id}`).click();
      await choose(s.page, 'form-community', '家家景园社区', '家家景园');
      await s.page.getByTestId('form-tab-ledger').click();
      const tr = s.page.getByTestId(`ledger-row-${row.subjectId}`);
      await tr.waitFor({ timeout: 60_000 });
      expect(await tr.textContent()).toContain('********');
      await tr.getByTestId(`unmask-${row.subjectId}-button`).click();
      await s.page.getByTestId(`unmask-${row.subjectId}-reason`).fill('核对高龄津贴发放名单');
      await s.page.getByRole('button', { name: '确认查看' }).click();
      await tr.getByText('已显示').waitFor();
      expect(await tr.textContent()).not.toContain('********');
      await screenshot(s.page, 'privacy-ledger-unmask');
    } finally {
      await s.close();
    }
  });
});
