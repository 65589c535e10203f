// The automatic pre-checks (负面清单, 重复, 负担测算, 费随事转, 提前时限, 表单): each rule with its
// verdict, the explanation, and the items it matched. Live beside the form; a record on the detail page.
import type { ReactNode } from 'react';
import { Alert, Card, Progress, Spin, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PRECHECK_RULES, type Verdict } from '#common/admission.js';
import type { PrecheckMatch, PrecheckResult } from '#common/api/admission.js';
import { formatAmount } from '../../i18n/format.js';
import { useLabels, type Labels } from '../../i18n/labels.js';

const ICONS: Record<Verdict, ReactNode> = {
  pass: <CheckCircleFilled />,
  warn: <ExclamationCircleFilled />,
  block: <CloseCircleFilled />,
  unchecked: <MinusCircleOutlined />,
};
const TAG_COLORS: Record<Verdict, string> = { pass: 'success', warn: 'warning', block: 'error', unchecked: 'default' };

function sourceLabel(source: string, labels: Labels, admission: string): string {
  return source === 'admission' ? admission : labels.listType(source);
}

function MatchRow({ m }: { m: PrecheckMatch }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const pct = Math.round(m.score * 100);
  return (
    <li className="precheck-match">
      <div className="precheck-match-text">
        <span className="precheck-match-name">{m.name}</span>
        <span className="muted small">
          {sourceLabel(m.source, labels, t('adm.precheck.sourceAdmission'))} · {m.code}
        </span>
      </div>
      <Progress
        percent={pct}
        size="small"
        className="precheck-match-score"
        strokeColor={m.score >= 0.75 ? '#cf1322' : m.score >= 0.45 ? '#d48806' : '#1d5bbf'}
        format={() => t('adm.precheck.score', { score: m.score.toFixed(2) })}
      />
    </li>
  );
}

export function CheckRow({ check }: { check: PrecheckResult }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const e = check.estimate;
  return (
    <div
      className={`precheck-item precheck-${check.verdict}`}
      data-testid={`precheck-${check.rule}`}
      data-verdict={check.verdict}
    >
      <div className="precheck-item-head">
        <span className="precheck-icon">{ICONS[check.verdict]}</span>
        <Typography.Text strong>{labels.rule(check.rule)}</Typography.Text>
        <Tag color={TAG_COLORS[check.verdict]} className="precheck-verdict">
          {labels.verdict(check.verdict)}
        </Tag>
      </div>
      <div className="precheck-message">{check.message}</div>
      {e && (
        <div className="precheck-estimate">
          <div>
            <strong>{formatAmount(e.hoursPerCommunityYear)}</strong>
            <span>{t('adm.precheck.perCommunity')}</span>
          </div>
          <div>
            <strong>{formatAmount(e.totalHoursYear)}</strong>
            <span>{t('adm.precheck.totalHours')}</span>
          </div>
          <div>
            <strong>{formatAmount(e.workerDaysYear)}</strong>
            <span>{t('adm.precheck.workerDays')}</span>
          </div>
        </div>
      )}
      {check.matches.length > 0 && (
        <ul className="precheck-matches">
          {check.matches.map((m) => (
            <MatchRow key={`${m.source}-${m.code}`} m={m} />
          ))}
        </ul>
      )}
    </div>
  );
}

interface Props {
  checks: PrecheckResult[] | undefined;
  loading?: boolean;
  /** Live (as the user types) or the record of the last save. */
  live?: boolean;
  extra?: ReactNode;
}

export function PrecheckPanel({ checks, loading = false, live = false, extra }: Props) {
  const { t } = useTranslation();
  const ordered = PRECHECK_RULES.map((r) => checks?.find((c) => c.rule === r)).filter(
    (c): c is PrecheckResult => c !== undefined,
  );
  const blocks = ordered.filter((c) => c.verdict === 'block').length;
  const warns = ordered.filter((c) => c.verdict === 'warn').length;
  const open = ordered.filter((c) => c.verdict === 'unchecked').length;
  // Live, the summary says whether the form can be submitted; on record, only what the checks found.
  // What could not be checked yet (a blank form) is never summarised as a pass.
  const summary = blocks
    ? { type: 'error' as const, text: t(live ? 'adm.precheck.blocked' : 'adm.precheck.recordBlocked', { n: blocks }) }
    : warns
      ? { type: 'warning' as const, text: t(live ? 'adm.precheck.warned' : 'adm.precheck.recordWarned', { n: warns }) }
      : open
        ? { type: 'info' as const, text: t('adm.precheck.unchecked', { n: open }) }
        : { type: 'success' as const, text: t(live ? 'adm.precheck.allPass' : 'adm.precheck.recordPass') };
  return (
    <Card
      size="small"
      className="precheck-panel"
      data-testid="precheck-panel"
      data-loading={loading}
      title={live ? t('adm.precheck.liveTitle') : t('adm.precheck.title')}
      extra={loading ? <Spin size="small" /> : extra}
    >
      <div className="muted small precheck-hint">{t(live ? 'adm.precheck.liveHint' : 'adm.precheck.recordHint')}</div>
      {ordered.length === 0 ? (
        <div className="center-block">
          {loading ? <Spin /> : <span className="muted">{t('adm.precheck.none')}</span>}
        </div>
      ) : (
        <>
          <Alert type={summary.type} showIcon title={summary.text} className="precheck-summary" />
          {ordered.map((c) => (
            <CheckRow key={c.rule} check={c} />
          ))}
        </>
      )}
    </Card>
  );
}
