// The department's dispatches: title and number, when sent, due date, progress across communities.
import { Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dispatchApi } from '../../api/dispatchEndpoints.js';
import type { Dispatch } from '#common/api/dispatch.js';
import type { Page } from '#common/api/schema.js';
import { ProgressBar, openCount } from '../../components/dispatch/ProgressBar.js';
import { todayIso } from '../../components/dispatch/useValidAdmissions.js';
import { formatDateTime, formatNumber } from '../../i18n/format.js';

interface Props {
  data: Page<Dispatch> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}

export function DispatchTable({ data, loading, page, pageSize, onPage }: Props) {
  const { t } = useTranslation();
  const today = todayIso();
  const columns: TableColumnsType<Dispatch> = [
    {
      key: 'title',
      title: t('dispatch.fields.title'),
      render: (_, d) => (
        <div className="cell-stack">
          <Link to={`/dispatches/${d.id}`} data-testid={`dispatch-row-${d.id}`}>
            <Typography.Text strong className="link-text">
              {d.title}
            </Typography.Text>
          </Link>
          <span className="small">
            <span className="mono adm-number-cell">{d.admission.number}</span>{' '}
            <span className="muted">{d.admission.title}</span>
          </span>
        </div>
      ),
    },
    {
      key: 'created',
      title: t('dispatch.fields.createdAt'),
      width: 140,
      className: 'nowrap',
      render: (_, d) => formatDateTime(d.createdAt),
    },
    {
      key: 'due',
      title: t('dispatch.fields.due'),
      width: 110,
      className: 'nowrap',
      render: (_, d) => (
        <span className={d.dueDate < today && openCount(d.counts) > 0 ? 'text-danger' : undefined}>{d.dueDate}</span>
      ),
    },
    {
      key: 'progress',
      title: t('dispatch.fields.progress'),
      width: 330,
      render: (_, d) => <ProgressBar counts={d.counts} compact />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 170,
      render: (_, d) => (
        <Space size={0} className="row-actions">
          <Link to={`/dispatches/${d.id}`}>
            <Button type="link" size="small" icon={<EyeOutlined />}>
              {t('common.view')}
            </Button>
          </Link>
          <Button type="link" size="small" icon={<DownloadOutlined />} href={dispatchApi.exportUrl(d.id)}>
            XLSX
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Table<Dispatch>
      data-testid="dispatch-list"
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      columns={columns}
      scroll={{ x: 960 }}
      locale={{ emptyText: t('dispatch.empty') }}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { total: formatNumber(n) }),
        onChange: onPage,
      }}
    />
  );
}
