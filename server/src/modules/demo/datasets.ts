// Demo department datasets, generated from the demo population so their keys match: 残联's list of
// disabled residents (XLSX) and 民政's 低保 list as a GBK CSV the way Chinese Excel saves it — one copy
// with a few bad rows (to show the dry run's error report) and one fixed.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { DemoSubject } from './residents.js';

const CATEGORY = ['', '视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];
const GRADE = ['', '一级', '二级', '三级', '四级'];

export async function disabilityWorkbook(
  people: DemoSubject[],
  communityName: (code: string) => string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('持证残疾人名单');
  ws.addRow(['序号', '姓名', '公民身份号码', '残疾人证号', '残疾类别', '残疾等级', '所属社区', '联系电话']);
  people
    .filter((p) => p.type === 'resident' && p.values.disability === 'true')
    .forEach((p, i) => {
      const v = p.values;
      ws.addRow([
        i + 1,
        v.name,
        v.id_number,
        `${v.id_number}${v.disability_category}${v.disability_grade}`,
        CATEGORY[+v.disability_category],
        GRADE[+v.disability_grade],
        communityName(p.communityCode),
        v.mobile ?? '',
      ]);
    });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvCell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** The 低保 list of 五里墩街道; `withErrors` puts three typical mistakes in it. */
export function dibaoCsv(
  subjects: DemoSubject[],
  communityName: (code: string) => string,
  withErrors: boolean,
): Buffer {
  const header = [
    '序号',
    '户主姓名',
    '户主身份证号码',
    '户号',
    '保障人数',
    '低保证号',
    '月保障金额（元）',
    '保障起始日期',
    '家庭住址',
    '所属社区',
  ];
  const rows: (string | number)[][] = [];
  const households = subjects.filter((s) => s.type === 'household' && s.values.dibao_household === 'true');
  // The householder is the member whose relation is 户主 (GB/T 4761 code 02): the roster prints their name and ID.
  const heads = new Map(
    subjects
      .filter((s) => s.type === 'resident' && s.values.relation_to_householder === '02')
      .map((s) => [s.values.household_number, s]),
  );
  households.forEach((h, i) => {
    const v = h.values;
    const head = heads.get(v.household_number);
    const persons = Math.max(1, Math.min(Number(v.household_size), 1 + (i % 3)));
    rows.push([
      i + 1,
      head?.values.name ?? h.name.replace(/户$/, ''),
      head?.values.id_number ?? '',
      v.household_number,
      persons,
      `皖合蜀低字${String(2024000 + i + 1)}`,
      persons * 890,
      `202${4 + (i % 2)}/${1 + (i % 12)}/1`,
      v.family_address,
      communityName(h.communityCode),
    ]);
  });
  if (withErrors && rows.length > 6) {
    // A mistyped check digit, an impossible date, and one household entered twice.
    const id = String(rows[2][2]);
    rows[2][2] = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    rows[4][7] = '2025/13/1';
    rows.push([rows.length + 1, ...rows[5].slice(1)]);
  }
  const text = [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return iconv.encode(text, 'gbk');
}
