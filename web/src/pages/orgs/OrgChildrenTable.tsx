// The paged table of an org's direct children.
import { useState } from 'react';
import { Card, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { orgsApi } from '../../api/endpoints.js';
import type { OrgView } from '#common/api/orgs.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatNumber } from '../../i18n/format.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

export function OrgChildrenTable({ code, total }: { code: string; total: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState({ code, page: 1, pageSize: 10 });
  // A new org starts on page 1 again.
  const current = page.code === code ? page : { code, page: 1, pageSize: page.pageSize };
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.orgs.of('children', code, current.page, current.pageSize),
    queryFn: ({ signal }) => orgsApi.children(code, current.page, current.pageSize, signal),
  });

  return (
    <Card title={t('orgs.childrenTitle', { n: formatNumber(total) })} className="org-card" data-testid="org-children">
      {error ? (
        <ProblemAlert error={error} onRetry={reload} />
      ) : (
        <ResponsiveTable<OrgView>
          rowKey="code"
          size="small"
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('orgs.noChildren') }}
          pagination={{
            current: current.page,
            pageSize: current.pageSize,
            total: data?.total ?? total,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (n) => t('common.total', { total: formatNumber(n) }),
            onChange: (p, size) => setPage({ code, page: size === current.pageSize ? p : 1, pageSize: size }),
          }}
          columns={[
            {
              key: 'name',
              title: t('orgs.name'),
              render: (_, o) => (
                <span>
                  <Link to={`/orgs/${o.code}`}>{o.name}</Link>
                  {o.isDemo && (
                    <Tag color="orange" className="inline-tag">
                      {t('common.demoTag')}
                    </Tag>
                  )}
                </span>
              ),
            },
            {
              key: 'code',
              title: t('orgs.code'),
              width: 170,
              render: (_, o) => <span className="mono">{o.code}</span>,
            },
            { key: 'level', title: t('orgs.level'), width: 110, render: (_, o) => t(`levels.${o.level}`) },
            { key: 'children', title: t('orgs.childCount'), dataIndex: 'childCount', align: 'right', width: 90 },
            { key: 'fullName', title: t('orgs.fullName'), dataIndex: 'fullName', ellipsis: true },
          ]}
        />
      )}
    </Card>
  );
}
