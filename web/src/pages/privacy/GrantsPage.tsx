// /privacy/grants — data access grants. A data steward lists, creates and revokes them; a department
// sees the grants it holds.
import { useMemo, useState } from 'react';
import { App, Button, Card, Popconfirm, Table, Tag, Tooltip } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { privacyApi, type Grant, type GrantStatus } from '../../api/privacyEndpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { GrantFormModal } from './GrantFormModal.js';

const STATUS_COLOR: Record<GrantStatus, string> = { active: 'green', expired: 'default', revoked: 'red' };

export function GrantsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const steward = me.role === 'data_steward';
  const [creating, setCreating] = useState(false);
  const invalidate = useInvalidate();
  const grants = useApiQuery({
    queryKey: keys.privacy.of('grants'),
    queryFn: ({ signal }) => privacyApi.grants(signal),
  });
  const elements = useApiQuery({
    queryKey: keys.privacy.of('elements'),
    queryFn: ({ signal }) => privacyApi.elements(signal),
  });
  const names = useMemo(() => new Map((elements.data ?? []).map((e) => [e.code, e.name])), [elements.data]);

  const revoke = async (g: Grant) => {
    try {
      await privacyApi.revokeGrant(g.id);
      message.success(t('privacy.grants.revoked'));
      void invalidate(keys.privacy);
    } catch (err) {
      if (isApiError(err)) message.error(err.problem.title);
    }
  };

  const columns = [
    {
      title: t('privacy.grants.department'),
      key: 'dept',
      render: (_: unknown, g: Grant) => g.department.name,
      width: 150,
    },
    {
      title: t('privacy.grants.elements'),
      key: 'elements',
      render: (_: unknown, g: Grant) => {
        const shown = g.elements.slice(0, 6).map((e) => names.get(e) ?? e);
        return (
          <Tooltip title={g.elements.map((e) => names.get(e) ?? e).join('、')}>
            <span>
              {shown.join('、')}
              {g.elements.length > 6 && ` ${t('privacy.grants.more', { n: g.elements.length - 6 })}`}
            </span>
          </Tooltip>
        );
      },
    },
    { title: t('privacy.grants.purpose'), dataIndex: 'purpose', key: 'purpose', width: 180 },
    {
      title: t('privacy.grants.admission'),
      key: 'admission',
      width: 210,
      render: (_: unknown, g: Grant) => (
        <div>
          <div>{g.admission.number}</div>
          <div className="muted">{t('privacy.grants.admissionExpiry', { date: g.admission.expiryDate })}</div>
        </div>
      ),
    },
    { title: t('privacy.grants.expiresOn'), dataIndex: 'expiresOn', key: 'expiresOn', width: 110 },
    {
      title: t('privacy.grants.status'),
      key: 'status',
      width: 110,
      render: (_: unknown, g: Grant) => (
        <>
          <Tag color={STATUS_COLOR[g.status]}>{t(`privacy.grants.statuses.${g.status}`)}</Tag>
          {g.isDemo && <Tag>{t('privacy.grants.demo')}</Tag>}
        </>
      ),
    },
    ...(steward
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, g: Grant) =>
              g.status === 'active' && (
                <Popconfirm title={t('privacy.grants.revokeConfirm')} onConfirm={() => void revoke(g)}>
                  <Button size="small" danger data-testid={`revoke-${g.id}`}>
                    {t('privacy.grants.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('privacy.grants.title')}
        subtitle={steward ? t('privacy.grants.intro') : t('privacy.grants.deptIntro')}
        extra={
          steward && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-grant">
              {t('privacy.grants.create')}
            </Button>
          )
        }
      />
      {grants.error ? (
        <ProblemAlert error={grants.error} onRetry={grants.reload} />
      ) : (
        <Card>
          <Table
            rowKey="id"
            size="middle"
            loading={grants.loading}
            dataSource={grants.data ?? []}
            columns={columns}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('privacy.grants.empty') }}
            data-testid="grants"
          />
        </Card>
      )}
      {steward && (
        <GrantFormModal
          open={creating}
          elements={elements.data ?? []}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            message.success(t('privacy.grants.created'));
            void invalidate(keys.privacy);
          }}
        />
      )}
    </div>
  );
}
