// Demo catalogue of community work items (社区工作事项清单) for 合肥市 and 蜀山区, written for the demo:
// realistic in size and wording, but not an official list. Marked as demo data when loaded.
import type { Frequency, ListType, ObjectKind } from '#common/admission.js';

export interface CatalogueItemSeed {
  /** Stable within a jurisdiction's list across versions: LZ-001 duty, XZ-001 assist, JR-001 negative, ZM-K-001 certificate allowed, ZM-B-001 certificate forbidden. */
  code: string;
  listType: ListType;
  name: string;
  description: string;
  /** Law, regulation or policy document; required for assist items. */
  legalBasis: string;
  /** Responsible department kind: minzheng, weijian, gongan, renshe, zhujian, chengguan, yingji, shijian, tuiyijunren, canlian, tongji, jiaoti, sifa, shengtai, yibao, shuju, jianfuban; null when the community itself is responsible (duty items) */
  departmentKind: string | null;
  objectKind: ObjectKind;
  frequency: Frequency;
  /** Occurrences per year; required when frequency is 'as_needed' (an honest estimate), otherwise optional (derived from frequency). */
  occurrencesPerYear?: number;
  /** Standard minutes per community per occurrence (Standard Cost Model); 0 for negative/forbidden items. */
  standardMinutes: number;
}

export interface AdmissionSeed {
  departmentKind: string;
  title: string;
  kind: ObjectKind;
  listType: 'duty' | 'assist';
  description: string;
  legalBasis: string;
  scope: { type: 'all' } | { type: 'streets'; codes: string[] } | { type: 'communities'; codes: string[] };
  frequency: Frequency;
  occurrencesPerYear?: number;
  minutesPerOccurrence: number;
  ledgerFields?: number;
  ledgerRows?: number;
  resources: { fundsYuan: number; staff: string; training: string; equipment: string };
  assessment: string;
  /** ISO dates */
  startDate: string;
  expiryDate: string;
}

// ---------------------------------------------------------------------------------------------
// 合肥市社区工作事项清单
// ---------------------------------------------------------------------------------------------

const ZUZHIFA = '《中华人民共和国城市居民委员会组织法》';
const ZHILI_YIJIAN = '《中共中央 国务院关于加强和完善城乡社区治理的意见》';
const JIANFU_2024 = '中共中央办公厅《整治形式主义为基层减负若干规定》';
const JIANFU_2019 = '中共中央办公厅《关于解决形式主义突出问题为基层减负的通知》';
const SHEQU_JIANFU_2015 = '民政部 中央组织部《关于进一步开展社区减负工作的通知》（民发〔2015〕136号）';
const ZHENGMING_2020 = '民政部等六部门《关于改进和规范基层群众性自治组织出具证明工作的指导意见》（民发〔2020〕20号）';
const ANHUI_ZHENGMING = '安徽省民政厅等部门《关于改进和规范基层群众性自治组织出具证明工作的实施意见》';

/** 依法履职事项：居民委员会依照法律自行履行的职责。 */
const HEFEI_DUTY: CatalogueItemSeed[] = [
  {
    code: 'LZ-001',
    listType: 'duty',
    name: '召集和主持居民会议、居民代表会议',
    description:
      '按规定召集和主持居民会议或居民代表会议，向会议报告工作；涉及全体居民利益的重要事项提请会议讨论决定。五分之一以上十八周岁以上居民、五分之一以上户或三分之一以上居民小组提议时，应当召集。',
    legalBasis: `${ZUZHIFA}第九条、第十条`,
    departmentKind: null,
    objectKind: 'meeting',
    frequency: 'quarterly',
    standardMinutes: 240,
  },
  {
    code: 'LZ-002',
    listType: 'duty',
    name: '居务公开和财务公开',
    description:
      '通过社区公开栏和线上公开渠道，公开居委会工作事项、公益事业收支账目、惠民政策落实情况和居民会议决定，接受居民监督。',
    legalBasis: `${ZUZHIFA}第十六条；${ZHILI_YIJIAN}`,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'quarterly',
    standardMinutes: 120,
  },
  {
    code: 'LZ-003',
    listType: 'duty',
    name: '组织开展社区协商议事',
    description:
      '围绕停车管理、加装电梯、公共空间改造、物业服务等居民关心的事项，组织居民代表、驻区单位、业主委员会和物业服务企业协商议事，形成协商结果并公开落实情况。',
    legalBasis: '中共中央办公厅 国务院办公厅《关于加强城乡社区协商的意见》',
    departmentKind: null,
    objectKind: 'meeting',
    frequency: 'monthly',
    standardMinutes: 150,
  },
  {
    code: 'LZ-004',
    listType: 'duty',
    name: '制定和修订居民公约',
    description:
      '组织居民讨论起草或修订居民公约，经居民会议通过后报街道办事处备案，在公开栏公布并由居民委员会监督执行。',
    legalBasis: `${ZUZHIFA}第十五条`,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'once',
    standardMinutes: 960,
  },
  {
    code: 'LZ-005',
    listType: 'duty',
    name: '调解民间纠纷',
    description:
      '社区人民调解委员会受理邻里、婚姻家庭、物业服务等民间纠纷，开展调解并制作调解协议书，做好回访；可能激化的纠纷及时报告街道。',
    legalBasis: `${ZUZHIFA}第三条第三项、第十三条；《中华人民共和国人民调解法》`,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 48,
    standardMinutes: 90,
  },
  {
    code: 'LZ-006',
    listType: 'duty',
    name: '协助维护社会治安，组织群防群治',
    description:
      '社区治安保卫委员会组织平安志愿者开展巡逻防范，做好重点时段、重点部位的看护提醒，发现治安隐患和可疑情况及时报告公安派出所。',
    legalBasis: `${ZUZHIFA}第三条第四项、第十三条`,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'weekly',
    standardMinutes: 120,
  },
  {
    code: 'LZ-007',
    listType: 'duty',
    name: '社区公共卫生和环境卫生',
    description: '社区公共卫生委员会组织居民开展环境卫生整治，清理楼道堆物和卫生死角，督促物业服务企业落实保洁责任。',
    legalBasis: `${ZUZHIFA}第三条第五项、第十三条`,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'weekly',
    standardMinutes: 90,
  },
  {
    code: 'LZ-008',
    listType: 'duty',
    name: '组织开展社区志愿服务',
    description: '招募登记社区志愿者，组织助老助残、环境维护、邻里互助等志愿服务活动，如实记录志愿服务时长。',
    legalBasis: `《志愿服务条例》；${ZHILI_YIJIAN}`,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'monthly',
    standardMinutes: 180,
  },
  {
    code: 'LZ-009',
    listType: 'duty',
    name: '宣传宪法、法律法规和国家政策',
    description: '结合居民需求宣传宪法、法律法规和惠民政策，教育居民履行依法应尽的义务，开展精神文明建设活动。',
    legalBasis: `${ZUZHIFA}第三条第一项`,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'monthly',
    standardMinutes: 90,
  },
  {
    code: 'LZ-010',
    listType: 'duty',
    name: '收集和反映居民意见建议',
    description:
      '通过入户走访、居民议事和接待来访收集居民意见、要求和建议，属于社区自治范围的及时办理，需要政府解决的向街道办事处反映并跟踪答复。',
    legalBasis: `${ZUZHIFA}第三条第六项`,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'monthly',
    standardMinutes: 120,
  },
  {
    code: 'LZ-011',
    listType: 'duty',
    name: '组织居民委员会换届选举',
    description: '在街道指导下推选居民选举委员会，开展选民登记、候选人提名、投票选举和工作移交，每届任期五年。',
    legalBasis: `${ZUZHIFA}第八条`,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 0.2,
    standardMinutes: 4800,
  },
  {
    code: 'LZ-012',
    listType: 'duty',
    name: '办理本居住地区公共事务和公益事业',
    description:
      '组织居民维护小区公共设施、开展公益活动；公益事业所需费用经居民会议讨论决定，按自愿原则筹集，收支账目及时公布。',
    legalBasis: `${ZUZHIFA}第三条第二项、第十六条`,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'monthly',
    standardMinutes: 120,
  },
  {
    code: 'LZ-013',
    listType: 'duty',
    name: '指导和协助设立业主大会、选举业主委员会',
    description:
      '对具备条件的住宅小区，指导和协助业主筹备首次业主大会会议、选举业主委员会，并对业主委员会日常运作提出意见建议。',
    legalBasis: '《中华人民共和国民法典》第二百七十七条；《物业管理条例》',
    departmentKind: null,
    objectKind: 'meeting',
    frequency: 'as_needed',
    occurrencesPerYear: 1,
    standardMinutes: 600,
  },
  {
    code: 'LZ-014',
    listType: 'duty',
    name: '居民小组和楼栋长队伍建设',
    description: '划分居民小组，组织推选居民小组长、楼栋长，定期召开小组长会议，传达社区事务、听取楼栋情况。',
    legalBasis: `${ZUZHIFA}第十四条`,
    departmentKind: null,
    objectKind: 'meeting',
    frequency: 'quarterly',
    standardMinutes: 90,
  },
  {
    code: 'LZ-015',
    listType: 'duty',
    name: '培育发展社区社会组织',
    description: '引导居民成立文体娱乐、邻里互助、养老托幼等社区社会组织，提供活动场地和指导，协助其到街道备案。',
    legalBasis: '民政部《关于大力培育发展社区社会组织的意见》（民发〔2017〕191号）',
    departmentKind: null,
    objectKind: 'task',
    frequency: 'quarterly',
    standardMinutes: 120,
  },
  {
    code: 'LZ-016',
    listType: 'duty',
    name: '开展便民利民社区服务',
    description:
      '依托社区综合服务设施开展政策咨询、代收代办、文体活动等便民利民服务，管理好居民委员会的财产和活动场所。',
    legalBasis: `${ZUZHIFA}第四条`,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'weekly',
    standardMinutes: 120,
  },
];

/** 依法协助事项：法律法规规定由居民委员会协助政府及其部门开展的工作。 */
const HEFEI_ASSIST: CatalogueItemSeed[] = [
  // 民政
  {
    code: 'XZ-001',
    listType: 'assist',
    name: '最低生活保障申请受理和入户调查协助',
    description:
      '告知低保政策，为申请有困难的家庭代为提出申请，配合街道开展入户调查和民主评议，结果在社区公示。审核确认由街道办事处、区民政局负责。',
    legalBasis: '《社会救助暂行办法》第十一条；民政部《最低生活保障审核确认办法》',
    departmentKind: 'minzheng',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 24,
    standardMinutes: 180,
  },
  {
    code: 'XZ-002',
    listType: 'assist',
    name: '最低生活保障家庭动态管理核查',
    description:
      '按月掌握在保家庭人口、就业和居住变化，对重点对象入户核实，发现不再符合条件的情况及时报告街道；收入、财产核对由区民政局通过核对系统完成。',
    legalBasis: '《社会救助暂行办法》；民政部《最低生活保障审核确认办法》',
    departmentKind: 'minzheng',
    objectKind: 'ledger',
    frequency: 'monthly',
    standardMinutes: 150,
  },
  {
    code: 'XZ-003',
    listType: 'assist',
    name: '特困人员认定申请协助和日常探访',
    description:
      '协助特困人员提出认定申请，对分散供养特困人员定期探访，了解生活照料和就医情况，发现需要集中供养或临时照料的及时报告街道。',
    legalBasis: '《社会救助暂行办法》第三章；民政部《特困人员认定办法》',
    departmentKind: 'minzheng',
    objectKind: 'task',
    frequency: 'monthly',
    standardMinutes: 90,
  },
  {
    code: 'XZ-004',
    listType: 'assist',
    name: '临时救助急难情况发现报告和申请协助',
    description:
      '发现居民因火灾、交通事故、突发重病等陷入生活困境的，及时报告街道并协助提出临时救助申请；救助金额由街道、区民政局审批。',
    legalBasis: '《社会救助暂行办法》第九章',
    departmentKind: 'minzheng',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 18,
    standardMinutes: 60,
  },
  {
    code: 'XZ-005',
    listType: 'assist',
    name: '高龄津贴申领受理协助',
    description:
      '对年满八十周岁的户籍老年人告知高龄津贴政策，协助首次申领并提交材料；资格认证以部门数据比对和线上认证为主，社区只协助行动不便的老年人完成认证。',
    legalBasis: '《中华人民共和国老年人权益保障法》第三十三条',
    departmentKind: 'minzheng',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 40,
    standardMinutes: 20,
  },
  {
    code: 'XZ-006',
    listType: 'assist',
    name: '困境儿童和留守儿童信息摸排与关爱服务',
    description:
      '社区儿童主任掌握困境儿童、留守儿童基本情况，建立信息档案并定期走访，发现监护缺失或侵害线索的及时报告街道和民政部门。',
    legalBasis: '《中华人民共和国未成年人保护法》第四十三条；《国务院关于加强困境儿童保障工作的意见》',
    departmentKind: 'minzheng',
    objectKind: 'survey',
    frequency: 'quarterly',
    standardMinutes: 120,
  },
  {
    code: 'XZ-007',
    listType: 'assist',
    name: '居家养老服务补贴申请受理协助',
    description:
      '为经济困难的失能、高龄、独居老年人代为提交居家养老服务补贴申请，配合开展老年人能力评估，补贴审核由街道和区民政局负责。',
    legalBasis: '《中华人民共和国老年人权益保障法》',
    departmentKind: 'minzheng',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 20,
    standardMinutes: 40,
  },
  {
    code: 'XZ-008',
    listType: 'assist',
    name: '殡葬改革政策宣传和文明祭扫劝导',
    description: '清明、冬至前后宣传节地生态安葬和文明祭扫，劝导居民不在小区内焚烧祭品、不搭建灵棚。',
    legalBasis: '《殡葬管理条例》',
    departmentKind: 'minzheng',
    objectKind: 'task',
    frequency: 'half_yearly',
    standardMinutes: 120,
  },
  // 残联
  {
    code: 'XZ-009',
    listType: 'assist',
    name: '困难残疾人生活补贴和重度残疾人护理补贴申请受理协助',
    description:
      '告知残疾人两项补贴政策，协助符合条件的残疾人提出申请并提交材料；资格审核和补贴发放由区残联、区民政局负责。',
    legalBasis: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
    departmentKind: 'canlian',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 25,
    standardMinutes: 45,
  },
  {
    code: 'XZ-010',
    listType: 'assist',
    name: '残疾人基本服务状况和需求信息动态更新',
    description:
      '每年协助社区残协专职委员入户了解持证残疾人的康复、就业、教育和托养需求，在残联系统中更新信息；已由部门数据提供的项目不再入户重复采集。',
    legalBasis: '《中华人民共和国残疾人保障法》',
    departmentKind: 'canlian',
    objectKind: 'survey',
    frequency: 'yearly',
    standardMinutes: 600,
  },
  {
    code: 'XZ-011',
    listType: 'assist',
    name: '残疾人证申领和换领协助',
    description: '为行动不便的残疾人预约残疾评定、代为提交残疾人证申领或换领材料，评定和发证由区残联负责。',
    legalBasis: '《中华人民共和国残疾人保障法》；中国残联《中华人民共和国残疾人证管理办法》',
    departmentKind: 'canlian',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 15,
    standardMinutes: 30,
  },
  // 卫健
  {
    code: 'XZ-012',
    listType: 'assist',
    name: '计划生育奖励扶助和特别扶助对象资格确认协助',
    description: '每年协助对新申报的计划生育家庭奖励扶助、特别扶助对象进行资格初审和公示，确认结果由区卫生健康委负责。',
    legalBasis: '《中华人民共和国人口与计划生育法》；《安徽省人口与计划生育条例》',
    departmentKind: 'weijian',
    objectKind: 'ledger',
    frequency: 'yearly',
    standardMinutes: 240,
  },
  {
    code: 'XZ-013',
    listType: 'assist',
    name: '计划生育特殊家庭联系人走访',
    description:
      '落实计划生育特殊家庭“双岗”联系人制度，定期走访失独、伤残家庭，了解就医、养老需求，协助办理就医绿色通道等帮扶事项。',
    legalBasis: '《中华人民共和国人口与计划生育法》；国家卫生健康委关于做好计划生育特殊家庭扶助关怀工作的有关规定',
    departmentKind: 'weijian',
    objectKind: 'task',
    frequency: 'monthly',
    standardMinutes: 60,
  },
  {
    code: 'XZ-014',
    listType: 'assist',
    name: '生育登记和新生儿相关事项办理指引',
    description: '向居民说明生育登记、出生医学证明、户口申报和医保参保的线上办理方式，为不会使用手机的居民代办。',
    legalBasis: '《中华人民共和国人口与计划生育法》；《安徽省人口与计划生育条例》',
    departmentKind: 'weijian',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 40,
    standardMinutes: 15,
  },
  {
    code: 'XZ-015',
    listType: 'assist',
    name: '传染病预防控制社区组织协助',
    description:
      '发生传染病疫情时，在卫生健康部门指导下组织居民开展预防控制，配合做好健康宣传、重点人员信息告知和生活保障。',
    legalBasis: '《中华人民共和国传染病防治法》',
    departmentKind: 'weijian',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 2,
    standardMinutes: 480,
  },
  {
    code: 'XZ-016',
    listType: 'assist',
    name: '严重精神障碍患者居家随访协助',
    description:
      '配合社区卫生服务中心和公安派出所开展严重精神障碍患者居家随访，了解服药和监护情况，帮助患者家庭落实监护补贴等政策。',
    legalBasis: '《中华人民共和国精神卫生法》',
    departmentKind: 'weijian',
    objectKind: 'task',
    frequency: 'monthly',
    standardMinutes: 60,
  },
  {
    code: 'XZ-017',
    listType: 'assist',
    name: '老年人健康体检通知组织',
    description: '协助社区卫生服务中心通知六十五岁及以上老年人参加年度免费健康体检，组织行动不便老年人预约上门服务。',
    legalBasis: '《中华人民共和国基本医疗卫生与健康促进法》；《国家基本公共卫生服务规范》',
    departmentKind: 'weijian',
    objectKind: 'task',
    frequency: 'yearly',
    standardMinutes: 480,
  },
  {
    code: 'XZ-018',
    listType: 'assist',
    name: '爱国卫生运动和健康教育协助',
    description: '组织居民参加爱国卫生月和病媒生物防制活动，张贴健康教育资料，动员居民参与健康知识讲座。',
    legalBasis: '《中华人民共和国基本医疗卫生与健康促进法》；《国务院关于深入开展爱国卫生运动的意见》',
    departmentKind: 'weijian',
    objectKind: 'task',
    frequency: 'monthly',
    standardMinutes: 90,
  },
  {
    code: 'XZ-019',
    listType: 'assist',
    name: '无偿献血宣传动员',
    description: '配合血站采血车进社区，宣传无偿献血知识，动员适龄健康居民自愿献血。',
    legalBasis: '《中华人民共和国献血法》',
    departmentKind: 'weijian',
    objectKind: 'task',
    frequency: 'yearly',
    standardMinutes: 120,
  },
  // 公安
  {
    code: 'XZ-020',
    listType: 'assist',
    name: '流动人口居住登记和出租房屋信息采集',
    description:
      '协助公安派出所登记流动人口居住信息和出租房屋信息，督促出租人履行登记义务；居住证受理和签发由公安机关负责。',
    legalBasis: '《居住证暂行条例》；公安部《租赁房屋治安管理规定》',
    departmentKind: 'gongan',
    objectKind: 'ledger',
    frequency: 'monthly',
    standardMinutes: 180,
  },
  {
    code: 'XZ-021',
    listType: 'assist',
    name: '标准地址和实有人口信息核实',
    description: '对公安机关下发的标准地址和实有人口疑点数据进行核实反馈，只核实数据差异部分，不要求社区整表重新采集。',
    legalBasis: '《中华人民共和国户口登记条例》；《居住证暂行条例》',
    departmentKind: 'gongan',
    objectKind: 'ledger',
    frequency: 'quarterly',
    standardMinutes: 240,
  },
  {
    code: 'XZ-022',
    listType: 'assist',
    name: '反电信网络诈骗宣传',
    description: '结合本社区老年人、学生等易受骗群体开展反诈宣传，配合公安派出所对预警对象进行上门劝阻。',
    legalBasis: '《中华人民共和国反电信网络诈骗法》第八条',
    departmentKind: 'gongan',
    objectKind: 'task',
    frequency: 'monthly',
    standardMinutes: 60,
  },
  {
    code: 'XZ-023',
    listType: 'assist',
    name: '禁毒宣传和社区戒毒社区康复协助',
    description:
      '开展禁毒宣传，按街道社区戒毒社区康复工作小组安排，协助做好社区戒毒、社区康复人员的帮扶和日常情况了解。',
    legalBasis: '《中华人民共和国禁毒法》；《戒毒条例》',
    departmentKind: 'gongan',
    objectKind: 'task',
    frequency: 'quarterly',
    standardMinutes: 120,
  },
  // 司法
  {
    code: 'XZ-024',
    listType: 'assist',
    name: '社区矫正协助',
    description:
      '参加社区矫正对象矫正小组，协助司法所了解矫正对象的日常表现和家庭情况，发现异常及时报告；监督管理由社区矫正机构负责。',
    legalBasis: '《中华人民共和国社区矫正法》第十二条',
    departmentKind: 'sifa',
    objectKind: 'task',
    frequency: 'monthly',
    standardMinutes: 60,
  },
  {
    code: 'XZ-025',
    listType: 'assist',
    name: '刑满释放人员安置帮教协助',
    description: '配合司法所做好刑满释放人员衔接，协助了解就业、住房和生活困难，按规定转介救助和就业服务。',
    legalBasis: '《中华人民共和国监狱法》第三十七条',
    departmentKind: 'sifa',
    objectKind: 'task',
    frequency: 'quarterly',
    standardMinutes: 90,
  },
  {
    code: 'XZ-026',
    listType: 'assist',
    name: '法治宣传教育和“法律明白人”培养协助',
    description: '配合司法所和社区法律顾问开展法律进社区活动，推荐居民参加“法律明白人”培训。',
    legalBasis: '中共中央宣传部 司法部《关于开展法治宣传教育的第八个五年规划（2021—2025年）》',
    departmentKind: 'sifa',
    objectKind: 'meeting',
    frequency: 'quarterly',
    standardMinutes: 120,
  },
  // 人社
  {
    code: 'XZ-027',
    listType: 'assist',
    name: '就业失业登记和就业困难人员认定协助',
    description:
      '指导居民通过线上渠道办理就业失业登记，为不会操作的居民代办；协助就业困难人员提出认定申请，认定由区人社部门负责。',
    legalBasis: '《中华人民共和国就业促进法》；人力资源社会保障部《就业服务与就业管理规定》',
    departmentKind: 'renshe',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 60,
    standardMinutes: 30,
  },
  {
    code: 'XZ-028',
    listType: 'assist',
    name: '就业援助和岗位信息推送',
    description: '向登记失业人员和就业困难人员推送招聘会、公益性岗位和职业技能培训信息，协助开展就业援助月活动。',
    legalBasis: '《中华人民共和国就业促进法》',
    departmentKind: 'renshe',
    objectKind: 'task',
    frequency: 'monthly',
    standardMinutes: 90,
  },
  {
    code: 'XZ-029',
    listType: 'assist',
    name: '城乡居民基本养老保险参保缴费动员',
    description: '在年度集中缴费期宣传城乡居民养老保险政策，提醒未参保、断缴居民参保续保，不下达参保率指标。',
    legalBasis: '《中华人民共和国社会保险法》',
    departmentKind: 'renshe',
    objectKind: 'task',
    frequency: 'yearly',
    standardMinutes: 480,
  },
  {
    code: 'XZ-030',
    listType: 'assist',
    name: '退休人员社会化管理服务',
    description: '为纳入社区管理的企业退休人员提供政策咨询、文体活动和走访慰问，协助办理去世人员的待遇停发告知。',
    legalBasis: '中共中央办公厅 国务院办公厅《关于进一步做好职工退休后社会化管理服务工作的意见》',
    departmentKind: 'renshe',
    objectKind: 'task',
    frequency: 'quarterly',
    standardMinutes: 120,
  },
  // 医保
  {
    code: 'XZ-031',
    listType: 'assist',
    name: '城乡居民基本医疗保险参保动员',
    description:
      '在年度集中参保期宣传城乡居民医保政策和线上缴费方式，为老年人、残疾人等代办参保；参保数据由医保部门提供，不要求社区逐户统计上报。',
    legalBasis: '《中华人民共和国社会保险法》',
    departmentKind: 'yibao',
    objectKind: 'task',
    frequency: 'yearly',
    standardMinutes: 900,
  },
  {
    code: 'XZ-032',
    listType: 'assist',
    name: '医疗救助申请协助',
    description: '协助因病致贫的困难居民提出医疗救助申请，提交医疗费用票据等材料，救助审核由区医疗保障局负责。',
    legalBasis: '《社会救助暂行办法》第五章；《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》',
    departmentKind: 'yibao',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 12,
    standardMinutes: 45,
  },
  // 退役军人
  {
    code: 'XZ-033',
    listType: 'assist',
    name: '退役军人和其他优抚对象信息采集更新',
    description:
      '协助退役军人服务站核实辖区退役军人和其他优抚对象的联系方式、居住地和就业状况，部门已掌握的信息直接核对，不重复采集。',
    legalBasis: '《中华人民共和国退役军人保障法》；《军人抚恤优待条例》',
    departmentKind: 'tuiyijunren',
    objectKind: 'ledger',
    frequency: 'yearly',
    standardMinutes: 360,
  },
  {
    code: 'XZ-034',
    listType: 'assist',
    name: '退役军人服务站日常服务和走访慰问',
    description: '社区退役军人服务站接待政策咨询，协助办理优待证申领，在重要节日走访慰问重点优抚对象和困难退役军人。',
    legalBasis: '《中华人民共和国退役军人保障法》',
    departmentKind: 'tuiyijunren',
    objectKind: 'task',
    frequency: 'quarterly',
    standardMinutes: 180,
  },
  // 应急
  {
    code: 'XZ-035',
    listType: 'assist',
    name: '群众性消防工作和防火安全检查',
    description:
      '确定社区消防安全管理人，组织制定防火安全公约，对楼道堆物、消防通道占用等开展防火安全检查并劝导整改；依法处罚由消防救援机构负责。',
    legalBasis: '《中华人民共和国消防法》第三十二条',
    departmentKind: 'yingji',
    objectKind: 'inspection',
    frequency: 'monthly',
    standardMinutes: 120,
  },
  {
    code: 'XZ-036',
    listType: 'assist',
    name: '安全隐患发现报告协助',
    description:
      '在日常巡查中发现沿街门店、小作坊等场所的明显安全隐患，及时劝导并报告街道安全生产监管部门；社区不承担检查执法。',
    legalBasis: '《中华人民共和国安全生产法》',
    departmentKind: 'yingji',
    objectKind: 'inspection',
    frequency: 'monthly',
    standardMinutes: 90,
  },
  {
    code: 'XZ-037',
    listType: 'assist',
    name: '自然灾害灾情信息报告',
    description:
      '社区灾害信息员在暴雨、台风、雪灾等灾害发生后，及时报告受灾人员和房屋损毁情况，协助做好受灾群众临时安置。',
    legalBasis: '《自然灾害救助条例》',
    departmentKind: 'yingji',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 4,
    standardMinutes: 60,
  },
  {
    code: 'XZ-038',
    listType: 'assist',
    name: '防汛应急演练和转移避险协助',
    description: '汛前参加街道组织的防汛应急演练，遇强降雨时协助通知地下车库、低洼住户转移避险。',
    legalBasis: '《中华人民共和国防洪法》；《中华人民共和国突发事件应对法》',
    departmentKind: 'yingji',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 3,
    standardMinutes: 240,
  },
  // 城管
  {
    code: 'XZ-039',
    listType: 'assist',
    name: '生活垃圾分类宣传指导',
    description: '组织志愿者在投放点开展垃圾分类宣传和桶边指导，督促物业服务企业落实分类投放管理责任人义务。',
    legalBasis: '《中华人民共和国固体废物污染环境防治法》；《合肥市生活垃圾管理条例》',
    departmentKind: 'chengguan',
    objectKind: 'task',
    frequency: 'weekly',
    standardMinutes: 90,
  },
  {
    code: 'XZ-040',
    listType: 'assist',
    name: '违法建设线索发现和报告',
    description: '在日常走访中发现搭建、改建等违法建设线索，及时劝阻并报告街道和城管部门；认定和查处由执法部门负责。',
    legalBasis: '《中华人民共和国城乡规划法》第九条',
    departmentKind: 'chengguan',
    objectKind: 'task',
    frequency: 'monthly',
    standardMinutes: 60,
  },
  // 住建
  {
    code: 'XZ-041',
    listType: 'assist',
    name: '城镇老旧小区改造居民意愿征询',
    description: '老旧小区列入改造计划后，协助征询居民改造意愿和改造内容，组织居民议事，协调施工期间的居民诉求。',
    legalBasis: '《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》（国办发〔2020〕23号）',
    departmentKind: 'zhujian',
    objectKind: 'survey',
    frequency: 'as_needed',
    occurrencesPerYear: 1,
    standardMinutes: 900,
  },
  {
    code: 'XZ-042',
    listType: 'assist',
    name: '既有住宅加装电梯业主协商协助',
    description: '对有加装电梯意愿的单元，协助组织业主协商、公示加装方案，调解高低楼层业主之间的分歧。',
    legalBasis: '《中华人民共和国民法典》第二百七十八条',
    departmentKind: 'zhujian',
    objectKind: 'meeting',
    frequency: 'as_needed',
    occurrencesPerYear: 6,
    standardMinutes: 240,
  },
  {
    code: 'XZ-043',
    listType: 'assist',
    name: '物业服务监督和物业矛盾协调',
    description:
      '收集居民对物业服务的意见，协调物业服务企业与业主之间的矛盾，未成立业主委员会的小区协助组建物业管理委员会。',
    legalBasis: '《物业管理条例》；《中华人民共和国民法典》物权编第六章',
    departmentKind: 'zhujian',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 12,
    standardMinutes: 120,
  },
  {
    code: 'XZ-044',
    listType: 'assist',
    name: '燃气使用安全宣传',
    description:
      '配合燃气经营企业开展入户安全宣传，提醒居民更换老化胶管、安装燃气泄漏报警装置；入户安检由燃气企业负责。',
    legalBasis: '《城镇燃气管理条例》',
    departmentKind: 'zhujian',
    objectKind: 'task',
    frequency: 'quarterly',
    standardMinutes: 90,
  },
  // 市场监管
  {
    code: 'XZ-045',
    listType: 'assist',
    name: '食品安全和消费维权知识宣传',
    description: '配合市场监管所开展食品安全和防范保健品虚假宣传知识宣传，重点面向老年居民。',
    legalBasis: '《中华人民共和国食品安全法》第十条',
    departmentKind: 'shijian',
    objectKind: 'task',
    frequency: 'half_yearly',
    standardMinutes: 120,
  },
  // 统计
  {
    code: 'XZ-046',
    listType: 'assist',
    name: '人口普查、经济普查等国情国力普查协助',
    description:
      '普查年度协助统计部门划分普查小区、推荐普查员和普查指导员、宣传动员住户和单位配合登记；普查员由统计部门选聘并支付补助。',
    legalBasis: '《中华人民共和国统计法》；《全国人口普查条例》；《全国经济普查条例》',
    departmentKind: 'tongji',
    objectKind: 'survey',
    frequency: 'as_needed',
    occurrencesPerYear: 0.4,
    standardMinutes: 4800,
  },
  {
    code: 'XZ-047',
    listType: 'assist',
    name: '劳动力调查样本住户入户协助',
    description: '社区被抽中为调查样本的，协助统计调查员联系样本住户、说明调查用途，住户信息由调查员采集。',
    legalBasis: '《中华人民共和国统计法》',
    departmentKind: 'tongji',
    objectKind: 'survey',
    frequency: 'monthly',
    standardMinutes: 60,
  },
  // 教体
  {
    code: 'XZ-048',
    listType: 'assist',
    name: '暑期防溺水安全宣传',
    description: '暑假前后在小区内宣传防溺水知识，提醒家长履行看护责任，在辖区水体周边张贴警示提示。',
    legalBasis: '《中华人民共和国未成年人保护法》',
    departmentKind: 'jiaoti',
    objectKind: 'task',
    frequency: 'yearly',
    standardMinutes: 240,
  },
  // 生态环境
  {
    code: 'XZ-049',
    listType: 'assist',
    name: '生态环境保护宣传和环境问题信息报告',
    description: '开展生态环境保护宣传，接到居民反映的油烟、噪声、异味等环境问题，及时转报生态环境部门处理。',
    legalBasis: '《中华人民共和国环境保护法》第九条',
    departmentKind: 'shengtai',
    objectKind: 'task',
    frequency: 'quarterly',
    standardMinutes: 60,
  },
  // 数据资源
  {
    code: 'XZ-050',
    listType: 'assist',
    name: '政务服务事项帮办代办',
    description:
      '在社区便民服务站为居民提供政务服务事项的咨询、网上申办指导和帮办代办，事项范围以区政务服务中心公布的下沉清单为准。',
    legalBasis: '《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》',
    departmentKind: 'shuju',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 600,
    standardMinutes: 15,
  },
];

/** 负面清单：不得要求社区承担的事项。 */
const HEFEI_NEGATIVE: CatalogueItemSeed[] = [
  {
    code: 'JR-001',
    listType: 'negative',
    name: '招商引资、项目建设等经济指标任务',
    description: '不得向社区下达招商引资、固定资产投资、项目落地等经济发展指标，不得将其纳入社区考核。',
    legalBasis: `${SHEQU_JIANFU_2015}；${ZHILI_YIJIAN}`,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-002',
    listType: 'negative',
    name: '协税护税和税费征收',
    description: '不得要求社区承担协税护税、代征税款和各类行政事业性收费的征收任务。',
    legalBasis: SHEQU_JIANFU_2015,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-003',
    listType: 'negative',
    name: '征地拆迁和房屋征收补偿',
    description:
      '不得要求社区承担房屋征收的入户评估、补偿谈判、签约和腾空等工作，房屋征收由区人民政府确定的征收部门组织实施。',
    legalBasis: '《国有土地上房屋征收与补偿条例》第四条、第五条',
    departmentKind: 'zhujian',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-004',
    listType: 'negative',
    name: '行政执法',
    description: '社区不是行政执法主体，不得要求社区实施行政检查、行政处罚、行政强制，或以社区名义出具执法文书。',
    legalBasis: '《中华人民共和国行政处罚法》第十七条；《中华人民共和国行政强制法》',
    departmentKind: 'chengguan',
    objectKind: 'inspection',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-005',
    listType: 'negative',
    name: '违法建设认定、查处和强制拆除',
    description: '社区只负责发现和报告违法建设线索，不得要求社区认定违法建设、下达整改通知或组织拆除。',
    legalBasis: '《中华人民共和国城乡规划法》；《中华人民共和国行政强制法》',
    departmentKind: 'chengguan',
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-006',
    listType: 'negative',
    name: '安全生产监管执法和企业安全检查',
    description: '不得要求社区对生产经营单位开展安全生产监督检查、签订安全生产责任书或承担事故调查处理责任。',
    legalBasis: '《中华人民共和国安全生产法》；' + JIANFU_2024,
    departmentKind: 'yingji',
    objectKind: 'inspection',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-007',
    listType: 'negative',
    name: '行政审批和项目审批前置意见',
    description: '不得把社区盖章、出具意见设为行政许可、项目审批或市场主体登记的前置条件。',
    legalBasis: '《中华人民共和国行政许可法》；《国务院办公厅关于做好证明事项清理工作的通知》',
    departmentKind: null,
    objectKind: 'certificate',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-008',
    listType: 'negative',
    name: '创建达标评比中的“一票否决”和责任状',
    description: '未经批准不得在社区开展创建示范、达标评比活动，不得对社区实行“一票否决”，不得层层签订责任状转嫁责任。',
    legalBasis: `${JIANFU_2024}；${JIANFU_2019}`,
    departmentKind: null,
    objectKind: 'campaign',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-009',
    listType: 'negative',
    name: '要求社区挂牌或设立工作机构',
    description:
      '不得要求社区加挂各类机构牌子，不得要求在社区设立领导小组、工作站等机构或配备对口人员，社区统一悬挂党组织和居委会牌子。',
    legalBasis: `${JIANFU_2024}；${SHEQU_JIANFU_2015}`,
    departmentKind: null,
    objectKind: 'signboard',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-010',
    listType: 'negative',
    name: '要求社区出具职责范围以外的证明',
    description: '凡无法律法规依据、不属于社区职责范围或社区无法核实的证明事项，不得要求社区出具，社区有权拒绝。',
    legalBasis: ZHENGMING_2020,
    departmentKind: null,
    objectKind: 'certificate',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-011',
    listType: 'negative',
    name: '政务应用程序打卡、排名和截图留痕',
    description:
      '不得要求社区工作者在政务应用程序、工作群中打卡签到、比积分排名，不得以截图、照片、视频作为完成工作的证明。',
    legalBasis: JIANFU_2024,
    departmentKind: null,
    objectKind: 'app',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-012',
    listType: 'negative',
    name: '组织居民下载应用程序、刷票点赞和转发',
    description: '不得下达应用程序下载量、关注量指标，不得要求社区组织居民投票、点赞、转发或填写与社区无关的网络问卷。',
    legalBasis: JIANFU_2024,
    departmentKind: null,
    objectKind: 'app',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-013',
    listType: 'negative',
    name: '以“属地管理”为名转嫁部门职责',
    description: '职能部门不得以属地管理、签订责任书等方式，将本部门法定职责交由社区承担。',
    legalBasis: `${JIANFU_2024}；《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》`,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-014',
    listType: 'negative',
    name: '未经准入的报表台账和重复填报',
    description:
      '未取得准入编号的报表、台账不得下发社区；部门已掌握或可以通过数据共享获取的信息，不得要求社区重复填报。',
    legalBasis: `${JIANFU_2024}；${ZUZHIFA}第二十条`,
    departmentKind: null,
    objectKind: 'ledger',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-015',
    listType: 'negative',
    name: '以痕迹材料代替实绩的督查检查考核',
    description: '不得在社区开展未列入年度计划的督查检查考核，不得要求社区准备展板、汇报材料或按检查需要专门制作台账。',
    legalBasis: `${JIANFU_2024}；${JIANFU_2019}`,
    departmentKind: null,
    objectKind: 'inspection',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-016',
    listType: 'negative',
    name: '要求社区人员参加无关会议和陪同调研',
    description: '不得要求社区工作者参加与社区工作无关的会议、培训和活动，不得要求社区全程陪同各类调研检查。',
    legalBasis: JIANFU_2024,
    departmentKind: null,
    objectKind: 'meeting',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-017',
    listType: 'negative',
    name: '催缴水电气费、物业费等经营性费用',
    description: '不得要求社区为供水、供电、供气企业或物业服务企业催缴费用，不得要求社区为企业推销产品和服务。',
    legalBasis: SHEQU_JIANFU_2015,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-018',
    listType: 'negative',
    name: '食品、药品和环境等专业检测检验',
    description: '不得要求社区开展食品抽检、特种设备检验、环境监测等需要专业资质和设备的工作。',
    legalBasis: '《中华人民共和国食品安全法》；《中华人民共和国特种设备安全法》；《中华人民共和国环境保护法》',
    departmentKind: 'shijian',
    objectKind: 'inspection',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
  {
    code: 'JR-019',
    listType: 'negative',
    name: '借调和抽调社区工作者',
    description: '不得以帮助工作、跟班学习等名义借调、抽调社区工作者到街道或部门工作。',
    legalBasis: '中共中央办公厅 国务院办公厅《关于加强社区工作者队伍建设的意见》；' + JIANFU_2024,
    departmentKind: null,
    objectKind: 'task',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  },
];

/** 可以出具的证明事项。 */
const HEFEI_CERT_ALLOWED: CatalogueItemSeed[] = [
  {
    code: 'ZM-K-001',
    listType: 'cert_allowed',
    name: '指定监护人证明',
    description:
      '对监护人的确定有争议的，由被监护人住所地居民委员会在尊重被监护人真实意愿的基础上指定监护人并出具书面意见。',
    legalBasis: '《中华人民共和国民法典》第三十一条',
    departmentKind: null,
    objectKind: 'certificate',
    frequency: 'as_needed',
    occurrencesPerYear: 1,
    standardMinutes: 120,
  },
  {
    code: 'ZM-K-002',
    listType: 'cert_allowed',
    name: '低保、特困人员申请民主评议意见',
    description: '对低保、特困人员申请组织民主评议的，出具评议情况和意见，作为街道审核的参考材料。',
    legalBasis: '《社会救助暂行办法》第十一条；民政部《最低生活保障审核确认办法》',
    departmentKind: 'minzheng',
    objectKind: 'certificate',
    frequency: 'as_needed',
    occurrencesPerYear: 12,
    standardMinutes: 30,
  },
  {
    code: 'ZM-K-003',
    listType: 'cert_allowed',
    name: '困难群众生活状况说明（协助）',
    description: '应街道或民政部门要求，就入户走访掌握的困难群众实际生活情况如实说明，不对收入、财产作出证明结论。',
    legalBasis: '《社会救助暂行办法》',
    departmentKind: 'minzheng',
    objectKind: 'certificate',
    frequency: 'as_needed',
    occurrencesPerYear: 20,
    standardMinutes: 30,
  },
  {
    code: 'ZM-K-004',
    listType: 'cert_allowed',
    name: '居住情况证明（限申领居住证等有限情形）',
    description:
      '申领居住证的居民在亲友家居住、无法提供房屋租赁合同的，经社区核实后出具实际居住情况说明；有合同或不动产登记信息可查的不再出具。',
    legalBasis: '《居住证暂行条例》第九条',
    departmentKind: 'gongan',
    objectKind: 'certificate',
    frequency: 'as_needed',
    occurrencesPerYear: 30,
    standardMinutes: 20,
  },
  {
    code: 'ZM-K-005',
    listType: 'cert_allowed',
    name: '自然灾害受灾情况核实意见',
    description: '受灾居民申请过渡期生活救助、住房恢复重建补助的，社区组织民主评议后出具受灾情况核实意见。',
    legalBasis: '《自然灾害救助条例》',
    departmentKind: 'yingji',
    objectKind: 'certificate',
    frequency: 'as_needed',
    occurrencesPerYear: 1,
    standardMinutes: 60,
  },
  {
    code: 'ZM-K-006',
    listType: 'cert_allowed',
    name: '应征公民现实表现情况',
    description: '征兵政治考核中，应考核工作人员要求如实提供应征公民在本社区的现实表现情况。',
    legalBasis: '《中华人民共和国兵役法》；《征兵政治考核工作规定》',
    departmentKind: null,
    objectKind: 'certificate',
    frequency: 'as_needed',
    occurrencesPerYear: 8,
    standardMinutes: 40,
  },
  {
    code: 'ZM-K-007',
    listType: 'cert_allowed',
    name: '社区志愿服务记录证明',
    description: '居民参加社区组织的志愿服务活动后需要证明的，依据志愿服务记录无偿、如实出具。',
    legalBasis: '《志愿服务条例》',
    departmentKind: null,
    objectKind: 'certificate',
    frequency: 'as_needed',
    occurrencesPerYear: 40,
    standardMinutes: 10,
  },
  {
    code: 'ZM-K-008',
    listType: 'cert_allowed',
    name: '人民调解协议书',
    description:
      '经社区人民调解委员会调解达成协议的，按规定制作调解协议书，由双方当事人、调解员签名并加盖调解委员会印章。',
    legalBasis: '《中华人民共和国人民调解法》第二十八条、第二十九条',
    departmentKind: null,
    objectKind: 'certificate',
    frequency: 'as_needed',
    occurrencesPerYear: 30,
    standardMinutes: 20,
  },
  {
    code: 'ZM-K-009',
    listType: 'cert_allowed',
    name: '居民会议、居民代表会议决定事项证明',
    description: '对经居民会议或居民代表会议讨论通过的事项，根据会议记录出具决定事项证明。',
    legalBasis: `${ZUZHIFA}第十条`,
    departmentKind: null,
    objectKind: 'certificate',
    frequency: 'as_needed',
    occurrencesPerYear: 6,
    standardMinutes: 20,
  },
  {
    code: 'ZM-K-010',
    listType: 'cert_allowed',
    name: '社区工作人员任职和工作经历证明',
    description: '为本社区居委会成员和社区工作者出具任职、离职和工作经历证明。',
    legalBasis: '《中华人民共和国劳动合同法》第五十条',
    departmentKind: null,
    objectKind: 'certificate',
    frequency: 'as_needed',
    occurrencesPerYear: 5,
    standardMinutes: 15,
  },
];

function forbidden(
  code: string,
  name: string,
  description: string,
  legalBasis: string,
  departmentKind: string,
): CatalogueItemSeed {
  return {
    code,
    listType: 'cert_forbidden',
    name,
    description,
    legalBasis,
    departmentKind,
    objectKind: 'certificate',
    frequency: 'as_needed',
    occurrencesPerYear: 0,
    standardMinutes: 0,
  };
}

/** 不得出具的证明事项：民发〔2020〕20号第一批20项，另加安徽省增补事项。 */
const HEFEI_CERT_FORBIDDEN: CatalogueItemSeed[] = [
  forbidden(
    'ZM-B-001',
    '亲属关系证明',
    '户口簿能够体现亲属关系的，以户口簿为准；不能体现的，由公安机关依据户籍档案核实，或由申请人书面承诺、办理公证。',
    ZHENGMING_2020,
    'gongan',
  ),
  forbidden(
    'ZM-B-002',
    '居民身份信息证明',
    '以居民身份证、户口簿为准，需核实的由公安机关出具或通过部门间数据共享核验。',
    `${ZHENGMING_2020}；《中华人民共和国居民身份证法》`,
    'gongan',
  ),
  forbidden(
    'ZM-B-003',
    '户口登记项目内容变更申请证明',
    '姓名、出生日期、民族等户口登记项目变更更正，由公安机关依据档案材料和相关部门证明审核办理。',
    `${ZHENGMING_2020}；《中华人民共和国户口登记条例》`,
    'gongan',
  ),
  forbidden(
    'ZM-B-004',
    '居民养犬证明',
    '养犬登记由养犬登记管理部门办理，不需要社区出具养犬证明或居住证明。',
    ZHENGMING_2020,
    'gongan',
  ),
  forbidden(
    'ZM-B-005',
    '无犯罪记录证明',
    '由公安机关出具犯罪记录查询结果，可在户籍地或居住地派出所及线上渠道申请。',
    `${ZHENGMING_2020}；公安部《公安机关办理犯罪记录查询工作规定》`,
    'gongan',
  ),
  forbidden(
    'ZM-B-006',
    '社区戒毒社区康复人员情况证明',
    '由负责社区戒毒社区康复工作的街道办事处或公安机关依据执行情况出具。',
    `${ZHENGMING_2020}；《戒毒条例》`,
    'gongan',
  ),
  forbidden(
    'ZM-B-007',
    '人员失踪证明',
    '由人民法院依法作出宣告失踪判决，或由公安机关出具报案、立案材料。',
    `${ZHENGMING_2020}；《中华人民共和国民法典》第四十条`,
    'gongan',
  ),
  forbidden(
    'ZM-B-008',
    '婚姻状况证明',
    '由民政部门依据婚姻登记档案出具查询结果或通过数据共享核验，无法查询的由本人书面声明。',
    `${ZHENGMING_2020}；《婚姻登记条例》`,
    'minzheng',
  ),
  forbidden(
    'ZM-B-009',
    '出生证明',
    '由助产医疗机构签发《出生医学证明》，遗失的由原签发机构补发。',
    `${ZHENGMING_2020}；《中华人民共和国母婴保健法》第二十三条`,
    'weijian',
  ),
  forbidden(
    'ZM-B-010',
    '健在（生存）证明',
    '领取养老金等待遇的资格认证，由人社、民政等部门通过数据比对和人脸识别等方式核验，不需要社区开具。',
    ZHENGMING_2020,
    'renshe',
  ),
  forbidden(
    'ZM-B-011',
    '死亡证明',
    '由医疗卫生机构出具《居民死亡医学证明（推断）书》，非正常死亡由公安机关出具，户籍注销信息可由公安机关核验。',
    ZHENGMING_2020,
    'weijian',
  ),
  forbidden('ZM-B-012', '疾病状况证明', '由医疗机构出具诊断证明、病历等材料。', ZHENGMING_2020, 'weijian'),
  forbidden(
    'ZM-B-013',
    '残疾状况证明',
    '以残联核发的《中华人民共和国残疾人证》为准，可通过残疾人证信息共享核验。',
    `${ZHENGMING_2020}；中国残联《中华人民共和国残疾人证管理办法》`,
    'canlian',
  ),
  forbidden(
    'ZM-B-014',
    '婚育状况证明',
    '生育情况由卫生健康部门依据生育登记信息核验，婚姻情况由民政部门核验，无法核验的由本人书面承诺。',
    `${ZHENGMING_2020}；《中华人民共和国人口与计划生育法》`,
    'weijian',
  ),
  forbidden(
    'ZM-B-015',
    '居民就业状况证明（就业、失业证明）',
    '由人社部门依据就业失业登记信息出具或通过《就业创业证》核验，在职情况由用人单位出具。',
    `${ZHENGMING_2020}；人力资源社会保障部《就业服务与就业管理规定》`,
    'renshe',
  ),
  forbidden(
    'ZM-B-016',
    '居民个人档案证明',
    '由存放个人人事档案的单位或人社部门所属公共就业和人才服务机构出具。',
    `${ZHENGMING_2020}；《中华人民共和国档案法》`,
    'renshe',
  ),
  forbidden(
    'ZM-B-017',
    '居民财产证明',
    '不动产由不动产登记机构出具查询结果，存款、车辆等由银行、公安交管等机构出具；社会救助所需的家庭经济状况由民政部门通过核对机制核查。',
    ZHENGMING_2020,
    'minzheng',
  ),
  forbidden(
    'ZM-B-018',
    '遗产继承权证明',
    '由公证机构办理继承公证或由人民法院依法裁判，社区不对继承人范围和继承份额作出证明。',
    `${ZHENGMING_2020}；《中华人民共和国民法典》第六编`,
    'sifa',
  ),
  forbidden(
    'ZM-B-019',
    '市场主体住所证明',
    '市场主体登记时由申请人提交住所使用相关文件或作出承诺，由市场监管部门依法登记，不需要社区出具住所证明。',
    `${ZHENGMING_2020}；《中华人民共和国市场主体登记管理条例》`,
    'shijian',
  ),
  forbidden(
    'ZM-B-020',
    '证件遗失证明',
    '证件遗失后向原发证机关申请补领，由申请人书面声明或按发证机关要求办理，不需要社区出具遗失证明。',
    ZHENGMING_2020,
    'gongan',
  ),
  // 安徽省增补事项
  forbidden(
    'ZM-B-021',
    '房屋产权（权属）证明',
    '由不动产登记机构出具不动产登记信息查询结果，或通过不动产登记数据共享核验。',
    `${ANHUI_ZHENGMING}；《不动产登记暂行条例》`,
    'zhujian',
  ),
  forbidden(
    'ZM-B-022',
    '居民收入证明',
    '在职人员由用人单位出具，社会救助所需收入情况由民政部门通过居民家庭经济状况核对机制核查，其他情形由本人书面承诺。',
    ANHUI_ZHENGMING,
    'minzheng',
  ),
  forbidden(
    'ZM-B-023',
    '户籍迁移居住地址证明',
    '户口迁移所需居住地址由公安机关依据房屋产权、租赁登记或居住证信息核实，不需要社区出具。',
    `${ANHUI_ZHENGMING}；《中华人民共和国户口登记条例》`,
    'gongan',
  ),
  forbidden(
    'ZM-B-024',
    '享受社会救助身份证明',
    '低保、特困、低保边缘等救助身份由民政部门通过社会救助信息系统查询核验或出具证明。',
    ANHUI_ZHENGMING,
    'minzheng',
  ),
  forbidden(
    'ZM-B-025',
    '学生转学、入学居住情况证明',
    '义务教育入学和转学所需的户籍、居住信息由教育部门会同公安、不动产登记机构通过数据共享核验。',
    ANHUI_ZHENGMING,
    'jiaoti',
  ),
];

export const HEFEI_CATALOGUE: CatalogueItemSeed[] = [
  ...HEFEI_DUTY,
  ...HEFEI_ASSIST,
  ...HEFEI_NEGATIVE,
  ...HEFEI_CERT_ALLOWED,
  ...HEFEI_CERT_FORBIDDEN,
];

// ---------------------------------------------------------------------------------------------
// 蜀山区社区工作事项清单：沿用市级清单，另加本区事项。V1 为 2025 年版，V2 为 2026 年版。
// ---------------------------------------------------------------------------------------------

const LIST_ORDER: ListType[] = ['duty', 'assist', 'negative', 'cert_allowed', 'cert_forbidden'];

/** Copies the items and orders them by list type, then by code. */
function ordered(items: CatalogueItemSeed[]): CatalogueItemSeed[] {
  return items
    .map((item) => ({ ...item }))
    .sort(
      (a, b) =>
        LIST_ORDER.indexOf(a.listType) - LIST_ORDER.indexOf(b.listType) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
}

/** 蜀山区2025年版在市级清单基础上增加的事项。 */
const SHUSHAN_LOCAL_V1: CatalogueItemSeed[] = [
  {
    code: 'LZ-017',
    listType: 'duty',
    name: '居委会、业委会和物业服务企业联席会议',
    description:
      '在社区党组织领导下，每月召集居委会、业主委员会（物业管理委员会）和物业服务企业召开联席会议，协调解决小区管理中的共性问题。',
    legalBasis: `《物业管理条例》；${ZHILI_YIJIAN}`,
    departmentKind: null,
    objectKind: 'meeting',
    frequency: 'monthly',
    standardMinutes: 120,
  },
  {
    code: 'XZ-051',
    listType: 'assist',
    name: '老年人助餐服务需求摸排',
    description: '每年入户了解辖区老年人的就餐困难和助餐需求，填写需求摸排表报区民政局，用于布局老年食堂和助餐点。',
    legalBasis: '《中华人民共和国老年人权益保障法》',
    departmentKind: 'minzheng',
    objectKind: 'survey',
    frequency: 'yearly',
    standardMinutes: 300,
  },
  {
    code: 'XZ-052',
    listType: 'assist',
    name: '“九小场所”消防安全专项排查登记',
    description:
      '配合街道和消防救援站对辖区小餐饮、小商店、小作坊等“九小场所”开展消防安全专项排查，逐户登记隐患和整改情况。',
    legalBasis: '《中华人民共和国消防法》第三十二条',
    departmentKind: 'yingji',
    objectKind: 'inspection',
    frequency: 'quarterly',
    standardMinutes: 180,
  },
  {
    code: 'XZ-053',
    listType: 'assist',
    name: '离校未就业高校毕业生信息核实',
    description: '对人社部门下发的户籍在本社区的离校未就业高校毕业生名单，协助联系核实就业意向，推送岗位和见习信息。',
    legalBasis: '《中华人民共和国就业促进法》',
    departmentKind: 'renshe',
    objectKind: 'survey',
    frequency: 'yearly',
    standardMinutes: 180,
  },
];

export const SHUSHAN_CATALOGUE_V1: CatalogueItemSeed[] = ordered([...HEFEI_CATALOGUE, ...SHUSHAN_LOCAL_V1]);

/** 2026年版删除的事项：助餐需求并入“一表通”采集，“九小场所”专项排查结束后纳入日常防火检查。 */
const SHUSHAN_V2_REMOVED = new Set(['XZ-051', 'XZ-052']);

/** 2026年版调整的事项（编码不变）。 */
const SHUSHAN_V2_CHANGES: Record<string, Partial<CatalogueItemSeed>> = {
  // 一次采集、多方共享：公安已登记的流动人口和出租房屋数据回流社区，只核对变化部分。
  'XZ-020': {
    description:
      '协助公安派出所登记流动人口居住信息和出租房屋信息，督促出租人履行登记义务；公安机关已登记的数据回流社区，社区只核对新增和变化部分，居住证受理和签发由公安机关负责。',
    standardMinutes: 90,
  },
  // 频次调整：爱国卫生活动由每月改为每季度集中开展。
  'XZ-018': {
    description: '每季度集中组织居民开展爱国卫生和病媒生物防制活动，张贴健康教育资料，动员居民参与健康知识讲座。',
    frequency: 'quarterly',
  },
  // 更名：与区政务服务中心下沉清单的名称一致。
  'XZ-050': {
    name: '“皖事通办”政务服务帮办代办',
  },
};

/** 蜀山区2026年版新增的事项。 */
const SHUSHAN_ADDED_V2: CatalogueItemSeed[] = [
  {
    code: 'XZ-054',
    listType: 'assist',
    name: '电动自行车安全隐患排查协助',
    description:
      '协助排查楼道、门厅停放电动自行车和飞线充电等隐患，劝导居民到集中充电点充电，发现拒不整改的报告街道和消防救援机构依法处理。',
    legalBasis: '《中华人民共和国消防法》第三十二条；《高层民用建筑消防安全管理规定》',
    departmentKind: 'yingji',
    objectKind: 'inspection',
    frequency: 'monthly',
    standardMinutes: 90,
  },
  {
    code: 'XZ-055',
    listType: 'assist',
    name: '独居、空巢等特殊困难老年人定期探访',
    description:
      '对辖区独居、空巢、失能等特殊困难老年人每月至少探访一次，了解身体、生活和安全状况，发现紧急情况及时联系家属和相关部门。',
    legalBasis: '《中华人民共和国老年人权益保障法》；民政部等《关于开展特殊困难老年人探访关爱服务的指导意见》',
    departmentKind: 'minzheng',
    objectKind: 'task',
    frequency: 'monthly',
    standardMinutes: 180,
  },
  {
    code: 'XZ-056',
    listType: 'assist',
    name: '居民家庭基本信息“一表通”核对更新',
    description:
      '依托区数据资源平台回流的人口、房屋数据，每季度核对更新居民家庭基本信息（含老年人助餐等服务需求），各部门按权限共享使用，不再另行下发同类摸排表。',
    legalBasis: '《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》；' + JIANFU_2024,
    departmentKind: 'shuju',
    objectKind: 'ledger',
    frequency: 'quarterly',
    standardMinutes: 240,
  },
];

export const SHUSHAN_CATALOGUE_V2: CatalogueItemSeed[] = ordered([
  ...SHUSHAN_CATALOGUE_V1.filter((item) => !SHUSHAN_V2_REMOVED.has(item.code)).map((item) => ({
    ...item,
    ...SHUSHAN_V2_CHANGES[item.code],
  })),
  ...SHUSHAN_ADDED_V2,
]);

// ---------------------------------------------------------------------------------------------
// 蜀山区已批准的准入事项（演示）
// ---------------------------------------------------------------------------------------------

const ZHUNRU_BASIS = `${ZUZHIFA}第二十条`;

export const SHUSHAN_DEMO_ADMISSIONS: AdmissionSeed[] = [
  {
    departmentKind: 'minzheng',
    title: '高龄津贴资格认证台账',
    kind: 'ledger',
    listType: 'assist',
    description:
      '按季度核对辖区八十周岁以上高龄津贴领取人员的认证状态，对连续两个月未完成线上认证的老年人上门协助认证，并在台账中记录认证方式和结果。台账由系统根据民政数据生成，社区只补录上门认证结果。',
    legalBasis: `《中华人民共和国老年人权益保障法》第三十三条；${ZHUNRU_BASIS}`,
    scope: { type: 'all' },
    frequency: 'quarterly',
    minutesPerOccurrence: 90,
    ledgerFields: 12,
    ledgerRows: 160,
    resources: {
      fundsYuan: 20000,
      staff: '区民政局派驻1名专干，负责各街道台账汇总和疑难认证',
      training: '2026年3月按街道集中培训1次，讲解认证流程和系统操作',
      equipment: '为上门认证配发手持人脸识别终端，每街道2台',
    },
    assessment: '以认证完成率和台账准确率评价，由区民政局抽查核实，不以照片、打卡作为考核依据，不对社区排名。',
    startDate: '2026-03-01',
    expiryDate: '2029-02-28',
  },
  {
    departmentKind: 'weijian',
    title: '家庭医生签约服务宣传',
    kind: 'task',
    listType: 'assist',
    description:
      '配合社区卫生服务中心在社区活动中宣传家庭医生签约服务内容，协助组织老年人、慢性病患者参加签约咨询日活动；签约和履约服务由家庭医生团队负责，不向社区下达签约率指标。',
    legalBasis: `《中华人民共和国基本医疗卫生与健康促进法》；${ZHUNRU_BASIS}`,
    scope: { type: 'all' },
    frequency: 'quarterly',
    minutesPerOccurrence: 120,
    resources: {
      fundsYuan: 15000,
      staff: '各社区卫生服务中心确定1名联络人',
      training: '社区卫生服务中心为社区工作者讲解签约政策1次',
      equipment: '宣传折页和展架由区卫生健康委统一提供',
    },
    assessment: '由区卫生健康委依据签约服务系统数据评价社区卫生服务中心，社区只统计协助开展的活动场次。',
    startDate: '2026-04-01',
    expiryDate: '2029-03-31',
  },
  {
    departmentKind: 'tongji',
    title: '2026年城乡居民收支抽样调查协助',
    kind: 'survey',
    listType: 'assist',
    description:
      '五里墩街道、三里庵街道被抽中的调查小区，协助国家统计局合肥调查队和区统计局联系记账住户、说明调查用途，住户日记账由辅助调查员上门收取和录入。',
    legalBasis: `《中华人民共和国统计法》；${ZHUNRU_BASIS}`,
    scope: { type: 'streets', codes: ['340104006', '340104001'] },
    frequency: 'monthly',
    minutesPerOccurrence: 60,
    resources: {
      fundsYuan: 36000,
      staff: '区统计局选聘辅助调查员2名，负责收账和录入',
      training: '2026年1月调查业务培训1次',
      equipment: '记账住户使用手机记账，调查员配发平板电脑',
    },
    assessment: '以样本住户按月报送率评价调查员，社区不承担数据质量责任。',
    startDate: '2026-01-01',
    expiryDate: '2026-12-31',
  },
  {
    departmentKind: 'yingji',
    title: '汛期安全隐患排查',
    kind: 'inspection',
    listType: 'assist',
    description:
      '5月至9月每月一次，协助排查地下车库、低洼小区、老旧房屋和在建工地周边的积水、倒塌隐患，发现险情立即报告街道防汛办；隐患处置由相关责任单位负责。',
    legalBasis: `《中华人民共和国防洪法》；《中华人民共和国突发事件应对法》；${ZHUNRU_BASIS}`,
    scope: { type: 'all' },
    frequency: 'as_needed',
    occurrencesPerYear: 5,
    minutesPerOccurrence: 150,
    resources: {
      fundsYuan: 30000,
      staff: '区应急管理局包保干部每街道1名',
      training: '汛前防汛知识和转移避险培训1次',
      equipment: '每社区配发防汛沙袋、雨衣、手电和应急广播各一批',
    },
    assessment: '以隐患报告是否及时评价，纳入区防汛工作总结，不单独考核社区。',
    startDate: '2026-05-01',
    expiryDate: '2028-09-30',
  },
  {
    departmentKind: 'tuiyijunren',
    title: '“光荣之家”光荣牌悬挂',
    kind: 'signboard',
    listType: 'assist',
    description:
      '协助区退役军人事务局为辖区新增烈属、军属和退役军人家庭上门悬挂“光荣之家”光荣牌，核对家庭地址，尊重家庭意愿。光荣牌悬挂在居民家庭门口，不在社区办公场所挂牌。',
    legalBasis: `《中华人民共和国退役军人保障法》；退役军人事务部等《关于做好为烈属、军属和退役军人等家庭悬挂光荣牌工作的实施办法》；${ZHUNRU_BASIS}`,
    scope: { type: 'all' },
    frequency: 'once',
    minutesPerOccurrence: 240,
    resources: {
      fundsYuan: 8000,
      staff: '区退役军人事务局与街道退役军人服务站共同上门',
      training: '',
      equipment: '光荣牌和安装工具由区退役军人事务局提供',
    },
    assessment: '以光荣牌悬挂到位情况评价，由区退役军人事务局抽查回访。',
    startDate: '2026-07-01',
    expiryDate: '2026-12-31',
  },
  {
    departmentKind: 'chengguan',
    title: '生活垃圾分类桶边督导小程序',
    kind: 'app',
    listType: 'assist',
    description:
      '督导志愿者通过“蜀山垃圾分类”微信小程序记录投放点督导情况和问题点位，社区每日查看并转交物业处理。小程序不设打卡、积分排名，不要求上传照片截图。',
    legalBasis: `《合肥市生活垃圾管理条例》；${ZHUNRU_BASIS}`,
    scope: { type: 'all' },
    frequency: 'daily',
    minutesPerOccurrence: 10,
    resources: { fundsYuan: 0, staff: '', training: '', equipment: '' },
    assessment: '以问题点位处置情况评价物业服务企业，社区只负责转交，不以使用时长考核社区。',
    startDate: '2026-06-01',
    expiryDate: '2027-05-31',
  },
  {
    departmentKind: 'sifa',
    title: '社区人民调解员业务培训',
    kind: 'meeting',
    listType: 'duty',
    description:
      '区司法局组织五里墩街道各社区人民调解委员会成员参加业务培训，内容为婚姻家庭、物业、邻里纠纷调解技巧和调解协议书制作。',
    legalBasis: `《中华人民共和国人民调解法》第十四条；${ZHUNRU_BASIS}`,
    scope: {
      type: 'communities',
      codes: ['340104006001', '340104006002', '340104006003', '340104006004', '340104006005', '340104006006'],
    },
    frequency: 'half_yearly',
    minutesPerOccurrence: 180,
    resources: {
      fundsYuan: 6000,
      staff: '五里墩司法所所长和区人民调解专家库成员授课',
      training: '每次半天，在五里墩街道党群服务中心集中举办',
      equipment: '培训教材由区司法局提供',
    },
    assessment: '不考核参训率，培训后由调解员自愿反馈意见。',
    startDate: '2026-09-01',
    expiryDate: '2028-08-31',
  },
];
