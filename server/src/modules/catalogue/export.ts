// A published list as an XLSX workbook: a title row, then one row per item in the list's order.
import ExcelJS from 'exceljs';
import { FREQUENCY_LABELS, LIST_TYPE_LABELS, OBJECT_KIND_LABELS, label } from '#common/i18n/labels.js';
import type { ItemValues } from './repository.js';

export async function catalogueWorkbook(
  title: string,
  items: ItemValues[],
  departmentName: (kind: string | null) => string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jianfu 减负';
  const ws = wb.addWorksheet('社区工作事项清单');
  const headers = [
    '序号',
    '编号',
    '清单类别',
    '事项名称',
    '事项说明',
    '法律法规依据',
    '责任部门',
    '事项类型',
    '频次',
    '每次标准用时（分钟）',
  ];
  ws.mergeCells(1, 1, 1, headers.length);
  const titleCell = ws.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: 'center' };
  const head = ws.addRow(headers);
  head.font = { bold: true };
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
    c.border = { bottom: { style: 'thin' } };
  });
  items.forEach((it, i) => {
    ws.addRow([
      i + 1,
      it.code,
      label(LIST_TYPE_LABELS, it.listType),
      it.name,
      it.description,
      it.legalBasis,
      departmentName(it.departmentKind),
      label(OBJECT_KIND_LABELS, it.objectKind),
      label(FREQUENCY_LABELS, it.frequency),
      it.standardMinutes,
    ]);
  });
  const widths = [6, 12, 18, 30, 50, 40, 18, 14, 10, 12];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
