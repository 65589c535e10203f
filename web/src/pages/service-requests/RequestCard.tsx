// One service request as a card: category, status, place, handler, expected time, the status notes and
// every step (the resident sees the same steps as the handler). Phone first.
import type { ReactNode } from 'react';
import { Card, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServiceRequestView } from '#common/api/open311.js';
import { formatDateTime } from '../../i18n/format.js';
import { serviceRequestsApi } from '../../api/serviceRequestsEndpoints.js';

const COLORS = { submitted: 'orange', accepted: 'blue', closed: 'green' } as const;

export function RequestCard({ r, staff, actions }: { r: ServiceRequestView; staff: boolean; actions?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card size="small" className="cert-request" data-testid={`service-request-${r.id}`}>
      <div className="cert-request-head">
        <Typography.Text strong>{r.serviceName}</Typography.Text>
        <span>
          {r.overdue && <Tag color="red">{t('sr.overdue')}</Tag>}
          <Tag color={COLORS[r.status]} data-testid="service-request-status">
            {t(`sr.status.${r.status}`)}
          </Tag>
        </span>
      </div>
      <Typography.Paragraph className="small" style={{ marginBottom: 4 }}>
        {r.description}
      </Typography.Paragraph>
      <div className="muted small">
        {r.address ?? `${r.lat ?? ''}, ${r.long ?? ''}`} · {formatDateTime(r.requestedAt)}
      </div>
      <div className="muted small">
        {t('sr.handler', { name: r.handlerName })} · {t('sr.expected', { at: formatDateTime(r.expectedAt) })}
      </div>
      {staff && (
        <div className="muted small">
          {r.requesterName ? t('sr.reporter', { name: r.requesterName }) : t('sr.reporterHidden')}
        </div>
      )}
      {r.photo && (
        <a href={serviceRequestsApi.photoUrl(r.id)} target="_blank" rel="noreferrer" className="small">
          {t('sr.photo')}
        </a>
      )}
      {r.statusNotes && (
        <Typography.Paragraph className="small" data-testid="service-request-notes" style={{ marginTop: 4 }}>
          {t('sr.notes', { notes: r.statusNotes })}
        </Typography.Paragraph>
      )}
      <Timeline
        style={{ marginTop: 12 }}
        items={r.events.map((e) => ({
          content: (
            <div className="small">
              <div>
                {t(`sr.event.${e.kind}`, { actor: e.actor || t('sr.you'), to: e.toName ?? '' })}
                <span className="muted"> · {formatDateTime(e.at)}</span>
              </div>
              {e.note && <div className="muted">{e.note}</div>}
            </div>
          ),
        }))}
      />
      {r.rating !== null && <div className="small">{t('sr.rate.done', { n: r.rating })}</div>}
      {actions}
    </Card>
  );
}
