// Items of the fifth round (2026-12-09), from the standards and the owning departments' working forms:
// 医疗救助 and the 医保 settlement (国办发〔2021〕42号 健全重特大疾病医疗保险和救助制度; 医疗保障基金结算清单,
// 国家医保局 2020: 就诊医疗机构, 大病保险支付, 目录外费用), and 志愿服务 (志愿服务条例 2017; 民政部 志愿服务记录与
// 证明出具办法 2020: 志愿者编号, 注册日期, 服务时长, 服务意向, 所属组织), and the 居民健康档案 (国家基本公共卫生服务
// 规范 第三版 个人基本信息表 and 健康体检表; WS 365-2011 城乡居民健康档案基本数据集: 医疗费用支付方式, 既往史, 家族史,
// 体检指标, 生活方式). Health and assistance facts are sensitive.
import { group, type DataElementSeed } from './element-seed.js';

const medical = group({ subject: 'resident', sensitivity: 'sensitive', ownerDepartmentKind: 'yibao' });
const health = group({ subject: 'resident', sensitivity: 'sensitive', ownerDepartmentKind: 'weijian' });
const volunteer = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'minzheng' });

export const FIFTH_ELEMENTS: DataElementSeed[] = [
  // 医疗救助与医保结算
  medical({
    code: 'medical_institution',
    name: '就诊医疗机构',
    // 出生医院 is a birth's (birth_hospital); a care home's 出院 is not a hospital's: neither is a wording here.
    synonyms: [
      '医院名称',
      '就诊医院',
      '就诊医院名称',
      '住院医院',
      '就医医院',
      '定点医疗机构名称',
      '治疗医院名称',
      '治疗医院',
    ],
    type: 'text',
    description: '本次就诊或住院治疗的医疗机构名称（医疗保障基金结算清单 定点医药机构名称）。',
  }),
  medical({
    code: 'medical_assistance_type',
    name: '医疗救助类别',
    synonyms: ['疾病救助类别', '医疗救助类型', '医疗救助方式', '医疗救助项目'],
    type: 'code',
    codeList: 'medical_assistance_type',
    description: '门诊救助、住院救助、重特大疾病救助、门诊慢特病救助等（国办发〔2021〕42号）。',
  }),
  medical({
    code: 'medical_serious_illness_insurance_paid',
    name: '大病保险支付金额',
    synonyms: ['大病保险支付', '大病保险赔付金额', '大病保险报销金额', '大病保险理赔金额', '大病保险补偿金额'],
    type: 'decimal',
    description: '城乡居民大病保险对本次医疗费用的支付金额（元），医保结算时记载。',
  }),
  medical({
    code: 'medical_out_of_catalogue_cost',
    name: '医保目录外费用',
    synonyms: ['目录外费用', '医保范围外费用', '全自费费用', '全自费金额', '自费费用', '目录外自费费用'],
    type: 'decimal',
    description: '不属于基本医疗保险药品、诊疗项目和医用耗材目录的费用（元），由个人全额自付。',
  }),
  medical({
    code: 'medical_assistance_annual_total',
    name: '本年累计医疗救助金额',
    synonyms: ['年度累计医疗救助金额', '本年累计救助金额', '年度累计救助金额', '医疗救助年度累计金额'],
    type: 'decimal',
    description: '救助对象本年度已获医疗救助的累计金额（元），用于年度救助限额的核算。',
  }),
  // 居民健康档案：个人基本信息表与健康体检表
  health({
    code: 'medical_payment_method',
    name: '医疗费用支付方式',
    synonyms: ['医疗付费方式', '医疗付款方式', '医疗费用负担方式', '医疗费支付方式'],
    type: 'code',
    codeList: 'medical_payment_method',
    description: '居民就医费用的支付方式：职工医保、居民医保、新农合、贫困救助、商业保险、全公费、全自费等（WS 365）。',
  }),
  health({
    code: 'occupational_exposure',
    name: '职业病危害因素接触史',
    synonyms: ['暴露史', '职业暴露史', '职业病危险因素接触史', '特殊职业病危险因素接触史', '职业危害因素接触史'],
    type: 'text',
    description: '化学品、毒物、射线等职业病危害因素的接触情况（个人基本信息表 暴露史）。',
  }),
  health({
    code: 'surgery_history',
    name: '手术史',
    synonyms: ['既往手术史', '有无手术史', '手术情况'],
    type: 'text',
    description: '既往手术的名称和时间（个人基本信息表 既往史）。',
  }),
  health({
    code: 'trauma_history',
    name: '外伤史',
    synonyms: ['既往外伤史', '有无外伤史'],
    type: 'text',
    description: '既往外伤的名称和时间（个人基本信息表 既往史）。',
  }),
  health({
    code: 'transfusion_history',
    name: '输血史',
    synonyms: ['既往输血史', '有无输血史'],
    type: 'text',
    description: '既往输血的原因和时间（个人基本信息表 既往史）。',
  }),
  health({
    code: 'family_disease_history',
    name: '家族史',
    synonyms: ['家族病史', '家族疾病史', '家族患病史'],
    type: 'text',
    description: '父亲、母亲、兄弟姐妹、子女所患的高血压、糖尿病、恶性肿瘤等疾病（个人基本信息表 家族史）。',
  }),
  health({
    code: 'genetic_disease_history',
    name: '遗传病史',
    synonyms: ['家族遗传病史', '遗传性疾病史', '有无遗传病史'],
    type: 'text',
    description: '本人或家族的遗传性疾病（个人基本信息表 遗传病史）。',
  }),
  health({
    code: 'waist_circumference',
    name: '腰围',
    synonyms: ['腰围cm', '腰围（厘米）'],
    type: 'decimal',
    description: '健康体检测得的腰围（厘米）。',
  }),
  health({
    code: 'body_mass_index',
    name: '体质指数',
    synonyms: ['体重指数', 'BMI', '体质指数BMI'],
    type: 'decimal',
    description: '体重（千克）除以身高（米）的平方（健康体检表 一般状况）。',
  }),
  health({
    code: 'blood_pressure',
    name: '血压',
    synonyms: ['血压值', '血压mmHg', '收缩压/舒张压'],
    type: 'text',
    description: '健康体检或随访测得的收缩压/舒张压（mmHg）。',
  }),
  health({
    code: 'heart_rate',
    name: '心率',
    synonyms: ['心率次/分', '心跳'],
    type: 'integer',
    description: '健康体检测得的心率（次/分）。',
  }),
  health({
    code: 'blood_glucose',
    name: '血糖',
    synonyms: ['空腹血糖', '血糖值', '空腹血糖值'],
    type: 'decimal',
    description: '健康体检或随访测得的（空腹）血糖（mmol/L）。',
  }),
  health({
    code: 'rh_blood_type',
    name: 'Rh血型',
    synonyms: ['Rh', 'RH', 'RH血型', 'RH类型', 'Rh类型', 'Rh阴性'],
    type: 'code',
    codeList: 'rh_blood_type',
    description: 'Rh 血型：阴性、阳性或不详（个人基本信息表 血型）。',
  }),
  health({
    code: 'smoking_status',
    name: '吸烟情况',
    synonyms: ['吸烟状况', '是否吸烟', '吸烟史', '吸烟'],
    type: 'code',
    codeList: 'smoking_status',
    description: '从不吸烟、已戒烟或吸烟（健康体检表 生活方式）。',
  }),
  health({
    code: 'drinking_frequency',
    name: '饮酒频率',
    synonyms: ['饮酒情况', '是否饮酒', '饮酒史', '饮酒'],
    type: 'code',
    codeList: 'drinking_frequency',
    description: '从不、偶尔、经常或每天饮酒（健康体检表 生活方式）。',
  }),
  health({
    code: 'exercise_frequency',
    name: '体育锻炼频率',
    synonyms: ['锻炼频率', '体育锻炼', '锻炼情况', '体育锻炼情况'],
    type: 'code',
    codeList: 'exercise_frequency',
    description: '每天、每周一次以上、偶尔或不锻炼（健康体检表 生活方式）。',
  }),
  // 志愿服务
  volunteer({
    code: 'volunteer_number',
    name: '志愿者编号',
    synonyms: ['志愿者注册编号', '志愿者证号', '志愿者注册号', '志愿者证编号'],
    type: 'text',
    description: '志愿者在全国志愿服务信息系统注册后获得的编号。',
  }),
  volunteer({
    code: 'volunteer_registration_date',
    name: '志愿者注册日期',
    synonyms: ['注册志愿者日期', '志愿者注册时间', '成为志愿者日期'],
    type: 'date',
    description: '志愿者在志愿服务信息系统或志愿服务组织注册的日期（志愿服务条例第十二条）。',
  }),
  volunteer({
    code: 'volunteer_hours',
    name: '累计志愿服务时长',
    synonyms: ['志愿服务时长', '志愿服务时数', '志愿时长', '累计志愿时长', '志愿服务小时数', '累计服务时长（小时）'],
    type: 'decimal',
    description: '志愿服务记录累计的服务小时数（志愿服务记录与证明出具办法）。',
  }),
  volunteer({
    code: 'volunteer_service_intention',
    name: '志愿服务意向',
    synonyms: ['服务意向', '志愿服务意愿', '期望参与志愿服务内容', '意向服务类别', '志愿服务类别意向', '意向服务领域'],
    type: 'text',
    description: '志愿者愿意参加的服务领域或内容（扶老助残、社区治理、应急救援、文化教育等）。',
  }),
  volunteer({
    code: 'volunteer_organisation',
    name: '所属志愿服务组织',
    synonyms: ['志愿服务组织', '所属志愿者组织', '志愿服务队伍', '所属志愿服务队'],
    type: 'text',
    description: '志愿者注册所在或参加服务的志愿服务组织、志愿服务队伍名称。',
  }),
];
