// /review — the burden-reduction office's desk: counts (waiting, overdue, in consultation), the queue
// by review clock, and the decided applications (approved, rejected, revoked …).
import { useState } from 'react';
import { Card, Input, Select, Space, Tabs } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AdmissionStatus } from '#common/admission.js';
import type { AdmissionQuery } from '#common/api/admission.js';
import { admissionsApi } from '../../api/endpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useDebounced } from '../../components/useDebounced.js';
import { formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';
import { AdmissionsTable } from '../admission/AdmissionsTable.js';
import { ReviewQueueTable } from './ReviewQueueTable.js';
import { SignoffSettings } from './SignoffSettings.js';

const DECIDED: AdmissionStatus[] = [
  'approved',
  'rejected',
  'revoked',
  'expired',
  'returned',
  'withdrawn',
  'renewal_review',
];

export function ReviewPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'decided' ? 'decided' : 'queue';
  const queue = useApiQuery({
    queryKey: keys.admissions.of('list', 'queue'),
    queryFn: ({ signal }) => admissionsApi.list({ queue: true, pageSize: 200 }, signal),
  });
  const [query, setQuery] = useState<AdmissionQuery>({
    page: 1,
    pageSize: 20,
    status: ['approved', 'rejected', 'revoked'],
  });
  const [text, setText] = useState('');
  const typed = useDebounced(text.trim(), 300);
  // The search follows the typing once it pauses (state that follows a value: updated during render).
  const [searched, setSearched] = useState(typed);
  if (searched !== typed) {
    setSearched(typed);
    setQuery((q) => ((q.q ?? '') === typed ? q : { ...q, q: typed || undefined, page: 1 }));
  }
  const decided = useApiQuery({
    queryKey: keys.admissions.of('list', tab, JSON.stringify(query)),
    queryFn: tab === 'decided' ? ({ signal }) => admissionsApi.list(query, signal) : skipToken,
  });

  const items = queue.data?.items ?? [];
  const stats = [
    { key: 'waiting', n: queue.data?.total ?? 0, cls: '' },
    { key: 'overdue', n: items.filter((a) => a.clock?.overdue).length, cls: 'stat-danger' },
    { key: 'consultation', n: items.filter((a) => a.status === 'consultation').length, cls: 'stat-info' },
    { key: 'override', n: items.filter((a) => a.status === 'override_requested').length, cls: 'stat-warning' },
  ] as const;

  return (
    <div className="page">
      <PageHeader title={t('review.title')} subtitle={t('review.intro', { org: me.org.name })} />
      <div className="review-stats">
        {stats.map((s) => (
          <Card key={s.key} size="small" className={`review-stat ${s.cls}`} data-testid={`review-stat-${s.key}`}>
            <div className="review-stat-n">{formatNumber(s.n)}</div>
            <div className="review-stat-label">{t(`review.stats.${s.key}`)}</div>
          </Card>
        ))}
      </div>
      {me.role === 'reviewer' && <SignoffSettings jurisdiction={me.org.code} />}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'decided' ? { tab: 'decided' } : {}, { replace: true })}
          items={[
            {
              key: 'queue',
              label: t('review.tabs.queue', { n: formatNumber(queue.data?.total ?? 0) }),
              children: queue.error ? (
                <ProblemAlert error={queue.error} onRetry={queue.reload} />
              ) : (
                <ReviewQueueTable items={items} loading={queue.loading} />
              ),
            },
            {
              key: 'decided',
              label: t('review.tabs.decided'),
              children: (
                <>
                  <Space wrap size={12} className="table-filters">
                    <Input
                      data-testid="review-search"
                      allowClear
                      prefix={<SearchOutlined />}
                      placeholder={t('adm.list.searchPlaceholder')}
                      value={text}
                      onChange={(e) => setText(e.target.value)}
                      className="filter-search"
                    />
                    <Select<AdmissionStatus[]>
                      mode="multiple"
                      data-testid="review-status-filter"
                      value={query.status}
                      onChange={(status) =>
                        setQuery((q) => ({ ...q, status: status.length ? status : undefined, page: 1 }))
                      }
                      options={DECIDED.map((s) => ({ value: s, label: labels.status(s) }))}
                      placeholder={t('adm.list.allStatuses')}
                      className="filter-select-wide"
                      maxTagCount="responsive"
                    />
                  </Space>
                  {decided.error ? (
                    <ProblemAlert error={decided.error} onRetry={decided.reload} />
                  ) : (
                    <AdmissionsTable
                      testId="review-decided"
                      showDepartment
                      data={decided.data}
                      loading={decided.loading}
                      page={query.page ?? 1}
                      pageSize={query.pageSize ?? 20}
                      onPage={(page, pageSize) =>
                        setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize }))
                      }
                    />
                  )}
                </>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
