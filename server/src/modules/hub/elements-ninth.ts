// Items of the ninth round (2026-12-14), from the standards behind the forms of 卫健, 医保, 民政, 人社 and
// 退役军人事务 that communities are asked to help fill: the 住院病案首页 and the 孕产期保健 record (WS 445
// 电子病历基本数据集, 入院/出院日期; 末次月经 of the 母子健康手册); the 医疗保障 结算单 (个人自付); the 居民死亡
// 医学证明（推断）书 (国卫规划发〔2013〕57号) and the 火化证明 (殡葬管理条例 第十条); 丧葬补助金 and 一次性抚恤金 of a
// deceased insured person (社会保险法 第十七条, 第四十九条; its 丧葬补助金 stays the 殡葬 补贴 element); the 军人抚恤优待条例 (义务兵家庭优待金, 大学生士兵 of
// 征兵工作条例); the 出生医学证明's items; the 居住证's yearly 签注 (居住证暂行条例 第十三条); the 残疾人证's 评定
// (残疾人证管理办法); 安葬地点 (殡葬管理条例 第三章); 退休 kinds and the 退休人员社会化管理 of 人社 (劳社部发〔2003〕16号); the 高龄津贴's start (民政).
// Health items are `sensitive` (PIPL 第二十八条: 医疗健康).
import { group, type DataElementSeed } from './element-seed.js';

const health = group({ subject: 'resident', sensitivity: 'sensitive', ownerDepartmentKind: 'weijian' });
const medicare = group({ subject: 'resident', sensitivity: 'sensitive', ownerDepartmentKind: 'yibao' });
const civil = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'minzheng' });
const insurance = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'renshe' });
const police = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'gongan' });
const disabled = group({ subject: 'resident', sensitivity: 'sensitive', ownerDepartmentKind: 'canlian' });
const veterans = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'tuiyijunren' });

export const NINTH_ELEMENTS: DataElementSeed[] = [
  health({
    code: 'hospital_admission_date',
    name: '入院日期',
    synonyms: ['入院时间', '住院日期', '住院时间', '入院日'],
    type: 'date',
    description: '最近一次住院的入院日期（WS 445 电子病历基本数据集 住院病案首页 入院日期时间）。',
  }),
  health({
    code: 'hospital_discharge_date',
    name: '出院日期',
    synonyms: ['出院时间', '出院日'],
    type: 'date',
    description: '最近一次住院的出院日期（WS 445 住院病案首页 出院日期时间）。',
  }),
  health({
    code: 'last_menstrual_period',
    name: '末次月经日期',
    synonyms: ['末次月经', '末次月经时间', '末次月经日'],
    type: 'date',
    description: '孕产妇末次月经的第一天，推算孕周和预产期（母子健康手册、孕产期保健服务记录）。',
  }),
  health({
    code: 'death_certificate_number',
    name: '居民死亡医学证明编号',
    synonyms: [
      '死亡医学证明编号',
      '死亡医学证明书编号',
      '死亡证明编号',
      '死亡证编号',
      '死亡证明书编号',
      '死亡医学证明（推断）书编号',
      '死亡证号',
    ],
    type: 'text',
    description: '《居民死亡医学证明（推断）书》的编号（国卫规划发〔2013〕57号）。',
  }),
  health({
    code: 'inpatient_number',
    name: '住院号',
    synonyms: ['住院病历号', '住院病案号', '病案号', '住院号码', '住院编号'],
    type: 'text',
    description: '医院为住院病人编的住院号或病案号（WS 445 住院病案首页 病案号）。',
  }),
  health({
    code: 'hospitalisation_days',
    name: '住院天数',
    synonyms: ['实际住院天数', '住院天数（天）', '住院日数'],
    type: 'integer',
    description: '最近一次住院的实际住院天数（WS 445 住院病案首页 实际住院天数）。',
  }),
  health({
    code: 'birth_weight',
    name: '出生体重',
    synonyms: ['新生儿出生体重', '出生时体重', '出生体重（克）'],
    type: 'integer',
    sensitivity: 'personal',
    description: '新生儿出生时的体重，克（《出生医学证明》项目）。',
  }),
  health({
    code: 'birth_length',
    name: '出生身长',
    synonyms: ['新生儿出生身长', '出生时身长', '出生身长（厘米）'],
    type: 'integer',
    sensitivity: 'personal',
    description: '新生儿出生时的身长，厘米（《出生医学证明》项目）。',
  }),
  health({
    code: 'gestational_weeks',
    name: '出生孕周',
    synonyms: ['分娩孕周', '出生时孕周', '新生儿孕周'],
    type: 'integer',
    sensitivity: 'personal',
    description: '新生儿出生时的孕周（《出生医学证明》项目）。',
  }),
  health({
    code: 'one_child_certificate_issue_date',
    name: '独生子女父母光荣证发证日期',
    synonyms: [
      '独生子女证发证日期',
      '光荣证发证日期',
      '独生子女证领证日期',
      '领取独生子女证日期',
      '领证时间（独生子女证）',
    ],
    type: 'date',
    sensitivity: 'personal',
    description: '《独生子女父母光荣证》的发证日期（计划生育奖励扶助 按此认定）。',
  }),
  medicare({
    code: 'medical_account_paid',
    name: '个人账户支付金额',
    synonyms: ['个人账户支付', '医保个人账户支付', '个人账户支付额', '个人帐户支付'],
    type: 'decimal',
    description: '医疗费用中由基本医疗保险个人账户支付的金额（医疗保障结算单）。',
  }),
  medicare({
    code: 'medical_self_paid',
    name: '个人自付金额',
    synonyms: ['个人自付', '个人自付费用', '自付金额', '个人负担金额', '个人支付金额', '个人现金支付', '自付费用'],
    type: 'decimal',
    description: '医疗费用中扣除基本医保、大病保险和其他报销后由个人负担的金额（医疗保障结算单）。',
  }),
  civil({
    code: 'cremation_certificate_number',
    name: '火化证明编号',
    synonyms: ['火化证编号', '火化证号', '火化证明号', '火化证明书编号', '遗体火化证明编号'],
    type: 'text',
    description: '殡仪馆出具的遗体火化证明的编号（殡葬管理条例 第十条）。',
  }),
  civil({
    code: 'cemetery',
    name: '安葬地点',
    synonyms: ['公墓名称', '安葬公墓', '骨灰安放地点', '骨灰存放地点', '墓地', '安葬地'],
    type: 'text',
    description: '骨灰安葬或存放的公墓、骨灰堂（殡葬管理条例 第三章）。',
  }),
  civil({
    code: 'senior_allowance_start_date',
    name: '高龄津贴起始发放日期',
    synonyms: ['高龄津贴发放起始日期', '高龄津贴起始时间', '高龄津贴享受起始日期', '高龄补贴起始发放时间'],
    type: 'date',
    description: '高龄津贴开始发放的年月（一般为年满规定年龄的次月，民政 高龄津贴制度）。',
  }),
  insurance({
    code: 'death_lump_sum_pension',
    name: '一次性抚恤金',
    synonyms: ['一次性抚恤金额', '遗属一次性抚恤金', '抚恤金（一次性）', '一次性死亡抚恤金'],
    type: 'decimal',
    description: '参保人员死亡后其遗属领取的一次性抚恤金（社会保险法 第十七条）。',
  }),
  insurance({
    code: 'retirement_type',
    name: '退休类别',
    synonyms: ['退休类型', '离退休类别', '离退休类型', '退休方式', '退休种类'],
    type: 'code',
    codeList: 'retirement_type',
    description: '正常退休、提前退休（特殊工种、病退）、退职或离休（国发〔1978〕104号，人社 退休审批）。',
  }),
  insurance({
    code: 'retirement_certificate_number',
    name: '退休证号',
    synonyms: ['退休证编号', '退休证号码', '离退休证号', '退休证'],
    type: 'text',
    description: '人社部门核发的退休证的编号。',
  }),
  insurance({
    code: 'retiree_community_management_date',
    name: '纳入社区管理日期',
    synonyms: ['纳入社会化管理日期', '纳入社区管理时间', '移交社区管理日期', '社会化管理起始日期', '移交社区日期'],
    type: 'date',
    description: '企业退休人员移交街道（社区）实行社会化管理的日期（劳社部发〔2003〕16号）。',
  }),
  police({
    code: 'residence_permit_endorsement_date',
    name: '居住证签注日期',
    synonyms: ['签注日期', '居住证签注时间', '最近签注日期', '签注时间'],
    type: 'date',
    description: '居住证逐年签注的最近一次日期（居住证暂行条例 第十三条）。',
  }),
  disabled({
    code: 'disability_assessment_date',
    name: '残疾评定日期',
    synonyms: ['评残日期', '评残时间', '残疾评定时间', '鉴定日期（残疾）', '残疾鉴定日期'],
    type: 'date',
    description: '指定医疗机构评定残疾类别和等级的日期（残疾人证管理办法）。',
  }),
  veterans({
    code: 'college_student_soldier',
    name: '大学生士兵标识',
    synonyms: ['是否大学生士兵', '大学生士兵', '是否大学生入伍', '大学生入伍', '是否高校学生入伍'],
    type: 'boolean',
    description: '入伍前为全日制高校毕业生或在校生（征兵工作条例；学费补偿和优待金按此加发）。',
  }),
  veterans({
    code: 'conscript_family_allowance_amount',
    name: '义务兵家庭优待金金额',
    synonyms: [
      '义务兵家庭优待金',
      '优待金标准',
      '优待金金额',
      '家庭优待金',
      '义务兵优待金',
      '优待金',
      '年度优待金',
      '优待金发放金额',
    ],
    type: 'decimal',
    description: '义务兵服役期间其家庭按年领取的优待金（军人抚恤优待条例 第三十条）。',
  }),
];
