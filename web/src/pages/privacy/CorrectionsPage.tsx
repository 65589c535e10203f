// /me/corrections and /privacy/corrections — 更正申请: a resident follows the requests they sent; the
// owner department (or the data steward) accepts or rejects them with a reason.
import { useState } from 'react';
import { App, Button, Card, Input, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { privacyApi, type Correction, type CorrectionStatus } from '../../api/privacyEndpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDateTime } from '../../i18n/format.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

const COLOR: Record<CorrectionStatus, string> = { open: 'orange', accepted: 'green', rejected: 'default' };

function Resolve({ c, onDone }: { c: Correction; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const act = async (status: 'accepted' | 'rejected') => {
    try {
      await privacyApi.resolve(c.id, { status, resolution: text });
      message.success(t('privacy.corr.done'));
      onDone();
    } catch (err) {
      if (isApiError(err)) message.error(err.problem.errors?.[0]?.message ?? err.problem.title);
    }
  };
  return (
    <Space orientation="vertical" size={4} className="full-width">
      <Input
        size="small"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('privacy.corr.resolutionPlaceholder')}
      />
      <Space>
        <Button size="small" type="primary" onClick={() => void act('accepted')}>
          {t('privacy.corr.accept')}
        </Button>
        <Button size="small" onClick={() => void act('rejected')}>
          {t('privacy.corr.reject')}
        </Button>
      </Space>
    </Space>
  );
}

export function CorrectionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const resident = me.role === 'resident';
  const invalidate = useInvalidate();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.privacy.of('corrections', resident),
    queryFn: ({ signal }) => (resident ? privacyApi.myCorrections(signal) : privacyApi.deptCorrections(signal)),
  });
  const columns = [
    ...(me.role !== 'department_officer'
      ? []
      : [
          {
            title: t('privacy.corr.resident'),
            key: 'who',
            width: 100,
            render: (_: unknown, c: Correction) => c.subject.name,
          },
        ]),
    { title: t('privacy.corr.element'), dataIndex: 'elementName', key: 'element', width: 130 },
    { title: t('privacy.corr.current'), key: 'current', render: (_: unknown, c: Correction) => c.currentValue ?? '—' },
    {
      title: t('privacy.corr.proposed'),
      key: 'proposed',
      render: (_: unknown, c: Correction) => c.proposedValue || '—',
    },
    { title: t('privacy.corr.note'), key: 'note', render: (_: unknown, c: Correction) => c.note || '—' },
    ...(resident
      ? [
          {
            title: t('privacy.corr.department'),
            key: 'dept',
            width: 150,
            render: (_: unknown, c: Correction) => c.department.name,
          },
        ]
      : []),
    {
      title: t('privacy.corr.createdAt'),
      key: 'at',
      width: 160,
      render: (_: unknown, c: Correction) => formatDateTime(c.createdAt),
    },
    {
      title: t('privacy.corr.status'),
      key: 'status',
      width: resident ? 200 : 260,
      render: (_: unknown, c: Correction) =>
        c.status === 'open' && !resident ? (
          <Resolve c={c} onDone={() => void invalidate(keys.privacy)} />
        ) : (
          <Space orientation="vertical" size={2}>
            <Tag color={COLOR[c.status]}>{t(`privacy.corr.statuses.${c.status}`)}</Tag>
            {c.resolution && <span className="muted">{c.resolution}</span>}
          </Space>
        ),
    },
  ];
  return (
    <div className="page">
      <PageHeader
        title={t('privacy.corr.title')}
        subtitle={resident ? t('privacy.corr.residentIntro') : t('privacy.corr.deptIntro')}
      />
      {error ? (
        <ProblemAlert error={error} onRetry={reload} />
      ) : (
        <Card>
          <ResponsiveTable
            rowKey="id"
            size="middle"
            loading={loading}
            dataSource={data ?? []}
            columns={columns}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('privacy.corr.empty') }}
            data-testid="corrections"
          />
        </Card>
      )}
    </div>
  );
}
