// Items of the fifth round (2026-12-09), from the standards and the owning departments' working forms:
// 医疗救助 and the 医保 settlement (国办发〔2021〕42号 健全重特大疾病医疗保险和救助制度; 医疗保障基金结算清单,
// 国家医保局 2020: 就诊医疗机构, 大病保险支付, 目录外费用), and 志愿服务 (志愿服务条例 2017; 民政部 志愿服务记录与
// 证明出具办法 2020: 志愿者编号, 注册日期, 服务时长, 服务意向, 所属组织). Health and assistance facts are sensitive.
import { group, type DataElementSeed } from './element-seed.js';

const medical = group({ subject: 'resident', sensitivity: 'sensitive', ownerDepartmentKind: 'yibao' });
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
