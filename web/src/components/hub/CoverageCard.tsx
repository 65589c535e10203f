// Coverage of a form for one community: how many rows, which columns the hub fills, and the share of
// data cells already known (per column and in all).
import { Alert, Card, Col, Progress, Row, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CoverageReply } from '#common/api/hub.js';
import { formatNumber } from '../../i18n/format.js';
import { ResponsiveTable } from '../responsive/ResponsiveTable.js';

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

export function CoverageCard({ data }: { data: CoverageReply }) {
  const { t } = useTranslation();
  const per = new Map(data.coverage.perColumn.map((c, i) => [i, c]));
  return (
    <div data-testid="form-coverage" data-known={data.coverage.known.toFixed(4)}>
      {data.dataFirst && (
        <Alert
          type="warning"
          showIcon
          className="hub-gap-bottom"
          data-testid="coverage-data-first"
          title={t('hub.formDetail.dataFirstTitle')}
          description={t('hub.formDetail.dataFirst', {
            owned: data.dataFirst.departmentColumns,
            total: data.dataFirst.dataColumns,
            known: pct(data.dataFirst.known),
            departments: data.dataFirst.departments.join(t('common.enumSeparator')),
          })}
        />
      )}
      <Row gutter={[16, 12]} className="hub-gap-bottom">
        <Col xs={12} sm={8}>
          <Card size="small">
            <Statistic title={t('hub.formDetail.known')} value={pct(data.coverage.known)} />
            <Progress percent={Math.round(data.coverage.known * 100)} showInfo={false} />
          </Card>
        </Col>
        <Col xs={12} sm={8}>
          <Card size="small">
            <Statistic
              title={t('hub.formDetail.cells')}
              value={`${formatNumber(Math.round(data.coverage.known * data.coverage.cells))} / ${formatNumber(data.coverage.cells)}`}
            />
          </Card>
        </Col>
        <Col xs={12} sm={8}>
          <Card size="small">
            <Statistic title={data.community.name} value={t('hub.formDetail.rows', { n: formatNumber(data.rows) })} />
          </Card>
        </Col>
      </Row>
      <ResponsiveTable
        rowKey={(_, i) => String(i)}
        size="small"
        pagination={false}
        dataSource={data.columns.map((c, i) => ({ ...c, i }))}
        columns={[
          { key: 'no', title: '#', width: 50, render: (_, c) => c.i + 1 },
          { key: 'label', title: t('hub.formDetail.column'), width: 200, render: (_, c) => <strong>{c.label}</strong> },
          { key: 'element', title: t('hub.formDetail.element'), width: 200, render: (_, c) => c.elementName ?? '—' },
          {
            key: 'source',
            title: t('hub.formDetail.source'),
            width: 150,
            render: (_, c) => {
              const src = data.sources[c.i];
              // Who brings the fact: its department (回流) or the community at the door.
              if (c.fromHub && src)
                return src.asksCommunity ? (
                  <Tag color="blue" data-testid={`coverage-hub-${c.i}`} data-source={src.kind}>
                    {t('hub.formDetail.fromCommunity')}
                  </Tag>
                ) : (
                  <Tag color="purple" data-testid={`coverage-hub-${c.i}`} data-source={src.kind}>
                    {t('hub.formDetail.fromDepartment', { dept: src.name })}
                  </Tag>
                );
              return c.fromHub ? (
                <Tag color="blue" data-testid={`coverage-hub-${c.i}`}>
                  {t('hub.formDetail.fromHub')}
                </Tag>
              ) : (
                <Tag data-testid={`coverage-form-${c.i}`}>{t('hub.formDetail.formOnly')}</Tag>
              );
            },
          },
          {
            key: 'share',
            title: t('hub.formDetail.share'),
            render: (_, c) => {
              const p = [...per.values()].find((x) => x.label === c.label && x.element === c.element);
              if (!c.fromHub || !p) return <span className="muted">—</span>;
              const share = p.of ? p.known / p.of : 0;
              return (
                <div className="hub-share">
                  <Progress percent={Math.round(share * 100)} size="small" status={share < 1 ? 'normal' : 'success'} />
                  <span className="muted small">
                    {formatNumber(p.known)} / {formatNumber(p.of)}
                  </span>
                </div>
              );
            },
          },
        ]}
      />
    </div>
  );
}
