// Items of the seventh round (2026-12-11), from the standards behind the owning departments' forms: 住房保障
// (公共租赁住房管理办法, 住房和城乡建设部令第11号 2012: 公租房 is let in kind or paid as a rental subsidy —
// 第三条 实物配租 / 租赁补贴 — after a waiting list, 第三章 轮候) and the 社会保险 registration of 人社 (社会保险
// 费申报缴纳管理规定, 人社部令第20号 2013: a person's insurance ends, 终止缴费, as it began). Housing facts are the
// housing authority's; insurance dates are 人社's.
import { group, type DataElementSeed } from './element-seed.js';

const housing = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'zhujian' });
const insurance = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'renshe' });

export const SEVENTH_ELEMENTS: DataElementSeed[] = [
  housing({
    code: 'housing_security_mode',
    name: '住房保障方式',
    synonyms: ['申请保障方式', '保障方式', '配租方式', '住房保障形式', '申请配租方式', '公租房保障方式'],
    type: 'code',
    codeList: 'housing_security_mode',
    description: '公共租赁住房的保障方式：实物配租或发放租赁补贴（公共租赁住房管理办法 第三条）。',
  }),
  housing({
    code: 'housing_rental_subsidy_amount',
    name: '住房租赁补贴金额',
    synonyms: ['租赁补贴金额', '租赁补贴', '住房租赁补贴', '租赁补贴标准', '公租房租赁补贴', '月租赁补贴金额'],
    type: 'decimal',
    description: '住房保障主管部门按月向保障家庭发放的住房租赁补贴金额（元/月）。',
  }),
  housing({
    code: 'housing_waiting_number',
    name: '住房保障轮候序号',
    synonyms: ['轮候序号', '轮候号', '轮候编号', '轮候排序号', '公租房轮候号', '轮候顺序号'],
    type: 'text',
    description: '经审核登记为轮候对象后在公共租赁住房轮候名册中的序号（公共租赁住房管理办法 第三章 轮候）。',
  }),
  insurance({
    code: 'insurance_end_date',
    name: '参保终止日期',
    // 停保日期 is a 低保 wording (dibao_end_date); not one here.
    synonyms: [
      '参保结束日期',
      '终止参保日期',
      '参保终止时间',
      '缴费终止日期',
      '停止缴费日期',
      '社保终止日期',
      // Eighth round: 停保时间 bare stays the 低保 one; on a 社保 form the topic reads it through these.
      '缴费终止年月',
      '社保停保时间',
      '社会保险停保日期',
    ],
    type: 'date',
    description: '社会保险关系终止或停止缴费的日期，社会保险经办机构登记（与参保日期相对）。',
  }),
];
