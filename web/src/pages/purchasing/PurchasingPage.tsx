// /purchasing — 政府购买服务: the contracts the caller buys, delivers, rates or oversees (cards, 390 px first),
// the new-contract form for departments and streets, and the registry of social organisations.
import { useState } from 'react';
import { Button, Card, Empty, List, Progress, Spin, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContractSummary } from '#common/api/purchasing.js';
import { purchasingApi } from '../../api/purchasingEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { useMe } from '../../api/session.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatAmount, formatYuan } from '../../i18n/format.js';
import { ContractModal } from './ContractModal.js';
import { CatalogueTab } from './CatalogueTab.js';
import { OrgsTab } from './OrgsTab.js';

const BUYERS = ['department_officer', 'street_officer'];
const REGISTRY = ['street_officer', 'department_officer', 'reviewer', 'data_steward', 'admin'];

export function PurchasingPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [creating, setCreating] = useState(false);
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.purchasing.of('contracts'),
    queryFn: ({ signal }) => purchasingApi.contracts(signal),
  });
  const contracts = (
    <>
      {error && <ProblemAlert error={error} onRetry={reload} />}
      {loading && !data && <Spin />}
      {data && (
        <List
          dataSource={data.items}
          locale={{ emptyText: <Empty description={t('pur.empty')} /> }}
          renderItem={(c) => <ContractCard c={c} />}
        />
      )}
    </>
  );
  return (
    <div className="page" data-testid="purchasing-page">
      <PageHeader
        title={t('pur.title')}
        subtitle={t('pur.intro')}
        extra={
          BUYERS.includes(me.role) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="contract-new">
              {t('pur.newContract')}
            </Button>
          )
        }
      />
      {REGISTRY.includes(me.role) ? (
        <Tabs
          items={[
            { key: 'contracts', label: t('pur.tabContracts'), children: contracts },
            { key: 'orgs', label: t('pur.tabOrgs'), children: <OrgsTab /> },
            { key: 'catalogue', label: t('purb.tabCatalogue'), children: <CatalogueTab /> },
          ]}
        />
      ) : (
        contracts
      )}
      {creating && <ContractModal onClose={() => setCreating(false)} />}
    </div>
  );
}

function ContractCard({ c }: { c: ContractSummary }) {
  const { t } = useTranslation();
  return (
    <Card size="small" className="delib-topic" data-testid={`contract-${c.id}`}>
      <Link to={`/purchasing/${c.id}`}>
        <Typography.Text strong>{c.title}</Typography.Text>
      </Link>
      <div className="small">
        {c.socialOrg.name} {c.socialOrg.grade && <Tag>{c.socialOrg.grade}</Tag>}
      </div>
      <div className="muted small">
        {t('pur.buyer')}：{c.buyer.name} · <span className="mono">{c.admissionNumber}</span>
      </div>
      <div className="muted small">
        {c.startDate} — {c.endDate} · {formatYuan(c.budgetYuan)} ·{' '}
        {t('pur.communitiesCount', { n: c.communities.length })}
      </div>
      <Progress percent={Math.round(c.deliveryRatio * 100)} size="small" />
      <div className="small">
        {t('pur.moved', { moved: formatAmount(c.shift.movedHours) })}
        {c.shift.gapHours > 0 && <> · {t('pur.gap', { gap: formatAmount(c.shift.gapHours) })}</>} · {t('pur.score')}{' '}
        {c.averageScore ?? t('pur.noScore')}
      </div>
    </Card>
  );
}
