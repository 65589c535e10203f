// /public/certificates?org= — anyone (a resident who scanned the notice-board QR code) sees which
// certificates the community issues and which it no longer issues, with where to go instead. Phone first.
import { useState } from 'react';
import { Card, Empty, Input, List, Spin, Tag, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CertificateSummary } from '#common/api/certificates.js';
import { certificatesApi } from '../../api/certificatesEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { useSession } from '../../api/session.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useDefaultJurisdiction } from '../public/useJurisdictions.js';
import { guidePath } from './paths.js';

function CertificateList({ items, org, testId }: { items: CertificateSummary[]; org: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <List
      data-testid={testId}
      dataSource={items}
      locale={{ emptyText: <Empty description={t('cert.empty')} /> }}
      renderItem={(c) => (
        <List.Item className="cert-item" data-testid={`cert-${c.code}`}>
          <Link to={guidePath(c.jurisdiction, c.code, org)} className="cert-link">
            <div className="cert-text">
              <Typography.Text strong>{c.name}</Typography.Text>
              <span className="muted small">{c.summary}</span>
              {!c.allowed && c.departmentName && (
                <span className="small cert-dept">{t('cert.checkedBy', { name: c.departmentName })}</span>
              )}
            </div>
            <RightOutlined className="muted" />
          </Link>
        </List.Item>
      )}
    />
  );
}

export function CertificatesPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const fallback = useDefaultJurisdiction();
  // A QR code names the community; a signed-in resident or worker sees her own; otherwise the default.
  const org = params.get('org') ?? me?.org.code ?? fallback;
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.certificates.of('list', org, q),
    queryFn: ({ signal }) => certificatesApi.list(org, q, signal),
  });
  const search = (v: string) => {
    const next = new URLSearchParams(params);
    if (v.trim()) next.set('q', v.trim());
    else next.delete('q');
    setParams(next);
  };
  return (
    <div className="page public-page cert-page" data-testid="certificates">
      <PageHeader title={t('cert.title')} subtitle={t('cert.intro')} />
      <Input.Search
        allowClear
        size="large"
        className="cert-search"
        data-testid="cert-search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={search}
        placeholder={t('cert.searchPlaceholder')}
      />
      {data && <div className="muted cert-for">{t('cert.forOrg', { name: data.org.name })}</div>}
      {error && <ProblemAlert error={error} onRetry={reload} />}
      {loading && !data && <Spin />}
      {data && (
        <div className="cert-columns">
          <Card
            title={
              <span>
                <Tag color="green">{t('cert.allowedTag')}</Tag>
                {t('cert.allowedTitle', { n: data.allowed.length })}
              </span>
            }
          >
            <Typography.Paragraph type="secondary">{t('cert.allowedIntro')}</Typography.Paragraph>
            <CertificateList items={data.allowed} org={org} testId="cert-allowed" />
          </Card>
          <Card
            title={
              <span>
                <Tag color="volcano">{t('cert.forbiddenTag')}</Tag>
                {t('cert.forbiddenTitle', { n: data.forbidden.length })}
              </span>
            }
          >
            <Typography.Paragraph type="secondary">{t('cert.forbiddenIntro')}</Typography.Paragraph>
            <CertificateList items={data.forbidden} org={org} testId="cert-forbidden" />
          </Card>
        </div>
      )}
    </div>
  );
}
