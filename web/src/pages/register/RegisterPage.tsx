// /register — the register of informal demands. Community workers record work that reached them
// outside the gate and see their community's entries; the burden office sees the summary by
// department, filters, follows up and (with a logged reason) reveals anonymous reporters; the street
// and the departments read what concerns them.
import { useState } from 'react';
import { Alert, App, Button, Card, Dropdown, Select, Space } from 'antd';
import { DownOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DEMAND_STATUSES, type DemandStatus } from '#common/dispatch.js';
import { informalApi } from '../../api/dispatchEndpoints.js';
import { REVIEW_ACTIONS, type ReviewAction } from '#common/dispatch.js';
import type { Demand, DemandQuery } from '#common/api/dispatch.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatAmount, formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';
import { DemandFormModal } from './DemandFormModal.js';
import { DemandSummary } from './DemandSummary.js';
import { DemandTable } from './DemandTable.js';
import { RevealModal } from './RevealModal.js';
import { ReviewModal } from './ReviewModal.js';

type IntroRole = 'community_worker' | 'reviewer' | 'street_officer' | 'department_officer';

export function RegisterPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { message } = App.useApp();
  const me = useMe();
  const worker = me.role === 'community_worker';
  const reviewer = me.role === 'reviewer';
  const [query, setQuery] = useState<DemandQuery>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [reviewing, setReviewing] = useState<{ demand: Demand; action: ReviewAction } | null>(null);
  const [revealing, setRevealing] = useState<Demand | null>(null);
  const [revealed, setRevealed] = useState<ReadonlyMap<number, string>>(new Map());
  const list = useApiQuery({
    queryKey: keys.informal.of('list', JSON.stringify(query)),
    queryFn: ({ signal }) => informalApi.list(query, signal),
  });
  const summary = useApiQuery({
    queryKey: keys.informal.of('summary', reviewer),
    queryFn: reviewer ? ({ signal }) => informalApi.summary(signal) : skipToken,
  });
  const totals = (summary.data ?? []).reduce(
    (a, r) => ({ entries: a.entries + r.entries, hours: a.hours + r.hours, open: a.open + r.open }),
    { entries: 0, hours: 0, open: 0 },
  );
  const invalidate = useInvalidate();
  const refresh = () => void invalidate(keys.informal);
  const pickDepartment = (departmentCode: string | undefined) => setQuery((q) => ({ ...q, departmentCode, page: 1 }));

  const reviewActions = (d: Demand) => (
    <Space size={0} wrap className="row-actions">
      <Dropdown
        disabled={d.status === 'resolved'}
        menu={{
          items: REVIEW_ACTIONS.map((a) => ({
            key: a,
            label: <span data-testid={`review-${a}`}>{t(`register.review.actions.${a}`)}</span>,
          })),
          onClick: ({ key }) => setReviewing({ demand: d, action: key as ReviewAction }),
        }}
      >
        <Button type="link" size="small" data-testid={`demand-review-${d.id}`}>
          {t('register.review.menu')} <DownOutlined />
        </Button>
      </Dropdown>
      {d.anonymous && !d.reporter && !revealed.has(d.id) && (
        <Button
          type="link"
          size="small"
          icon={<EyeOutlined />}
          onClick={() => setRevealing(d)}
          data-testid={`demand-reveal-${d.id}`}
        >
          {t('register.reveal.button')}
        </Button>
      )}
    </Space>
  );

  return (
    <div className="page register-page">
      <PageHeader
        title={t('register.title')}
        subtitle={t(`register.intro.${me.role as IntroRole}`, { org: me.org.name })}
        extra={
          worker && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="demand-new">
              {t('register.create')}
            </Button>
          )
        }
      />
      {worker && <Alert type="info" showIcon className="page-alert" title={t('register.why')} />}
      {reviewer && (
        <>
          <div className="stat-strip register-stats">
            <div>
              <strong>{formatNumber(totals.entries)}</strong>
              <span>{t('register.stats.entries')}</span>
            </div>
            <div>
              <strong>{formatAmount(totals.hours)}</strong>
              <span>{t('register.stats.hours')}</span>
            </div>
            <div>
              <strong className={totals.open > 0 ? 'text-warning' : undefined}>{formatNumber(totals.open)}</strong>
              <span>{t('register.stats.open')}</span>
            </div>
          </div>
          {summary.error ? (
            <ProblemAlert error={summary.error} onRetry={summary.reload} />
          ) : (
            <DemandSummary rows={summary.data ?? []} selected={query.departmentCode} onPick={pickDepartment} />
          )}
        </>
      )}
      <Card className="register-list">
        {(reviewer || me.role === 'street_officer') && (
          <Space wrap size={12} className="table-filters">
            {reviewer && (
              <Select<string>
                data-testid="demand-filter-department"
                allowClear
                className="filter-select-wide"
                placeholder={t('register.filters.department')}
                value={query.departmentCode}
                onChange={pickDepartment}
                options={(summary.data ?? []).map((r) => ({ value: r.department.code, label: r.department.name }))}
              />
            )}
            <Select<DemandStatus>
              data-testid="demand-filter-status"
              allowClear
              className="filter-select"
              placeholder={t('register.filters.status')}
              value={query.status}
              onChange={(status) => setQuery((q) => ({ ...q, status, page: 1 }))}
              options={DEMAND_STATUSES.map((s) => ({ value: s, label: labels.demandStatus(s) }))}
            />
          </Space>
        )}
        {list.error ? (
          <ProblemAlert error={list.error} onRetry={list.reload} />
        ) : (
          <DemandTable
            data={list.data}
            loading={list.loading}
            page={query.page ?? 1}
            pageSize={query.pageSize ?? 20}
            onPage={(page, pageSize) => setQuery((q) => ({ ...q, page, pageSize }))}
            showCommunity={!worker}
            revealed={revealed}
            actions={reviewer ? reviewActions : undefined}
          />
        )}
      </Card>
      {creating && (
        <DemandFormModal
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            void message.success(t('register.form.done'));
            refresh();
          }}
        />
      )}
      {reviewing && (
        <ReviewModal
          demand={reviewing.demand}
          action={reviewing.action}
          onClose={() => setReviewing(null)}
          onDone={() => {
            void message.success(
              t('register.review.done', { action: t(`register.review.actions.${reviewing.action}`) }),
            );
            setReviewing(null);
            refresh();
          }}
        />
      )}
      {revealing && (
        <RevealModal
          demand={revealing}
          onClose={() => setRevealing(null)}
          onRevealed={(id, name) => setRevealed((m) => new Map(m).set(id, name))}
        />
      )}
    </div>
  );
}
