// Names of the domain's enumerations in both languages; the web's i18n resources and the server's
// exports (XLSX) both read them from here.
import type { Lang } from './problems.js';
import type { AdmissionStatus, Frequency, ListType, ObjectKind, PrecheckRule, Verdict } from '../admission.js';
import type { AppType, Channel, DemandStatus, InboxStatus, ProhibitedFeature, RefusalReason } from '../dispatch.js';

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
};

export const INBOX_STATUS_LABELS: Labels<InboxStatus> = {
  new: { 'zh-CN': '新派发', en: 'New' },
  acknowledged: { 'zh-CN': '已签收', en: 'Acknowledged' },
  in_progress: { 'zh-CN': '办理中', en: 'In progress' },
  done: { 'zh-CN': '已办结', en: 'Done' },
  refused: { 'zh-CN': '已拒绝', en: 'Refused' },
  overdue: { 'zh-CN': '已逾期', en: 'Overdue' },
};

export const REFUSAL_REASON_LABELS: Labels<RefusalReason> = {
  no_valid_number: { 'zh-CN': '无有效准入编号', en: 'No valid admission number' },
  outside_scope: { 'zh-CN': '超出准入范围', en: 'Outside the admitted scope' },
  expired: { 'zh-CN': '准入已过期', en: 'Admission expired' },
  negative_list: { 'zh-CN': '属于负面清单事项', en: 'On the negative list' },
  duplicate: { 'zh-CN': '与已有事项重复', en: 'Duplicates existing work' },
  no_resources: { 'zh-CN': '未随转经费和资源（费随事转未落实）', en: 'No resources followed the task' },
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
  missing_key: { 'zh-CN': '缺少关键列的值', en: 'The key column is empty' },
  duplicate_key: { 'zh-CN': '与前面的行重复（同一对象出现两次）', en: 'Duplicate key (the same subject twice)' },
  unknown_subject: { 'zh-CN': '数据库中没有该对象，且未提供所属社区', en: 'Not in the hub and no community given' },
  unknown_community: { 'zh-CN': '所属社区无法识别', en: 'Unknown community' },
};
