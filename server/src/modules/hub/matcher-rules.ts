// The language rules of the field matcher, as data: how labels are cleaned and put in a canonical form, which
// labels belong to the form itself (signatures, opinions, census codes, delivery options, checkbox options …),
// which words name another person (户主, 监护人, 房东 …) and which only name the subject (申请人, 老人 …).
import type { Relation } from '#common/relations.js';
import { normalizeText, stripNumbering, toHalfWidth } from '../../text/normalize.js';

// Bracketed notes that qualify rather than name a field: (18位), （必填）, (元), [选填], 〔可多选〕.
const BRACKETED = /[（(【\[〔<][^）)】\]〕>]{0,16}[）)】\]〕>]/g;
// An English gloss printed after the Chinese name (注册资本 (Registered Capital)): bilingual forms, any length.
const ENGLISH_GLOSS = /\s*[（(]\s*[A-Za-z][A-Za-z0-9\s.,'&/-]*[)）]/g;
// Book-title marks name a document, and the document is part of the field: 《就业创业证》编号.
const TITLE_MARKS = /[《》〈〉]/g;
// Prompts and marks: 请填写, ：, *, 必填.
const NOISE = /(请填写|请选择|请勾选|请注明|必填|选填|填写|[*＊:：])/g;
// Units printed after a name without brackets ("面积㎡", "金额元", "收入元/月"), once punctuation is gone.
const UNITS = /(平方米|㎡|m2|万元|元月|元年|元人|周岁|亩|(?<=[额入费金资出款价准])元)$/;
// Checkbox marks: the text before the first box is the label, the rest are options.
const BOXES = /[□☐■☑√✓○◯]/;

// A period printed in the label: 本户2019年11月1日至2020年10月31日出生人口, 2023年度家庭收入, 2020.11.1-2021.10.31.
const DAY = String.raw`(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{4}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?)`;
const PERIOD = new RegExp(`${DAY}(?:(?:至|到|~|-|—)(?:${DAY}|\\d{1,2}月(?:\\d{1,2}日)?))?(?:度|以来|期间|内)?`, 'g');
// Letter and circled numbering that stripNumbering leaves: "a. 子女人数", "①姓名".
const LETTER_NUMBERING = /^\s*(?:[a-z][.、)]|[①-⑳])\s*/i;
// Places a migrant comes to, as forms print them: 来本市日期, 来沪时间, 何时来本地, 来深事由.
const COME_TO =
  /^(何时)?(来|到|抵达|抵)(本市|本地|本区|本县|本镇|本街道|本社区|当地|现住地|现居住地|沪|京|津|渝|深|穗|杭|宁|汉|蓉|苏|厦|青|合|肥|华|中国|内地|大陆)(市)?(居住|工作)?/;
// Hierarchical labels of systems: "就业情况-就业单位" is the 就业单位; "入伍地-省" is the 入伍地.
const PART_OF_PLACE = /^(省|市|区|县|区县|乡镇|街道|社区|村|详细地址|详址)$/;
// A group a system prints before its fields: 就业情况-就业单位, 健康档案-血型, 联系方式-固话.
const SECTION = /(情况|信息|资料|基本情况|档案|方式|概况)$/;
// A section of a person's identity card, as readers of the card print it: 申请人身份证信息, 代理人证件信息.
const ID_CARD_SECTION = /(身份证|身份证件|证件)(的)?(信息|情况)?$/;

function mainPart(s: string): string {
  const parts = s.split(/\s*[-—－_]\s*/).filter(Boolean);
  if (parts.length < 2) return s;
  if (PART_OF_PLACE.test(parts[parts.length - 1])) return parts.slice(0, -1).join('');
  // As the upload composes a merged header (template-header.ts): a section that names a person keeps it,
  // 子女情况-姓名 is the child's 姓名; a section that only groups (家庭成员情况-姓名) drops out.
  const person = headerPerson(parts[0]);
  let rest = parts.slice(1).join('');
  // 代理人身份证信息-住址: the 居民身份证 prints the 常住户口所在地住址 (居民身份证法 第三条).
  if (ID_CARD_SECTION.test(parts[0]) && /^(住址|地址)$/.test(rest)) rest = '身份证' + rest;
  // 现有子女情况-子女数 asks the subject's count, which the field names itself.
  if (person) return rest.startsWith(person) ? rest : person + rest;
  if (SECTION.test(parts[0])) {
    const who = parts[0].replace(/(基本)?(情况|信息|资料)$/, '');
    const rel = who ? relationPrefix(who) : null;
    // 社区民警信息-姓名: a person the vocabulary does not name keeps the fact (nobody's we can bind).
    if (who.length >= 2 && !rel && unnamedPerson(who + rest)) return who + rest;
    // 家庭主要成员情况-年收入: a member's own income, not the household's.
    return MEMBERS.test(who) && !/^与/.test(rest) ? `家庭成员${rest}` : rest;
  }
  return s;
}

/** "家庭成员情况-姓名": a field under a section header that names nobody — a new group, not the last person's. */
export function underSectionOfNobody(label: string): boolean {
  const parts = toHalfWidth(label)
    .trim()
    .split(/\s*[-—－_]\s*/)
    .filter(Boolean);
  return parts.length >= 2 && SECTION.test(parts[0]) && !headerPerson(parts[0]);
}

// The person a section header names is its head noun, the word it ends with once the section word, a 的 and a
// number are gone: 现有子女情况, 夫妻双方生育子女情况, 配偶的基本信息, 子女1的信息, 第一个孩子, 家庭成员（子女）
// 情况, 领证人. A header whose head is not a person (家庭成员情况, 生育信息, 子女就业情况) names nobody.
export function headerPerson(header: string): string | null {
  const h = header
    .replace(/[（(]([^）)]{1,8})[）)]/g, '$1')
    .replace(/(的)?(基本)?(情况|信息|资料|档案)$/, '')
    .replace(/(的)?(身份证件|身份证|证件)$/, '')
    .replace(/的$/, '')
    .replace(/(\d{1,2}|[一二三四五六七八九十])$/, '')
    .replace(/的$/, '');
  if (!h) return null;
  for (const [word] of RELATION_PREFIXES) if (h.endsWith(word)) return word;
  return null;
}

// A qualifier printed in brackets before the name is part of it: (户籍)详址 is the 户籍详址.
const LEADING_BRACKET = /^[（(]([\u4e00-\u9fff]{1,6})[）)]/;

/** The label as a person reads it: no numbering, brackets, prompts, units or option boxes. */
export function cleanLabel(label: string): string {
  let s = toHalfWidth(label).trim();
  const box = s.search(BOXES);
  if (box >= 0) s = s.slice(0, box);
  s = stripNumbering(s.replace(PERIOD, '').replace(ENGLISH_GLOSS, '')).replace(LETTER_NUMBERING, '');
  s = mainPart(s).replace(LEADING_BRACKET, '$1');
  s = s.replace(TITLE_MARKS, '').replace(BRACKETED, '').replace(NOISE, '').trim();
  s = normalizeText(s);
  s = s.replace(UNITS, '');
  return s;
}

/** True when the label is nothing but checkbox options ("□是 □否", "男□ 女□"). */
export function onlyOptions(label: string): boolean {
  const s = toHalfWidth(label).trim();
  return BOXES.test(s) && s.split(BOXES)[0].trim().length === 0;
}

// Canonical words, applied to labels and dictionary names alike, so that 出生年月 = 出生日期, 证件号码 = 证件号,
// 婚姻状况 = 婚姻情况, 是否独居 = 独居.
const CANONICAL: [RegExp, string][] = [
  // The verb of a yes/no question says nothing the fact does not: 是否享受低保 = 低保, 是否纳入低保 = 低保.
  [/^(是否|有无|是不是|有没有)(已经|已)?(享受|享有|纳入|列入|属于|参加|领取|持有)(了)?(?=.{2})/, ''],
  [/^(是否为|是否是|是否已|是否有|是否|有无|是不是|有没有)/, ''],
  [/(享受|领取)(情况|状况|状态)?$/, ''],
  [/(年月日|年月|时间|日期)/g, '日期'],
  // 租赁起止日期 is a period, neither its start nor its end.
  [/起止日期$/, '期间'],
  // 起始日期 = 开始日期 = 期限起; 终止日期 = 截止日期 = 结束日期 = 期限止.
  [/(开始|起始|起)日期$/, '起始日期'],
  [/(结束|终止|截止|截至|到期|止)日期$/, '终止日期'],
  [/期限?(起|自)$/, '起始日期'],
  [/期限?(止|至|到)$/, '终止日期'],
  // The detail of an address is that address: 暂居住址的详细地址, 居住地详址.
  [/(住址|地址|居住地|住所|暂住地|暂居地|居住地点)的?(详细地址|详细住址|详址)$/, '$1'],
  // GA/T 2000 writes 门（楼）详址 for the street address; 详细地址 and 详址 are the same field as 地址.
  [/(门楼详址|门详址|详细住址|详细地址|详址)$/, '地址'],
  // 具体健康状况 is the 健康状况, 目前诊断类型 the 诊断类型: the qualifier does not change the fact.
  [/^(具体|目前|当前)(?=.{2})/, ''],
  // 交纳, 缴存, 缴交 are ways of writing 缴纳 (住房公积金交纳情况 = 住房公积金缴存情况).
  [/(交纳|缴存|缴交|交存)/g, '缴纳'],
  // 年总收入 = 年收入: a year's income is its total.
  [/年总收入$/, '年收入'],
  [/联系方式/g, '联系电话'],
  [/证(编号|号码)/g, '证号'],
  [/号码/g, '号'],
  [/住址/g, '地址'],
  [/的/g, ''],
];
// 婚姻状况 = 婚姻情况 = 婚姻状态; 流动人口标识 = 流动人口.
const STATE = /(状况|状态)$/;
// 残疾人标志 = 残疾人标识 (GA writes 标识, others 标志).
const FLAG = /标志$/;
const TRAILING = /(标识|信息)$/;

export function canonical(cleaned: string): string {
  let s = cleaned;
  const come = COME_TO.exec(s);
  if (come) {
    const rest = s.slice(come[0].length);
    if (/^(日期|时间|年月|年月日)?$/.test(rest)) return '来本地日期';
    if (/^(原因|事由|目的)$/.test(rest)) return '来本地事由';
  }
  for (const [re, to] of CANONICAL) s = s.replace(re, to);
  s = s.replace(STATE, '情况').replace(FLAG, '标识');
  // 人户分离情况 = 人户分离, but 婚姻情况 stays whole: a two-character stem alone says too little.
  if (s.endsWith('情况') && s.length >= 5) s = s.slice(0, -2);
  const t = s.replace(TRAILING, '');
  return t.length >= 2 ? t : s;
}

// Fields of the form itself, not facts about anyone. Tested on the cleaned label; SEALS also on the raw one,
// because "街道办事处（盖章）" is a seal even once its bracket is gone.
const SEALS = /(签字|签名|签章|盖章|印章|手印|指印|指模|公章|捺印|签押)/;
const FORM_ONLY: RegExp[] = [
  // numbering and references of the form
  /^(序号|编号|排序|序|顺序号|表号|制表机关|批准机关|批准文号|文号|档案号|登记号|受理号|受理编号|流水号|页码|第页|共页|no|表单号)$/,
  // opinions, results and conclusions of whoever reviews
  /(意见|建议|审核结果|审批结果|审查结果|核查结果|调查结果|评议结果|评估结论|核实结果|公示结果|公示情况|评议情况|审核情况|审批情况|处理意见|核查情况)$/,
  // the form's own process dates
  /^(申请|申报|填表|填报|登记|受理|审核|审批|审查|复核|核查|核实|调查|评议|公示|签署|录入|采集|走访|入户|报送|上报|办理|提交|核准|认定|批准|备案|检查|排查|更新|变更|制表|统计|截止|发证|签收|回访|初审|复审|评估|核对)(日期|时间|年月日|年月)$/,
  /^(日期|时间|年月日|年月|年|月|日|年度|统计日期|统计时间|截止日期)$/,
  // who handled the form
  /^(经办人|审核人|审批人|填表人|填报人|登记人|采集人|录入人|调查人|核查人|核实人|走访人|入户人|复核人|受理人|承办人|负责人|监督人|制表人|统计人|检查人|排查人|信息采集员|采集员|调查员|普查员|普查指导员|走访干部|包保干部|包保领导|联系领导|工作人员|社区工作人员|经办单位|填报单位|填表单位|申报单位|报送单位|主管部门意见)(姓名)?$/,
  /^(经办|审核|审批|填表|填报|登记|采集|录入|调查|核查|核实|走访|入户|复核|受理|承办|监督|统计|检查|排查)(人员|员)$/,
  // remarks, explanations, sums and section headings
  /^(备注|附注|说明|其他说明|补充说明|注|注意事项|填表说明|填报说明|其他|其它|其他情况|其他需要说明的情况|其他事项|合计|小计|总计|共计)$/,
  /(基本信息|基本情况|信息表|登记表|申请表|审批表|审核表|花名册|台账|一览表|明细表|统计表|汇总表|采集表|调查表|情况表)$/,
  /^(家庭成员|共同生活家庭成员|成员|家庭)(基本)?(情况|信息|状况|构成)$/,
  // a table's heading, not a column: 共同生活家庭成员, 家庭主要成员
  /^(共同生活的?家庭成员|家庭成员|家庭主要成员|主要家庭成员|其他家庭成员)$/,
  /(主要)?社会关系$/,
  // what an applicant asks for is part of the application, not a fact: 申请救助金额, 申请补助金额
  /^(申请|拟申请|请求)\S{0,6}(金额|数额|额度)$/,
  // reasons, narratives and records of the process
  /(申请|申报|请求)(理由|原因|事由|事项|内容|类型|类别|项目|方式)$/,
  /^(理由|原因|事由|事项|具体情况|情况说明|家庭情况|家庭基本情况|家庭困难情况|困难情况说明|主要事迹|个人简历|简历|工作简历|学习工作简历|走访情况|走访内容|走访记录|走访事由|处理情况|处理结果|办理结果|办理情况|整改情况|整改措施|整改时限|存在问题|问题描述|反映问题|发现问题|工作措施|帮扶措施|服务内容|服务记录|救助方式|落实情况|跟踪情况|反馈情况|进展情况|结果反馈)$/,
  // attachments and photographs
  /^(附件|附材料|材料清单|证明材料|所需材料|提交材料|申请材料|附件材料|照片|相片|近期免冠照片|免冠照片|贴照片处|照片粘贴处|一寸照片|二寸照片|彩色照片|证件照)$/,
  /(复印件|原件|扫描件)$/,
  // pledges and declarations
  /^(本人|申请人|家庭成员|当事人)?(承诺|声明|授权|保证|告知|确认)(书|事项|内容|意见)?$/,
  /(承诺书|声明书|授权书|告知书|同意书|委托书)$/,
  // delivery of the result
  /(领取方式|领证方式|送达方式|取件方式|取证方式|寄送方式|配送方式|邮寄|收件人|收件地址|送达地址|是否邮寄)/,
  // census and survey codes
  /(普查小区|普查区|调查小区|建筑物(编号|序号)|^户(编号|序号)$|^(小区|普查区)代码$|^(个人|人员)序号$|^户内序号$)/,
  // the bookkeeping of the information system a field list comes from: who and when a record was made
  /^(创建|新增|修改|更新|录入|操作|删除|最后修改|最后更新|数据)(人|者|时间|日期|用户|人员|人id|单位|部门|机构|标志|标识|来源|状态)$/,
  /^(用户名|用户账号|登录名|登录账号|操作员|操作员姓名)$/,
  /^(主键|id|uuid|版本|版本号|删除标志|删除标识|是否删除|是否有效|有效标志|有效标识|数据状态|记录状态|排序|排序号|显示顺序|经度|纬度|坐标|坐标x|坐标y|头像|租户id|机构id|所属机构|所属组织机构)$/,
  // a bare step of the process, or its verdict: 审核, 是否属实, 公示期, 经办机构
  /^(审核|审批|审查|复核|初审|复审|核查|核实|评议|评审|公示|备案|签收|办结|受理)$/,
  /(是否属实|是否同意|是否通过|是否批准|是否符合条件|是否符合|同意与否)$/,
  /^公示(期|期限|起止日期|日期|地点|情况)?$/,
  /^(经办|受理|审批|审核|发放|录入|采集|填报|调查|核查|入户)(机构|机关|单位|部门|科室)$/,
  // remarks with a tail (备注说明, 备注栏), payment channels, the coder's columns of a census form
  /^(备注|附注)(说明|栏|信息|事项)?$/,
  /^(发放方式|发放形式|发放渠道|领取渠道|兑付方式|资金发放方式)$/,
  /^(编码|代码|编码栏|代码栏|编码员|编码员填写|普查员填写|调查员填写|行业编码|职业编码|地址编码栏)$/,
  // units and controls printed as column heads by spreadsheets and systems
  /^(单位元|单位万元|单位人|单位户|计量单位|金额单位|操作|查看|详情|编辑|选择|勾选|二维码|条形码|条码)$/,
  // bare options printed as column heads
  /^(是|否|有|无|男|女|已婚|未婚|城镇|农村|城市|集中|分散|首次申请|复核|新增|变更|注销|停保|续保|其他请注明)$/,
];

/** A signature, a seal or a fingerprint is the form's, whoever signs it: 监护人（签字）. */
export function sealed(raw: string): boolean {
  return SEALS.test(raw);
}

// A column the form's staff fill in, as its bracket says: 行业（编码员填写）, 职业代码（由普查员填）. (One the applicant
// fills, （申请人填写）, is a fact; 普查员不填 says nothing of who does.)
const STAFF_FILLS =
  /[（(][^（()）]*(编码员|普查员|调查员|普查指导员|工作人员|经办人|审核人|审批人|核查人|录入员)[^（()）不]*填[^（()）]*[)）]/;

export function staffFills(raw: string): boolean {
  return STAFF_FILLS.test(toHalfWidth(raw));
}

export function isFormOnly(cleaned: string, raw: string): boolean {
  if (SEALS.test(cleaned) || SEALS.test(raw) || staffFills(raw)) return true;
  return FORM_ONLY.some((r) => r.test(cleaned));
}

// Words that name another person at the start of a label: "户主姓名" is the householder's 姓名.
export const RELATION_PREFIXES: [string, Relation][] = (
  [
    ['户主', 'householder'],
    ['户长', 'householder'],
    ['配偶', 'spouse'],
    ['丈夫', 'spouse'],
    ['妻子', 'spouse'],
    ['爱人', 'spouse'],
    ['老伴', 'spouse'],
    ['父亲', 'father'],
    ['母亲', 'mother'],
    ['子女', 'child'],
    ['儿子', 'child'],
    ['女儿', 'child'],
    ['儿女', 'child'],
    ['长子', 'child'],
    ['长女', 'child'],
    ['次子', 'child'],
    ['次女', 'child'],
    // 计生 and 民政 forms name the child as 孩子, 小孩 or, on a reward form, 独生子女 (独生子女姓名).
    ['孩子', 'child'],
    ['小孩', 'child'],
    ['独生子女', 'child'],
    ['法定监护人', 'guardian'],
    ['法定代理人', 'guardian'],
    ['委托监护人', 'guardian'],
    ['实际监护人', 'guardian'],
    ['监护人', 'guardian'],
    ['赡养义务人', 'supporter'],
    ['法定赡养人', 'supporter'],
    ['法定义务人', 'supporter'],
    ['赡养人', 'supporter'],
    ['经济供养人', 'supporter'], // 机构养老 admission: who pays for the resident's care
    ['抚养人', 'supporter'],
    ['扶养人', 'supporter'],
    ['义务人', 'supporter'],
    ['照料护理人', 'caregiver'],
    ['照料服务人', 'caregiver'],
    ['照料人', 'caregiver'],
    ['照护人', 'caregiver'],
    ['护理人', 'caregiver'],
    ['看护人', 'caregiver'],
    ['委托代理人', 'agent'],
    ['代理人', 'agent'],
    ['代办人', 'agent'],
    ['代领人', 'agent'],
    ['领取人', 'agent'], // who collects a payment for the family (义务兵家庭优待金)
    // A certificate collected for a newborn or a ward: the 领证人 is whoever collects it.
    ['领证人', 'agent'],
    ['受托人', 'agent'],
    ['受委托人', 'agent'],
    ['代申请人', 'agent'],
    ['房屋承租人', 'tenant'],
    ['承租人', 'tenant'],
    ['承租方', 'tenant'],
    ['租户', 'tenant'],
    ['租客', 'tenant'],
    ['租住人', 'tenant'],
    ['房屋出租人', 'landlord'],
    ['出租人', 'landlord'],
    ['出租方', 'landlord'],
    ['房东', 'landlord'],
    ['房屋所有权人', 'owner'],
    ['房屋所有人', 'owner'],
    ['房产所有人', 'owner'],
    ['房屋产权人', 'owner'],
    ['产权所有人', 'owner'],
    ['所有权人', 'owner'],
    ['产权人', 'owner'],
    ['产权单位', 'owner'],
    ['产权登记人', 'owner'],
    ['房主', 'owner'],
    ['屋主', 'owner'],
    ['业主', 'owner'],
    ['权利人', 'owner'],
    ['紧急联系人', 'emergency_contact'],
    ['紧急联络人', 'emergency_contact'],
    ['紧急联系', 'emergency_contact'],
    ['应急联系人', 'emergency_contact'],
    ['应急联络人', 'emergency_contact'],
    ['企业联系人', 'contact'],
    ['单位联系人', 'contact'],
    ['日常联系人', 'contact'],
    ['家庭主要联系人', 'contact'],
    ['主要联系人', 'contact'],
    ['工商联络员', 'contact'],
    ['联系人', 'contact'],
    ['联络人', 'contact'],
    ['联络员', 'contact'],
    ['法定代表人', 'legal_representative'],
    ['法人代表', 'legal_representative'],
    ['单位负责人', 'legal_representative'],
    ['企业负责人', 'legal_representative'],
    ['主要负责人', 'legal_representative'],
    ['法人', 'legal_representative'],
    ['经营者', 'legal_representative'],
    ['工作单位', 'employer'],
    ['就业单位', 'employer'],
    ['所在单位', 'employer'],
    ['用人单位', 'employer'],
    ['专职网格员', 'grid_worker'],
    ['责任网格员', 'grid_worker'],
    ['网格管理员', 'grid_worker'],
    ['网格员', 'grid_worker'],
    ['网格长', 'grid_worker'],
  ] as [string, Relation][]
).sort((a, b) => b[0].length - a[0].length);

/** Words that only say who the subject is: "老人姓名" is the subject's 姓名, "申请人身份证号" its 公民身份号码. */
export const SUBJECT_PREFIXES: string[] = [
  '共同生活家庭成员',
  '社区矫正对象',
  '共同申请人', // a family member listed on a 公租房/救助 application (ninth round)
  '义务兵',
  // The person a petition, legal-aid or custody form is about (ninth round, after its test batch: see BENCHMARKS).
  '来访人',
  '来访者',
  '来电人',
  '来电者',
  '信访人',
  '上访人',
  '求助人',
  '受援人',
  '犯罪嫌疑人',
  '犯罪人',
  '罪犯',
  '在押人员',
  '家庭成员',
  '申请对象',
  '救助对象',
  '保障对象',
  '供养对象',
  '服务对象',
  '帮扶对象',
  '优抚对象',
  '矫正对象',
  '被救助人',
  '被申请人',
  '被监护人',
  '被走访人',
  '当事人',
  '持证人',
  '申请人',
  '老年人',
  '托养人', // 机构养老, 残疾人托养: the person taken into care
  '入住人',
  '未成年人',
  '新生儿',
  '孕产妇', // 孕产妇保健手册, 产前检查 records: 孕妇姓名, 孕妇年龄
  '孕妇',
  '产妇',
  '残疾人',
  '退役军人',
  '志愿者',
  '刑释人员',
  '流动人口',
  '流出人员',
  '流入人员',
  '外出人员',
  '外来人员',
  '境外人员',
  '住宿人员',
  '居住人员',
  '从业人员',
  '失业人员',
  '就业人员',
  '求职人员',
  '参保人',
  '用户', // a system's record of a person: 用户姓名, 用户身份证号 (用户名, 用户账号 are the system's, form-only)
  '去世人员',
  '死者',
  '逝者',
  '亡者',
  '本人',
  '个人',
  '老人',
  '长者',
  '儿童',
  '学生',
  '幼儿',
  '婴儿',
  '军人',
  '党员',
  '患者',
  '病人',
  '居民',
  '人员',
  '成员',
  '职工',
  '员工',
  '孤儿',
].sort((a, b) => b.length - a.length);

/** Labels that are nothing but the subject's role: "申请人", "走访对象" ask for the subject's 姓名. */
export const SUBJECT_NAME_WORDS = new Set([
  '申请人',
  '申请对象',
  '救助对象',
  '服务对象',
  '走访对象',
  '被走访人',
  '帮扶对象',
  '当事人',
  '持证人',
  '参保人',
  '享受人',
  '被监护人',
]);

// Which one of several: 第一监护人, 子女1, 子女二, 家庭成员3 — the same fact of the same kind of person.
const ORDINAL_BEFORE = /^第?[一二三四五六七八九十\d]{1,2}(个|位|顺序)?(?=\D)/;
const ORDINAL_AFTER = /^([\d]{1,2}|[一二三四五六七八九十](?![岁年月周])|\(\d\)|之[一二三四五])/;

/** The relation a label starts with, and what it asks of that person ("户主姓名" → householder, "姓名"). */
export function relationPrefix(cleaned: string): { relation: Relation; word: string; rest: string } | null {
  const s = cleaned.replace(ORDINAL_BEFORE, '');
  for (const [word, relation] of RELATION_PREFIXES) {
    if (s.startsWith(word))
      return {
        relation,
        word,
        rest: s
          .slice(word.length)
          .replace(ORDINAL_AFTER, '')
          .replace(/^(的|之)/, ''),
      };
  }
  return null;
}

/** "申请人配偶姓名", "老人的子女电话": the subject named first, then another person — that person's fact. */
export function relationOfSubject(cleaned: string): { relation: Relation; word: string; rest: string } | null {
  for (const word of SUBJECT_PREFIXES) {
    if (!cleaned.startsWith(word)) continue;
    const rel = relationPrefix(cleaned.slice(word.length).replace(/^(的|之)/, ''));
    if (rel && rel.rest) return rel;
  }
  return null;
}

/** "与监护人关系", "与紧急联系人的关系": how that person is related to the subject. */
export function relationWith(cleaned: string): Relation | null {
  const m = /^与(.+?)(的)?关系$/.exec(cleaned);
  if (!m) return null;
  const rel = relationPrefix(m[1]);
  return rel && !rel.rest ? rel.relation : null;
}

// Whoever a roster is about is its 对象: 走访对象, 参加对象, 慰问对象, 补助对象.
const SUBJECT_OBJECT = /^[\u4e00-\u9fff]{1,3}对象/;

export function subjectPrefix(cleaned: string): { word: string; rest: string } | null {
  for (const word of SUBJECT_PREFIXES) {
    if (cleaned.startsWith(word) && cleaned.length > word.length) {
      const rest = cleaned.slice(word.length).replace(ORDINAL_AFTER, '');
      if (rest) return { word, rest };
    }
  }
  const object = SUBJECT_OBJECT.exec(cleaned);
  if (object && cleaned.length > object[0].length && !relationPrefix(cleaned))
    return { word: object[0], rest: cleaned.slice(object[0].length) };
  return null;
}

// A person's fact asked of someone the relation vocabulary does not know: 帮扶人姓名, 家庭主要成员联系方式.
const PERSON_FACT =
  /(姓名|名字|联系方式|联系电话|电话|手机|手机号|身份证号|身份证号码|公民身份号码|证件号码|工作单位|工作单位及职务|单位及职务|职务|住址)$/;
const PERSON_NOUN = /(人|员|者|长|方|官|师|生|工|属|警|干部)$/; // 家属, 丧属: kin the vocabulary does not name

// 社区医生单位, 民警单位: an official's 单位 is where that person works, not the subject's employer.
const OFFICIAL_UNIT = /(警|警察|医生|干部|工作人员)单位$/;

// 家庭主要成员, 共同生活的家庭成员, 就业地共同生活的家庭成员: the household's members, each a row's subject.
const MEMBERS = /成员$/;

export function unnamedPerson(cleaned: string): boolean {
  if (OFFICIAL_UNIT.test(cleaned)) return true;
  const fact = PERSON_FACT.exec(cleaned);
  if (!fact) return false;
  const who = cleaned.slice(0, fact.index);
  return (
    who.length >= 2 &&
    PERSON_NOUN.test(who) &&
    !MEMBERS.test(who) &&
    !SUBJECT_PREFIXES.includes(who) &&
    !SUBJECT_NAME_WORDS.has(who)
  );
}

/** "联系电话/手机", "姓名、性别": the parts of a label that prints two names in one cell. */
export function labelParts(label: string): string[] {
  // Options listed in brackets (经济状况（低保/特困/其他）) are answers, not names of the cell.
  const s = toHalfWidth(stripNumbering(label.trim())).replace(/[(【\[〔][^)】\]〕]*[)】\]〕]/g, '');
  const parts = s.split(/[\/、|｜]|或|及/).map((p) => p.trim());
  return parts.length > 1 ? parts.filter(Boolean) : [];
}
