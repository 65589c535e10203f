// Names of the domain's enumerations in both languages; the web's i18n resources and the server's
// exports (XLSX) both read them from here.
import type { Lang } from './problems.js';
import type { AdmissionStatus, Frequency, ListType, ObjectKind, PrecheckRule, Verdict } from '../admission.js';
import type { Relation } from '../relations.js';
import type {
  AppType,
  Channel,
  DemandStatus,
  InboxStatus,
  ProhibitedFeature,
  RefusalAnswer,
  RefusalDecision,
  RefusalReason,
  RefusalState,
} from '../dispatch.js';

type Labels<K extends string> = Record<K, Record<Lang, string>>;

export const LIST_TYPE_LABELS: Labels<ListType> = {
  duty: { 'zh-CN': '依法履职事项', en: 'Statutory duties' },
  assist: { 'zh-CN': '依法协助事项', en: 'Assistance to government' },
  negative: { 'zh-CN': '负面清单（禁入事项）', en: 'Negative list (must not be pushed down)' },
  cert_allowed: { 'zh-CN': '可出具证明事项', en: 'Certificates a community may issue' },
  cert_forbidden: { 'zh-CN': '不得出具证明事项', en: 'Certificates a community must not issue' },
};

export const OBJECT_KIND_LABELS: Labels<ObjectKind> = {
  task: { 'zh-CN': '工作事项', en: 'Task' },
  ledger: { 'zh-CN': '台账报表', en: 'Ledger / report' },
  survey: { 'zh-CN': '调查统计', en: 'Survey / statistics' },
  inspection: { 'zh-CN': '检查考核评比', en: 'Inspection / assessment' },
  campaign: { 'zh-CN': '创建示范达标', en: 'Campaign / model creation' },
  signboard: { 'zh-CN': '机构挂牌', en: 'Committee / signboard' },
  app: { 'zh-CN': '政务APP/工作群', en: 'App / work group' },
  certificate: { 'zh-CN': '证明事项', en: 'Certificate' },
  meeting: { 'zh-CN': '会议培训', en: 'Meeting / training' },
};

export const FREQUENCY_LABELS: Labels<Frequency> = {
  once: { 'zh-CN': '一次性', en: 'Once' },
  daily: { 'zh-CN': '每个工作日', en: 'Every working day' },
  weekly: { 'zh-CN': '每周', en: 'Weekly' },
  monthly: { 'zh-CN': '每月', en: 'Monthly' },
  quarterly: { 'zh-CN': '每季度', en: 'Quarterly' },
  half_yearly: { 'zh-CN': '每半年', en: 'Half-yearly' },
  yearly: { 'zh-CN': '每年', en: 'Yearly' },
  as_needed: { 'zh-CN': '按需', en: 'As needed' },
};

export const ADMISSION_STATUS_LABELS: Labels<AdmissionStatus> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  override_requested: { 'zh-CN': '待复核拦截', en: 'Override requested' },
  submitted: { 'zh-CN': '已提交', en: 'Submitted' },
  consultation: { 'zh-CN': '征求社区意见中', en: 'In consultation' },
  under_review: { 'zh-CN': '审核中', en: 'Under review' },
  returned: { 'zh-CN': '退回修改', en: 'Returned for changes' },
  rejected: { 'zh-CN': '不予准入', en: 'Rejected' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
  approved: { 'zh-CN': '已准入', en: 'Admitted' },
  renewal_review: { 'zh-CN': '续期审核中', en: 'Renewal under review' },
  expired: { 'zh-CN': '已到期', en: 'Expired' },
  revoked: { 'zh-CN': '已撤销', en: 'Revoked' },
};

export const PRECHECK_RULE_LABELS: Labels<PrecheckRule> = {
  negative_list: { 'zh-CN': '负面清单比对', en: 'Negative lists' },
  photo_proof: { 'zh-CN': '禁止照片留痕', en: 'No photo proof' },
  duplicates: { 'zh-CN': '重复事项比对', en: 'Duplicates' },
  burden: { 'zh-CN': '负担测算', en: 'Burden estimate' },
  budget: { 'zh-CN': '负担预算', en: 'Burden budget' },
  funding: { 'zh-CN': '费随事转', en: 'Funding follows the task' },
  lead_time: { 'zh-CN': '提前申请时限', en: 'Lead time' },
  form: { 'zh-CN': '表单规范', en: 'Form' },
};

export const VERDICT_LABELS: Labels<Verdict> = {
  pass: { 'zh-CN': '通过', en: 'Pass' },
  warn: { 'zh-CN': '提示', en: 'Warning' },
  block: { 'zh-CN': '拦截', en: 'Blocked' },
  unchecked: { 'zh-CN': '未检查', en: 'Not checked' },
};

export function label<K extends string>(labels: Labels<K>, key: string, lang: Lang = 'zh-CN'): string {
  return (labels as Record<string, Record<Lang, string>>)[key]?.[lang] ?? key;
}

/** Field names of the application form (the digital 审批表), for error lists. */
export const ADMISSION_FIELD_LABELS: Record<string, Record<Lang, string>> = {
  title: { 'zh-CN': '事项名称', en: 'Title' },
  kind: { 'zh-CN': '事项类型', en: 'Kind' },
  listType: { 'zh-CN': '事项性质', en: 'Nature' },
  description: { 'zh-CN': '事项说明', en: 'Description' },
  legalBasis: { 'zh-CN': '法律法规依据', en: 'Legal basis' },
  scope: { 'zh-CN': '下派范围', en: 'Target scope' },
  frequency: { 'zh-CN': '频次', en: 'Frequency' },
  occurrencesPerYear: { 'zh-CN': '每年次数', en: 'Times per year' },
  minutesPerOccurrence: { 'zh-CN': '每次用时', en: 'Minutes per occurrence' },
  startDate: { 'zh-CN': '开始日期', en: 'Start date' },
  expiryDate: { 'zh-CN': '截止日期', en: 'Expiry date' },
  emergencyReason: { 'zh-CN': '紧急理由', en: 'Emergency reason' },
  retires: { 'zh-CN': '拟退出事项', en: 'Items to retire' },
  assessment: { 'zh-CN': '考核评价方式', en: 'Assessment' },
};

export const INBOX_STATUS_LABELS: Labels<InboxStatus> = {
  new: { 'zh-CN': '新派发', en: 'New' },
  acknowledged: { 'zh-CN': '已签收', en: 'Acknowledged' },
  in_progress: { 'zh-CN': '办理中', en: 'In progress' },
  done: { 'zh-CN': '已办结', en: 'Done' },
  refused: { 'zh-CN': '已拒绝', en: 'Refused' },
  withdrawn: { 'zh-CN': '部门已撤回', en: 'Withdrawn by the department' },
  overdue: { 'zh-CN': '已逾期', en: 'Overdue' },
};

export const REFUSAL_REASON_LABELS: Labels<RefusalReason> = {
  no_valid_number: { 'zh-CN': '无有效准入编号', en: 'No valid admission number' },
  outside_scope: { 'zh-CN': '超出准入范围', en: 'Outside the admitted scope' },
  expired: { 'zh-CN': '准入已过期', en: 'Admission expired' },
  negative_list: { 'zh-CN': '属于负面清单事项', en: 'On the negative list' },
  duplicate: { 'zh-CN': '与已有事项重复', en: 'Duplicates existing work' },
  no_resources: { 'zh-CN': '未随转经费和资源（费随事转未落实）', en: 'No resources followed the task' },
  over_admitted: { 'zh-CN': '超出准入频次/工时', en: 'More often or more hours than admitted' },
  other: { 'zh-CN': '其他（见说明）', en: 'Other (see the text)' },
};

export const REFUSAL_STATE_LABELS: Labels<RefusalState> = {
  unanswered: { 'zh-CN': '待部门答复', en: 'Awaiting the department' },
  contested: { 'zh-CN': '已提请减负办裁定', en: 'Contested, awaiting the 减负办' },
  upheld: { 'zh-CN': '减负办裁定：维持拒绝', en: 'Refusal upheld by the 减负办' },
  ordered: { 'zh-CN': '减负办裁定：社区应办理', en: 'The 减负办 ordered the work done' },
  resent: { 'zh-CN': '部门已补正后重新派发', en: 'Fixed and sent again' },
  withdrawn: { 'zh-CN': '部门已撤回', en: 'Withdrawn by the department' },
};

export const REFUSAL_ANSWER_LABELS: Labels<RefusalAnswer> = {
  withdraw: { 'zh-CN': '撤回派单', en: 'Withdraw' },
  resend: { 'zh-CN': '补正后重新派发', en: 'Fix and send again' },
  contest: { 'zh-CN': '提请减负办裁定', en: 'Contest to the 减负办' },
};

export const REFUSAL_DECISION_LABELS: Labels<RefusalDecision> = {
  uphold: { 'zh-CN': '维持拒绝', en: 'Uphold the refusal' },
  order: { 'zh-CN': '社区应办理', en: 'Order the community to do it' },
};

export const CHANNEL_LABELS: Labels<Channel> = {
  phone: { 'zh-CN': '电话', en: 'Phone' },
  chat_group: { 'zh-CN': '微信群/工作群', en: 'Chat group' },
  meeting: { 'zh-CN': '会议布置', en: 'Meeting' },
  paper: { 'zh-CN': '纸质通知', en: 'Paper notice' },
  in_person: { 'zh-CN': '当面交办', en: 'In person' },
};

export const DEMAND_STATUS_LABELS: Labels<DemandStatus> = {
  open: { 'zh-CN': '待处理', en: 'Open' },
  warned: { 'zh-CN': '已提醒部门', en: 'Department warned' },
  asked_to_apply: { 'zh-CN': '已要求申请准入', en: 'Asked to apply' },
  resolved: { 'zh-CN': '已办结', en: 'Resolved' },
};

export const APP_TYPE_LABELS: Labels<AppType> = {
  app: { 'zh-CN': '政务APP', en: 'App' },
  mini_program: { 'zh-CN': '小程序', en: 'Mini-program' },
  public_account: { 'zh-CN': '公众号', en: 'Public account' },
  chat_group: { 'zh-CN': '工作群', en: 'Work group' },
};

export const PROHIBITED_FEATURE_LABELS: Labels<ProhibitedFeature> = {
  check_in: { 'zh-CN': '打卡签到', en: 'Check-ins' },
  ranking: { 'zh-CN': '排名通报', en: 'Rankings' },
  forced_install: { 'zh-CN': '强制下载/考核装机率', en: 'Forced installs / install rates' },
  screenshot_proof: { 'zh-CN': '截图/拍照留痕', en: 'Screenshot or photo proof' },
  online_time: { 'zh-CN': '考核在线时长', en: 'Online-time tracking' },
};

/** Why a cell or row of a dataset was refused (the dry run's error report). */
export const IMPORT_REASON_LABELS: Record<string, Record<Lang, string>> = {
  bad_id_check_digit: { 'zh-CN': '公民身份号码校验位错误', en: 'ID number check digit is wrong' },
  bad_id_birth_date: { 'zh-CN': '公民身份号码中的出生日期无效', en: 'ID number has an impossible birth date' },
  bad_id_format: { 'zh-CN': '公民身份号码应为 18 位', en: 'ID number must have 18 characters' },
  bad_mobile: { 'zh-CN': '手机号码格式不正确', en: 'Not a mobile number' },
  bad_phone: { 'zh-CN': '电话号码格式不正确', en: 'Not a phone number' },
  bad_uscc: { 'zh-CN': '统一社会信用代码无效', en: 'Invalid unified social credit code' },
  bad_postcode: { 'zh-CN': '邮政编码应为 6 位数字', en: 'Postcode must be 6 digits' },
  not_a_number: { 'zh-CN': '不是数字', en: 'Not a number' },
  not_an_integer: { 'zh-CN': '应为整数', en: 'Must be a whole number' },
  bad_date: { 'zh-CN': '日期无法识别', en: 'Not a date' },
  date_out_of_range: { 'zh-CN': '日期超出合理范围', en: 'Date out of range' },
  not_a_boolean: { 'zh-CN': '应为“是”或“否”', en: 'Must be yes or no' },
  unknown_code: { 'zh-CN': '不在代码表中', en: 'Not in the code list' },
  too_long: { 'zh-CN': '内容过长', en: 'Too long' },
  bad_characters: { 'zh-CN': '含有无效字符（控制字符或残缺的字符）', en: 'Contains invalid characters' },
  missing_key: { 'zh-CN': '缺少关键列的值', en: 'The key column is empty' },
  duplicate_key: { 'zh-CN': '与前面的行重复（同一对象出现两次）', en: 'Duplicate key (the same subject twice)' },
  unknown_subject: { 'zh-CN': '数据库中没有该对象，且未提供所属社区', en: 'Not in the hub and no community given' },
  unknown_community: { 'zh-CN': '所属社区无法识别', en: 'Unknown community' },
};

/** The person a form field speaks of (relation of a binding); null — the subject itself — is 本人. */
export const RELATION_LABELS: Labels<Relation> = {
  householder: { 'zh-CN': '户主', en: 'Householder' },
  spouse: { 'zh-CN': '配偶', en: 'Spouse' },
  father: { 'zh-CN': '父亲', en: 'Father' },
  mother: { 'zh-CN': '母亲', en: 'Mother' },
  child: { 'zh-CN': '子女', en: 'Child' },
  guardian: { 'zh-CN': '监护人', en: 'Guardian' },
  supporter: { 'zh-CN': '赡养（抚养、扶养）义务人', en: 'Person with a duty of support' },
  caregiver: { 'zh-CN': '照料护理人', en: 'Caregiver' },
  agent: { 'zh-CN': '代办人（代领人）', en: 'Agent (acting for the subject)' },
  applicant: { 'zh-CN': '申请人', en: 'Applicant' },
  tenant: { 'zh-CN': '承租人', en: 'Tenant' },
  landlord: { 'zh-CN': '出租人（房东）', en: 'Landlord' },
  owner: { 'zh-CN': '产权人', en: 'Owner of the property' },
  emergency_contact: { 'zh-CN': '紧急联系人', en: 'Emergency contact' },
  contact: { 'zh-CN': '联系人', en: 'Contact person' },
  legal_representative: { 'zh-CN': '法定代表人', en: 'Legal representative' },
  employer: { 'zh-CN': '工作单位', en: 'Employer' },
  grid_worker: { 'zh-CN': '网格员', en: 'Grid worker' },
};

export const SUBJECT_ITSELF_LABEL: Record<Lang, string> = { 'zh-CN': '本人', en: 'The subject' };
