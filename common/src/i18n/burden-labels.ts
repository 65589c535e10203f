// Names of burden sources and alert rules in both languages (web and XLSX export).
import type { Lang } from './problems.js';
import type { AlertRule, BurdenObjectKind, BurdenSource } from '../burden.js';
import { OBJECT_KIND_LABELS } from './labels.js';

type Labels<K extends string> = Record<K, Record<Lang, string>>;

export const BURDEN_SOURCE_LABELS: Labels<BurdenSource> = {
  admitted_item: { 'zh-CN': '准入事项', en: 'Admitted items' },
  dispatch: { 'zh-CN': '派单', en: 'Dispatched work' },
  ledger: { 'zh-CN': '台账报表', en: 'Ledgers' },
  inspection: { 'zh-CN': '督查检查', en: 'Inspections' },
  meeting_training: { 'zh-CN': '会议培训', en: 'Meetings and training' },
  app_group: { 'zh-CN': '政务APP/工作群', en: 'Apps and groups' },
  informal: { 'zh-CN': '未经准入派单', en: 'Informal demands' },
  purchased_service: { 'zh-CN': '购买服务承接', en: 'Taken over by purchased services' },
  purchase_gap: { 'zh-CN': '购买服务缺口', en: 'Purchased services: shortfall' },
};

export const BURDEN_KIND_LABELS: Labels<BurdenObjectKind> = {
  ...OBJECT_KIND_LABELS,
  informal: { 'zh-CN': '无编号（非正式）', en: 'No number (informal)' },
};

export const ALERT_RULE_LABELS: Labels<AlertRule> = {
  index_rising: { 'zh-CN': '负担指数连续上升', en: 'Index rising month after month' },
  above_baseline: { 'zh-CN': '减负后回升超过基期', en: 'Back above baseline after a reduction' },
  renamed_item: { 'zh-CN': '疑似换名重报', en: 'Possibly a renamed item' },
  app_reappears: { 'zh-CN': 'APP/工作群回潮', en: 'App or group reappears' },
  informal_rising: { 'zh-CN': '部门非正式派单增多', en: 'Informal demands of a department rising' },
  near_duplicate_dispatch: { 'zh-CN': '部门重复派单', en: 'Near-duplicate dispatches' },
  refusals_upheld: { 'zh-CN': '社区拒绝经裁定成立', en: 'Refusals upheld by the 减负办' },
};
