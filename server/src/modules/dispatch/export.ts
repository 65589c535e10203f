// The progress of one dispatch across its communities, as an XLSX workbook.
import ExcelJS from 'exceljs';
import { INBOX_STATUS_LABELS, REFUSAL_REASON_LABELS, REFUSAL_STATE_LABELS, label } from '#common/i18n/labels.js';

export interface ProgressRow {
  community: { code: string; name: string };
  status: string;
  acknowledgedAt: string | null;
  completedAt: string | null;
  completionNote: string;
  refusalReasons: string[];
  refusalText: string;
  refusalState: string | null;
  answerNote: string;
  decisionNote: string;
}

const local = (iso: string | null) =>
  iso ? new Date(Date.parse(iso) + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ') : '';

export async function progressWorkbook(title: string, rows: ProgressRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jianfu 减负';
  const ws = wb.addWorksheet('办理进度');
  const headers = [
    '序号',
    '社区',
    '区划代码',
    '状态',
    '签收时间',
    '办结时间',
    '办结说明',
    '拒绝理由',
    '拒绝说明',
    '答复与裁定',
    '部门答复',
    '裁定意见',
  ];
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  const head = ws.addRow(headers);
  head.font = { bold: true };
  rows.forEach((r, i) =>
    ws.addRow([
      i + 1,
      r.community.name,
      r.community.code,
      label(INBOX_STATUS_LABELS, r.status),
      local(r.acknowledgedAt),
      local(r.completedAt),
      r.completionNote,
      r.refusalReasons.map((x) => label(REFUSAL_REASON_LABELS, x)).join('；'),
      r.refusalText,
      r.refusalState ? label(REFUSAL_STATE_LABELS, r.refusalState) : '',
      r.answerNote,
      r.decisionNote,
    ]),
  );
  [6, 18, 15, 10, 18, 18, 40, 24, 40, 20, 40, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
