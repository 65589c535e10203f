// Browser journey of 从模板导入 (issue 13 §2): 蜀山区民政局 brings in its XLSX ledger template (a title row and
// a two-row merged header: 监护人 over 姓名/联系电话) and sees every column bound, how much of 家家景园社区's
// ledger the hub already knows and which columns 民政/公安 bring back, and saves it as a form; then a DOCX
// registration form, where it corrects a binding the matcher was unsure of (联络手机 → 联系电话). The city's
// data steward finds that label in the review queue and accepts it; the matcher binds the wording next time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { docxOf, xlsxTemplate } from '../server/src/testing/office-files.js';
import { choose, chromiumPath, login, logout, openBrowser, screenshot as fullShot, SKIP_REASON } from './browser.js';

const SLOW = 240_000;

async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await fullShot(page, name);
}

function tmpFile(name: string, body: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-tpl-e2e-')), name);
  fs.writeFileSync(file, body);
  return file;
}

/** The labels and bound elements of the columns editor, in order. */
async function columns(page: Page): Promise<{ label: string; element: string }[]> {
  const rows = page.locator('[data-testid^=form-column-][data-element]');
  const out: { label: string; element: string }[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    out.push({
      label: await page.getByTestId(`form-column-label-${i}`).inputValue(),
      element: (await page.getByTestId(`form-column-${i}`).getAttribute('data-element')) ?? '',
    });
  }
  return out;
}

describe.skipIf(!chromiumPath)(chromiumPath ? 'template journeys' : `template journeys — ${SKIP_REASON}`, () => {
  it(
    'a department turns an XLSX and a DOCX template into forms; the steward accepts its correction',
    async () => {
      const s = await openBrowser();
      try {
        const p = s.page;
        await login(p, 'dept.shushan.minzheng');

        // 1. The XLSX ledger template, previewed for 家家景园社区.
        const xlsx = tmpFile(
          'laoren-jianhu-v3.xlsx', // a file name that says little: the title comes from the sheet
          await xlsxTemplate('家家景园社区高龄老人监护情况台账', [
            { label: '序号' },
            { label: '姓名' },
            { label: '性别' },
            { label: '公民身份号码' },
            { label: '出生日期' },
            { label: '监护人', children: ['姓名', '联系电话'] },
            { label: '津贴情况', children: ['是否享受高龄津贴', '高龄津贴金额（元/月）'] },
            { label: '备注' },
          ]),
        );
        await p.getByTestId('menu-forms').click();
        await p.getByTestId('form-new').click();
        await p.getByTestId('template-import').waitFor();
        await choose(p, 'template-community', '家家景园社区', '家家景园');
        await p.getByTestId('template-import').locator('input[type=file]').setInputFiles(xlsx);
        await p.getByTestId('template-result').waitFor();
        expect(await p.getByTestId('form-title').inputValue()).toBe('高龄老人监护情况台账');
        const cols = await columns(p);
        expect(cols.map((c) => c.label)).toEqual([
          '序号',
          '姓名',
          '性别',
          '公民身份号码',
          '出生日期',
          '监护人姓名',
          '监护人联系电话',
          '是否享受高龄津贴',
          '高龄津贴金额（元/月）',
          '备注',
        ]);
        expect(cols.map((c) => c.element)).toEqual([
          '',
          'name',
          'gender',
          'id_number',
          'birth_date',
          'name', // the guardian's name: (guardian, name), the guardian's fact, not the subject's own
          'mobile',
          'senior_allowance',
          'senior_allowance_amount',
          '',
        ]);
        expect(await p.getByTestId('form-column-5').getAttribute('data-relation')).toBe('guardian');
        expect(await p.getByTestId('form-column-relation-5').textContent()).toBe('监护人');
        const coverage = await p.getByTestId('template-coverage').textContent();
        expect(coverage).toMatch(/家家景园社区：系统已掌握 \d+% 的单元格/);
        expect(await p.getByTestId('template-relations').textContent()).toContain('监护人姓名');
        await screenshot(p, 'template-xlsx-draft');
        await p.getByTestId('form-submit').click();
        await p.getByTestId('form-detail-title').waitFor();
        expect(await p.getByTestId('form-detail-title').textContent()).toBe('高龄老人监护情况台账');

        // 2. The DOCX registration form; the user binds 联络手机, which the matcher left unbound.
        const docx = tmpFile(
          '高龄老人入户登记表.docx',
          docxOf('高龄老人入户登记表', [
            [
              ['老人姓名', '', '性别', '□男 □女'],
              ['公民身份号码', '', '出生日期', ''],
              ['户籍地址', '', '联络手机', ''],
              ['入户走访情况', '', '', ''],
              ['走访人签字', '', '日期', ''],
            ],
          ]),
        );
        await p.getByTestId('menu-forms').click();
        await p.getByTestId('form-new').click();
        await p.getByTestId('template-import').locator('input[type=file]').setInputFiles(docx);
        await p.getByTestId('template-result').waitFor();
        const docCols = await columns(p);
        const phone = docCols.findIndex((c) => c.label === '联络手机');
        expect(docCols.find((c) => c.label === '老人姓名')?.element).toBe('name');
        expect(docCols.find((c) => c.label === '走访人签字')?.element).toBe('');
        expect(docCols[phone].element).toBe('');
        // A fact 民政 holds no grant for is flagged on its column at once, not first when the form is saved.
        await choose(p, `form-column-element-${phone}`, '是否低保户', '低保户');
        await p.getByTestId(`form-column-ungranted-${phone}`).waitFor();
        await choose(p, `form-column-element-${phone}`, '联系电话', '联系电话');
        expect(await p.getByTestId(`form-column-ungranted-${phone}`).count()).toBe(0);
        expect(await p.getByTestId(`form-column-${phone}`).getAttribute('data-element')).toBe('mobile');
        await screenshot(p, 'template-docx-draft');
        await p.getByTestId('form-submit').click();
        await p.getByTestId('form-detail-title').waitFor();
        expect(await p.getByTestId('form-detail-title').textContent()).toBe('高龄老人入户登记表');
        await logout(p);

        // 3. The steward's review queue: the department's correction waits there; accepted, it binds next time.
        await login(p, 'steward.hefei', '/hub/synonyms');
        await p.getByTestId('synonyms-search').locator('input').fill('联络手机');
        await p.getByTestId('synonyms-search').locator('input').press('Enter');
        const row = p.getByTestId('synonym-联络手机');
        await row.waitFor();
        expect(await row.textContent()).toContain('联系电话');
        expect(await row.textContent()).toMatch(/更正于/);
        await p.getByTestId('synonyms-search').locator('input').fill('');
        await p.getByTestId('synonyms-search').locator('input').press('Enter');
        await p.getByTestId('synonym-联络手机').waitFor();
        await screenshot(p, 'template-review-queue');
        await p.getByTestId('synonym-accept-联络手机').click();
        await expect.poll(() => p.getByTestId('synonym-联络手机').count()).toBe(0);
        // Confirmed, with who decided: the matcher binds this wording from now on (tested in templates.int.test.ts).
        await p.getByTestId('synonyms-status').getByText('已确认').click();
        await p.getByTestId('synonym-联络手机').waitFor();
        expect(await p.getByTestId('synonym-联络手机').textContent()).toContain('联系电话');
      } finally {
        await s.close();
      }
    },
    SLOW,
  );
});
