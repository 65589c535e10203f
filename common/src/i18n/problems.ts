// Titles of the stable problem codes the API answers with (RFC 9457 problem+json), in both languages.
// The server picks the language from Accept-Language; the web shows what it receives.
export type Lang = 'zh-CN' | 'en';

export const PROBLEM_TITLES = {
  malformed_json: { 'zh-CN': '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  validation_failed: { 'zh-CN': '提交的内容有误，请检查标出的字段', en: 'Some fields are invalid' },
  unauthenticated: { 'zh-CN': '请先登录', en: 'Please log in' },
  session_expired: { 'zh-CN': '登录已过期，请重新登录', en: 'Your session has expired; please log in again' },
  bad_credentials: { 'zh-CN': '用户名或密码不正确', en: 'Wrong username or password' },
  account_disabled: { 'zh-CN': '用户名或密码不正确', en: 'Wrong username or password' },
  too_many_attempts: {
    'zh-CN': '登录尝试过多，请 {retryAfter} 秒后再试',
    en: 'Too many login attempts; try again in {retryAfter} seconds',
  },
  csrf_failed: { 'zh-CN': '页面已过期，请刷新后重试', en: 'The page is out of date; reload and try again' },
  forbidden_role: { 'zh-CN': '您的角色无权进行此操作', en: 'Your role may not do this' },
  out_of_scope: { 'zh-CN': '超出您的管辖范围', en: 'Outside your jurisdiction' },
  org_not_found: { 'zh-CN': '找不到该行政区划代码', en: 'No administrative unit has this code' },
  user_not_found: { 'zh-CN': '找不到该用户', en: 'No such user' },
  department_not_found: { 'zh-CN': '找不到该部门', en: 'No such department' },
  not_found: { 'zh-CN': '找不到请求的内容', en: 'Not found' },
  conflict: { 'zh-CN': '与已有记录冲突', en: 'Conflicts with an existing record' },
  username_taken: { 'zh-CN': '该用户名已被使用', en: 'This username is taken' },
  payload_too_large: { 'zh-CN': '提交的内容过大', en: 'The request is too large' },
  unsupported_media_type: { 'zh-CN': '不支持的文件类型', en: 'Unsupported media type' },
  catalogue_not_found: { 'zh-CN': '该辖区尚未发布社区工作事项清单', en: 'No published list for this jurisdiction' },
  certificate_not_found: { 'zh-CN': '清单中没有这项证明', en: 'No such certificate on the lists' },
  certificate_forbidden: {
    'zh-CN': '社区不再出具这项证明，请按办事指南的替代办法办理',
    en: 'The community no longer issues this certificate; see the guide for what to do instead',
  },
  certificate_request_not_found: { 'zh-CN': '没有这项证明申请', en: 'No such certificate request' },
  certificate_request_decided: { 'zh-CN': '这项申请已经办理', en: 'This request has already been decided' },
  service_not_found: { 'zh-CN': '没有这个诉求类别', en: 'No such service' },
  service_code_unknown: { 'zh-CN': '诉求类别（service_code）不存在', en: 'Unknown service_code' },
  service_location_required: {
    'zh-CN': '请填写地址或位置（经纬度）',
    en: 'A location is required: an address or lat and long',
  },
  service_media_not_image: { 'zh-CN': '照片必须是 JPG 或 PNG 图片', en: 'The photo must be a JPEG or PNG image' },
  service_place_unknown: {
    'zh-CN': '无法确定所在社区或街道（jurisdiction_id）',
    en: 'The community or street (jurisdiction_id) is unknown or out of scope',
  },
  service_window_too_wide: { 'zh-CN': '查询时间范围不能超过 90 天', en: 'The date window may be at most 90 days' },
  api_key_invalid: { 'zh-CN': 'api_key 无效或未登记', en: 'The api_key is not registered' },
  service_request_not_found: { 'zh-CN': '没有这条诉求', en: 'No such service request' },
  service_request_closed: { 'zh-CN': '这条诉求已经办结', en: 'This service request is already closed' },
  service_request_not_closed: { 'zh-CN': '诉求办结后才能评价', en: 'A service request can be rated once closed' },
  service_request_rated: { 'zh-CN': '已经评价过了', en: 'This service request has already been rated' },
  transfer_target_invalid: {
    'zh-CN': '只能转给本区的社区、街道或部门',
    en: 'A request can be transferred to a community, street or department of its district only',
  },
  certificate_not_forbidden: {
    'zh-CN': '这项证明社区可以出具，不属于不得出具的证明',
    en: 'The community may issue this certificate; it is not a forbidden one',
  },
  draft_exists: { 'zh-CN': '已有一个未发布的草稿版本', en: 'A draft version already exists' },
  version_published: {
    'zh-CN': '已发布的版本不能修改，请新建草稿',
    en: 'A published version cannot be changed; start a new draft',
  },
  admission_not_found: { 'zh-CN': '找不到该准入申请', en: 'No such application' },
  budget_retire_required: {
    'zh-CN': '超出负担预算：须列出并退出足够工时的已准入事项后方可准入',
    en: 'Over the burden budget: name admitted items to retire, enough to make up for it, before admitting this',
  },
  precheck_blocked: { 'zh-CN': '预审未通过，不能提交：请先处理被拦截的项目', en: 'Pre-checks block this submission' },
  illegal_transition: { 'zh-CN': '当前状态下不能进行此操作', en: 'Not possible in the current state' },
  reason_required: { 'zh-CN': '此操作须填写理由', en: 'This action needs a reason' },
  own_application: { 'zh-CN': '不能审核本部门提交的申请', en: 'A department cannot review its own application' },
  not_in_consultation: {
    'zh-CN': '该申请未向您的社区征求意见',
    en: 'Your community was not consulted on this application',
  },
  consultation_closed: { 'zh-CN': '征求意见期限已过', en: 'The consultation window has closed' },
  opinion_required: {
    'zh-CN': '审查决定须填写审查意见',
    en: 'A review decision needs a written opinion',
  },
  consultation_required: {
    'zh-CN': '协助事项须先向所涉社区征求意见，方可准入',
    en: 'An assist item is admitted only after the communities it falls on were consulted',
  },
  consultation_pending: {
    'zh-CN': '征求意见尚未完成：{answered}/{total} 个社区已答复，期限至 {dueDate}',
    en: 'The consultation is not done: {answered} of {total} communities answered; it runs until {dueDate}',
  },
  already_signed_off: {
    'zh-CN': '您已会签过此申请，须由其他审核人员会签',
    en: 'You already signed this application off; another reviewer must sign',
  },
  nothing_to_override: { 'zh-CN': '只有负面清单拦截可申请复核', en: 'Only a negative-list block can be overridden' },
  attachment_too_large: { 'zh-CN': '附件过大：每个附件不超过 10 MB', en: 'Attachment too large: 10 MB at most each' },
  attachment_type: {
    'zh-CN': '不支持的附件类型：仅限 PDF、Word、Excel、PPT、OFD、TXT、CSV 和 JPG/PNG 图片',
    en: 'Unsupported attachment type: PDF, Word, Excel, PowerPoint, OFD, TXT, CSV, JPG/PNG only',
  },
  too_many_attachments: { 'zh-CN': '附件最多 5 个', en: 'At most 5 attachments' },
  admission_not_valid: {
    'zh-CN': '该准入编号当前无效，不能派单',
    en: 'This admission number is not valid; nothing can be dispatched under it',
  },
  admission_expired: { 'zh-CN': '准入已过期，不能派单', en: 'The admission has expired' },
  admission_revoked: { 'zh-CN': '准入已撤销，不能派单', en: 'The admission was revoked' },
  admission_not_started: { 'zh-CN': '准入尚未生效，不能派单', en: 'The admission is not in force yet' },
  not_own_admission: { 'zh-CN': '只能在本部门的准入编号下派单', en: 'Only under your own department’s admissions' },
  outside_admission_scope: { 'zh-CN': '派单对象超出准入范围', en: 'Targets outside the admitted scope' },
  dispatch_not_found: { 'zh-CN': '找不到该派单', en: 'No such dispatch' },
  dispatch_over_frequency: {
    'zh-CN': '超出准入频次，不能派单',
    en: 'More often than the admission allows; not dispatched',
  },
  dispatch_over_hours: {
    'zh-CN': '超出准入工时（每社区每年），不能派单',
    en: 'More hours per community and year than the admission allows; not dispatched',
  },
  dispatch_near_duplicate: {
    'zh-CN': '与尚未办结的派单近似，确认后仍可派发',
    en: 'Nearly the same as an open dispatch; confirm to send anyway',
  },
  item_not_found: { 'zh-CN': '找不到该待办事项', en: 'No such inbox item' },
  demand_not_found: { 'zh-CN': '找不到该登记', en: 'No such entry' },
  inspection_cap_exceeded: { 'zh-CN': '超出督查检查次数上限', en: 'Over the inspection cap' },
  inspection_needs_number: {
    'zh-CN': '督查检查须有有效的检查考核类准入编号（一事一码）',
    en: 'An inspection needs a valid inspection admission number',
  },
  prohibited_features: { 'zh-CN': '含有禁止功能，不能准入', en: 'Has prohibited features; cannot be admitted' },
  app_not_found: { 'zh-CN': '找不到该应用或工作群', en: 'No such app or group' },
  subject_not_found: { 'zh-CN': '找不到该对象', en: 'No such subject' },
  element_not_found: { 'zh-CN': '找不到该数据元', en: 'No such data element' },
  dataset_format: { 'zh-CN': '只支持 CSV（UTF-8 或 GBK）和 XLSX 文件', en: 'Only CSV (UTF-8 or GBK) and XLSX files' },
  dataset_encoding: {
    'zh-CN': '无法识别文件编码：请另存为 UTF-8 或 GBK（Excel“CSV（逗号分隔）”）格式',
    en: 'Unrecognised encoding: save the file as UTF-8 or GBK CSV',
  },
  dataset_empty: { 'zh-CN': '文件是空的', en: 'The file is empty' },
  dataset_no_rows: { 'zh-CN': '文件只有表头，没有数据行', en: 'The file has a header but no rows' },
  dataset_too_large: {
    'zh-CN': '文件超过 150 MB，请用命令行导入或拆分文件',
    en: 'Over 150 MB: use the command line or split the file',
  },
  dataset_not_found: { 'zh-CN': '找不到该数据集', en: 'No such dataset' },
  dataset_unreadable: {
    'zh-CN': '文件已损坏或不是有效的 XLSX 工作簿，请在 Excel 中重新保存后上传',
    en: 'The file is damaged or not a valid XLSX workbook; save it again in Excel and upload it',
  },
  dataset_expands_too_much: {
    'zh-CN': '文件解压后过大（超过 1 GB 或压缩比异常），不是正常的数据表',
    en: 'The file expands too much when unpacked (over 1 GB or an abnormal ratio)',
  },
  dataset_cell_too_long: {
    'zh-CN': '有单元格超过 32767 个字符（Excel 的上限），请检查文件',
    en: 'A cell is longer than 32,767 characters (Excel’s limit)',
  },
  dataset_too_many_columns: { 'zh-CN': '列数超过 500 列，请检查文件', en: 'More than 500 columns' },
  import_not_found: { 'zh-CN': '找不到该导入', en: 'No such import' },
  import_has_errors: {
    'zh-CN': '试导入发现错误行，请修正文件后重新上传',
    en: 'The dry run found bad rows; fix the file and upload it again',
  },
  import_not_ready: { 'zh-CN': '请先完成试导入', en: 'Run the dry run first' },
  import_busy: { 'zh-CN': '该导入正在处理中', en: 'The import is being processed' },
  mapping_needs_key: {
    'zh-CN': '须指定用于识别对象的关键列（如公民身份号码）',
    en: 'Choose the key column (e.g. the ID number)',
  },
  form_not_found: { 'zh-CN': '找不到该表单', en: 'No such form' },
  form_not_issued: {
    'zh-CN': '该台账没有有效的准入编号，未下发到本社区',
    en: 'This ledger has no valid admission for your community',
  },
  internal_error: { 'zh-CN': '服务器内部错误，请稍后再试', en: 'Internal server error; please try again later' },
  // 个人信息保护
  grant_not_found: { 'zh-CN': '找不到该数据授权', en: 'No such access grant' },
  not_granted: {
    'zh-CN': '本部门没有这些数据元的有效授权',
    en: 'Your department holds no current grant for these data elements',
  },
  resident_not_linked: {
    'zh-CN': '您的账号尚未关联到人口信息，请到社区核实身份',
    en: 'Your account is not linked to a resident record yet; ask your community to verify you',
  },
  correction_not_found: { 'zh-CN': '找不到该更正申请', en: 'No such correction request' },
  correction_closed: { 'zh-CN': '该更正申请已处理', en: 'This correction request is already resolved' },
  dataset_withdrawn: { 'zh-CN': '该数据集已撤回', en: 'This dataset has been withdrawn' },
  import_dataset_withdrawn: {
    'zh-CN': '该数据集已撤回，不能再向其导入数据',
    en: 'This dataset has been withdrawn; no data can be imported into it',
  },
  import_stage_unreadable: {
    'zh-CN':
      '这次检查暂存的数据已无法读取（可能不完整，或是在系统升级前检查的），未写入任何数据，请重新检查文件后再导入',
    en: 'The rows staged by this check can no longer be read (incomplete, or checked before an upgrade); nothing was written. Check the file again, then import',
  },
  grid_plan_not_found: { 'zh-CN': '该社区没有这个网格划分方案', en: 'The community has no such grid plan' },
  roster_entry_not_found: { 'zh-CN': '该社区花名册中没有这个人', en: 'The community roster has no such person' },
  grid_plan_not_proposed: {
    'zh-CN': '该方案已采用或已被替代，请重新生成方案',
    en: 'This plan was already adopted or superseded; propose a new one',
  },
  grid_plan_no_households: {
    'zh-CN': '一表通中没有该社区的户籍数据，无法生成网格方案',
    en: 'The hub holds no households of this community to draw grids from',
  },
  template_format: {
    'zh-CN': '模板只支持 XLSX 工作簿或 DOCX 文档（按文件内容识别），也可以直接粘贴表头',
    en: 'A template must be an XLSX workbook or a DOCX document (judged by its content), or pasted header text',
  },
  template_too_large: {
    'zh-CN': '模板文件超过 5 MB，空白模板不会这么大',
    en: 'The template is over 5 MB; a blank template is smaller',
  },
  template_no_columns: {
    'zh-CN': '没有在模板中找到表头或字段名',
    en: 'No header row or field labels were found in the template',
  },
  synonym_not_found: { 'zh-CN': '找不到该待审字段名', en: 'No such label in the review queue' },
  topic_not_found: { 'zh-CN': '议题不存在', en: 'No such topic' },
  topic_already_supported: {
    'zh-CN': '您（或您家）已经支持过这个议题',
    en: 'You (or your household) already support this topic',
  },
  topic_already_voted: { 'zh-CN': '您（或您家）已经投过票', en: 'You (or your household) have already voted' },
  topic_wrong_status: {
    'zh-CN': '议题当前所处阶段不能进行此操作',
    en: 'The topic is not at a stage where this can be done',
  },
  topic_vote_closed: { 'zh-CN': '表决已截止', en: 'The vote is closed' },
  topic_household_unknown: {
    'zh-CN': '本社区按户计票，您的人口信息中没有户号，请到社区核实',
    en: 'This community counts by household and your record names none; ask your community',
  },
  comment_not_found: { 'zh-CN': '留言不存在', en: 'No such comment' },
  meeting_not_found: { 'zh-CN': '议事会记录不存在', en: 'No such meeting' },
  action_not_found: { 'zh-CN': '落实事项不存在', en: 'No such follow-up action' },
  exit_admission_invalid: {
    'zh-CN': '准入编号不存在、不在有效期内，或该事项不涉及本社区',
    en: 'No such admission number in force that covers this community',
  },
  exit_request_exists: { 'zh-CN': '该议题已提交退出申请', en: 'This topic was already sent as an exit request' },
  exit_request_not_found: { 'zh-CN': '退出申请不存在', en: 'No such exit request' },
  exit_request_decided: { 'zh-CN': '该退出申请已有结论', en: 'This exit request has already been decided' },
  document_version_conflict: {
    'zh-CN': '另一新版本刚刚发布，请刷新后再发布',
    en: 'Another version was just published; reload and publish again',
  },
  social_org_not_found: { 'zh-CN': '社会组织不存在', en: 'No such social organisation' },
  credit_code_taken: {
    'zh-CN': '该统一社会信用代码已登记',
    en: 'An organisation with this unified social credit code is already registered',
  },
  contract_not_found: { 'zh-CN': '购买服务项目不存在', en: 'No such purchased service' },
  contract_admission_invalid: {
    'zh-CN': '准入编号不存在或不在有效期内',
    en: 'No such admission number in force',
  },
  milestone_not_found: { 'zh-CN': '付款节点不存在', en: 'No such payment milestone' },
  milestone_accepted: { 'zh-CN': '该节点已验收', en: 'This milestone has already been accepted' },
  purchase_item_not_found: { 'zh-CN': '目录事项不存在', en: 'No such item of the guiding catalogue' },
  purchase_item_taken: { 'zh-CN': '目录中已有同名事项', en: 'The catalogue already holds an item of this name' },
  resident_rating_exists: {
    'zh-CN': '您已评价过本期服务',
    en: 'You have already rated this service for its period',
  },
  contract_closed: { 'zh-CN': '该项目已结项评价', en: 'This contract has been closed with its evaluation' },
  contract_report_exists: { 'zh-CN': '该月报告已提交', en: 'The report of this month has already been filed' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ProblemCode = keyof typeof PROBLEM_TITLES;

/** Reasons a single field can be rejected, with a message template ({n}, {max} …). */
export const FIELD_REASONS = {
  required: { 'zh-CN': '必填', en: 'is required' },
  too_short: { 'zh-CN': '至少 {min} 个字符', en: 'must be at least {min} characters' },
  too_long: { 'zh-CN': '最多 {max} 个字符', en: 'must be at most {max} characters' },
  invalid_format: { 'zh-CN': '格式不正确', en: 'has an invalid format' },
  invalid_value: { 'zh-CN': '取值无效', en: 'has an invalid value' },
  invalid_characters: {
    'zh-CN': '含有无效字符（控制字符或残缺的 Unicode 字符）',
    en: 'contains invalid characters (control characters or broken Unicode)',
  },
  unknown_org: { 'zh-CN': '行政区划代码不存在', en: 'is not a known org code' },
  unknown_department: { 'zh-CN': '部门不存在', en: 'is not a known department' },
  level_mismatch: {
    'zh-CN': '该角色只能绑定到以下层级：{levels}',
    en: 'this role can only be bound to: {levels}',
  },
  department_required: { 'zh-CN': '该角色必须选择所属部门', en: 'this role needs a department' },
  burden_office_required: {
    'zh-CN': '审核人员必须属于减负办',
    en: 'reviewers must belong to a burden-reduction office',
  },
  department_not_allowed: { 'zh-CN': '该角色不属于部门', en: 'this role has no department' },
  department_org_mismatch: {
    'zh-CN': '部门不属于所选的行政区划',
    en: 'the department does not belong to the chosen org',
  },
  taken: { 'zh-CN': '已被使用', en: 'is taken' },
  out_of_scope: { 'zh-CN': '超出您的管辖范围', en: 'is outside your jurisdiction' },
  legal_basis_required: { 'zh-CN': '协助事项必须写明法律法规依据', en: 'an assistance item needs its legal basis' },
  expiry_too_long: {
    'zh-CN': '有效期最长 {max} 个月（至 {latest}）',
    en: 'may run at most {max} months (until {latest})',
  },
  expiry_before_start: { 'zh-CN': '截止日期必须晚于开始日期', en: 'must be after the start date' },
  scope_outside: { 'zh-CN': '下派范围超出本辖区：{codes}', en: 'outside your jurisdiction: {codes}' },
  scope_unknown: { 'zh-CN': '不存在的行政区划代码：{codes}', en: 'unknown org codes: {codes}' },
  scope_empty: { 'zh-CN': '请选择下派的街道或社区', en: 'choose the streets or communities' },
  emergency_reason_required: { 'zh-CN': '紧急事项须说明理由', en: 'an emergency needs a reason' },
  occurrences_required: {
    'zh-CN': '按需开展的事项须估计每年次数',
    en: 'as-needed work needs an estimate of times per year',
  },
  invalid_date: { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'must be a date YYYY-MM-DD' },
  negative_list_item: {
    'zh-CN': '与负面清单事项「{name}」高度相似，不得派给社区',
    en: 'closely resembles the negative-list item “{name}”; it may not be sent to communities',
  },
  photo_proof_forbidden: {
    'zh-CN': '不得要求社区拍照、截图或打卡留痕（工作不以照片论）',
    en: 'may not demand photos, screenshots or check-ins as proof',
  },
  due_before_today: { 'zh-CN': '完成期限不能早于今天', en: 'must not be in the past' },
  after_admission_expiry: {
    'zh-CN': '不能晚于准入到期日 {expiry}',
    en: 'must not be after the admission expires ({expiry})',
  },
  no_targets: { 'zh-CN': '请选择派单的社区', en: 'choose the communities' },
  not_granted: {
    'zh-CN': '本部门没有该数据元的有效授权，可向数据管理员申请授权',
    en: 'your department holds no current grant for it; a data steward can grant it',
  },
  beyond_admission_expiry: {
    'zh-CN': '不能晚于准入编号的有效期（{latest}）',
    en: 'may not run past the admission’s expiry ({latest})',
  },
  grant_expiry_past: { 'zh-CN': '授权截止日期不能早于今天', en: 'must not be in the past' },
  admission_not_usable: { 'zh-CN': '该准入编号当前无效', en: 'this admission number is not valid now' },
  not_your_fact: { 'zh-CN': '不是关于您或您家庭的信息', en: 'is not about you or your household' },
  correction_empty: { 'zh-CN': '请填写正确内容，或说明哪里有误', en: 'give the right value or say what is wrong' },
  certificate_forbidden: {
    'zh-CN': '社区不再出具这项证明',
    en: 'the community no longer issues this certificate',
  },
  not_forbidden: {
    'zh-CN': '这项证明社区可以出具，请在线申请或到社区办理',
    en: 'the community may issue this one: ask for it online or at the community',
  },
  topic_not_decided: {
    'zh-CN': '只能引用已经作出决定的议事协商议题',
    en: 'only a deliberation topic that has been decided can be cited',
  },
  other_community: { 'zh-CN': '不是本社区的议事协商议题', en: 'is not a deliberation topic of this community' },
  date_not_in_last_year: {
    'zh-CN': '请填写近一年内、不晚于今天的日期',
    en: 'must be within the last year and not in the future',
  },
  department_owned: {
    'zh-CN': '该信息由部门掌握，由其回流，不向社区采集',
    en: 'a department holds this fact and brings it back; communities are not asked for it',
  },
  unknown_source: { 'zh-CN': '不是可选的权威来源', en: 'is not a known authoritative source' },
  not_a_community: { 'zh-CN': '只能为社区（村）划分网格', en: 'grids are planned for a community or village only' },
  not_a_jurisdiction: {
    'zh-CN': '配备标准只能由市或区（县）制定',
    en: 'standards are set by a city or district only',
  },
  credit_check: {
    'zh-CN': '校验码不符（GB 32100-2015），请核对统一社会信用代码',
    en: 'fails the GB 32100-2015 check character; check the unified social credit code',
  },
  credit_not_civil_affairs: {
    'zh-CN': '不是民政部门登记的社会组织代码（应以 5 开头）',
    en: 'is not a code registered by civil affairs (it should start with 5)',
  },
  credit_type_mismatch: {
    'zh-CN': '代码第二位与组织类型不符（1 社会团体、2 民办非企业单位、3 基金会）',
    en: "the code's second character does not match the type (1 social group, 2 social service, 3 foundation)",
  },
  not_covered: { 'zh-CN': '不在服务范围内', en: 'is not covered' },
  not_in_purchase_catalogue: {
    'zh-CN': '不在本辖区政府购买服务指导性目录中，不能由购买服务承接',
    en: "is not an item of the jurisdiction's guiding catalogue of purchased services",
  },
  not_served: { 'zh-CN': '只有服务社区的居民可以评价', en: 'only residents of a covered community may rate' },
  not_started: { 'zh-CN': '服务尚未开始', en: 'the service has not started yet' },
  grade_mismatch: { 'zh-CN': '等级与分数不符，应为 {grade}', en: 'does not match the score; it is {grade}' },
  duplicate_in_file: { 'zh-CN': '与文件中前面的行重复', en: 'repeats an earlier row of the file' },
  already_registered: { 'zh-CN': '该组织已登记', en: 'is already registered' },
  missing: { 'zh-CN': '缺少列', en: 'missing column' },
  too_many_rows: { 'zh-CN': '行数过多', en: 'too many rows' },
  outside_term: { 'zh-CN': '不在服务期限内', en: 'is outside the term' },
  in_future: { 'zh-CN': '不能晚于今天', en: 'cannot be after today' },
  end_before_start: { 'zh-CN': '结束日期早于开始日期', en: 'ends before it starts' },
  beneficiaries_required: {
    'zh-CN': '按服务对象计的指标须填服务对象人数',
    en: 'an indicator per person served needs the number served',
  },
  over_budget: { 'zh-CN': '付款节点合计超出预算', en: 'milestones add up to more than the budget' },
  not_a_social_org_account: {
    'zh-CN': '只能关联“社会组织工作人员”角色的账号',
    en: 'only an account with the social organisation role can be linked',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type FieldReason = keyof typeof FIELD_REASONS;

export function fillTemplate(template: string, params: Record<string, string | number | undefined> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] !== undefined ? String(params[k]) : m));
}
