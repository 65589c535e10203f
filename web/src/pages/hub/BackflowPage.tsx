// /hub/backflow — a department's 回流任务: the facts it is the source of that community ledgers lack,
// counted per community (each resident's element once), with the elements and ledgers concerned. Its own
// work: it imports its data; the community is never asked for them.
import { Alert, Card, Col, Row, Space, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackflowReply } from '#common/api/hub.js';
import { hubApi } from '../../api/hubEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';
import { formatNumber } from '../../i18n/format.js';

type Row = BackflowReply['communities'][number];

export function BackflowPage() {
  const { t } = useTranslation();
  const q = useApiQuery({ queryKey: keys.hub.of('backflow'), queryFn: ({ signal }) => hubApi.backflow(signal) });
  if (q.error) return <ProblemAlert error={q.error} onRetry={q.reload} />;
  const data = q.data;
  return (
    <div className="page">
      <PageHeader title={t('hub.backflow.title')} subtitle={data?.source.name} testId="backflow-title" />
      <Card loading={!data}>
        {data && (
          <>
            <Alert
              type="info"
              showIcon
              className="hub-gap-bottom"
              title={t('hub.backflow.intro')}
              description={
                <>
                  <div>{t('hub.backflow.howTo')}</div>
                  <div>{t('hub.backflow.hoursHint')}</div>
                </>
              }
            />
            <Row gutter={[16, 12]} className="hub-gap-bottom">
              <Col xs={12} sm={6}>
                <Statistic
                  title={t('hub.backflow.total')}
                  value={formatNumber(data.missing)}
                  data-testid="backflow-total"
                />
              </Col>
              <Col xs={12} sm={6}>
                <Statistic
                  title={t('hub.backflow.hours')}
                  value={t('hub.backflow.hoursValue', { n: formatNumber(data.hours) })}
                  data-testid="backflow-hours"
                />
              </Col>
              <Col xs={12} sm={6}>
                <Statistic title={t('hub.backflow.communities')} value={formatNumber(data.communities.length)} />
              </Col>
              <Col xs={12} sm={6}>
                <Statistic title={t('hub.backflow.ledgers')} value={formatNumber(data.ledgers)} />
              </Col>
            </Row>
            <ResponsiveTable<Row>
              rowKey={(r) => r.community.code}
              size="small"
              data-testid="backflow-table"
              dataSource={data.communities}
              pagination={false}
              locale={{ emptyText: t('hub.backflow.empty') }}
              onRow={(r) => ({ 'data-testid': `backflow-row-${r.community.code}` }) as object}
              columns={[
                {
                  key: 'community',
                  title: t('hub.backflow.community'),
                  width: 160,
                  render: (_, r) => <strong>{r.community.name}</strong>,
                },
                {
                  key: 'missing',
                  title: t('hub.backflow.missing'),
                  width: 100,
                  render: (_, r) => (
                    <span data-testid={`backflow-missing-${r.community.code}`}>{formatNumber(r.missing)}</span>
                  ),
                },
                {
                  key: 'hours',
                  title: t('hub.backflow.hours'),
                  width: 120,
                  render: (_, r) => t('hub.backflow.hoursValue', { n: formatNumber(r.hours) }),
                },
                {
                  key: 'elements',
                  title: t('hub.backflow.elements'),
                  render: (_, r) => (
                    <Space wrap size={[4, 4]}>
                      {r.elements.map((e) => (
                        <Tag key={e.code} color="purple">
                          {e.name} {formatNumber(e.missing)}
                        </Tag>
                      ))}
                    </Space>
                  ),
                },
                {
                  key: 'forms',
                  title: t('hub.backflow.forms'),
                  width: 220,
                  render: (_, r) => <span className="small">{r.forms.join(t('common.enumSeparator'))}</span>,
                },
              ]}
            />
          </>
        )}
      </Card>
    </div>
  );
}
