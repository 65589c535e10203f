// The review queue: applications waiting for the burden-reduction office, soonest due first; overdue
// rows in red.
import type { HTMLAttributes } from 'react';
import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Admission } from '#common/api/admission.js';
import { ReviewClockText } from '../../components/admission/ReviewClockText.js';
import { AdmissionStatusTag } from '../../components/admission/StatusTag.js';
import { formatAmount, formatDateTime, formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';

export function ReviewQueueTable({ items, loading }: { items: Admission[]; loading: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <Table<Admission>
      data-testid="review-queue"
      rowKey="id"
      loading={loading}
      dataSource={items}
      rowClassName={(a) => (a.clock?.overdue ? 'row-overdue' : '')}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('review.emptyQueue') }}
      pagination={{
        defaultPageSize: 20,
        hideOnSinglePage: true,
        showTotal: (n) => t('common.total', { total: formatNumber(n) }),
      }}
      onRow={(a) =>
        ({
          'data-overdue': a.clock?.overdue ?? false,
          'data-testid': `queue-row-${a.id}`,
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          key: 'clock',
          title: t('review.clock'),
          width: 190,
          render: (_, a) => (a.clock ? <ReviewClockText clock={a.clock} /> : '—'),
        },
        {
          key: 'title',
          title: t('adm.fields.title'),
          render: (_, a) => (
            <div className="cell-stack">
              <Link to={`/admissions/${a.id}`}>
                <Typography.Text strong className="link-text">
                  {a.title}
                </Typography.Text>
              </Link>
              <span className="muted small">
                {a.department.name} · {labels.objectKind(a.kind)} · {labels.listType(a.listType)}
                {a.emergency && <span className="text-danger emergency-mark">{t('adm.fields.emergency')}</span>}
              </span>
            </div>
          ),
        },
        {
          key: 'status',
          title: t('adm.fields.status'),
          width: 140,
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
              <span className="muted small">
                {t('adm.scope.communityCount', { n: formatNumber(a.communityCount) })}
              </span>
            </div>
          ),
        },
        { key: 'start', title: t('adm.fields.startDate'), width: 110, dataIndex: 'startDate' },
        {
          key: 'submitted',
          title: t('review.submittedAt'),
          width: 150,
          render: (_, a) => formatDateTime(a.submittedAt),
        },
      ]}
    />
  );
}
