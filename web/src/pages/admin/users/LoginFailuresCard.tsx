// 登录失败记录 on /admin/users: failed logins of the admin's own accounts (and, for a city admin, names
// that match no account, shown masked), newest first, searchable by username, paged.
import { useState } from 'react';
import { Card, Input, Table, Tag } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LoginFailure, LoginFailureQuery } from '#common/api/accounts.js';
import { usersApi } from '../../../api/endpoints.js';
import { keys, useApiQuery } from '../../../api/queries.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { formatDateTime } from '../../../i18n/format.js';

export function LoginFailuresCard() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<LoginFailureQuery>({ page: 1, pageSize: 10 });
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.users.of('login-failures', JSON.stringify(query)),
    queryFn: ({ signal }) => usersApi.loginFailures(query, signal),
  });
  return (
    <Card title={t('users.failures.title')} className="users-card" data-testid="login-failures">
      <p className="muted">{t('users.failures.intro')}</p>
      <Input.Search
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('users.failures.search')}
        onSearch={(v) => setQuery((q) => ({ ...q, username: v.trim() || undefined, page: 1 }))}
        className="users-search"
        data-testid="login-failures-search"
      />
      {error ? (
        <ProblemAlert error={error} onRetry={reload} />
      ) : (
        <Table<LoginFailure>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.items ?? []}
          scroll={{ x: 640 }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data?.total ?? 0,
            showTotal: (n) => t('users.failures.total', { n }),
            onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
          }}
          columns={[
            { title: t('users.failures.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v), width: 170 },
            {
              title: t('users.username'),
              dataIndex: 'username',
              render: (v: string, r) => (r.known ? v : <Tag>{v}</Tag>),
            },
            { title: t('users.failures.ip'), dataIndex: 'clientIp' },
            {
              title: t('users.failures.reason'),
              dataIndex: 'reason',
              render: (v: LoginFailure['reason']) => t(`users.failures.reasons.${v}`),
            },
          ]}
        />
      )}
    </Card>
  );
}
