// /certificates/requests — the community worker's online certificate requests: each with the resident's
// record in 一表通 beside it (masked as her role sees it), to issue (a PDF with a verification code) or
// decline with a reason. Phone first: one card per request.
import { useState } from 'react';
import { Button, Card, Descriptions, Empty, List, Segmented, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommunityRequestView } from '#common/api/certificates.js';
import type { CertificateRequestStatus } from '#common/certificates.js';
import { certificatesApi } from '../../api/certificatesEndpoints.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { useMe } from '../../api/session.js';
import { formatDateTime } from '../../i18n/format.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { DecideModal } from './DecideModal.js';
import { RequestStatusTag } from './statusTag.js';

export function CommunityRequestsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const invalidate = useInvalidate();
  const [status, setStatus] = useState<CertificateRequestStatus | 'all'>('submitted');
  const [deciding, setDeciding] = useState<{ r: CommunityRequestView; d: 'issue' | 'decline' } | null>(null);
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.certificates.of('community', me.org.code, status),
    queryFn: ({ signal }) => certificatesApi.ofCommunity(me.org.code, status === 'all' ? undefined : status, signal),
  });
  return (
    <div className="page" data-testid="community-requests">
      <PageHeader
        title={t('cert.requests.title')}
        subtitle={t('cert.requests.intro')}
        extra={
          <Segmented
            data-testid="requests-filter"
            value={status}
            onChange={(v) => setStatus(v as CertificateRequestStatus | 'all')}
            options={[
              { value: 'submitted', label: t('cert.status.submitted') },
              { value: 'issued', label: t('cert.status.issued') },
              { value: 'declined', label: t('cert.status.declined') },
              { value: 'all', label: t('cert.requests.all') },
            ]}
          />
        }
      />
      {error && <ProblemAlert error={error} onRetry={reload} />}
      {loading && !data && <Spin />}
      {data && (
        <List
          dataSource={data}
          locale={{ emptyText: <Empty description={t('cert.requests.empty')} /> }}
          renderItem={(r) => (
            <Card size="small" className="cert-request" data-testid={`community-request-${r.id}`}>
              <div className="cert-request-head">
                <Typography.Text strong>
                  {r.requesterName} · {r.name}
                </Typography.Text>
                <RequestStatusTag status={r.status} />
              </div>
              <div className="muted small">
                {t('cert.mine.purpose', { purpose: r.purpose })} · {formatDateTime(r.createdAt)}
              </div>
              {r.record ? (
                <Descriptions
                  size="small"
                  column={1}
                  className="cert-record"
                  data-testid="request-record"
                  title={<span className="small">{t('cert.requests.record')}</span>}
                  items={[
                    { key: 'name', label: t('cert.requests.name'), children: `${r.record.name}（${r.record.key}）` },
                    ...r.record.facts.map((f) => ({
                      key: f.name,
                      label: f.name,
                      children: (
                        <span>
                          {f.value ?? '—'} <span className="muted small">{f.source}</span>
                        </span>
                      ),
                    })),
                  ]}
                />
              ) : (
                <Typography.Paragraph type="warning" className="small">
                  {t('cert.requests.noRecord')}
                </Typography.Paragraph>
              )}
              {r.status === 'submitted' && (
                <Space className="cert-request-actions">
                  <Button type="primary" data-testid="request-issue" onClick={() => setDeciding({ r, d: 'issue' })}>
                    {t('cert.decide.issue')}
                  </Button>
                  <Button data-testid="request-decline" onClick={() => setDeciding({ r, d: 'decline' })}>
                    {t('cert.decide.decline')}
                  </Button>
                </Space>
              )}
              {r.status === 'issued' && (
                <Button href={certificatesApi.pdfUrl(r.id)} data-testid="request-pdf">
                  {t('cert.mine.download')}（{r.verifyCode}）
                </Button>
              )}
              {r.status === 'declined' && (
                <div className="muted small">{t('cert.mine.declined', { reason: r.decisionNote })}</div>
              )}
            </Card>
          )}
        />
      )}
      {deciding && (
        <DecideModal
          request={deciding.r}
          decision={deciding.d}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            void invalidate(keys.certificates);
          }}
        />
      )}
    </div>
  );
}
