// Twelve month calendars of one year, Monday first, with the days of inspections marked; under each
// month its inspections (date, topic, department, hours, number) and the count against the monthly cap.
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Caps, Inspection } from '#common/api/inspections.js';
import { AdmissionNumberLink } from '../../components/dispatch/AdmissionNumberLink.js';
import { formatAmount, formatMonth } from '../../i18n/format.js';

/** YYYY-MM-DD → the inspections on that day. */
function dayIndex(items: Inspection[]): Map<string, Inspection[]> {
  const out = new Map<string, Inspection[]>();
  for (const i of items) {
    for (let d = dayjs(i.startDate); !d.isAfter(dayjs(i.endDate), 'day'); d = d.add(1, 'day')) {
      const k = d.format('YYYY-MM-DD');
      out.set(k, [...(out.get(k) ?? []), i]);
    }
  }
  return out;
}

function MonthPanel({
  year,
  month,
  items,
  days,
  caps,
}: {
  year: number;
  month: number;
  items: Inspection[];
  days: Map<string, Inspection[]>;
  caps: Caps;
}) {
  const { t } = useTranslation();
  const first = dayjs(`${year}-${String(month).padStart(2, '0')}-01`);
  const lead = (first.day() + 6) % 7; // Monday first
  const cells = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: first.daysInMonth() }, (_, i) => first.add(i, 'day')),
  ];
  const atCap = items.length >= caps.perMonth;
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <div
      className={`month-panel${items.length ? ' has-items' : ''}`}
      data-testid={`calendar-month-${month}`}
      data-count={items.length}
    >
      <div className="month-panel-head">
        <strong>{formatMonth(month)}</strong>
        {items.length > 0 && (
          <span className={atCap ? 'month-count at-cap' : 'month-count'}>
            {t('insp.calendar.monthBadge', { n: items.length, cap: caps.perMonth })}
            {atCap && ` · ${t('insp.calendar.atCap')}`}
          </span>
        )}
      </div>
      <div className="month-days">
        {t('insp.calendar.weekdays')
          .split(',')
          .map((w) => (
            <span key={w} className="weekday">
              {w}
            </span>
          ))}
        {cells.map((d, i) => {
          if (!d) return <span key={`x${i}`} />;
          const key = d.format('YYYY-MM-DD');
          const on = days.get(key);
          const weekend = d.day() === 0 || d.day() === 6;
          const cls = `day${weekend ? ' weekend' : ''}${on ? ' inspection' : ''}${key === today ? ' today' : ''}`;
          return on ? (
            <Tooltip
              key={key}
              title={on
                .map((x) => `${x.topic}${t('common.bracketed', { text: x.department.name })}`)
                .join(t('common.listSeparator'))}
            >
              <span className={cls} data-date={key}>
                {d.date()}
              </span>
            </Tooltip>
          ) : (
            <span key={key} className={cls}>
              {d.date()}
            </span>
          );
        })}
      </div>
      {items.length > 0 && (
        <ul className="month-items">
          {items.map((i) => (
            <li key={i.id} data-testid={`calendar-item-${i.id}`}>
              <div>
                <span className="month-item-date">{dayjs(i.startDate).format('M/D')}</span> <strong>{i.topic}</strong>
              </div>
              <div className="muted small">
                {i.department.name} · {t('insp.hours', { n: formatAmount(i.hoursPerCommunity) })} ·{' '}
                <AdmissionNumberLink number={i.admissionNumber} code={i.admissionCode} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function YearGrid({ year, items, caps }: { year: number; items: Inspection[]; caps: Caps }) {
  const days = dayIndex(items);
  return (
    <div className="year-grid" data-testid="inspection-calendar" data-year={year} data-count={items.length}>
      {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
        <MonthPanel
          key={m}
          year={year}
          month={m}
          caps={caps}
          days={days}
          items={items.filter((i) => Number(i.startDate.slice(5, 7)) === m && i.startDate.startsWith(String(year)))}
        />
      ))}
    </div>
  );
}
