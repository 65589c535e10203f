// 社区待办 — a community's inbox: the admitted work dispatched to it, by status, with the right to
// refuse stated up front. The community's own workers act on it; its street and the reviewers read it
// (/communities/:code/inbox).
import { useEffect, useState } from 'react';
import { Alert, App, Card, Empty, Pagination, Space, Spin, Tabs } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { inboxApi } from '../../api/dispatchEndpoints.js';
import type { InboxItem } from '#common/api/dispatch.js';
import type { ItemAction } from '#common/dispatch.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';
import { dropShellPreview } from '../../app/shellPreview.js';
import { CommunityPageHeader } from '../communities/CommunityPageHeader.js';
import { CompleteModal } from './CompleteModal.js';
import { InboxItemCard } from './InboxItemCard.js';
import { RefuseModal } from './RefuseModal.js';
import { INBOX_TABS, asTab, type InboxTab } from './tabs.js';
import { useInboxCounts } from './useInboxCounts.js';

const PAGE_SIZE = 10;

export function InboxPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { message } = App.useApp();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const tab = asTab(params.get('status'));
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [modal, setModal] = useState<{ item: InboxItem; action: 'complete' | 'refuse' } | null>(null);
  const counts = useInboxCounts(code);
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.inbox.of('list', code, tab, page),
    queryFn: ({ signal }) =>
      inboxApi.list(code, { status: tab === 'all' ? undefined : tab, page, pageSize: PAGE_SIZE }, signal),
  });
  // The server's read-only preview of this list (server/src/http/app-shell.ts) goes once the list is here.
  useEffect(() => {
    if (!loading) dropShellPreview();
  }, [loading]);
  const own = me.role === 'community_worker' && me.org.code === code;
  const name = data?.community.name ?? (own ? me.org.name : undefined);

  const invalidate = useInvalidate();
  // An item's move changes the inbox and its dispatch's progress.
  const refresh = () => void invalidate(keys.inbox, keys.dispatch);
  const done = (action: ItemAction) => {
    setModal(null);
    void message.success(t(`inbox.done.${action}`));
    refresh();
  };
  const act = async (item: InboxItem, action: ItemAction) => {
    if (action === 'complete' || action === 'refuse') return setModal({ item, action });
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
      <span className={k === 'overdue' && (counts.data?.get(k) ?? 0) > 0 ? 'tab-count tab-count-danger' : 'tab-count'}>
        {counts.data ? formatNumber(counts.data.get(k) ?? 0) : '·'}
      </span>
    </span>
  );

  return (
    <div className="page inbox-page">
      <CommunityPageHeader
        code={code}
        name={name}
        view="inbox"
        title={own ? t('inbox.title') : t('inbox.titleOf', { name: name ?? code })}
        subtitle={own ? t('inbox.intro') : t('inbox.introReadOnly', { name: name ?? code })}
      />
      {own ? (
        <Alert
          type="info"
          showIcon
          className="page-alert inbox-banner"
          data-testid="inbox-banner"
          title={t('inbox.rightBanner')}
          description={
            <span>
              {t('inbox.rightBannerHint')} <Link to="/register">{t('inbox.registerLink')}</Link>
            </span>
          }
        />
      ) : (
        <Alert type="warning" showIcon className="page-alert" title={t('inbox.readOnly')} />
      )}
      {data?.handledElsewhere?.map((h) => (
        <Alert
          key={h.name}
          type="success"
          showIcon
          className="page-alert"
          data-testid="inbox-handled-elsewhere"
          title={t('pur.handledElsewhere', { name: h.name, n: h.open })}
        />
      ))}
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
          <div data-testid="inbox-list" data-count={0}>
            <Empty description={tab === 'all' ? t('inbox.emptyAll') : t('inbox.empty')} data-testid="inbox-empty" />
          </div>
        ) : (
          <Spin spinning={loading}>
            <Space
              orientation="vertical"
              size={12}
              className="full-width"
              data-testid="inbox-list"
              data-count={data.items.length}
            >
              {data.items.map((item) => (
                <InboxItemCard
                  key={item.id}
                  item={item}
                  busy={busyId === item.id}
                  onAction={(i, a) => void act(i, a)}
                />
              ))}
            </Space>
            {data.total > PAGE_SIZE && (
              <Pagination
                className="list-pagination"
                current={page}
                pageSize={PAGE_SIZE}
                total={data.total}
                showTotal={(n) => t('common.total', { total: formatNumber(n) })}
                onChange={(p) => setParams({ ...(tab === 'all' ? {} : { status: tab }), page: String(p) })}
              />
            )}
          </Spin>
        )}
      </Card>
      {modal?.action === 'complete' && (
        <CompleteModal item={modal.item} onClose={() => setModal(null)} onDone={() => done('complete')} />
      )}
      {modal?.action === 'refuse' && (
        <RefuseModal item={modal.item} onClose={() => setModal(null)} onDone={() => done('refuse')} />
      )}
    </div>
  );
}

/** /inbox — the worker's own community. */
export function MyInboxRoute() {
  const me = useMe();
  return <InboxPage code={me.org.code} />;
}

/** /communities/:code/inbox — any community the reader may see. */
export function CommunityInboxRoute() {
  const code = useParams().code ?? '';
  return <InboxPage key={code} code={code} />;
}
