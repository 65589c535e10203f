// A list of notifications: unread ones marked, each opening what it is about (and marked read).
import { List, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { NotificationView } from '#common/api/notifications.js';

export function NotificationList({
  items,
  loading,
  emptyText,
  onOpen,
}: {
  items: NotificationView[];
  loading?: boolean;
  emptyText: string;
  /** Marks it read; the list then goes where it links. */
  onOpen: (n: NotificationView) => Promise<unknown> | void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <List
      className="notification-list"
      loading={loading}
      dataSource={items}
      locale={{ emptyText }}
      renderItem={(n) => (
        <List.Item
          key={n.id}
          className={n.readAt ? 'notification-item' : 'notification-item notification-unread'}
          data-testid="notification-item"
          data-unread={n.readAt ? undefined : 'true'}
          onClick={() => {
            void Promise.resolve(onOpen(n)).then(() => {
              if (n.link) void navigate(n.link);
            });
          }}
          role="button"
          tabIndex={0}
          aria-label={n.link ? `${t('notif.open')}: ${n.text}` : n.text}
        >
          <span className={n.readAt ? 'notification-dot notification-dot-read' : 'notification-dot'} aria-hidden />
          <div className="notification-body">
            <Typography.Text strong={!n.readAt} className="notification-text">
              {n.text}
            </Typography.Text>
            <Typography.Text type="secondary" className="notification-time">
              {dayjs(n.createdAt).format('YYYY-MM-DD HH:mm')}
            </Typography.Text>
          </div>
        </List.Item>
      )}
    />
  );
}
