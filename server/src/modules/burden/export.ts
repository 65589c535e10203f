// The burden of one org as an XLSX workbook: monthly series with the index, and the breakdowns.
import ExcelJS from 'exceljs';
import { BURDEN_KIND_LABELS, BURDEN_SOURCE_LABELS } from '#common/i18n/burden-labels.js';
import type { BurdenObjectKind, BurdenSource } from '#common/burden.js';
import type { BurdenService } from './service.js';

type Dashboard = Awaited<ReturnType<BurdenService['dashboard']>>;

export async function burdenWorkbook(d: Dashboard): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jianfu 减负';
  const sheet = (
    name: string,
    title: string,
    headers: string[],
    rows: (string | number | null)[][],
    widths: number[],
  ) => {
    const ws = wb.addWorksheet(name);
    ws.mergeCells(1, 1, 1, headers.length);
    ws.getCell(1, 1).value = title;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.addRow(headers).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.views = [{ state: 'frozen', ySplit: 2 }];
  };
  const title = `${d.org.name}社区负担（${d.from} 至 ${d.to}，基期 ${d.baselineMonth ?? '—'} = 100）`;
  sheet(
    '按月',
    title,
    ['月份', '负担（小时）', '其中重新估算（小时）', '负担指数'],
    d.series.map((s) => [s.month, s.hours, s.reestimateHours, s.index]),
    [10, 16, 22, 12],
  );
  sheet(
    '按部门',
    title,
    ['部门', '部门代码', '小时'],
    d.byDepartment.map((x) => [x.name, x.code, x.hours]),
    [28, 26, 12],
  );
  sheet(
    '按类型',
    title,
    ['事项类型', '小时'],
    d.byKind.map((x) => [BURDEN_KIND_LABELS[x.kind as BurdenObjectKind]?.['zh-CN'] ?? x.kind, x.hours]),
    [22, 12],
  );
  sheet(
    '按来源',
    title,
    ['来源', '小时'],
    d.bySource.map((x) => [BURDEN_SOURCE_LABELS[x.source as BurdenSource]?.['zh-CN'] ?? x.source, x.hours]),
    [22, 12],
  );
  sheet(
    '社区排名',
    `${title}：近12个月负担率`,
    ['社区', '区划代码', '小时', '负担率'],
    d.ranking.map((r) => [r.name, r.code, r.hours, r.ratio === null ? null : Math.round(r.ratio * 1000) / 10 + '%']),
    [24, 16, 12, 12],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
