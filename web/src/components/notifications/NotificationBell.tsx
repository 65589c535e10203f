// The bell in the header: unread count, the latest notifications in a popover, mark all read, and the way
// to the full list (/notifications).
import { useState } from 'react';
import { Badge, Button, Popover } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { notificationsApi } from '../../api/notificationsEndpoints.js';
import { keys, useApiMutation, useApiQuery } from '../../api/queries.js';
import { NotificationList } from './NotificationList.js';
import { useTodo, useTodoFollowsPages } from './useTodo.js';

const LATEST = 8;

export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useTodoFollowsPages();
  const unread = useTodo().data?.unread ?? 0;
  const latest = useApiQuery({
    queryKey: keys.notifications.of('latest', LATEST),
    queryFn: ({ signal }) => notificationsApi.list({ page: 1, pageSize: LATEST }, signal),
    enabled: open,
  });
  const markRead = useApiMutation((ids: number[]) => notificationsApi.markRead(ids), [keys.notifications]);
  const markAll = useApiMutation(() => notificationsApi.markAllRead(), [keys.notifications]);

  const content = (
    <div className="notification-popover" data-testid="notification-popover">
      <div className="notification-popover-head">
        <span className="notification-popover-title">{t('notif.title')}</span>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate(undefined)}
          data-testid="notifications-mark-all"
        >
          {t('notif.markAllRead')}
        </Button>
      </div>
      <NotificationList
        items={latest.data?.items ?? []}
        loading={latest.loading && !latest.data}
        emptyText={t('notif.empty')}
        onOpen={(n) => {
          setOpen(false);
          return n.readAt ? undefined : markRead.mutateAsync([n.id]);
        }}
      />
      <div className="notification-popover-foot">
        <Link to="/notifications" onClick={() => setOpen(false)} data-testid="notifications-view-all">
          {t('notif.viewAll')}
        </Link>
      </div>
    </div>
  );

  return (
    <Popover
      content={content}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
      arrow={false}
      classNames={{ root: 'notification-popover-root' }}
    >
      <Button
        type="text"
        className="notification-bell"
        aria-label={unread ? t('notif.bellWithCount', { count: unread }) : t('notif.bell')}
        data-testid="bell"
        icon={
          <Badge count={unread} size="small" overflowCount={99} data-testid="bell-count">
            <BellOutlined className="notification-bell-icon" />
          </Badge>
        }
      />
    </Popover>
  );
}
