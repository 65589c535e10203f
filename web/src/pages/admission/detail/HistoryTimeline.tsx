// 流转记录: who did what and when, from which status to which, with the decision's 审查意见, the reason,
// the amendment tag and the changed values.
import { Card, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AdmissionEvent } from '#common/api/admission.js';
import { formatAmount, formatDateTime } from '../../../i18n/format.js';
import { useLabels, type Labels } from '../../../i18n/labels.js';
import { isEventAction } from './eventActions.js';

const COLORS: Record<string, string> = {
  approve: 'green',
  renew: 'green',
  import: 'green',
  reject: 'red',
  revoke: 'red',
  deny_renewal: 'red',
  decline_override: 'red',
  return: 'orange',
  request_override: 'orange',
  withdraw: 'gray',
  create: 'gray',
  save: 'gray',
};

interface BeforeAfter {
  before: unknown;
  after: unknown;
}
const isBeforeAfter = (v: unknown): v is BeforeAfter => typeof v === 'object' && v !== null && 'after' in v;

function fieldLabel(
  key: string,
  labels: Labels,
  t: (k: 'adm.fields.burden' | 'adm.fields.ledgerFields' | 'adm.fields.ledgerRows') => string,
) {
  if (key === 'hoursPerCommunityYear') return t('adm.fields.burden');
  if (key === 'ledgerFields' || key === 'ledgerRows') return t(`adm.fields.${key}`);
  return labels.field(key);
}

function valueText(key: string, v: unknown, labels: Labels, t: TFunction): string {
  if (v === null || v === undefined || v === '') return '—';
  if (key === 'frequency' && typeof v === 'string') return labels.frequency(v);
  if (typeof v !== 'number') return String(v);
  if (key === 'hoursPerCommunityYear') return t('adm.burden.perCommunity', { n: formatAmount(v) });
  if (key === 'minutesPerOccurrence') return `${formatAmount(v)} ${t('adm.units.minutes')}`;
  if (key === 'occurrencesPerYear') return `${formatAmount(v)} ${t('adm.units.times')}`;
  return formatAmount(v);
}

function Changes({ changes }: { changes: Record<string, unknown> }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const lines = Object.entries(changes).map(([k, v]) => {
    if (isBeforeAfter(v))
      return `${fieldLabel(k, labels, t)}：${valueText(k, v.before, labels, t)} → ${valueText(k, v.after, labels, t)}`;
    if (k === 'codes' && Array.isArray(v)) return t('adm.events.consulted', { n: v.length });
    if (k === 'workingDays') return t('adm.events.workingDays', { n: String(v) });
    return `${fieldLabel(k, labels, t)}：${valueText(k, v, labels, t)}`;
  });
  if (!lines.length) return null;
  return (
    <ul className="event-changes">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

export function HistoryTimeline({ events }: { events: AdmissionEvent[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const items = [...events].reverse().map((e, i) => ({
    key: `${e.at}-${i}`,
    color: COLORS[e.action] ?? 'blue',
    content: (
      <div className="event" data-testid="adm-event" data-action={e.action}>
        <div className="event-head">
          <strong>{e.actorName}</strong>
          <span>{isEventAction(e.action) ? t(`adm.events.${e.action}`) : e.action}</span>
          {e.tag && (
            <Tag color={e.tag === 'work_change' ? 'volcano' : 'geekblue'}>
              {t(`adm.amend.tags.${e.tag === 'work_change' ? 'work_change' : 're_estimate'}`)}
            </Tag>
          )}
        </div>
        <div className="muted small">
          {formatDateTime(e.at)}
          {e.from && e.from !== e.to && ` · ${labels.status(e.from)} → ${labels.status(e.to)}`}
        </div>
        {e.opinion && (
          <div className="event-opinion" data-testid="adm-event-opinion">
            <span className="event-opinion-label">{t('adm.detail.opinion')}</span>
            {e.opinion}
          </div>
        )}
        {e.reason && e.reason !== e.opinion && <div className="event-reason">{e.reason}</div>}
        <Changes changes={e.changes} />
      </div>
    ),
  }));
  return (
    <Card title={t('adm.detail.history')} size="small" data-testid="adm-history">
      <Timeline items={items} />
    </Card>
  );
}
