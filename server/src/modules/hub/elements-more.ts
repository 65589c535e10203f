// More items communities are asked for, from the national standards and the published working forms of the
// owning departments: 第七次全国人口普查 长表 (R-items), 最低生活保障/特困/临时救助 家庭经济状况核对 items (民发
// 〔2012〕220号 and the provincial 核对办法), 退役军人信息采集表 (退役军人事务部 2018), 全国残疾人基本服务状况和需求
// 信息数据动态更新 登记表, 就业创业 real-name rosters (人社部 就业失业登记), 老年人能力评估 (MZ/T 039) and 居家养老
// 服务需求 surveys, 社区矫正 (社区矫正法, 实施办法), 严重精神障碍患者 (国家基本公共卫生服务规范 第三版), 吸毒人员
// 动态管控, 重点青少年, 党员信息 (党内统计), and 不动产登记簿 (不动产登记暂行条例实施细则) — each with its
// authoritative source; special groups with the highest sensitivity.
import { group, type DataElementSeed } from './element-seed.js';

const census = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'tongji' });
const censusHouse = group({ subject: 'household', sensitivity: 'personal', ownerDepartmentKind: 'tongji' });
const gongan = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'gongan' });
const visit = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'community' });
const check = group({ subject: 'household', sensitivity: 'sensitive', ownerDepartmentKind: 'minzheng' });
const relief = group({ subject: 'resident', sensitivity: 'sensitive', ownerDepartmentKind: 'minzheng' });
const elder = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'community' });
const veteran = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'tuiyijunren' });
const disabled = group({ subject: 'resident', sensitivity: 'sensitive', ownerDepartmentKind: 'canlian' });
const work = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'renshe' });
const party = group({ subject: 'resident', sensitivity: 'personal', ownerDepartmentKind: 'zuzhi' });
const health = group({ subject: 'resident', sensitivity: 'sensitive', ownerDepartmentKind: 'weijian' });
const special = group({ subject: 'resident', sensitivity: 'sensitive', ownerDepartmentKind: 'sifa' });
const zhengfa = group({ subject: 'resident', sensitivity: 'sensitive', ownerDepartmentKind: 'zhengfa' });
const property = group({ subject: 'house', sensitivity: 'personal', ownerDepartmentKind: 'zhujian' });
const rental = group({ subject: 'house', sensitivity: 'personal', ownerDepartmentKind: 'gongan' });

export const MORE_ELEMENTS: DataElementSeed[] = [
  // 人口基础信息 (GB/T 2261, GA 居民身份证, 户口登记)
  gongan({
    code: 'id_card_valid_from',
    name: '身份证有效期起始日期',
    synonyms: ['身份证有效期起', '身份证签发日期', '身份证有效期限起', '证件签发日期', '证件有效期起始日期'],
    type: 'date',
    description: '居民身份证有效期限的起始日期（签发日期）。',
  }),
  census({
    code: 'degree',
    name: '学位',
    synonyms: ['最高学位', '学位情况', '所获学位', '学位名称'],
    type: 'code',
    codeList: 'degree',
    ownerDepartmentKind: 'jiaoti',
    description: '所获最高学位（GB/T 6864 中华人民共和国学位代码）。',
  }),
  visit({
    code: 'hobbies',
    name: '兴趣爱好',
    synonyms: ['爱好', '个人爱好', '业余爱好', '兴趣'],
    type: 'text',
    description: '本人自述的兴趣爱好（社区活动、志愿服务组织时用）。',
  }),
  visit({
    code: 'qq_number',
    name: 'QQ号',
    synonyms: ['QQ号码', 'QQ', 'QQ账号'],
    type: 'text',
    description: '本人自愿提供的QQ号码。',
  }),
  gongan({
    code: 'electric_bike_plate',
    name: '电动自行车号牌',
    synonyms: ['电动车车牌号', '电动车牌照号', '电动自行车号牌号码', '电动车号牌', '电动车牌号'],
    type: 'text',
    description: '电动自行车登记上牌的号牌号码（公安交管登记）。',
  }),
  // 外出 and 流动 (全员人口信息, 流动人口服务管理)
  visit({
    code: 'away_destination',
    name: '外出去向',
    synonyms: ['外出地点', '外出地址', '去向', '外出所在地', '现在何处', '外出详细地址', '流出去向', '流出地址'],
    type: 'text',
    description: '户籍在本地、人在外地的人员现在所在的地方（走访核实）。',
  }),
  visit({
    code: 'away_date',
    name: '外出日期',
    synonyms: ['外出时间', '流出日期', '流出时间', '离开本地日期', '离开本地时间', '外出年月'],
    type: 'date',
    description: '离开本地外出的日期。',
  }),
  visit({
    code: 'residence_years',
    name: '在本地居住年限',
    synonyms: ['居住年限', '本地居住年限', '在本地居住时间', '居住时长', '来本地居住年限', '已居住年限', '居住年数'],
    type: 'integer',
    description: '在现住地连续居住的年数。',
  }),
  // 第七次全国人口普查 长表 (R-items) not in the core dictionary
  census({
    code: 'sought_work',
    name: '近三个月是否找过工作',
    synonyms: ['三个月内是否找过工作', '是否找过工作', '近三个月找工作情况', '三个月内找工作情况'],
    type: 'boolean',
    description: '第七次全国人口普查长表：未工作者近三个月内是否找过工作。',
  }),
  census({
    code: 'available_for_work',
    name: '能否在两周内开始工作',
    synonyms: ['两周内能否开始工作', '如有合适工作能否在两周内开始工作', '能否两周内工作'],
    type: 'boolean',
    description: '第七次全国人口普查长表：有合适工作能否在两周内开始工作。',
  }),
  census({
    code: 'weekly_work_hours',
    name: '上周工作时间',
    synonyms: ['上周工作小时数', '周工作时间', '每周工作小时数', '每周工作时间', '周工作小时'],
    type: 'integer',
    description: '第七次全国人口普查长表：调查时点前一周的工作小时数。',
  }),
  census({
    code: 'birth_last_year',
    name: '过去一年生育状况',
    synonyms: ['近一年生育状况', '上年生育状况', '过去一年生育情况', '本年度生育情况'],
    type: 'code',
    codeList: 'birth_last_year',
    description: '第七次全国人口普查长表：15–50岁妇女过去一年的生育状况（未生育、生育男孩、生育女孩）。',
  }),
  censusHouse({
    code: 'household_registered_count',
    name: '本户应登记人数',
    synonyms: ['应登记人数', '本户登记人数', '户应登记人数'],
    type: 'integer',
    description: '第七次全国人口普查短表 H1：本户应在本户登记的人数。',
  }),
  censusHouse({
    code: 'house_purchase_cost',
    name: '购建住房费用',
    synonyms: ['购房费用', '购房款', '购房金额', '购房价格', '房屋总价', '建房费用', '购建房屋费用'],
    type: 'decimal',
    description: '第七次全国人口普查长表：购买或建造现住房的费用（万元）。',
  }),
  census({
    code: 'house_load_bearing',
    name: '住房承重类型',
    synonyms: ['承重类型', '房屋承重类型', '承重结构'],
    type: 'code',
    codeList: 'house_load_bearing',
    subject: 'household',
    description: '第七次全国人口普查长表：钢及钢筋混凝土结构、混合结构、砖木结构、其他结构。',
  }),

  // 低保/特困/临时救助 家庭经济状况核对 (民发〔2012〕220号 and provincial 核对办法)
  check({
    code: 'securities',
    name: '有价证券',
    synonyms: ['有价证券价值', '股票', '基金', '债券', '股票基金债券', '股票债券基金', '持有有价证券'],
    type: 'decimal',
    description: '家庭持有的股票、基金、债券等有价证券的市值（核对项目，来源：证券登记、金融机构）。',
  }),
  check({
    code: 'commercial_insurance',
    name: '商业保险',
    synonyms: ['商业保险情况', '商业保险现金价值', '商业保险金额', '购买商业保险', '商业保险保额', '商业性保险'],
    type: 'decimal',
    description: '家庭购买的商业保险的现金价值（核对项目，来源：银保监、保险机构）。',
  }),
  check({
    code: 'non_residential_property',
    name: '非居住类房屋',
    synonyms: ['非住宅房产', '商铺', '门面房', '非居住用房', '经营性用房', '商业用房', '非住宅类房屋'],
    type: 'text',
    ownerDepartmentKind: 'zhujian',
    description: '家庭拥有的商铺、办公用房、厂房等非居住类房屋（不动产登记核对）。',
  }),
  check({
    code: 'vehicle_value',
    name: '车辆价值',
    synonyms: ['机动车价值', '车辆评估价值', '车辆购置价格', '车辆估值', '机动车辆价值'],
    type: 'decimal',
    description: '家庭拥有机动车辆的评估价值（公安车辆登记与价格评估核对）。',
  }),
  relief({
    code: 'medical_reimbursement',
    name: '医保报销金额',
    synonyms: ['报销金额', '医保报销', '医疗费报销金额', '医保统筹支付金额', '医保支付金额', '已报销金额'],
    type: 'decimal',
    ownerDepartmentKind: 'yibao',
    description: '医疗费用中由基本医保、大病保险报销的金额（医保结算数据）。',
  }),
  relief({
    code: 'tekun_amount',
    name: '特困供养金额',
    synonyms: [
      '供养金额',
      '特困供养金',
      '特困供养标准',
      '供养标准',
      '救助供养金',
      '基本生活供养金',
      '特困人员救助供养金',
    ],
    type: 'decimal',
    description: '特困人员每月的基本生活供养金（民政发放）。',
  }),
  relief({
    code: 'tekun_care_amount',
    name: '特困照料护理补贴金额',
    synonyms: ['照料护理补贴', '照料护理费', '特困人员照料护理补贴', '护理费标准'],
    type: 'decimal',
    description: '按照料护理等级发放给特困人员的照料护理补贴。',
  }),
  relief({
    code: 'dibao_classified_amount',
    name: '分类施保金额',
    synonyms: ['分类施保金', '分类施保', '分类救助金', '分类施保补助', '分类施保标准'],
    type: 'decimal',
    description: '在低保金之外对老、残、病、幼等成员按类别增发的补助。',
  }),
  relief({
    code: 'temporary_relief_category',
    name: '临时救助类别',
    synonyms: ['临时救助对象类别', '急难型或支出型', '救助情形'],
    type: 'code',
    codeList: 'temporary_relief_category',
    description: '急难型临时救助或支出型临时救助（国发〔2014〕47号）。',
  }),
  relief({
    code: 'dibao_household_head',
    name: '低保户户主标识',
    synonyms: ['是否低保户主', '低保户主'],
    type: 'boolean',
    description: '本人是否为低保家庭的申请户主。',
  }),

  // 养老服务需求 (居家养老服务需求调查; 老年人能力评估 MZ/T 039)
  elder({
    code: 'elder_meal_need',
    name: '助餐服务需求',
    synonyms: ['助餐需求', '是否需要助餐', '助餐', '老年助餐需求', '送餐需求', '是否需要送餐'],
    type: 'boolean',
    description: '居家养老服务需求调查：是否需要助餐、送餐服务。',
  }),
  elder({
    code: 'elder_bath_need',
    name: '助浴服务需求',
    synonyms: ['助浴需求', '是否需要助浴', '助浴'],
    type: 'boolean',
    description: '居家养老服务需求调查：是否需要助浴服务。',
  }),
  elder({
    code: 'elder_cleaning_need',
    name: '助洁服务需求',
    synonyms: ['助洁需求', '是否需要助洁', '助洁', '家政保洁需求'],
    type: 'boolean',
    description: '居家养老服务需求调查：是否需要助洁、家政服务。',
  }),
  elder({
    code: 'elder_medical_need',
    name: '助医服务需求',
    synonyms: ['助医需求', '是否需要助医', '助医', '陪同就医需求', '陪诊需求'],
    type: 'boolean',
    description: '居家养老服务需求调查：是否需要陪同就医、代配药等助医服务。',
  }),
  elder({
    code: 'day_care_need',
    name: '日间照料需求',
    synonyms: ['日间照料服务需求', '是否需要日间照料', '日托需求'],
    type: 'boolean',
    description: '是否需要社区日间照料中心的服务。',
  }),
  elder({
    code: 'visit_frequency',
    name: '探访频次',
    synonyms: ['巡访频次', '探访频率', '巡访周期', '关爱巡访频次', '探视频率'],
    type: 'text',
    description: '对特殊困难老年人关爱巡访的频次（民发〔2020〕28号）。',
  }),
  elder({
    code: 'bedridden',
    name: '长期卧床标识',
    synonyms: ['是否长期卧床', '是否卧床', '卧床情况', '长期卧床'],
    type: 'boolean',
    description: '走访核实：是否长期卧床。',
  }),
  health({
    code: 'dementia',
    name: '认知障碍标识',
    synonyms: ['是否失智', '失智', '认知症', '老年痴呆', '认知功能障碍', '是否认知障碍', '失智老人'],
    type: 'boolean',
    description: '是否患有认知障碍（失智），医疗机构诊断或能力评估认定。',
  }),

  // 退役军人 (退役军人信息采集表)
  veteran({
    code: 'military_branch',
    name: '军种',
    synonyms: ['服役军种', '所属军种', '入伍军种'],
    type: 'code',
    codeList: 'military_branch',
    description: '服现役时所属军种（陆军、海军、空军、火箭军、武警部队等）。',
  }),
  veteran({
    code: 'military_arm',
    name: '兵种',
    synonyms: ['服役兵种', '所属兵种', '专业兵种', '兵种专业'],
    type: 'text',
    description: '服现役时所属兵种或专业。',
  }),
  veteran({
    code: 'military_last_position',
    name: '退役时职务',
    synonyms: ['部队职务', '服役期间职务', '退役时职务职级', '退役前职务', '部队最高职务'],
    type: 'text',
    description: '退出现役时在部队担任的职务。',
  }),
  veteran({
    code: 'placement_place',
    name: '安置地',
    synonyms: ['安置地点', '退役安置地', '安置地区', '安置地址'],
    type: 'text',
    description: '退役安置的地方（县、市）。',
  }),
  veteran({
    code: 'placement_employer',
    name: '安置单位',
    synonyms: ['接收安置单位', '安置工作单位', '接收单位'],
    type: 'text',
    description: '安排工作退役军人的接收安置单位。',
  }),
  veteran({
    code: 'retirement_pay',
    name: '退役金',
    synonyms: ['逐月领取退役金', '退役金标准', '月退役金', '退役金金额'],
    type: 'decimal',
    description: '逐月领取退役金的月标准。',
  }),
  veteran({
    code: 'one_time_subsidy',
    name: '一次性经济补助金额',
    synonyms: ['一次性经济补助', '自主就业一次性经济补助金', '一次性退役金', '退役一次性经济补助'],
    type: 'decimal',
    description: '自主就业退役士兵领取的一次性经济补助。',
  }),
  veteran({
    code: 'military_disability_nature',
    name: '伤残性质',
    synonyms: ['致残性质', '伤残属性', '伤残类别'],
    type: 'code',
    codeList: 'military_disability_nature',
    sensitivity: 'sensitive',
    description: '因战、因公、因病致残（伤残抚恤管理办法）。',
  }),
  veteran({
    code: 'martyr_name',
    name: '烈士姓名',
    synonyms: ['牺牲烈士姓名', '烈士名字'],
    type: 'text',
    description: '烈士遗属所对应烈士的姓名。',
  }),
  veteran({
    code: 'martyr_sacrifice_date',
    name: '烈士牺牲日期',
    synonyms: ['牺牲时间', '牺牲日期', '烈士牺牲时间'],
    type: 'date',
    description: '烈士牺牲的日期。',
  }),
  veteran({
    code: 'martyr_relation',
    name: '与烈士关系',
    synonyms: ['与烈士的关系', '烈属关系'],
    type: 'code',
    codeList: 'householder_relation',
    description: '烈士遗属与烈士的关系（GB/T 4761）。',
  }),

  // 残疾人 (全国残疾人基本服务状况和需求信息数据动态更新)
  disabled({
    code: 'care_service_need',
    name: '托养服务需求',
    synonyms: ['托养需求', '目前托养服务需求', '是否需要托养', '托养照料需求'],
    type: 'text',
    description: '残疾人的托养服务需求：寄宿制托养、日间照料、居家服务。',
  }),
  disabled({
    code: 'barrier_free_need',
    name: '无障碍改造需求',
    synonyms: ['家庭无障碍改造需求', '无障碍改造', '是否需要无障碍改造', '家庭无障碍改造'],
    type: 'boolean',
    description: '是否需要家庭无障碍改造。',
  }),
  disabled({
    code: 'rehabilitation_received',
    name: '已接受康复服务',
    synonyms: ['康复服务情况', '接受康复服务情况', '是否接受康复服务', '已享受康复服务', '接受康复服务'],
    type: 'text',
    description: '过去一年接受的康复服务（训练、辅助器具适配、药物等）。',
  }),
  disabled({
    code: 'disability_employment_need',
    name: '残疾人就业需求',
    synonyms: ['就业需求', '就业服务需求', '是否需要就业服务'],
    type: 'text',
    description: '残疾人的就业、职业培训服务需求。',
  }),

  // 就业创业 (人社部 就业失业登记, 实名制台账)
  work({
    code: 'migrant_work_place',
    name: '务工地点',
    synonyms: [
      '务工地',
      '务工地址',
      '务工所在地',
      '外出务工地点',
      '外出务工地',
      '就业地点',
      '工作地点',
      '就业地址',
      '务工单位地址',
    ],
    type: 'text',
    description: '外出务工或就业的地点（省、市、县）。',
  }),
  work({
    code: 'work_region',
    name: '就业地域',
    synonyms: ['务工区域', '就业区域', '外出务工区域', '就业地区', '务工地域', '务工范围'],
    type: 'code',
    codeList: 'work_region',
    description: '就业地在县内、县外省内、省外或境外（农村劳动力转移就业统计）。',
  }),
  work({
    code: 'expected_salary',
    name: '期望薪资',
    synonyms: ['期望月薪', '期望工资', '期望薪酬', '薪资要求', '工资要求', '期望收入', '期望月收入', '期望待遇'],
    type: 'decimal',
    description: '求职者期望的月薪。',
  }),
  work({
    code: 'training_received',
    name: '参加培训情况',
    synonyms: ['培训经历', '已参加培训', '参加职业培训情况', '培训项目', '参训情况', '接受培训情况', '培训工种'],
    type: 'text',
    description: '已参加的职业技能、创业培训。',
  }),
  work({
    code: 'startup_loan',
    name: '创业担保贷款金额',
    synonyms: ['创业担保贷款', '创业贷款', '贴息贷款', '创业贷款金额', '贷款金额'],
    type: 'decimal',
    description: '享受的创业担保贷款额度（人社、财政贴息）。',
  }),
  work({
    code: 'social_insurance_subsidy',
    name: '社会保险补贴金额',
    synonyms: ['社保补贴', '社保补贴金额', '社会保险补贴', '灵活就业社保补贴', '灵活就业社会保险补贴'],
    type: 'decimal',
    description: '就业困难人员灵活就业或单位吸纳就业享受的社会保险补贴。',
  }),
  work({
    code: 'labour_contract_term',
    name: '劳动合同期限',
    synonyms: ['劳动合同起止日期', '劳动合同有效期', '合同期限'],
    type: 'text',
    description: '劳动合同的起止日期或期限类型。',
  }),
  work({
    code: 'unemployment_duration',
    name: '失业时长',
    synonyms: ['失业期限', '连续失业时间', '失业月数'],
    type: 'text',
    description: '连续失业的时间（月）。',
  }),

  // 党员 (党内统计, 全国党员管理信息系统)
  party({
    code: 'party_dues',
    name: '党费',
    synonyms: ['党费缴纳标准', '月缴纳党费', '缴纳党费金额', '每月党费', '党费金额', '月交党费', '应缴党费'],
    type: 'decimal',
    description: '每月应缴纳的党费金额（中共中央组织部 关于中国共产党党费收缴、使用和管理的规定）。',
  }),
  party({
    code: 'party_transfer_in_date',
    name: '组织关系转入日期',
    synonyms: ['转入日期', '组织关系转入时间', '党组织关系转入时间', '党员转入日期', '转入本支部日期'],
    type: 'date',
    description: '党员组织关系转入本党组织的日期。',
  }),

  // 社区矫正 (社区矫正法 2020, 社区矫正法实施办法): highest sensitivity
  special({
    code: 'correction_team',
    name: '矫正小组成员',
    synonyms: ['矫正小组', '矫正小组人员', '矫正小组组成', '矫正小组成员情况'],
    type: 'text',
    description: '司法所为社区矫正对象确定的矫正小组成员（社区矫正法第二十五条）。',
  }),
  special({
    code: 'supplementary_penalty',
    name: '附加刑',
    synonyms: ['附加刑罚', '附加刑种类', '附加刑情况'],
    type: 'text',
    description: '罚金、剥夺政治权利、没收财产等附加刑。',
  }),
  special({
    code: 'prohibition_order',
    name: '禁止令',
    synonyms: ['禁止令内容', '是否被宣告禁止令', '禁止令情况', '有无禁止令'],
    type: 'text',
    description: '判决或裁定宣告的禁止令内容。',
  }),
  special({
    code: 'recidivist',
    name: '累犯标识',
    synonyms: ['是否累犯', '累犯', '是否累惯犯', '累惯犯', '是否惯犯'],
    type: 'boolean',
    description: '是否为累犯、惯犯。',
  }),
  special({
    code: 'off_supervision',
    name: '脱管漏管标识',
    synonyms: ['是否脱管', '是否漏管', '脱漏管情况', '脱管情况', '脱管漏管'],
    type: 'boolean',
    description: '社区矫正对象或刑满释放人员是否脱管、漏管。',
  }),
  special({
    code: 'correction_handover',
    name: '交付接收方式',
    synonyms: ['接收方式', '交付方式', '报到方式'],
    type: 'text',
    description: '社区矫正对象由法院、监狱等交付接收的方式（自行报到、押送等）。',
  }),
  special({
    code: 'sentence_start_date',
    name: '刑期起始日期',
    synonyms: ['刑期起', '刑期开始日期', '服刑起始日期'],
    type: 'date',
    description: '原判刑期的起算日期。',
  }),
  special({
    code: 'sentence_end_date',
    name: '刑期终止日期',
    synonyms: ['刑期止', '刑期结束日期', '服刑终止日期'],
    type: 'date',
    description: '原判刑期的届满日期。',
  }),

  // 严重精神障碍患者 (国家基本公共卫生服务规范 第三版), 吸毒人员 (禁毒), 重点青少年
  health({
    code: 'mental_incident_history',
    name: '肇事肇祸史',
    synonyms: ['肇事肇祸情况', '有无肇事肇祸史', '肇祸史', '肇事史', '既往危险行为', '危险行为史', '既往肇事肇祸'],
    type: 'text',
    description: '严重精神障碍患者既往的轻度滋事、肇事、肇祸行为（患者个人信息补充表）。',
  }),
  health({
    code: 'mental_diagnosis',
    name: '精神障碍诊断',
    synonyms: ['精神疾病诊断', '目前诊断', '精神障碍类别', '精神疾病名称', '精神疾病类型'],
    type: 'code',
    codeList: 'mental_diagnosis',
    description: '精神分裂症、双相障碍、偏执性精神病、分裂情感性障碍、癫痫所致精神障碍、精神发育迟滞伴发精神障碍。',
  }),
  zhengfa({
    code: 'mental_care_measures',
    name: '以奖代补监护标识',
    synonyms: ['是否以奖代补', '以奖代补', '监护补贴'],
    type: 'boolean',
    ownerDepartmentKind: 'zhengfa',
    description: '是否纳入严重精神障碍患者监护人以奖代补。',
  }),
  health({
    code: 'hiv_infection_route',
    name: '感染途径',
    synonyms: ['感染方式', '传播途径', '感染途径类别'],
    type: 'text',
    description: '艾滋病病毒感染的途径（疾控随访）。',
  }),
  zhengfa({
    code: 'drug_type',
    name: '滥用毒品种类',
    synonyms: ['吸食毒品种类', '毒品种类', '吸毒种类', '滥用毒品类型', '吸食毒品类型'],
    type: 'text',
    ownerDepartmentKind: 'gongan',
    description: '吸食、注射的毒品种类（公安禁毒）。',
  }),
  zhengfa({
    code: 'drug_first_found_date',
    name: '首次发现吸毒日期',
    synonyms: ['首次发现日期', '初次发现吸毒日期', '首次吸毒日期', '首次查获日期', '初次吸毒时间'],
    type: 'date',
    ownerDepartmentKind: 'gongan',
    description: '公安机关首次查获吸毒的日期。',
  }),
  zhengfa({
    code: 'drug_control_status',
    name: '戒毒管控措施',
    synonyms: ['管控情况', '戒毒情况', '戒毒措施', '目前管控措施', '管控现状', '戒毒方式', '管控措施'],
    type: 'code',
    codeList: 'drug_control_status',
    ownerDepartmentKind: 'gongan',
    description: '社区戒毒、社区康复、强制隔离戒毒、自愿戒毒、戒断三年未复吸等。',
  }),

  // 不动产登记 (不动产登记暂行条例实施细则), 公房
  property({
    code: 'property_unit_number',
    name: '不动产单元号',
    synonyms: ['不动产单元编号', '不动产单元代码'],
    type: 'text',
    description: '不动产登记簿上的不动产单元号（GB/T 37346）。',
  }),
  property({
    code: 'co_ownership',
    name: '共有情况',
    synonyms: ['共有方式', '房屋共有情况', '产权共有情况', '共有类型'],
    type: 'code',
    codeList: 'co_ownership',
    description: '单独所有、共同共有、按份共有（不动产登记簿）。',
  }),
  property({
    code: 'inner_area',
    name: '套内建筑面积',
    synonyms: ['套内面积', '套内建面'],
    type: 'decimal',
    description: '不动产登记簿上的套内建筑面积（平方米）。',
  }),
  property({
    code: 'shared_area',
    name: '分摊建筑面积',
    synonyms: ['分摊面积', '公摊面积', '公用分摊面积'],
    type: 'decimal',
    description: '不动产登记簿上的分摊共有建筑面积（平方米）。',
  }),
  property({
    code: 'land_use_term',
    name: '土地使用期限',
    synonyms: ['土地使用年限', '土地使用权期限', '土地使用终止日期', '使用期限'],
    type: 'text',
    description: '国有建设用地使用权的期限。',
  }),
  property({
    code: 'mortgage',
    name: '抵押情况',
    synonyms: ['是否抵押', '房屋抵押情况', '抵押登记情况', '有无抵押', '抵押状态'],
    type: 'boolean',
    description: '房屋是否设有抵押（不动产登记簿）。',
  }),
  property({
    code: 'public_housing_lease_certificate',
    name: '公房租赁凭证号',
    synonyms: ['租赁凭证号', '公房租赁证号', '承租凭证编号', '公有住房租赁凭证号', '租赁证号'],
    type: 'text',
    description: '承租公有住房的租赁凭证编号（房管部门）。',
  }),
  rental({
    code: 'rental_management_level',
    name: '出租房屋管理等级',
    synonyms: ['出租屋管理等级', '治安管理等级', '出租房屋等级', '出租房屋风险等级', '出租屋等级'],
    type: 'code',
    codeList: 'rental_management_level',
    description: '出租房屋治安管理分级：放心、关注、严管（公安出租房屋管理）。',
  }),
  rental({
    code: 'rental_contract_number',
    name: '租赁合同编号',
    synonyms: ['租赁合同号', '房屋租赁合同编号', '合同编号'],
    type: 'text',
    description: '房屋租赁合同的编号。',
  }),
  rental({
    code: 'rent_payment_method',
    name: '租金支付方式',
    synonyms: ['租金缴纳方式', '付租方式', '租金付款方式', '付款方式'],
    type: 'text',
    description: '月付、季付、半年付、年付等。',
  }),
];
