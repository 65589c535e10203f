// The answer of the admission-number check: a big status banner (valid green, expired, revoked,
// unknown red), what was admitted (department, kind, scope, burden, resources, term), the review record
// with each decision's 审查意见, and the QR code.
import { Card, Descriptions, List, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { PublicCheck } from '#common/api/admission.js';
import { publicApi } from '../../api/endpoints.js';
import { PUBLIC_STATUS_ICONS } from '../../components/admission/StatusTag.js';
import { ScopeSummary } from '../../components/admission/ScopeSummary.js';
import { ResourcesText } from '../../components/admission/ResourcesText.js';
import { formatAmount, formatDate } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';
import { CheckExitRequests } from './CheckExitRequests.js';

export function CheckResultCard({ result }: { result: PublicCheck }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const status = result.status;
  const banner = (
    <div className={`check-banner check-banner-${status}`}>
      <span className="check-banner-icon">{PUBLIC_STATUS_ICONS[status]}</span>
      <div>
        <div className="check-banner-title">{t(`pub.status.${status}`)}</div>
        <div className="check-banner-text">
          {'number' in result
            ? t(`pub.check.meaning.${status}`, { date: result.expiryDate, name: result.jurisdiction.name })
            : t('pub.check.meaning.unknown', { query: result.query })}
          {'number' in result && status === 'valid' && result.startDate > dayjs().format('YYYY-MM-DD') && (
            <span className="check-not-started">{t('pub.check.notStarted', { date: result.startDate })}</span>
          )}
        </div>
      </div>
    </div>
  );
  if (!('number' in result)) {
    return (
      <Card className="check-result" data-testid="check-result" data-status={status}>
        {banner}
        <div className="check-unknown-query">
          {t('pub.check.queried')}
          <Typography.Text code>{result.query}</Typography.Text>
        </div>
        {result.suggestions.length > 0 && (
          <div className="check-suggestions" data-testid="check-suggestions">
            <Typography.Title level={5}>{t('pub.check.suggestTitle')}</Typography.Title>
            <div className="muted small">{t('pub.check.suggestHint')}</div>
            <List
              size="small"
              dataSource={result.suggestions}
              renderItem={(s) => (
                <List.Item key={s.code} extra={<span className="muted small">{t(`pub.status.${s.status}`)}</span>}>
                  <Link to={`/check/${encodeURIComponent(s.number)}`} data-testid="check-suggestion">
                    <span className="mono">{s.number}</span> {s.title}
                  </Link>
                </List.Item>
              )}
            />
          </div>
        )}
      </Card>
    );
  }
  return (
    <Card className="check-result" data-testid="check-result" data-status={status}>
      {banner}
      <div className="check-body">
        <div className="check-details">
          <div className="check-number" data-testid="check-number">
            {result.number}
          </div>
          {result.query.trim() !== result.number && result.query.trim() !== result.code && (
            <div className="muted small" data-testid="check-read-as">
              {t('pub.check.readAs', { query: result.query, number: result.number })}
            </div>
          )}
          <Typography.Title level={4} className="check-title">
            {result.title}
          </Typography.Title>
          <Descriptions
            column={{ xs: 1, md: 2 }}
            size="small"
            items={[
              { key: 'dept', label: t('adm.fields.department'), children: result.department.name },
              { key: 'jur', label: t('adm.fields.jurisdiction'), children: result.jurisdiction.name },
              { key: 'kind', label: t('adm.fields.kind'), children: labels.objectKind(result.kind) },
              { key: 'listType', label: t('adm.fields.listType'), children: labels.listType(result.listType) },
              {
                key: 'scope',
                label: t('adm.fields.scope'),
                span: 2,
                children: (
                  <ScopeSummary
                    scope={result.scope}
                    communityCount={result.communityCount}
                    jurisdictionName={result.jurisdiction.name}
                  />
                ),
              },
              { key: 'freq', label: t('adm.fields.frequency'), children: labels.frequency(result.frequency) },
              {
                key: 'burden',
                label: t('adm.fields.burden'),
                children: (
                  <span>
                    <strong>
                      {t('adm.burden.perCommunity', { n: formatAmount(result.burden.hoursPerCommunityYear) })}
                    </strong>
                    <span className="muted">
                      {t('common.bracketed', {
                        text: t('adm.burden.total', { n: formatAmount(result.burden.totalHoursYear) }),
                      })}
                    </span>
                  </span>
                ),
              },
              {
                key: 'resources',
                label: t('adm.fields.resources'),
                span: 2,
                children: <ResourcesText resources={result.resources} listType={result.listType} />,
              },
              {
                key: 'term',
                label: t('adm.fields.term'),
                span: 2,
                children: t('adm.termRange', { start: result.startDate, end: result.expiryDate }),
              },
              { key: 'decided', label: t('adm.fields.decidedAt'), children: formatDate(result.decidedAt) || '—' },
              { key: 'code', label: t('adm.fields.code'), children: <span className="mono">{result.code}</span> },
            ]}
          />
          {result.record.length > 0 && (
            <section className="check-record" data-testid="check-record">
              <Typography.Title level={5}>{t('pub.check.record')}</Typography.Title>
              <ul>
                {result.record.map((r, i) => (
                  <li key={`${r.at}-${i}`} data-testid="check-record-entry" data-action={r.action}>
                    <div className="check-record-head">
                      <strong>{t(`pub.check.recordActions.${r.action}`)}</strong>
                      <span className="muted small">{formatDate(r.at)}</span>
                    </div>
                    {r.opinion && <div className="check-record-opinion">{r.opinion}</div>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <CheckExitRequests number={result.number} />
        </div>
        <figure className="check-qr">
          <img
            src={publicApi.qrUrl(result.code)}
            alt={t('pub.check.qrAlt', { number: result.number })}
            width={148}
            height={148}
          />
          <figcaption className="muted small">{t('pub.check.qrCaption')}</figcaption>
        </figure>
      </div>
    </Card>
  );
}
