// The dry run's row-level error report (row, column, value, reason), paged on the server.
import { useState } from 'react';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { importsApi } from '../../api/hubEndpoints.js';
import type { ImportError } from '#common/api/hub.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { ProblemAlert } from '../ProblemAlert.js';

export function ImportErrorsTable({ importId, version }: { importId: number; version: string }) {
  const { t } = useTranslation();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const errors = useApiQuery({
    queryKey: keys.imports.of('errors', importId, paging.page, paging.pageSize, version),
    queryFn: ({ signal }) => importsApi.errors(importId, paging.page, paging.pageSize, signal),
  });
  if (errors.error) return <ProblemAlert error={errors.error} onRetry={errors.reload} />;
  return (
    <Table<ImportError>
      rowKey={(e) => `${e.rowNo}:${e.column}:${e.reason}`}
      size="small"
      data-testid="import-errors"
      loading={errors.loading}
      dataSource={errors.data?.items ?? []}
      onRow={(e) => ({ 'data-testid': `import-error-${e.rowNo}`, 'data-reason': e.reason }) as object}
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total: errors.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: (page, pageSize) => setPaging({ page, pageSize }),
      }}
      columns={[
        { key: 'row', title: t('hub.imports.errorRow'), width: 80, render: (_, e) => e.rowNo },
        { key: 'column', title: t('hub.imports.errorColumn'), width: 180, render: (_, e) => e.column },
        {
          key: 'value',
          title: t('hub.imports.errorValue'),
          width: 240,
          render: (_, e) => <span className="mono">{e.value || t('hub.imports.empty')}</span>,
        },
        {
          key: 'reason',
          title: t('hub.imports.errorReason'),
          render: (_, e) => <span className="text-danger">{e.message}</span>,
        },
      ]}
    />
  );
}
