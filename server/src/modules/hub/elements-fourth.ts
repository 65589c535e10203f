// Items of the fourth round (2026-12-08), from the standards and the owning departments' working forms: 社区矫正
// (社区矫正法实施办法 2020: 报到, 解除/终止, 收监执行), 严重精神障碍患者管理 (国家基本公共卫生服务规范 第三版: 首次
// 发病, 治疗情况), 老年人能力评估 (MZ/T 039-2013: the four first-level indicators), 流动人口暂住登记 (GA/T 1223-2020:
// 登记日期), 户口迁移 (GA/T 2000: 迁入/迁出原因), 就业失业登记 and 创业扶持 (人社部 就业创业证 管理), 机动车驾驶证
// (GA 公安交通管理), 传染病史 (居民健康档案), 老年人意外伤害保险, 社会保险 参保登记 (缴费基数, 参保日期) and 失业保险金
// 申领 (领取期限), 房屋租赁 押金. Special groups carry the highest sensitivity.
import { group, type DataElementSeed } from './element-seed.js';

const gongan = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'gongan' });
const special = group({ subject: 'resident', sensitivity: 'sensitive', ownerDepartmentKind: 'sifa' });
const health = group({ subject: 'resident', sensitivity: 'sensitive', ownerDepartmentKind: 'weijian' });
const assessed = group({ subject: 'resident', sensitivity: 'sensitive', ownerDepartmentKind: 'minzheng' });
const work = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'renshe' });
const elder = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'community' });
const rental = group({ subject: 'house', sensitivity: 'personal', ownerDepartmentKind: 'gongan' });

export const FOURTH_ELEMENTS: DataElementSeed[] = [
  // 社区矫正
  special({
    code: 'correction_report_date',
    name: '社区矫正报到日期',
    synonyms: [
      '到司法所报到时间',
      '到司法所报到日期',
      '首次报到日期',
      '矫正报到日期',
      '社区矫正报到时间',
      '矫正对象报到日期',
    ],
    type: 'date',
    description: '社区矫正对象到执行地县级社区矫正机构或受委托司法所报到的日期（社区矫正法实施办法第十七条）。',
  }),
  special({
    code: 'correction_end_reason',
    name: '解除（终止）矫正原因',
    synonyms: ['解除矫正原因', '终止矫正原因', '解矫原因', '解除终止矫正原因', '矫正终止原因', '解除/终止矫正原因'],
    type: 'code',
    codeList: 'correction_end_reason',
    description: '社区矫正解除或终止的原因：期满解除、撤销缓刑、撤销假释、收监执行、死亡等。',
  }),
  special({
    code: 'correction_revocation_date',
    name: '收监执行日期',
    synonyms: ['收监日期', '收监执行时间', '撤销缓刑假释收监日期'],
    type: 'date',
    description: '社区矫正对象被撤销缓刑、假释或暂予监外执行后收监执行的日期。',
  }),
  // 严重精神障碍患者
  health({
    code: 'mental_first_onset_date',
    // Only wordings that say which illness: a bare 发病日期 is as much a 传染病 or 慢病 form's, and must not
    // turn ordinary health data into mental-illness data. On a form about it the topic binds the bare one.
    name: '精神疾病初次发病日期',
    synonyms: ['严重精神障碍初次发病日期', '精神疾病首次发病日期', '精神疾病初次发病时间', '精神疾病首次发病时间'],
    type: 'date',
    description: '严重精神障碍患者首次出现症状的日期（个人信息补充表）。',
  }),
  health({
    code: 'mental_treatment_status',
    name: '精神疾病治疗情况',
    synonyms: ['严重精神障碍治疗情况', '精神障碍治疗情况', '精神疾病目前治疗情况', '精神疾病既往治疗情况'],
    type: 'code',
    codeList: 'mental_treatment_status',
    description: '严重精神障碍患者的治疗情况：未治疗、间断门诊、连续门诊、住院（国家基本公共卫生服务规范）。',
  }),
  health({
    code: 'infectious_disease_history',
    name: '传染病史',
    synonyms: ['有无传染病史', '传染病情况', '传染病', '传染病名称', '患传染病情况'],
    type: 'text',
    description: '本人患过或正患的法定传染病（居民健康档案 既往史）。',
  }),
  // 老年人能力评估（MZ/T 039-2013 一级指标）
  assessed({
    code: 'elder_adl_level',
    name: '日常生活活动能力等级',
    synonyms: ['日常生活活动能力', '日常生活活动', '日常生活能力', 'ADL', '日常生活活动分级', '日常生活活动评估'],
    type: 'code',
    codeList: 'ability_impairment',
    description: '老年人能力评估一级指标：进食、洗澡、修饰、穿衣、大小便、如厕、转移、行走、上下楼梯的分级（0–3 级）。',
  }),
  assessed({
    code: 'elder_mental_state_level',
    name: '精神状态等级',
    synonyms: ['老年人精神状态', '精神状态分级', '精神状态评估', '认知功能'],
    type: 'code',
    codeList: 'ability_impairment',
    description: '老年人能力评估一级指标：认知功能、攻击行为、抑郁症状的分级（0–3 级）。',
  }),
  assessed({
    code: 'elder_perception_level',
    name: '感知觉与沟通等级',
    synonyms: ['感知觉与沟通', '感知觉与沟通分级', '视力听力沟通', '感知觉与沟通评估'],
    type: 'code',
    codeList: 'ability_impairment',
    description: '老年人能力评估一级指标：意识水平、视力、听力、沟通交流的分级（0–3 级）。',
  }),
  assessed({
    code: 'elder_social_participation_level',
    name: '社会参与等级',
    synonyms: ['社会参与', '社会参与分级', '社会参与能力', '社会参与评估'],
    type: 'code',
    codeList: 'ability_impairment',
    description: '老年人能力评估一级指标：生活能力、工作能力、时间空间定向、人物定向、社会交往能力的分级（0–3 级）。',
  }),
  elder({
    code: 'elder_accident_insurance',
    name: '老年人意外伤害保险参保情况',
    synonyms: ['老年人意外伤害保险', '是否参加老年人意外伤害保险', '银龄安康保险', '老年意外险'],
    type: 'boolean',
    ownerDepartmentKind: 'minzheng',
    description: '是否参加由政府或集体出资的老年人意外伤害保险（银龄安康工程）。',
  }),
  // 户籍与流动人口
  gongan({
    code: 'residence_registration_date',
    name: '居住登记日期',
    synonyms: ['居住登记时间', '申报居住登记日期', '居住登记申报日期'],
    type: 'date',
    description: '流动人口在居住地公安派出所申报居住（暂住）登记的日期（GA/T 1223-2020）。',
  }),
  gongan({
    code: 'hukou_move_in_reason',
    name: '迁入原因',
    synonyms: ['户口迁入原因', '迁来原因', '落户原因', '迁入类别'],
    type: 'code',
    codeList: 'hukou_move_reason',
    description: '户口迁入本址的原因：出生、投靠亲属、工作调动、购房、学习、退伍、婚迁等（GA/T 2000）。',
  }),
  gongan({
    code: 'hukou_move_out_reason',
    name: '迁出原因',
    synonyms: ['户口迁出原因', '迁往原因', '迁出类别'],
    type: 'code',
    codeList: 'hukou_move_reason',
    description: '户口迁出本址的原因（GA/T 2000）。',
  }),
  gongan({
    code: 'driving_licence_number',
    name: '机动车驾驶证号',
    synonyms: ['驾驶证号', '驾驶证号码', '机动车驾驶证号码', '驾照号码', '驾驶证编号'],
    type: 'text',
    description: '机动车驾驶证的证号（公安交通管理部门核发，通常为公民身份号码）。',
  }),
  // 就业创业
  work({
    code: 'unemployment_benefit_amount',
    name: '失业保险金月标准',
    synonyms: ['失业保险金金额', '失业保险金标准', '失业金金额', '月领取失业保险金', '失业保险金月领取金额'],
    type: 'decimal',
    description: '领取失业保险金人员每月领取的失业保险金金额（元/月）。',
  }),
  work({
    code: 'contribution_base',
    name: '社会保险缴费基数',
    synonyms: ['缴费基数', '社保缴费基数', '缴费工资基数', '月缴费基数', '养老保险缴费基数'],
    type: 'decimal',
    description: '职工或灵活就业人员按月申报的社会保险缴费基数（元/月），社会保险经办机构核定。',
  }),
  work({
    code: 'insurance_start_date',
    name: '参保日期',
    synonyms: [
      '起缴日期',
      '首次参保日期',
      '参保时间',
      '首次参保时间',
      '参加社会保险日期',
      '参保年月',
      // Eighth round: the start of paying in, and one insurance's start (养老/医疗) on a 社保 form.
      '缴费开始年月',
      '缴费起始年月',
      '开始缴费日期',
      '参加养老保险时间',
      '养老保险参保时间',
      '参加医疗保险时间',
      '医疗保险参加时间',
    ],
    type: 'date',
    description: '首次参加社会保险（养老保险）的日期，社会保险经办机构登记。',
  }),
  work({
    code: 'unemployment_benefit_period',
    name: '领取失业保险金期限',
    synonyms: ['失业保险金领取期限', '失业保险领取期限', '领取失业金期限', '失业金领取月数', '领取期限（月）'],
    type: 'integer',
    description: '按累计缴费时间核定的领取失业保险金的月数（失业保险条例第十七条）。',
  }),
  work({
    code: 'startup_subsidy_amount',
    name: '一次性创业补贴金额',
    synonyms: ['创业补贴金额', '一次性创业补贴', '创业补贴', '创业补贴（元）'],
    type: 'decimal',
    description: '按就业创业政策发放的一次性创业补贴金额（元）。',
  }),
  rental({
    code: 'rent_deposit',
    name: '租赁押金',
    synonyms: ['押金', '租房押金', '房屋押金', '押金金额', '租赁保证金'],
    type: 'decimal',
    description: '房屋租赁合同约定的押金金额（元），出租房屋登记时记载。',
  }),
];
