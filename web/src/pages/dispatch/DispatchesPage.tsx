// /dispatches — the department's dispatches with progress per community, and the refusals they met.
import { useState } from 'react';
import { Button, Card, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dispatchApi } from '../../api/dispatchEndpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatNumber } from '../../i18n/format.js';
import { DispatchTable } from './DispatchTable.js';
import { RefusalsPanel } from './RefusalsPanel.js';

export function DispatchesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'refusals' ? 'refusals' : 'dispatches';
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const list = useApiQuery({
    queryKey: keys.dispatch.of('list', paging.page, paging.pageSize),
    queryFn: ({ signal }) => dispatchApi.list(paging.page, paging.pageSize, signal),
  });
  const refusals = useApiQuery({
    // The tab's count: refusals not answered yet.
    queryKey: keys.dispatch.of('refusals', 1, 'unanswered'),
    queryFn: ({ signal }) => dispatchApi.refusals(1, 1, 'unanswered', signal),
  });

  return (
    <div className="page">
      <PageHeader
        title={t('dispatch.title')}
        subtitle={t('dispatch.intro', { dept: me.departmentName ?? me.org.name })}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/dispatches/new')}
            data-testid="dispatch-new"
          >
            {t('dispatch.create')}
          </Button>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'refusals' ? { tab: k } : {}, { replace: true })}
          items={[
            {
              key: 'dispatches',
              label: (
                <span data-testid="dispatch-tab-list">
                  {t('dispatch.tabs.dispatches', { n: formatNumber(list.data?.total ?? 0) })}
                </span>
              ),
              children: list.error ? (
                <ProblemAlert error={list.error} onRetry={list.reload} />
              ) : (
                <DispatchTable
                  data={list.data}
                  loading={list.loading}
                  page={paging.page}
                  pageSize={paging.pageSize}
                  onPage={(page, pageSize) =>
                    setPaging((p) => ({ page: pageSize === p.pageSize ? page : 1, pageSize }))
                  }
                />
              ),
            },
            {
              key: 'refusals',
              label: (
                <span data-testid="dispatch-tab-refusals">
                  {t('dispatch.tabs.refusals', { n: formatNumber(refusals.data?.total ?? 0) })}
                </span>
              ),
              children: <RefusalsPanel initialState="unanswered" />,
            },
          ]}
        />
      </Card>
    </div>
  );
}
