// A paged table of applications: number and title, kind, status, burden, term and last change. The
// applicant's list and the reviewer's decided tab share it (the reviewer also sees the department).
import type { ReactNode } from 'react';
import { Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Admission } from '#common/api/admission.js';
import type { Page } from '#common/api/schema.js';
import { AdmissionStatusTag } from '../../components/admission/StatusTag.js';
import { formatAmount, formatDateTime, formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';

interface Props {
  data: Page<Admission> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  showDepartment?: boolean;
  /** Extra cells at the end (row actions). */
  actions?: (a: Admission) => ReactNode;
  testId?: string;
}

export function AdmissionsTable({ data, loading, page, pageSize, onPage, showDepartment, actions, testId }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const columns: TableColumnsType<Admission> = [
    {
      key: 'title',
      title: t('adm.list.numberTitle'),
      render: (_, a) => (
        <div className="cell-stack">
          <Link to={`/admissions/${a.id}`} data-testid={`adm-row-${a.id}`}>
            <Typography.Text strong className="link-text">
              {a.title}
            </Typography.Text>
          </Link>
          <span className="small">
            {a.number ? (
              <span className="mono adm-number-cell">{a.number}</span>
            ) : (
              <span className="muted">{t('adm.list.noNumber')}</span>
            )}
            {a.emergency && <span className="text-danger small emergency-mark">{t('adm.fields.emergency')}</span>}
          </span>
        </div>
      ),
    },
    ...(showDepartment
      ? [
          {
            key: 'dept',
            title: t('adm.fields.department'),
            width: 170,
            render: (_: unknown, a: Admission) => a.department.name,
          },
        ]
      : []),
    { key: 'kind', title: t('adm.fields.kind'), width: 120, render: (_, a) => labels.objectKind(a.kind) },
    {
      key: 'status',
      title: t('adm.fields.status'),
      width: 130,
      render: (_, a) => <AdmissionStatusTag status={a.status} />,
    },
    {
      key: 'burden',
      title: t('adm.fields.burden'),
      width: 160,
      align: 'right',
      render: (_, a) => (
        <div className="cell-stack">
          <span>{t('adm.burden.perCommunity', { n: formatAmount(a.burden.hoursPerCommunityYear) })}</span>
          <span className="muted small">{t('adm.scope.communityCount', { n: formatNumber(a.communityCount) })}</span>
        </div>
      ),
    },
    { key: 'start', title: t('adm.fields.startDate'), width: 110, className: 'nowrap', dataIndex: 'startDate' },
    {
      key: 'updated',
      title: t('adm.list.updatedAt'),
      width: 140,
      className: 'nowrap',
      render: (_, a) => formatDateTime(a.updatedAt),
    },
    ...(actions
      ? [{ key: 'actions', title: t('common.actions'), width: 140, render: (_: unknown, a: Admission) => actions(a) }]
      : []),
  ];
  return (
    <Table<Admission>
      data-testid={testId}
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      columns={columns}
      scroll={{ x: 960 }}
      locale={{ emptyText: t('adm.list.empty') }}
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
