// /me/access-log — 谁查看了我的数据: every read of my data by someone else, from the audit trail.
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { privacyApi, type AccessEntry } from '../../api/privacyEndpoints.js';
import { useApi } from '../../api/useApi.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDateTime } from '../../i18n/format.js';

export function AccessLogPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApi((signal) => privacyApi.accessLog(signal), []);
  const columns = [
    { title: t('privacy.log.at'), key: 'at', width: 170, render: (_: unknown, e: AccessEntry) => formatDateTime(e.at) },
    { title: t('privacy.log.who'), dataIndex: 'who', key: 'who', width: 200 },
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
        <Card extra={data && <span className="muted">{t('privacy.log.count', { n: data.length })}</span>}>
          <Table
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
