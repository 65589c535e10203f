// 承接待办 — a social organisation's inbox (role `social_org`): the dispatches under the admitted items its
// contracts cover, which go to it instead of the communities' inboxes. It acknowledges, starts and completes
// them (an organisation paid for the work does not refuse it); each card names the community it is for.
import { useState } from 'react';
import { Alert, App, Card, Empty, Pagination, Space, Spin, Tabs, Tag } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { inboxApi } from '../../api/dispatchEndpoints.js';
import type { InboxItem } from '#common/api/dispatch.js';
import type { ItemAction } from '#common/dispatch.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';
import { CompleteModal } from '../inbox/CompleteModal.js';
import { InboxItemCard } from '../inbox/InboxItemCard.js';
import { INBOX_TABS, asTab, type InboxTab } from '../inbox/tabs.js';

const PAGE_SIZE = 10;

export function OrgInboxPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const tab = asTab(params.get('status'));
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [completing, setCompleting] = useState<InboxItem | null>(null);
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.inbox.of('org', tab, page),
    queryFn: ({ signal }) =>
      inboxApi.orgList({ status: tab === 'all' ? undefined : tab, page, pageSize: PAGE_SIZE }, signal),
  });
  const invalidate = useInvalidate();
  const done = (action: ItemAction) => {
    setCompleting(null);
    void message.success(t(`inbox.done.${action}`));
    void invalidate(keys.inbox, keys.dispatch);
  };
  const act = async (item: InboxItem, action: ItemAction) => {
    if (action === 'complete') return setCompleting(item);
    setBusyId(item.id);
    try {
      await inboxApi.act(item.id, { action });
      done(action);
    } catch (err) {
      if (!isApiError(err)) throw err;
      void message.error(err.problem.title);
    } finally {
      setBusyId(null);
    }
  };
  const tabLabel = (k: InboxTab) => (
    <span data-testid={`inbox-tab-${k}`}>
      {k === 'all' ? t('inbox.tabs.all') : labels.inboxStatus(k)}
      <span className="tab-count">{data ? formatNumber(data.counts[k] ?? 0) : '·'}</span>
    </span>
  );
  return (
    <div className="page inbox-page" data-testid="org-inbox-page">
      <PageHeader title={t('pur.orgInbox.title')} subtitle={data?.org.name || undefined} />
      <Alert type="info" showIcon className="page-alert" title={t('pur.orgInbox.intro')} />
      <Card className="inbox-list-card">
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'all' ? {} : { status: k }, { replace: true })}
          items={INBOX_TABS.map((k) => ({ key: k, label: tabLabel(k) }))}
        />
        {error ? (
          <ProblemAlert error={error} onRetry={reload} />
        ) : !data ? (
          <div className="center-block">
            <Spin size="large" />
          </div>
        ) : data.items.length === 0 ? (
          <Empty description={t('pur.orgInbox.empty')} data-testid="org-inbox-empty" />
        ) : (
          <Spin spinning={loading}>
            <Space orientation="vertical" size={12} className="full-width" data-testid="org-inbox-list">
              {data.items.map((item) => (
                <div key={item.id}>
                  <Tag color="blue" data-testid="org-inbox-community">
                    {item.community.name}
                  </Tag>
                  <InboxItemCard item={item} busy={busyId === item.id} onAction={(i, a) => void act(i, a)} />
                </div>
              ))}
            </Space>
            {data.total > PAGE_SIZE && (
              <Pagination
                className="list-pagination"
                current={page}
                pageSize={PAGE_SIZE}
                total={data.total}
                onChange={(p) => setParams({ ...(tab === 'all' ? {} : { status: tab }), page: String(p) })}
              />
            )}
          </Spin>
        )}
      </Card>
      {completing && (
        <CompleteModal item={completing} onClose={() => setCompleting(null)} onDone={() => done('complete')} />
      )}
    </div>
  );
}
