// /burden/alerts — rebound alerts for the burden office, and the jurisdiction's baseline and budget.
import { useState } from 'react';
import { Card, Segmented, Table, Tag } from 'antd';
import { ALERT_RULES } from '#common/burden.js';
import { useTranslation } from 'react-i18next';
import { burdenApi } from '../../api/burdenEndpoints.js';
import type { BurdenAlert } from '#common/api/burden.js';
import { useMe } from '../../api/session.js';
import { formatAmount } from '../../i18n/format.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { BudgetSettingsCard } from './BudgetSettingsCard.js';
import { useBurdenLabels } from './useBurdenLabels.js';

const COLORS: Record<string, string> = {
  above_baseline: 'red',
  index_rising: 'volcano',
  renamed_item: 'magenta',
  informal_rising: 'orange',
  app_reappears: 'purple',
  near_duplicate_dispatch: 'gold',
  refusals_upheld: 'geekblue',
};

/** Hours in an alert's sentence read like hours elsewhere (12,345.6); scores and months stay as sent. */
const withHours = (params: BurdenAlert['params']) =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && /Hours$/.test(k) ? formatAmount(v) : v]),
  );

export function BurdenAlertsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useBurdenLabels();
  const alerts = useApiQuery({
    queryKey: keys.burden.of('alerts'),
    queryFn: ({ signal }) => burdenApi.alerts(undefined, signal),
  });
  const [rule, setRule] = useState<string>('all');
  const all = alerts.data ?? [];
  const count = (r: string) => all.filter((a) => a.rule === r).length;
  const shown = rule === 'all' ? all : all.filter((a) => a.rule === rule);
  return (
    <div className="burden-page" data-testid="burden-alerts">
      <PageHeader title={t('burden.alerts.title')} subtitle={t('burden.alerts.intro')} />
      {alerts.error && <ProblemAlert error={alerts.error} />}
      <Card size="small">
        <Segmented
          className="burden-alert-filter"
          value={rule}
          onChange={(v) => setRule(String(v))}
          options={[
            { value: 'all', label: `${t('common.all')} ${all.length}` },
            ...ALERT_RULES.filter((r) => count(r) > 0).map((r) => ({
              value: r,
              label: `${labels.rule(r)} ${count(r)}`,
            })),
          ]}
        />
        <Table<BurdenAlert>
          size="small"
          loading={alerts.loading}
          rowKey={(a, i) => `${a.rule}-${a.subject}-${i}`}
          dataSource={shown}
          locale={{ emptyText: t('burden.alerts.empty') }}
          pagination={{ pageSize: 15, showSizeChanger: false }}
          columns={[
            {
              key: 'rule',
              title: t('burden.alerts.rule'),
              width: 190,
              render: (_, a) => <Tag color={COLORS[a.rule]}>{labels.rule(a.rule)}</Tag>,
            },
            { key: 'subject', title: t('burden.alerts.subject'), width: 200, render: (_, a) => a.subjectName },
            {
              key: 'month',
              title: t('burden.alerts.month'),
              width: 150,
              // A rise shows the month it began as well as the latest.
              render: (_, a) => (a.since && a.since !== a.month ? `${a.since} → ${a.month}` : a.month),
            },
            {
              key: 'detail',
              title: t('burden.alerts.detail'),
              render: (_, a) =>
                t(`burden.alerts.params.${a.rule}`, { ...withHours(a.params), interpolation: { escapeValue: false } }),
            },
          ]}
        />
      </Card>
      {(me.orgCode.length === 6 || me.orgCode.length === 4) && <BudgetSettingsCard code={me.orgCode} />}
    </div>
  );
}
