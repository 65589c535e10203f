// /admin/users — search, filter and page through accounts; create, edit, disable, reset password.
import { useState } from 'react';
import { Button, Card, Input, Select, Space } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '#common/roles.js';
import { usersApi } from '../../../api/endpoints.js';
import { useMe } from '../../../api/session.js';
import type { UserQuery, UserView } from '#common/api/accounts.js';
import { keys, useApiQuery, useInvalidate } from '../../../api/queries.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { useDebounced } from '../../../components/useDebounced.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { ResetPasswordModal } from './ResetPasswordModal.js';
import { UserFormModal } from './UserFormModal.js';
import { UsersTable } from './UsersTable.js';
import { LoginFailuresCard } from './LoginFailuresCard.js';

type Status = 'enabled' | 'disabled';
type Editing = { user: UserView | null } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [query, setQuery] = useState<UserQuery>({ page: 1, pageSize: 20 });
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [resetting, setResetting] = useState<UserView | null>(null);
  const invalidate = useInvalidate();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.users.of('list', JSON.stringify(query)),
    queryFn: ({ signal }) => usersApi.list(query, signal),
  });
  const filter = (patch: Partial<UserQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));
  const typed = useDebounced(text.trim(), 300);
  // The search follows the typing once it pauses (state that follows a value: updated during render).
  const [searched, setSearched] = useState(typed);
  if (searched !== typed) {
    setSearched(typed);
    setQuery((q) => ((q.q ?? '') === typed ? q : { ...q, q: typed || undefined, page: 1 }));
  }
  const status: Status | undefined = query.disabled === undefined ? undefined : query.disabled ? 'disabled' : 'enabled';

  return (
    <div className="page users-page">
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.intro', { scope: me.org.name })}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ user: null })}
            data-testid="create-user"
          >
            {t('users.create')}
          </Button>
        }
      />
      <Card className="users-card">
        <Space wrap size={12} className="users-filters">
          <Input
            data-testid="users-search"
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('users.searchPlaceholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            className="users-search"
          />
          <Select<Role>
            data-testid="users-role-filter"
            allowClear
            placeholder={t('users.rolePlaceholder')}
            value={query.role}
            onChange={(role) => filter({ role })}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            className="users-filter"
          />
          <Select<Status>
            data-testid="users-status-filter"
            allowClear
            placeholder={t('users.statusPlaceholder')}
            value={status}
            onChange={(s) => filter({ disabled: s === undefined ? undefined : s === 'disabled' })}
            options={[
              { value: 'enabled', label: t('users.enabled') },
              { value: 'disabled', label: t('users.disabled') },
            ]}
            className="users-filter"
          />
        </Space>
        {error ? (
          <ProblemAlert error={error} onRetry={reload} />
        ) : (
          <UsersTable
            data={data}
            loading={loading}
            page={query.page ?? 1}
            pageSize={query.pageSize ?? 20}
            onPage={(page, pageSize) => setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize }))}
            onEdit={(user) => setEditing({ user })}
            onResetPassword={setResetting}
            onChanged={() => void invalidate(keys.users)}
          />
        )}
      </Card>
      <LoginFailuresCard />
      {editing && (
        <UserFormModal
          user={editing.user}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void invalidate(keys.users);
          }}
        />
      )}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </div>
  );
}
