// /notifications — every notification of the user, newest first, paged; unread only; mark all read.
import { useState } from 'react';
import { Button, Card, Pagination, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { notificationsApi } from '../../api/notificationsEndpoints.js';
import { keys, useApiMutation, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { NotificationList } from '../../components/notifications/NotificationList.js';

const PAGE_SIZE = 20;

export function NotificationsPage() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const list = useApiQuery({
    queryKey: keys.notifications.of('list', unreadOnly, page),
    queryFn: ({ signal }) =>
      notificationsApi.list({ page, pageSize: PAGE_SIZE, ...(unreadOnly ? { unread: true } : {}) }, signal),
  });
  const markRead = useApiMutation((ids: number[]) => notificationsApi.markRead(ids), [keys.notifications]);
  const markAll = useApiMutation(() => notificationsApi.markAllRead(), [keys.notifications]);
  const data = list.data;

  return (
    <div className="page">
      <PageHeader
        title={t('notif.title')}
        subtitle={t('notif.subtitle')}
        testId="notifications-title"
        extra={
          <Button
            disabled={!data?.unread}
            loading={markAll.isPending}
            onClick={() => markAll.mutate(undefined)}
            data-testid="notifications-page-mark-all"
          >
            {t('notif.markAllRead')}
          </Button>
        }
      />
      <Card>
        <Segmented
          className="notification-filter"
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => {
            setUnreadOnly(v === 'unread');
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('notif.all') },
            { value: 'unread', label: `${t('notif.unread')}${data ? ` ${data.unread}` : ''}` },
          ]}
          data-testid="notifications-filter"
        />
        {list.error && <ProblemAlert error={list.error} onRetry={list.reload} />}
        <NotificationList
          items={data?.items ?? []}
          loading={list.loading}
          emptyText={unreadOnly ? t('notif.emptyUnread') : t('notif.empty')}
          onOpen={(n) => (n.readAt ? undefined : markRead.mutateAsync([n.id]))}
        />
        {data && data.total > PAGE_SIZE && (
          <Pagination
            className="notification-pagination"
            current={page}
            pageSize={PAGE_SIZE}
            total={data.total}
            onChange={setPage}
            showSizeChanger={false}
            size="small"
          />
        )}
      </Card>
    </div>
  );
}
