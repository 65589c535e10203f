// 督查检查日历 — one community's inspections of a year as twelve month calendars, with the year's
// count and hours against the caps. The community's own workers at /inspections/calendar; the street
// and the reviewers at /communities/:code/inspections.
import { Alert, Card, Progress, Spin } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { inspectionsApi } from '../../api/dispatchEndpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatAmount } from '../../i18n/format.js';
import { CommunityPageHeader } from '../communities/CommunityPageHeader.js';
import { YearGrid } from './YearGrid.js';
import { YearSelect } from './YearSelect.js';

export function CommunityCalendarPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || dayjs().year();
  const { data, error, reload } = useApiQuery({
    queryKey: keys.inspections.of('calendar', code, year),
    queryFn: ({ signal }) => inspectionsApi.calendar(code, year, signal),
  });
  const own = me.role === 'community_worker';
  const name = data?.community.name ?? (own ? me.org.name : undefined);
  const n = data?.items.length ?? 0;
  const cap = data?.caps.perYear ?? 0;

  return (
    <div className="page">
      <CommunityPageHeader
        code={code}
        name={name}
        view="inspections"
        title={own ? t('insp.calendar.title') : t('insp.calendar.titleOf', { name: name ?? code })}
        subtitle={t('insp.calendar.intro', { year })}
        extra={<YearSelect value={year} onChange={(y) => setParams({ year: String(y) }, { replace: true })} />}
      />
      {error ? (
        <ProblemAlert error={error} onRetry={reload} />
      ) : !data ? (
        <div className="center-block">
          <Spin size="large" />
        </div>
      ) : (
        <>
          <Card className="calendar-summary">
            <div className="calendar-summary-row">
              <div>
                <div className="calendar-summary-n" data-testid="calendar-summary">
                  {t('insp.calendar.summary', { n, hours: formatAmount(data.hours) })}
                </div>
                <div className="muted">
                  {t('insp.calendar.yearCap', { cap })} · {t('insp.calendar.monthCap', { cap: data.caps.perMonth })}
                </div>
              </div>
              <Progress
                className="calendar-cap-progress"
                percent={cap ? Math.min(100, (n / cap) * 100) : 0}
                format={() => `${n} / ${cap}`}
                status={n >= cap ? 'exception' : 'normal'}
              />
            </div>
          </Card>
          {own && <Alert type="info" showIcon className="page-alert" title={t('insp.calendar.uncoded')} />}
          <YearGrid year={year} items={data.items} caps={data.caps} />
          {n === 0 && <div className="muted center-block">{t('insp.calendar.empty', { year })}</div>}
        </>
      )}
    </div>
  );
}

export function MyCalendarRoute() {
  const me = useMe();
  return <CommunityCalendarPage code={me.org.code} />;
}

export function CommunityCalendarRoute() {
  const code = useParams().code ?? '';
  return <CommunityCalendarPage key={code} code={code} />;
}
