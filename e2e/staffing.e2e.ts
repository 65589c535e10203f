// Browser journey of 定人定岗: the 五里墩街道 officer reads the street's staffing table, opens
// 家家景园社区, proposes a grid plan of 300 households a grid and adopts it; the community's worker then
// sees her community's figures, its new grids and her own grid on a phone, as the resident sees hers; the
// city's data steward enters official statistics for a community the hub has no population for.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chromiumPath, login, openBrowser, PHONE, screenshot, SKIP_REASON } from './browser.js';

const JIAJIA = '340104006005';
// 五里墩街道's first community (no roster in the demo).
const FIRST = '340104006001';
// A community of 蜀山区 outside 五里墩街道 (no demo population in the hub).
const OTHER = '340104001001';
const LAPTOP = { viewport: { width: 1440, height: 900 } };

async function rosterFile(rows: (string | null)[][]): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('花名册');
  sheet.addRow(['姓名', '岗位', '岗级', '等级', '社工证', '入职日期', '网格']);
  for (const r of rows) sheet.addRow(r);
  return {
    name: '花名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}

describe.skipIf(!chromiumPath)(chromiumPath ? 'staffing journeys' : `staffing journeys — ${SKIP_REASON}`, () => {
  it('street officer: staffing table → 家家景园社区 → grid plan → adopt', async () => {
    const s = await openBrowser('zh-CN', LAPTOP);
    try {
      const p = s.page;
      await login(p, 'street.wulidun');
      await p.getByTestId('menu-staffing').click();
      const page = p.getByTestId('staffing-page');
      await page.waitFor();
      // Every community of the street, with what the three standards require.
      const row = p.getByTestId(`staffing-drill-${JIAJIA}`);
      await row.waitFor();
      expect(await page.locator('.staffing-children tbody tr.ant-table-row').count()).toBe(6);
      await p.getByTestId('staffing-kpis').getByText('按工作量').waitFor();
      await p.locator('.staffing-chart canvas').first().waitFor();
      // The distribution of households per person in post over the street's communities.
      await p.getByTestId('staffing-dist').locator('canvas').waitFor();
      await screenshot(p, 'staffing-street');

      await row.click();
      await p.getByTestId('staffing-path').locator('b', { hasText: '家家景园社区' }).waitFor();
      expect(await p.getByTestId('staffing-kpis').textContent()).toContain('5,000');
      await p.getByTestId('staffing-wisn').getByText('准入事项（负担监测）').waitFor();
      await screenshot(p, 'staffing-community');
      // Staff comes from the demo roster (花名册), said so on the figure; its certified share beside it.
      expect(await p.getByTestId('staffing-staff-source').textContent()).toBe('来自花名册');
      await p.getByTestId('staffing-certified-share').waitFor();
      // Staff by post of 三岗十八级: 一岗 2 (书记, 主任), 二岗 2, 三岗 5; the pay the ladder gives them.
      const ladder = p.getByTestId('staffing-ladder');
      expect(await ladder.getByTestId('staffing-level-1').textContent()).toContain('2');
      expect(await ladder.getByTestId('staffing-level-3').textContent()).toContain('5');
      await ladder.getByTestId('staffing-monthly-pay').waitFor();

      // The street keeps the roster: one more person in post.
      await p.getByTestId('staffing-roster').click();
      await p.getByTestId('roster-page').waitFor();
      await expect.poll(() => p.getByTestId('roster-summary').textContent()).toBe('在岗 9 人，持证社工 5 人');
      await p.getByTestId('roster-add').click();
      await p.getByTestId('roster-name').fill('新同事');
      await p.getByTestId('roster-hired').fill('2024-09-01');
      await p.getByTestId('roster-save').click();
      await expect.poll(() => p.getByTestId('roster-summary').textContent()).toBe('在岗 10 人，持证社工 5 人');
      await screenshot(p, 'roster-street');
      await p.goBack();
      await p.getByTestId('staffing-kpis').waitFor();

      await p.getByTestId('staffing-grid-plan').click();
      await p.getByTestId('grid-plan-page').waitFor();
      await p.getByTestId('grid-current').locator('.ant-tag').first().waitFor();
      await p.locator('input[data-testid="grid-per-grid"], [data-testid="grid-per-grid"] input').first().fill('300');
      await p.getByTestId('grid-propose').click();
      const status = p.getByTestId('grid-plan-status');
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('待采用');
      // 5,000 households in 17 grids of 240–360, none outside the tolerance.
      const card = p.locator('[data-testid^="grid-plan-"]').filter({ has: status });
      expect(await card.locator('tbody tr.ant-table-row').count()).toBe(17);
      expect(await card.locator('.ant-alert-warning').count()).toBe(0);
      await screenshot(p, 'grid-plan-proposed');

      await p.getByTestId('grid-adopt').click();
      await p.getByTestId('grid-adopt-confirm').click();
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('已采用');
      await expect.poll(() => p.getByTestId('grid-current').locator('.ant-tag').count()).toBe(17);
      // Each grid names its grid worker from the roster: 陈晓雯 keeps 第1网格.
      expect(await p.getByTestId(`grid-current-${JIAJIA}001`).textContent()).toContain('陈晓雯');
      await screenshot(p, 'grid-plan-adopted');
    } finally {
      await s.close();
    }
  });

  it('community worker on a phone: her community and its grids, nothing wider than the screen', async () => {
    const s = await openBrowser('zh-CN', PHONE);
    try {
      const p = s.page;
      await login(p, 'worker.jiajia', '/staffing');
      await p.getByTestId('staffing-kpis').waitFor();
      await p.getByTestId('staffing-wisn').waitFor();
      expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(p, 'staffing-worker-phone');
      await p.getByTestId('staffing-grid-plan').click();
      await p.getByTestId('grid-current').locator('.ant-tag').first().waitFor();
      // Her own grid from the roster, marked among the community's.
      expect(await p.getByTestId('grid-mine').textContent()).toContain('第1网格');
      // She reads the plan; only the street and 民政 plan.
      expect(await p.getByTestId('grid-propose').count()).toBe(0);
      expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(p, 'grid-plan-worker-phone');
      // Her community's roster: read only, as cards on the phone.
      await p.goBack();
      await p.getByTestId('staffing-roster').click();
      await p.locator('[data-testid^="roster-row-"]').first().waitFor();
      expect(await p.locator('[data-testid^="roster-row-"]').count()).toBeGreaterThanOrEqual(9);
      expect(await p.getByTestId('roster-add').count()).toBe(0);
      expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(p, 'roster-worker-phone');
      // 我的网格: her grid and its grid workers.
      await p.getByTestId('tab-me').click();
      await p.getByTestId('menu-myGrid').click();
      await p.getByTestId('my-grid').getByText('第1网格').waitFor();
      expect(await p.getByTestId('my-grid-worker').first().textContent()).toContain('陈晓雯');
      expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(p, 'my-grid-worker-phone');
    } finally {
      await s.close();
    }
  });

  it('resident on a phone: 我的网格 shows her grid and its grid worker, nothing else of staffing', async () => {
    const s = await openBrowser('zh-CN', PHONE);
    try {
      const p = s.page;
      await login(p, 'resident.demo', '/me/grid');
      await p.getByTestId('my-grid').waitFor();
      expect(await p.getByTestId('my-grid').textContent()).toContain('家家景园社区');
      expect(await p.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(p, 'my-grid-resident-phone');
    } finally {
      await s.close();
    }
  });

  it('data steward: official statistics for a community without population in the hub, shown as such', async () => {
    const s = await openBrowser('zh-CN', LAPTOP);
    try {
      const p = s.page;
      // 三里庵街道's 梅山路社区: the demo loads no population outside 五里墩街道.
      await login(p, 'steward.hefei', `/staffing?org=${OTHER}`);
      await p.getByTestId('staffing-kpis').waitFor();
      await p.getByTestId('staffing-statistics-open').click();
      const number = (id: string) => p.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();
      await number('statistics-residents').fill('6200');
      await number('statistics-households').fill('2400');
      await p.getByTestId('statistics-source').fill('区统计局2025年统计年报');
      await p.getByTestId('statistics-as-of').fill('2026-01-01');
      await p.getByTestId('statistics-save').click();
      await p.getByTestId('statistics-form').waitFor({ state: 'detached' });
      await expect
        .poll(() => p.getByTestId('staffing-official').textContent())
        .toBe('官方统计：区统计局2025年统计年报（2026-01-01）');
      expect(await p.getByTestId('staffing-kpis').textContent()).toContain('2,400');
      await screenshot(p, 'staffing-official-statistics');
    } finally {
      await s.close();
    }
  });

  it('street officer: imports a community roster from XLSX — row errors first, then all rows', async () => {
    const s = await openBrowser('zh-CN', LAPTOP);
    try {
      const p = s.page;
      await login(p, 'street.wulidun', `/staffing/roster/${FIRST}`);
      await p.getByTestId('roster-page').waitFor();
      await p.getByTestId('roster-import').click();
      const file = p.locator('.ant-modal input[type=file]');
      await file.setInputFiles(
        await rosterFile([
          ['黄书记', '书记', '一岗', '3', '社会工作师', '2016-04-01', null],
          ['吴网格', '网格员', '三岗', '17', null, '2040-01-01', '第99网格'],
        ]),
      );
      await p.getByTestId('roster-import-try').click();
      const result = p.getByTestId('roster-import-result');
      await result.getByText('共 2 行，发现 2 处问题', { exact: false }).waitFor();
      expect(await result.locator('tbody tr.ant-table-row').count()).toBe(2);
      expect(await p.getByTestId('roster-import-commit').isDisabled()).toBe(true);
      await screenshot(p, 'roster-import-errors');

      await file.setInputFiles(
        await rosterFile([
          ['黄书记', '书记', '一岗', '3', '社会工作师', '2016-04-01', null],
          ['吴网格', '网格员', '三岗', '17', null, '2022-01-01', '第1网格'],
        ]),
      );
      // Choosing another file clears the last check's result: then 试导入 checks the new file, not the old one.
      await result.waitFor({ state: 'hidden' });
      await p.getByTestId('roster-import-try').click();
      await result.getByText('共 2 行，均可导入').waitFor();
      await p.getByTestId('roster-import-commit').click();
      await expect.poll(() => p.getByTestId('roster-summary').textContent()).toBe('在岗 2 人，持证社工 1 人');
      await screenshot(p, 'roster-imported');
    } finally {
      await s.close();
    }
  });

  it('district 民政: a new version of the 蜀山区 standard raises what 家家景园社区 needs', async () => {
    const s = await openBrowser('zh-CN', LAPTOP);
    try {
      const p = s.page;
      await login(p, 'dept.shushan.minzheng');
      await p.getByTestId('menu-staffing').click();
      await p.getByTestId(`staffing-drill-340104006`).waitFor();
      await p.getByTestId('staffing-standard-open').click();
      const drawer = p.getByTestId('staffing-standard');
      const per10k = drawer.locator('#workersPer10k');
      await per10k.waitFor();
      expect(Number(await per10k.inputValue())).toBe(18);
      await per10k.fill('20');
      await p.getByTestId('standard-save').click();
      await drawer.getByText('本级第 1 版').waitFor();
      await screenshot(p, 'staffing-standard');
      // The pay-grade ladder is part of the standard: 三岗十八级, three posts with their grades.
      const ladder = drawer.getByTestId('standard-ladder');
      await ladder.scrollIntoViewIfNeeded();
      await ladder.getByText('岗位等级序列：三岗十八级').waitFor();
      expect(await ladder.locator('tbody tr.ant-table-row').count()).toBe(3);
      await screenshot(p, 'staffing-standard-ladder');
      // Down to 家家景园社区 through 五里墩街道.
      await p.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      await p.getByTestId('staffing-drill-340104006').click();
      await p.getByTestId(`staffing-drill-${JIAJIA}`).click();
      await p.waitForURL((u) => u.searchParams.get('org') === JIAJIA);
      const kpis = p.getByTestId('staffing-kpis');
      // The community's figures (its 12,504 residents), not the street's shown while they load.
      await expect.poll(() => kpis.textContent()).toContain('12,504');
      await kpis.getByText('蜀山区第 1 版', { exact: false }).waitFor();
      expect(await kpis.textContent()).toContain('25'); // 12,504 residents × 20 ÷ 10,000
    } finally {
      await s.close();
    }
  });
});
