// /me/access-log — 谁查看了我的数据: every read of my data by someone else, from the audit trail.
import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { privacyApi, type AccessEntry } from '../../api/privacyEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDateTime } from '../../i18n/format.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

export function AccessLogPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.privacy.of('accessLog'),
    queryFn: ({ signal }) => privacyApi.accessLog(signal),
  });
  const columns = [
    {
      title: t('privacy.log.at'),
      key: 'at',
      width: 190,
      render: (_: unknown, e: AccessEntry) =>
        e.count > 1 ? (
          <div className="cell-stack">
            <span>{formatDateTime(e.at)}</span>
            <span className="small muted">
              {t('privacy.log.times', { n: e.count, first: formatDateTime(e.firstAt) })}
            </span>
          </div>
        ) : (
          formatDateTime(e.at)
        ),
    },
    {
      title: t('privacy.log.who'),
      key: 'who',
      width: 220,
      render: (_: unknown, e: AccessEntry) => (
        <div className="cell-stack">
          <span>{e.who}</span>
          <span className="small muted" data-testid="access-role">
            {t(`roles.${e.role}`, { defaultValue: e.role })}
          </span>
        </div>
      ),
    },
    { title: t('privacy.log.what'), dataIndex: 'actionLabel', key: 'what', width: 140 },
    { title: t('privacy.log.purpose'), dataIndex: 'purpose', key: 'purpose' },
    {
      title: t('privacy.log.admission'),
      key: 'admission',
      width: 200,
      render: (_: unknown, e: AccessEntry) => e.admissionNumber ?? '—',
    },
    {
      title: t('privacy.log.outcome'),
      key: 'outcome',
      width: 100,
      render: (_: unknown, e: AccessEntry) =>
        e.outcome === 'allowed' ? (
          <Tag color="blue">{t('privacy.log.allowed')}</Tag>
        ) : (
          <Tag color="red">{t('privacy.log.denied')}</Tag>
        ),
    },
  ];
  return (
    <div className="page">
      <PageHeader title={t('privacy.log.title')} subtitle={t('privacy.log.intro')} />
      {error ? (
        <ProblemAlert error={error} onRetry={reload} />
      ) : (
        <Card
          extra={
            data && (
              <span className="muted">{t('privacy.log.count', { n: data.reduce((n, e) => n + e.count, 0) })}</span>
            )
          }
        >
          <ResponsiveTable
            rowKey="id"
            size="middle"
            loading={loading}
            dataSource={data ?? []}
            columns={columns}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('privacy.log.empty') }}
            data-testid="access-log"
          />
        </Card>
      )}
    </div>
  );
}
