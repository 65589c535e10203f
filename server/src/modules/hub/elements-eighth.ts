// Items of the eighth round (2026-12-12), from the standards behind the owning departments' forms:
// 社会保险 (社会保险费申报缴纳管理规定, 人社部令第20号; the 社会保险经办 指标 AAE140 险种 and the person's
// 社会保险个人编号; 中断缴费 reasons); 劳动用工备案 and 就业登记 (劳动合同法 第十二条 contract kinds, 第十四—
// 十七条 its term, 第四章 解除和终止, 第五章 劳务派遣 and 非全日制用工; 就业服务与就业管理规定 第六十二条 用工
// 备案); the 老年人优待证 (老年人权益保障法 第五十七条; 全国老龄办 优待证 issued by 民政/老龄办); the 学籍
// 基础信息 items a school registers (教育部 中小学生学籍信息管理: 进城务工人员随迁子女, 港澳台侨外, 烈士或优抚
// 子女); and the 不动产登记簿's 权利人 share and right type (不动产登记暂行条例实施细则; TD/T 1066).
// Insurance and labour facts are 人社's; the senior card is 民政's; 学籍 is the education bureau's; the
// register is the housing/property authority's.
import { group, type DataElementSeed } from './element-seed.js';

const insurance = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'renshe' });
const labour = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'renshe' });
const senior = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'minzheng' });
const school = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'jiaoti' });
// 港澳台侨属 is a person's standing with 侨务 (统战部门); 学籍 records it too.
const overseas = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'tongzhan' });
const property = group({ subject: 'house', sensitivity: 'personal', ownerDepartmentKind: 'zhujian' });

export const EIGHTH_ELEMENTS: DataElementSeed[] = [
  insurance({
    code: 'insurance_type',
    name: '社会保险险种',
    // 参保险种 and 险种类型 stay the 医保/养老 wordings they were (a 医保 form's 险种类型 is its 医保 type).
    synonyms: ['险种类型', '社保险种', '社会保险参保险种', '参加险种', '险种名称', '参保险种名称', '社会保险类型'],
    type: 'code',
    codeList: 'insurance_type',
    description: '参加的社会保险险种：养老、医疗、失业、工伤、生育保险（社会保险经办 指标 险种类型）。',
  }),
  insurance({
    code: 'insurance_personal_number',
    name: '社会保险个人编号',
    synonyms: [
      '个人社保编号',
      '社保个人编号',
      '社保编号',
      '社会保险编号',
      '个人社会保险编号',
      '社保个人编码',
      '个人参保编号',
    ],
    type: 'text',
    description: '社会保险经办机构为参保人员建立的个人编号（与公民身份号码、社会保障卡号并存）。',
  }),
  insurance({
    code: 'insurance_stop_reason',
    name: '社会保险中断缴费原因',
    // 停保原因 bare stays the 低保 退保原因 wording; on a 社保 form the topic moves it here.
    synonyms: ['中断缴费原因', '社保停保原因', '停止缴费原因', '暂停缴费原因', '社会保险停保原因', '减员原因'],
    type: 'text',
    description: '参保人员中断或停止缴纳社会保险费的原因（离职、退休、死亡、转出等），社会保险经办机构登记。',
  }),
  labour({
    code: 'labour_contract_type',
    name: '劳动合同类型',
    synonyms: ['劳动合同种类', '劳动合同类别', '劳动合同期限类型', '合同期限类型'],
    type: 'code',
    codeList: 'labour_contract_type',
    description: '固定期限、无固定期限或以完成一定工作任务为期限的劳动合同（劳动合同法 第十二条）。',
  }),
  labour({
    code: 'labour_contract_start_date',
    name: '劳动合同起始日期',
    synonyms: [
      '劳动合同开始日期',
      '劳动合同起始时间',
      '劳动合同开始时间',
      '合同开始日期',
      '合同开始时间',
      '合同起始日期',
      '合同生效日期',
    ],
    type: 'date',
    description: '劳动合同约定的起始日期（劳动合同法 第十七条 劳动合同期限），用工备案登记。',
  }),
  labour({
    code: 'labour_contract_end_date',
    name: '劳动合同终止日期',
    synonyms: [
      '劳动合同结束日期',
      '劳动合同到期日期',
      '劳动合同终止时间',
      '合同终止日期',
      '合同结束日期',
      '合同结束时间',
      '合同到期日期',
    ],
    type: 'date',
    description: '劳动合同约定的期满终止日期（与实际解除的日期相对）。',
  }),
  labour({
    code: 'labour_contract_dissolution_date',
    name: '劳动合同解除日期',
    synonyms: ['解除劳动合同日期', '劳动合同解除时间', '解除劳动合同时间', '合同解除日期', '解除合同日期', '离职日期'],
    type: 'date',
    description: '劳动合同实际解除或提前终止的日期（劳动合同法 第四章），用工备案的退工登记。',
  }),
  labour({
    code: 'labour_contract_dissolution_reason',
    name: '劳动合同解除原因',
    synonyms: ['解除劳动合同原因', '劳动合同终止原因', '合同解除原因', '解除（终止）劳动合同原因', '离职原因'],
    type: 'text',
    description: '劳动合同解除或终止的原因（协商一致、劳动者提出、用人单位提出、期满终止等，劳动合同法 第四章）。',
  }),
  labour({
    code: 'labour_hire_form',
    name: '用工形式',
    synonyms: ['用工方式', '用工类型', '用工性质'],
    type: 'code',
    codeList: 'labour_hire_form',
    description: '全日制用工、非全日制用工或劳务派遣（劳动合同法 第五章）。',
  }),
  senior({
    code: 'senior_card_issue_date',
    name: '老年人优待证发证日期',
    synonyms: ['优待证发证日期', '老年证发证日期', '老年人优待证办证日期', '老年优待证发证日期', '敬老卡发卡日期'],
    type: 'date',
    description: '老年人优待证的发证日期（老年人权益保障法 第五十七条，民政部门或老龄办发放）。',
  }),
  school({
    code: 'migrant_worker_child',
    name: '进城务工人员随迁子女标识',
    // 随迁子女 bare stays the count of children who moved with a migrant (accompanying_children).
    synonyms: ['是否进城务工人员随迁子女', '进城务工人员随迁子女', '是否随迁子女', '随迁子女标识'],
    type: 'boolean',
    description: '学生是否为进城务工人员随迁子女（中小学生学籍 学生基础信息）。',
  }),
  overseas({
    code: 'overseas_chinese_status',
    name: '港澳台侨属',
    synonyms: ['港澳台侨外', '港澳台侨外代码', '港澳台侨属代码', '港澳台侨胞', '港澳台侨情况'],
    type: 'code',
    codeList: 'overseas_chinese_status',
    description:
      '是否为港澳台同胞或其亲属、华侨、侨眷、归侨或外籍人员（GB/T 2261.5-2003 港澳台侨属；学籍 港澳台侨外）。',
  }),
  school({
    code: 'martyr_or_preferential_child',
    name: '烈士或优抚子女标识',
    synonyms: ['是否烈士或优抚子女', '烈士或优抚子女', '是否优抚子女'],
    type: 'boolean',
    description: '学生是否为烈士子女或优抚对象子女（中小学生学籍 学生基础信息）。',
  }),
  property({
    code: 'property_share',
    name: '共有份额',
    synonyms: ['按份共有份额', '所占份额', '产权份额', '共有比例', '共有份额比例'],
    type: 'text',
    description: '按份共有的不动产中各权利人所占的份额（不动产登记簿 权利人 共有情况）。',
  }),
  property({
    code: 'property_right_type',
    name: '不动产权利类型',
    synonyms: ['权利类型', '登记权利类型', '不动产权利种类'],
    type: 'code',
    codeList: 'property_right_type',
    description:
      '登记的不动产权利类型：国有建设用地使用权/房屋所有权、宅基地使用权等（TD/T 1066 不动产登记数据库标准）。',
  }),
];
