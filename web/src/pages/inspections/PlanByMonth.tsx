// The year's plan month by month: a strip of twelve months with their counts, then each month's
// inspections with date, topic, department, number, communities and hours; inspections a merge
// suggestion names are marked.
import type { HTMLAttributes } from 'react';
import { Card, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Inspection, MergeSuggestion } from '#common/api/inspections.js';
import { AdmissionNumberLink } from '../../components/dispatch/AdmissionNumberLink.js';
import { formatAmount, formatMonth } from '../../i18n/format.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function dateRange(i: Pick<Inspection, 'startDate' | 'endDate'>): string {
  return i.startDate === i.endDate ? i.startDate : `${i.startDate} ~ ${i.endDate.slice(5)}`;
}

interface Props {
  year: number;
  items: Inspection[];
  suggestions: MergeSuggestion[];
}

export function PlanByMonth({ year, items, suggestions }: Props) {
  const { t } = useTranslation();
  const mergeable = new Set(suggestions.flatMap((s) => [s.a, s.b]));
  const byMonth = new Map<number, Inspection[]>();
  for (const i of items) {
    const m = Number(i.startDate.slice(5, 7));
    byMonth.set(m, [...(byMonth.get(m) ?? []), i]);
  }
  const columns: TableColumnsType<Inspection> = [
    { key: 'date', title: t('insp.fields.date'), width: 130, className: 'nowrap', render: (_, i) => dateRange(i) },
    {
      key: 'topic',
      title: t('insp.fields.topic'),
      render: (_, i) => (
        <div className="cell-stack">
          <span>
            <Typography.Text strong>{i.topic}</Typography.Text>
            {mergeable.has(i.id) && (
              <Tag color="orange" className="inline-tag status-tag">
                {t('insp.merge.tag')}
              </Tag>
            )}
          </span>
          {i.recordsRef && <span className="muted small">{t('insp.recordsLine', { text: i.recordsRef })}</span>}
        </div>
      ),
    },
    { key: 'dept', title: t('insp.fields.department'), width: 160, render: (_, i) => i.department.name },
    {
      key: 'number',
      title: t('insp.fields.number'),
      width: 150,
      render: (_, i) => <AdmissionNumberLink number={i.admissionNumber} code={i.admissionCode} />,
    },
    {
      key: 'communities',
      title: t('insp.fields.communities'),
      width: 110,
      render: (_, i) => (
        <Tooltip title={i.communities.map((c) => c.name).join(t('common.enumSeparator'))}>
          <span className="dotted">{t('insp.communityCount', { n: i.communities.length })}</span>
        </Tooltip>
      ),
    },
    {
      key: 'hours',
      title: t('insp.fields.hoursPerCommunity'),
      width: 110,
      align: 'right',
      render: (_, i) => t('insp.hours', { n: formatAmount(i.hoursPerCommunity) }),
    },
    {
      key: 'total',
      title: t('insp.fields.totalHours'),
      width: 100,
      align: 'right',
      render: (_, i) => t('insp.hours', { n: formatAmount(i.totalHours) }),
    },
  ];
  return (
    <Card data-testid="inspection-plan" className="plan-card">
      <div className="month-strip">
        {MONTHS.map((m) => {
          const n = byMonth.get(m)?.length ?? 0;
          const merge = suggestions.some((s) => Number(s.month.slice(5)) === m);
          return (
            <a
              key={m}
              href={n ? `#month-${m}` : undefined}
              className={`month-cell${n ? ' has-items' : ''}${merge ? ' has-merge' : ''}`}
              data-month={m}
            >
              <span className="month-cell-name">{formatMonth(m, 'short')}</span>
              <span className="month-cell-n">{n || '–'}</span>
            </a>
          );
        })}
      </div>
      {items.length === 0 ? (
        <div className="muted center-block">{t('insp.empty', { year })}</div>
      ) : (
        MONTHS.filter((m) => byMonth.has(m)).map((m) => (
          <section key={m} id={`month-${m}`} className="plan-month" data-testid={`plan-month-${m}`}>
            <h3 className="plan-month-title">
              {formatMonth(m)}
              <span className="section-count">{t('insp.monthCount', { n: byMonth.get(m)!.length })}</span>
            </h3>
            <ResponsiveTable<Inspection>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={byMonth.get(m)}
              columns={columns}
              scroll={{ x: 900 }}
              rowClassName={(i) => (mergeable.has(i.id) ? 'row-merge' : '')}
              onRow={(i) => ({ 'data-testid': `inspection-${i.id}` }) as HTMLAttributes<HTMLElement>}
            />
          </section>
        ))
      )}
    </Card>
  );
}
