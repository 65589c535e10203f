// /me/certificates — the resident's own certificate requests: waiting, issued (download the PDF, the code
// anyone can verify) or declined (and why). Phone first.
import { Button, Card, Empty, List, Spin, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { certificatesApi } from '../../api/certificatesEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { formatDateTime } from '../../i18n/format.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { RequestStatusTag } from './statusTag.js';

export function MyCertificatesPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.certificates.of('mine'),
    queryFn: ({ signal }) => certificatesApi.mine(signal),
  });
  return (
    <div className="page" data-testid="my-certificates">
      <PageHeader
        title={t('cert.mine.title')}
        subtitle={t('cert.mine.intro')}
        extra={
          <Link to="/public/certificates">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('cert.mine.new')}
            </Button>
          </Link>
        }
      />
      {error && <ProblemAlert error={error} onRetry={reload} />}
      {loading && !data && <Spin />}
      {data && (
        <List
          dataSource={data}
          locale={{ emptyText: <Empty description={t('cert.mine.empty')} /> }}
          renderItem={(r) => (
            <Card size="small" className="cert-request" data-testid={`request-${r.id}`}>
              <div className="cert-request-head">
                <Typography.Text strong>{r.name}</Typography.Text>
                <RequestStatusTag status={r.status} />
              </div>
              <div className="muted small">
                {t('cert.mine.purpose', { purpose: r.purpose })} · {formatDateTime(r.createdAt)}
              </div>
              {r.status === 'issued' && (
                <div className="cert-request-issued">
                  <span className="small">
                    {t('cert.mine.code', { code: r.verifyCode ?? '' })} ·{' '}
                    {t('cert.mine.validUntil', { date: r.validUntil ?? '' })}
                  </span>
                  <Button
                    icon={<DownloadOutlined />}
                    href={certificatesApi.pdfUrl(r.id)}
                    data-testid="request-pdf"
                    block
                  >
                    {t('cert.mine.download')}
                  </Button>
                </div>
              )}
              {r.status === 'declined' && (
                <Typography.Paragraph type="secondary" className="small">
                  {t('cert.mine.declined', { reason: r.decisionNote })}
                </Typography.Paragraph>
              )}
            </Card>
          )}
        />
      )}
    </div>
  );
}
