// The paged users table with its row actions (edit, reset password, disable/enable).
import { App, Badge, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.js';
import { usersApi } from '../../../api/endpoints.js';
import { useMe } from '../../../api/session.js';
import type { Page } from '#common/api/schema.js';
import type { UserView } from '#common/api/accounts.js';
import { RoleTag } from '../../../components/RoleTag.js';
import { formatDateTime, formatNumber } from '../../../i18n/format.js';

interface Props {
  data: Page<UserView> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  onEdit: (u: UserView) => void;
  onResetPassword: (u: UserView) => void;
  onChanged: () => void;
}

export function UsersTable({ data, loading, page, pageSize, onPage, onEdit, onResetPassword, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();

  const toggle = async (u: UserView) => {
    try {
      await usersApi.update(u.id, { disabled: !u.disabled });
      void message.success(t(u.disabled ? 'users.enabledDone' : 'users.disabledDone', { name: u.displayName }));
      onChanged();
    } catch (err) {
      if (!isApiError(err)) throw err;
      void message.error(err.problem.errors?.[0]?.message ?? err.problem.title);
    }
  };

  return (
    <Table<UserView>
      data-testid="users-table"
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      scroll={{ x: i18n.language === 'en' ? 1090 : 1030 }}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { total: formatNumber(n) }),
        onChange: onPage,
      }}
      columns={[
        {
          key: 'name',
          title: t('users.displayName'),
          width: 150,
          className: 'nowrap',
          render: (_, u) => (
            <Space size={4}>
              <Typography.Text strong>{u.displayName}</Typography.Text>
              {u.id === me.id && <Tag color="blue">{t('users.you')}</Tag>}
            </Space>
          ),
        },
        // 200 px keeps dept.shushan.chengguan on one line at 1440×900.
        { key: 'username', title: t('users.username'), dataIndex: 'username', width: 200 },
        { key: 'role', title: t('users.role'), width: 150, render: (_, u) => <RoleTag role={u.role} /> },
        {
          key: 'org',
          title: t('users.org'),
          render: (_, u) => (
            <div className="cell-stack">
              <span>{u.orgName ?? u.orgCode}</span>
              {u.departmentName && <span className="muted small">{u.departmentName}</span>}
            </div>
          ),
        },
        {
          key: 'status',
          title: t('users.status'),
          width: 90,
          className: 'nowrap',
          render: (_, u) =>
            u.disabled ? (
              <Badge status="default" text={t('users.disabled')} />
            ) : (
              <Badge status="success" text={t('users.enabled')} />
            ),
        },
        {
          key: 'lastLogin',
          title: t('users.lastLogin'),
          width: 140,
          className: 'nowrap',
          render: (_, u) => formatDateTime(u.lastLoginAt) || <span className="muted">{t('common.never')}</span>,
        },
        {
          key: 'actions',
          title: t('common.actions'),
          fixed: 'right',
          width: i18n.language === 'en' ? 250 : 200,
          render: (_, u) => (
            <Space size={0} className="row-actions">
              <Button type="link" size="small" onClick={() => onEdit(u)} data-testid={`user-edit-${u.username}`}>
                {t('common.edit')}
              </Button>
              <Button
                type="link"
                size="small"
                onClick={() => onResetPassword(u)}
                data-testid={`user-reset-${u.username}`}
              >
                {t('users.resetPassword')}
              </Button>
              {u.id !== me.id && (
                <Popconfirm
                  title={t(u.disabled ? 'users.enableConfirm' : 'users.disableConfirm', { name: u.displayName })}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => toggle(u)}
                >
                  <Button type="link" size="small" danger={!u.disabled} data-testid={`user-toggle-${u.username}`}>
                    {u.disabled ? t('users.enable') : t('users.disable')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
