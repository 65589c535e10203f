// 负担监测's card of the hours purchased services take off the communities under an org: due, moved, and
// the gap where delivery falls short (the burden history itself is kept as recorded). Hidden without any.
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { purchasingApi } from '../../api/purchasingEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { formatAmount } from '../../i18n/format.js';

export function PurchasedShiftCard({ org }: { org: string }) {
  const { t } = useTranslation();
  const { data } = useApiQuery({
    queryKey: keys.purchasing.of('shift', org),
    queryFn: ({ signal }) => purchasingApi.shift(org, signal),
  });
  if (!data || data.contracts.length === 0) return null;
  return (
    <Card title={t('pur.shiftTitle')} size="small" className="burden-row" data-testid="purchased-shift">
      <Row gutter={[16, 8]}>
        <Col xs={8}>
          <Statistic title={t('pur.plannedHours')} value={formatAmount(data.plannedHours)} suffix="h" />
        </Col>
        <Col xs={8}>
          <Statistic
            title={t('pur.movedHours')}
            value={formatAmount(data.movedHours)}
            suffix="h"
            styles={{ content: { color: '#389e0d' } }}
            data-testid="shift-moved"
          />
        </Col>
        <Col xs={8}>
          <Statistic
            title={t('pur.gapHours')}
            value={formatAmount(data.gapHours)}
            suffix="h"
            styles={{ content: { color: data.gapHours > 0 ? '#cf1322' : undefined } }}
          />
        </Col>
      </Row>
      {data.contracts.map((c) => (
        <div key={c.id} className="small">
          <Link to={`/purchasing/${c.id}`}>{c.title}</Link> · {c.socialOrg} ·{' '}
          <span className="mono">{c.admissionNumber}</span> · {t('pur.communitiesCount', { n: c.communities })} ·{' '}
          {t('pur.moved', { moved: formatAmount(c.movedHours) })}
          {c.gapHours > 0 && <> · {t('pur.gap', { gap: formatAmount(c.gapHours) })}</>}
        </div>
      ))}
      <div className="muted small">{t('pur.shiftIntro')}</div>
    </Card>
  );
}
