// /apps — the registry of apps and work groups: a department's own (it files them, marks them as still
// in use, retires them), the street's and the reviewer's jurisdiction (the reviewer retires zombies).
import { useState } from 'react';
import { App, Button, Card, Space } from 'antd';
import { CheckOutlined, LogoutOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { appsApi } from '../../api/dispatchEndpoints.js';
import { APP_STATUSES } from '#common/dispatch.js';
import type { RegisteredApp } from '#common/api/apps.js';
import { useMe } from '../../api/session.js';
import { keys, useApiMutation, useApiQuery, useInvalidate } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatNumber } from '../../i18n/format.js';
import { AppsTable } from './AppsTable.js';
import { ExitModal } from './ExitModal.js';

type IntroRole = 'department_officer' | 'reviewer' | 'street_officer';

export function AppsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.apps.of('list'),
    queryFn: ({ signal }) => appsApi.list(signal),
  });
  const [exiting, setExiting] = useState<RegisteredApp | null>(null);
  const owner = me.role === 'department_officer';
  const canExit = owner || me.role === 'reviewer';
  const apps = data ?? [];

  // A write through TanStack Query: the apps list is invalidated once it succeeded.
  const markUsed = useApiMutation((a: RegisteredApp) => appsApi.markUsed(a.id), [keys.apps]);
  const onMarkUsed = (a: RegisteredApp) =>
    markUsed.mutate(a, {
      onSuccess: () => void message.success(t('apps.markedUsed')),
      onError: (err) => void message.error(err.problem.title),
    });
  const actions = (a: RegisteredApp) =>
    a.status === 'exited' ? null : (
      <Space size={0} orientation="vertical" align="start" className="row-actions">
        {owner && a.status !== 'expired' && (
          <Button
            type="link"
            size="small"
            icon={<CheckOutlined />}
            onClick={() => onMarkUsed(a)}
            data-testid={`app-used-${a.id}`}
          >
            {t('apps.markUsed')}
          </Button>
        )}
        <Button
          type="link"
          size="small"
          danger
          icon={<LogoutOutlined />}
          onClick={() => setExiting(a)}
          data-testid={`app-exit-${a.id}`}
        >
          {t('apps.exit')}
        </Button>
      </Space>
    );

  return (
    <div className="page">
      <PageHeader
        title={t('apps.title')}
        subtitle={t(`apps.intro.${me.role as IntroRole}`, { org: me.org.name })}
        extra={
          owner && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate('/apps/new')}
              data-testid="app-new"
            >
              {t('apps.create')}
            </Button>
          )
        }
      />
      <div className="stat-strip app-stats">
        {APP_STATUSES.map((s) => (
          <div key={s} data-testid={`apps-stat-${s}`}>
            <strong className={s === 'zombie' && apps.some((a) => a.status === s) ? 'text-warning' : undefined}>
              {formatNumber(apps.filter((a) => a.status === s).length)}
            </strong>
            <span>{t(`apps.stats.${s}`)}</span>
          </div>
        ))}
      </div>
      <Card>
        {error ? (
          <ProblemAlert error={error} onRetry={reload} />
        ) : (
          <AppsTable apps={apps} loading={loading} showDepartment={!owner} actions={canExit ? actions : undefined} />
        )}
      </Card>
      {exiting && (
        <ExitModal
          app={exiting}
          onClose={() => setExiting(null)}
          onDone={() => {
            setExiting(null);
            void message.success(t('apps.exited'));
            void invalidate(keys.apps);
          }}
        />
      )}
    </div>
  );
}
