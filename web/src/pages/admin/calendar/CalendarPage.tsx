// /admin/calendar — the official working-day calendar: which years have a schedule (built in or
// entered by an admin), a warning when next year's is missing, and entering or correcting a year.
import { useState } from 'react';
import { Alert, App, Button, Card, Table, Tag } from 'antd';
import { CalendarOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { CalendarYear } from '#common/api/calendar.js';
import { calendarApi } from '../../../api/endpoints.js';
import { keys, useApiQuery, useInvalidate } from '../../../api/queries.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { YearEditorModal } from './YearEditorModal.js';

type Editing = CalendarYear | { year: number; source: null; holidays: string[]; workdays: string[] };

export function CalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.calendar.of('years'),
    queryFn: ({ signal }) => calendarApi.years(signal),
  });
  const [editing, setEditing] = useState<Editing | null>(null);
  const thisYear = dayjs().year();
  const years = [...(data ?? [])].sort((a, b) => b.year - a.year);
  const missing = data ? [thisYear, thisYear + 1].filter((y) => !data.some((d) => d.year === y)) : [];
  const blank = (year: number): Editing => ({ year, source: null, holidays: [], workdays: [] });

  return (
    <div className="page">
      <PageHeader
        title={t('calendar.title')}
        subtitle={t('calendar.intro')}
        extra={
          <Button
            type="primary"
            icon={<CalendarOutlined />}
            onClick={() => setEditing(blank(missing[0] ?? (years[0]?.year ?? thisYear) + 1))}
            data-testid="calendar-new"
          >
            {t('calendar.enterYear')}
          </Button>
        }
      />
      {missing.map((y) => (
        <Alert
          key={y}
          type="warning"
          showIcon
          className="page-alert"
          data-testid={`calendar-missing-${y}`}
          title={t('calendar.missing', { year: y })}
          description={t('calendar.missingHint', { year: y })}
          action={
            <Button
              size="small"
              type="primary"
              onClick={() => setEditing(blank(y))}
              data-testid={`calendar-enter-${y}`}
            >
              {t('calendar.enterThis', { year: y })}
            </Button>
          }
        />
      ))}
      <Card>
        {error ? (
          <ProblemAlert error={error} onRetry={reload} />
        ) : (
          <Table<CalendarYear>
            data-testid="calendar-years"
            rowKey="year"
            loading={loading}
            dataSource={years}
            pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
            columns={[
              { key: 'year', title: t('calendar.year'), width: 100, render: (_, y) => <strong>{y.year}</strong> },
              {
                key: 'source',
                title: t('calendar.sourceCol'),
                width: 140,
                render: (_, y) => (
                  <Tag color={y.source === 'admin' ? 'blue' : 'default'}>{t(`calendar.sources.${y.source}`)}</Tag>
                ),
              },
              {
                key: 'holidays',
                title: t('calendar.holidayCount'),
                width: 120,
                render: (_, y) => t('calendar.days', { n: y.holidays.length }),
              },
              {
                key: 'workdays',
                title: t('calendar.workdayCount'),
                width: 140,
                render: (_, y) => t('calendar.days', { n: y.workdays.length }),
              },
              {
                key: 'preview',
                title: t('calendar.workdayList'),
                render: (_, y) => (
                  <span className="muted small">{y.workdays.map((d) => d.slice(5)).join('、') || '—'}</span>
                ),
              },
              {
                key: 'actions',
                title: t('common.actions'),
                width: 100,
                render: (_, y) => (
                  <Button
                    type="link"
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => setEditing(y)}
                    data-testid={`calendar-edit-${y.year}`}
                  >
                    {t('common.edit')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
      {editing && (
        <YearEditorModal
          year={editing}
          onClose={() => setEditing(null)}
          onSaved={(y) => {
            void message.success(t('calendar.saved', { year: y.year }));
            setEditing(null);
            void invalidate(keys.calendar);
          }}
        />
      )}
    </div>
  );
}
