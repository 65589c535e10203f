// The staffing table of an org as an XLSX workbook: the org's own row and the level below, then what
// drives its workload (WISN items).
import ExcelJS from 'exceljs';
import type { StaffingOrg, StaffingRow } from '#common/api/staffing.js';

const BAND = { below: '偏小（宜合并）', within: '适中', above: '偏大（宜拆分）' } as const;
const SOURCE = { hub: '一表通', official: '官方统计', mixed: '一表通与官方统计' } as const;

/** Where a row's population comes from, with the source and date of official statistics. */
const populationOf = (r: StaffingRow) =>
  r.official
    ? `官方统计：${r.official.source}（${r.official.asOf}）`
    : r.populationSource
      ? SOURCE[r.populationSource]
      : '';

export async function staffingWorkbook(org: StaffingOrg, children: StaffingRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jianfu 减负';
  const ws = wb.addWorksheet('定人定岗');
  const headers = [
    '单位',
    '代码',
    '社区数',
    '居民',
    '户数',
    '在岗人数',
    '应配（每万人）',
    '应配网格员',
    '应配（工作量 WISN）',
    '缺口',
    'WISN 比值',
    '规模',
    '规模不适中的社区',
    '网格数',
    '准入事项工时/月',
    '人口来源',
    '一岗',
    '二岗',
    '三岗',
    '按等级序列月报酬（元）',
  ];
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).value =
    `${org.org.name}定人定岗（配备标准：${org.standardFrom ? `${org.standardFrom.name}第${org.standardFrom.version}版` : '国家默认值'}）`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.addRow(headers).font = { bold: true };
  for (const r of [org, ...children])
    ws.addRow([
      r.org.name,
      r.org.code,
      r.communities,
      r.residents,
      r.households,
      r.staff,
      r.required.per10k,
      r.required.gridWorkers,
      r.required.wisn,
      r.gap,
      r.wisnRatio,
      r.sizeBand ? BAND[r.sizeBand] : '',
      r.outsideBand,
      r.grids,
      r.burdenHoursPerMonth,
      populationOf(r),
      r.byLevel?.['1'] ?? null,
      r.byLevel?.['2'] ?? null,
      r.byLevel?.['3'] ?? null,
      r.monthlyPay,
    ]);
  ws.getRow(3).font = { bold: true };
  headers.forEach((h, i) => (ws.getColumn(i + 1).width = i === 0 ? 20 : Math.max(10, h.length * 2)));
  ws.views = [{ state: 'frozen', ySplit: 2 }];

  const items = wb.addWorksheet('工作量构成');
  items.addRow([
    `每人每年可用工时 ${org.wisn.availableHoursPerWorker} 小时（近 12 个月工作日 ${org.wisn.workingDays} 天）`,
  ]);
  items.addRow(['事项', '年工时']).font = { bold: true };
  for (const i of org.wisn.items) items.addRow([i.name, i.hoursPerYear]);
  items.addRow(['合计', org.wisn.workloadHours]).font = { bold: true };
  items.getColumn(1).width = 28;
  items.getColumn(2).width = 14;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
