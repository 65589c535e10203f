// /burden/alerts — rebound alerts for the burden office, and the jurisdiction's baseline and budget.
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { burdenApi } from '../../api/burdenEndpoints.js';
import type { BurdenAlert } from '../../api/burdenTypes.js';
import { useMe } from '../../api/session.js';
import { useApi } from '../../api/useApi.js';
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
};

export function BurdenAlertsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useBurdenLabels();
  const alerts = useApi((signal) => burdenApi.alerts(undefined, signal), []);
  return (
    <div className="burden-page" data-testid="burden-alerts">
      <PageHeader title={t('burden.alerts.title')} subtitle={t('burden.alerts.intro')} />
      {alerts.error && <ProblemAlert error={alerts.error} />}
      <Card size="small">
        <Table<BurdenAlert>
          size="small"
          loading={alerts.loading}
          rowKey={(a, i) => `${a.rule}-${a.subject}-${i}`}
          dataSource={alerts.data ?? []}
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
            { key: 'month', title: t('burden.alerts.month'), width: 90, dataIndex: 'month' },
            {
              key: 'detail',
              title: t('burden.alerts.detail'),
              render: (_, a) =>
                t(`burden.alerts.params.${a.rule}`, { ...a.params, interpolation: { escapeValue: false } }),
            },
          ]}
        />
      </Card>
      {(me.orgCode.length === 6 || me.orgCode.length === 4) && <BudgetSettingsCard code={me.orgCode} />}
    </div>
  );
}
