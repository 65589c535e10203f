// Browser journey of 一表通: the data steward imports 民政's 低保 list (a GBK CSV): the dry run shows the
// bad rows with row and reason, the corrected file commits; a department defines 高龄津贴台账 with the
// matcher and sees its coverage and pulls every community's ledger at once; a community worker opens a
// household, fills the missing facts once — only what the community is the source of, never a department's
// fact (a bad phone number is refused on its field) — and the ledger shows them; the XLSX export opens
// with the form's columns in order; 高龄津贴 came back from 民政's roster.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, chromiumPath, login, openBrowser, screenshot as fullShot, SKIP_REASON, tick } from './browser.js';

const JIAJIA = '340104006005';
const SLOW = 240_000; // the CI machine has two shared cores

/** A full-page screenshot from the top (scrolled pages shift the fixed header in full-page shots). */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await fullShot(page, name);
}

async function tmpFile(name: string, body: Buffer): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-hub-e2e-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, body);
  return file;
}

/** The rows of the first sheet of a downloaded workbook, as strings. */
async function sheetRows(download: Download): Promise<string[][]> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-hub-dl-')), download.suggestedFilename());
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return rows;
}

async function uploadAndDryRun(page: Page, file: string): Promise<void> {
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-mapping').waitFor();
  await expect.poll(() => page.getByTestId('import-dry-run').isEnabled()).toBe(true);
  await page.getByTestId('import-dry-run').click();
  await expect
    .poll(() => page.getByTestId('import-status').getAttribute('data-status'), { timeout: 60_000 })
    .toMatch(/has_errors|validated|failed/);
}

describe.skipIf(!chromiumPath)(chromiumPath ? 'hub journeys' : `hub journeys — ${SKIP_REASON}`, () => {
  it(
    'the steward dry-runs the GBK 低保 list, sees the bad rows by row and reason, and commits the corrected file',
    async () => {
      const s = await openBrowser();
      try {
        const p = s.page;
        await p.setViewportSize({ width: 1440, height: 900 });
        await login(p, 'steward.hefei');
        // 民政's list as Chinese Excel saves it: GBK, with a wrong check digit, an impossible date and a duplicate.
        const bad = await (await p.request.get('/api/v1/demo/files/dibao-with-errors.csv')).body();
        const good = await (await p.request.get('/api/v1/demo/files/dibao.csv')).body();
        expect(iconv.decode(bad, 'gbk')).toContain('户主身份证号码');
        const badFile = await tmpFile('蜀山区低保家庭名单.csv', bad);
        const goodFile = await tmpFile('蜀山区低保家庭名单（已修正）.csv', good);

        await p.getByTestId('menu-hubImports').click();
        await choose(p, 'import-dataset', '城乡低保家庭名单');
        await uploadAndDryRun(p, badFile);
        expect(await p.getByTestId('import-status').getAttribute('data-status')).toBe('has_errors');
        expect(await p.locator('.page-header').textContent()).toContain('gb18030');
        const errors = p.getByTestId('import-errors');
        await errors.locator('tbody tr[data-testid^=import-error-]').first().waitFor();
        expect(await p.getByTestId('import-error-4').getAttribute('data-reason')).toBe('bad_id_check_digit');
        expect(await p.getByTestId('import-error-4').textContent()).toContain('公民身份号码校验位错误');
        expect(await p.getByTestId('import-error-6').getAttribute('data-reason')).toBe('bad_date');
        expect(await errors.locator('[data-reason=duplicate_key]').count()).toBe(1);
        expect(await p.getByTestId('import-commit').count()).toBe(0); // no commit with errors
        await screenshot(p, 'hub-import-errors');

        const [report] = await Promise.all([p.waitForEvent('download'), p.getByTestId('import-errors-xlsx').click()]);
        const reportRows = await sheetRows(report);
        expect(reportRows[1]).toEqual(['行号', '列', '值', '原因']);
        expect(reportRows.slice(2).map((r) => r[0])).toEqual(expect.arrayContaining(['4', '6']));

        await p.getByTestId('import-upload-fixed').click();
        await p.getByTestId('import-history').waitFor();
        await uploadAndDryRun(p, goodFile);
        expect(await p.getByTestId('import-result').getAttribute('data-status')).toBe('validated');
        await p.getByTestId('import-commit').click();
        await expect
          .poll(() => p.getByTestId('import-status').getAttribute('data-status'), { timeout: 60_000 })
          .toBe('committed');
        expect(await p.getByTestId('import-result').textContent()).toContain('已导入');
        await screenshot(p, 'hub-import-committed');

        await p.getByRole('button', { name: /返回导入记录/ }).click();
        const history = p.getByTestId('import-history');
        await expect.poll(() => history.locator('[data-status]').count()).toBe(2);
        const statuses = await history
          .locator('[data-status]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
        expect(statuses).toEqual(['committed', 'has_errors']);
        await screenshot(p, 'hub-import-history');

        // The dictionary names each element's source of truth; the steward grants communities the collection
        // of 曾用名 (no demo ledger reads it) with a reason, and the change is kept with who and why.
        await p.getByTestId('menu-hubElements').click();
        await p.getByTestId('elements-search').locator('input').fill('曾用名');
        await p.keyboard.press('Enter');
        const cell = p.getByTestId('element-source-former_name');
        await cell.waitFor();
        expect(await cell.getAttribute('data-source')).toBe('gongan');
        await p.getByTestId('element-source-edit-former_name').click();
        await p.getByTestId('element-source-form').waitFor();
        await tick(p.getByTestId('element-source-collects'));
        await p.getByTestId('element-source-reason').fill('曾用名以本人申报为准，社区入户时核实');
        await screenshot(p, 'hub-element-source');
        await p.locator('.ant-modal:visible .ant-btn-primary').click();
        await expect.poll(() => cell.textContent()).toContain('授权社区采集');
        expect(await cell.textContent()).toContain('曾用名以本人申报为准，社区入户时核实');
      } finally {
        await s.close();
      }
    },
    SLOW,
  );

  it(
    'a department defines 高龄津贴台账 with matched columns, sees its coverage and pulls every community at once',
    async () => {
      const s = await openBrowser();
      try {
        const p = s.page;
        await p.setViewportSize({ width: 1440, height: 900 });
        await login(p, 'dept.shushan.minzheng', '/forms');
        await p.getByTestId('form-new').click();
        await p.getByTestId('form-edit').waitFor();
        await p.getByTestId('form-title').fill('高龄津贴台账（复核）');
        await choose(p, 'form-admission', '高龄津贴');
        await p.getByTestId('form-add-condition').click();
        await choose(p, 'form-condition-element-0', '出生日期', '出生日期');
        await choose(p, 'form-condition-op-0', '年龄 ≥');
        await p.getByTestId('form-condition-value-0').fill('80');
        const labels = ['姓名', '性别', '公民身份号码', '出生日期', '联系电话', '是否享受高龄津贴', '备注', '签字'];
        await p.getByTestId('form-paste').fill(labels.join('、'));
        await p.getByTestId('form-paste-add').click();
        await expect.poll(() => p.getByTestId('form-column-3').getAttribute('data-element')).toBe('id_number');
        expect(await p.getByTestId('form-column-1').getAttribute('data-element')).toBe('name');
        expect(await p.getByTestId('form-column-6').getAttribute('data-element')).toBe('senior_allowance');
        expect(await p.getByTestId('form-column-8').getAttribute('data-element')).toBe(''); // 签字: form-only
        await screenshot(p, 'hub-form-define');
        await p.getByTestId('form-submit').click();

        await p.getByTestId('form-detail-title').waitFor();
        expect(await p.getByTestId('form-issuable').textContent()).toBe('可下发');
        await choose(p, 'form-community', '家家景园社区', '家家景园');
        const coverage = p.getByTestId('form-coverage');
        await coverage.waitFor({ timeout: 60_000 });
        expect(Number(await coverage.getAttribute('data-known'))).toBeGreaterThan(0.3);
        // Who brings each fact: 公民身份号码 comes back from 公安, 是否享受高龄津贴 from 民政 (never the community).
        expect(await p.getByTestId('coverage-hub-3').textContent()).toBe('公安分局回流');
        expect(await p.getByTestId('coverage-hub-6').textContent()).toBe('民政局回流');
        expect(await p.getByTestId('coverage-hub-5').textContent()).toBe('社区采集'); // 联系电话: granted
        expect(await p.getByTestId('coverage-form-8').textContent()).toBe('社区填写');
        await screenshot(p, 'hub-form-coverage');

        const [all] = await Promise.all([p.waitForEvent('download'), p.getByTestId('ledger-export-all').click()]);
        const rows = await sheetRows(all);
        expect(rows[0][0]).toContain('高龄津贴台账（复核）');
        expect(rows[1]).toEqual(['社区', '序号', ...labels]);
        const communities = new Set(rows.slice(2).map((r) => r[0]));
        expect(communities.has('家家景园社区')).toBe(true);
        expect(communities.size).toBeGreaterThan(1);

        // 编辑: the same page over the stored form; saved, the detail page shows the new title.
        await p.getByTestId('form-edit-button').click();
        await expect.poll(() => p.getByTestId('form-title').inputValue()).toBe('高龄津贴台账（复核）');
        await p.getByTestId('form-title').fill('高龄津贴台账（2027年复核）');
        await p.getByTestId('form-submit').click();
        await expect.poll(() => p.getByTestId('form-detail-title').textContent()).toBe('高龄津贴台账（2027年复核）');

        // 回流任务: what 民政 itself must bring back, per community (its own to-do, not the worker's).
        await p.getByTestId('menu-hubBackflow').click();
        await p.getByTestId('backflow-table').waitFor({ timeout: 60_000 });
        expect(await p.getByTestId('backflow-title').textContent()).toContain('回流任务');
        await screenshot(p, 'hub-backflow');
      } finally {
        await s.close();
      }
    },
    SLOW,
  );

  it(
    'a community worker fills a household’s missing facts once and the ledger and its XLSX show them',
    async () => {
      const s = await openBrowser();
      try {
        const p = s.page;
        await p.setViewportSize({ width: 1440, height: 900 });
        await login(p, 'worker.jiajia');
        // A household of the community with a member of 70 or more whose visit facts (独居, 紧急联系人) are
        // missing. No sheet asks for a department's fact (高龄津贴 comes back from 民政's roster).
        interface Field {
          subjectId: number;
          subjectName: string;
          element: string;
          type: string;
          options: { code: string }[];
        }
        const elements = new Map(
          (
            (await (await p.request.get('/api/v1/hub/elements')).json()) as {
              code: string;
              ownerDepartmentKind: string;
              communityCollects: boolean;
            }[]
          ).map((e) => [e.code, e]),
        );
        let target: { id: number; key: string; fields: Field[] } | undefined;
        const list = await (
          await p.request.get(`/api/v1/hub/subjects?community=${JIAJIA}&type=household&pageSize=60`)
        ).json();
        for (const h of list.items as { id: number; key: string }[]) {
          const sheet = await (await p.request.get(`/api/v1/households/${h.id}/collect`)).json();
          for (const f of sheet.fields as Field[]) {
            const e = elements.get(f.element)!;
            expect(e.ownerDepartmentKind === 'community' || e.communityCollects, f.element).toBe(true);
          }
          if ((sheet.fields as Field[]).some((f) => f.element === 'living_alone')) {
            target = { id: h.id, key: h.key, fields: sheet.fields };
            break;
          }
        }
        expect(target, 'a household with missing 独居 facts').toBeDefined();
        const { id, key, fields } = target!;

        await p.getByTestId('menu-subjects').click();
        await p.getByTestId('subjects-household').waitFor();
        await p.getByTestId('subjects-search').locator('input').fill(key);
        await p.keyboard.press('Enter');
        await p.getByTestId(`household-collect-${id}`).click();
        await p.getByTestId('collect-sheet').waitFor();
        expect(Number(await p.getByTestId('collect-sheet').getAttribute('data-count'))).toBe(fields.length);

        const input = (f: Field) => p.getByTestId(`collect-input-${f.subjectId}-${f.element}`);
        const phones = fields.filter((f) => f.element === 'emergency_contact_phone');
        for (const f of fields) {
          if (f.type === 'boolean') await input(f).getByText('是', { exact: true }).click();
          else if (f.options.length) {
            await input(f).click();
            await p.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
          } else if (f.type === 'decimal' || f.type === 'integer') await input(f).fill('100');
          else if (phones.includes(f)) await input(f).fill('12345');
          else if (f.type === 'date') await input(f).fill('2026-01-01');
          else await input(f).fill('王芳');
        }
        if (phones.length) {
          // A bad phone number is refused on its own field, with the reason, and nothing is saved.
          await p.getByTestId('collect-save').click();
          const item = p.getByTestId(`collect-field-${phones[0].subjectId}-${phones[0].element}`);
          await item.locator('.ant-form-item-explain-error').waitFor();
          expect(await item.locator('.ant-form-item-explain-error').textContent()).toBe('手机号码格式不正确');
          await screenshot(p, 'hub-collect-error');
          for (const f of phones) await input(f).fill('13912345678');
        }
        await p.getByTestId('collect-save').click();
        await p.getByTestId('collect-empty').waitFor();
        await screenshot(p, 'hub-collect-done');

        const elder = fields.find((f) => f.element === 'living_alone')!;
        // 台账 from the sider, or from the bottom tabs on a phone.
        const openLedger = async (title: RegExp, entry = 'menu-forms') => {
          await p.getByTestId(entry).click();
          await p.getByTestId('forms-list').locator('a').filter({ hasText: title }).first().click();
          await p.getByTestId('form-tab-ledger').click();
          await p.getByTestId('ledger-table').waitFor({ timeout: 60_000 });
        };
        await openLedger(/^独居老人台账(演示)?$/);
        await p.getByTestId('ledger-search').locator('input').fill(elder.subjectName);
        await p.keyboard.press('Enter');
        const row = p.getByTestId(`ledger-row-${elder.subjectId}`);
        await row.waitFor();
        expect(await row.locator('td[data-state=missing]').count()).toBe(0);
        expect(await row.textContent()).toContain('是');
        await screenshot(p, 'hub-ledger');

        const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('ledger-export').click()]);
        const rows = await sheetRows(download);
        expect(rows[1]).toEqual([
          '序号',
          '姓名',
          '性别',
          '年龄',
          '现居住地址',
          '联系电话',
          '是否独居',
          '紧急联系人',
          '紧急联系人电话',
          '走访情况',
        ]);
        const mine = rows.find((r) => r[1] === elder.subjectName);
        expect(mine?.[6]).toBe('是');

        // 高龄津贴台账: both benefit columns came back from 民政's imported roster; nothing awaits 民政.
        await openLedger(/^高龄津贴台账(演示)?$/);
        const ledger = p.getByTestId('ledger-table');
        expect(await ledger.locator('td[data-state=known]').count()).toBeGreaterThan(0);
        expect(await ledger.locator('td[data-state=backflow]').count()).toBe(0);
        await screenshot(p, 'hub-ledger-gaoling');

        // On a phone: 残疾人两项补贴台账's 民政 columns show as awaiting 民政局, never as the worker's to fill.
        await p.setViewportSize({ width: 390, height: 844 });
        await openLedger(/^残疾人两项补贴台账(演示)?$/, 'tab-forms');
        await expect.poll(() => p.getByTestId('ledger-table').textContent()).toContain('待民政局回流');
        await screenshot(p, 'hub-ledger-backflow-phone');
      } finally {
        await s.close();
      }
    },
    SLOW,
  );
});
