// What an org holds — its departments and its own accounts — for those whose jurisdiction covers
// it. Outside it the server answers 403 out_of_scope, shown here as a plain explanation.
import { Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { orgsApi } from '../../api/endpoints.js';
import { useMe } from '../../api/session.js';
import type { Department, StaffMember } from '#common/api/orgs.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { RoleTag } from '../../components/RoleTag.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

function DepartmentTags({ departments }: { departments: Department[] }) {
  const { t } = useTranslation();
  if (!departments.length) return <Typography.Text type="secondary">{t('orgs.noDepartments')}</Typography.Text>;
  return (
    <div className="dept-tags" data-testid="profile-departments">
      {departments.map((d) => (
        <Tag
          key={d.code}
          title={d.name}
          color={d.isBurdenOffice ? 'gold' : d.active ? 'blue' : 'default'}
          variant="outlined"
        >
          {d.shortName}
          {!d.active && ` · ${t('orgs.inactive')}`}
        </Tag>
      ))}
    </div>
  );
}

function StaffTable({ staff }: { staff: StaffMember[] }) {
  const { t } = useTranslation();
  return (
    <ResponsiveTable<StaffMember>
      data-testid="profile-staff"
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={staff}
      locale={{ emptyText: t('orgs.noStaff') }}
      columns={[
        { key: 'name', title: t('users.displayName'), dataIndex: 'displayName' },
        { key: 'username', title: t('users.username'), dataIndex: 'username' },
        { key: 'role', title: t('users.role'), render: (_, s) => <RoleTag role={s.role} /> },
        { key: 'dept', title: t('users.department'), render: (_, s) => s.departmentName ?? '—' },
        {
          key: 'status',
          title: t('orgs.status'),
          render: (_, s) =>
            s.disabled ? <Tag>{t('users.disabled')}</Tag> : <Tag color="success">{t('orgs.active')}</Tag>,
        },
      ]}
    />
  );
}

export function OrgProfileSection({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.orgs.of('profile', code, i18n.language),
    queryFn: ({ signal }) => orgsApi.profile(code, signal),
  });
  const scope = me.org.name;

  let body;
  if (error?.code === 'out_of_scope') {
    body = (
      <ProblemAlert
        testId="profile-alert"
        error={error}
        title={t('orgs.outOfScope')}
        description={t('orgs.outOfScopeDesc', { scope })}
      />
    );
  } else if (error) {
    body = <ProblemAlert testId="profile-alert" error={error} onRetry={reload} />;
  } else if (data) {
    body = (
      <Space orientation="vertical" size={16} className="full-width">
        <section>
          <Typography.Title level={5} className="section-title">
            {t('orgs.departments')}
            {data.departments.length > 0 && (
              <span className="section-count">{t('orgs.departmentCount', { n: data.departments.length })}</span>
            )}
          </Typography.Title>
          <DepartmentTags departments={data.departments} />
        </section>
        <section>
          <Typography.Title level={5} className="section-title">
            {t('orgs.staff')}
            {data.staff && <span className="section-count">{data.staff.length}</span>}
          </Typography.Title>
          {data.staff ? (
            <StaffTable staff={data.staff} />
          ) : (
            <Typography.Text type="secondary">{t('orgs.staffHidden')}</Typography.Text>
          )}
        </section>
      </Space>
    );
  } else {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  }
  return (
    <Card title={t('orgs.profile')} className="org-card" loading={loading && !data && !error} data-testid="org-profile">
      {body}
    </Card>
  );
}
