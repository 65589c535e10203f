// A list of dates of one year, entered a day or a span at a time (a holiday such as 春节 is a span),
// or pasted (one per line or separated by commas), shown as tags with the weekday.
import { useState } from 'react';
import { Button, DatePicker, Input, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';

interface Props {
  year: number;
  value?: string[];
  onChange?: (dates: string[]) => void;
  /** Tags of days that look wrong (a make-up working day that is not a weekend) are marked. */
  warn?: (d: Dayjs) => boolean;
  testId: string;
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** Dates typed or pasted: 2027-02-05, 2027/2/5, 2027年2月5日 or, within the year, 2-5 / 2月5日. */
export function parseDates(text: string, year: number): { dates: string[]; bad: string[] } {
  const dates: string[] = [];
  const bad: string[] = [];
  for (const raw of text.split(/[\s,，、;；]+/).filter(Boolean)) {
    const m = /^(?:(\d{4})[-/.年])?(\d{1,2})[-/.月](\d{1,2})日?$/.exec(raw);
    const iso = m ? `${m[1] ?? year}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : '';
    const d = dayjs(iso);
    if (m && d.isValid() && d.format('YYYY-MM-DD') === iso && d.year() === year) dates.push(iso);
    else bad.push(raw);
  }
  return { dates, bad };
}

export function DateListField({ year, value = [], onChange, warn, testId }: Props) {
  const { t } = useTranslation();
  const [paste, setPaste] = useState<string | null>(null);
  const [bad, setBad] = useState<string[]>([]);
  const inYear = (d: Dayjs) => d.year() !== year;
  const add = (dates: string[]) => onChange?.(sorted([...value, ...dates]));
  const addRange = (range: [Dayjs | null, Dayjs | null] | null) => {
    if (!range?.[0] || !range[1]) return;
    const out: string[] = [];
    for (let d = range[0]; !d.isAfter(range[1], 'day'); d = d.add(1, 'day')) out.push(d.format('YYYY-MM-DD'));
    add(out);
  };
  return (
    <div className="date-list" data-testid={testId}>
      <Space wrap>
        <DatePicker.RangePicker
          value={null}
          onChange={(r) => addRange(r)}
          disabledDate={inYear}
          defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-01-01`)]}
          placeholder={[t('calendar.addFrom'), t('calendar.addTo')]}
          data-testid={`${testId}-range`}
        />
        <Button onClick={() => setPaste(paste === null ? '' : null)}>{t('calendar.paste')}</Button>
        {value.length > 0 && (
          <Button type="link" danger onClick={() => onChange?.([])}>
            {t('calendar.clear')}
          </Button>
        )}
      </Space>
      {paste !== null && (
        <div className="date-paste">
          <Input.TextArea
            value={paste}
            onChange={(e) => setPaste(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={t('calendar.pastePlaceholder', { year })}
            data-testid={`${testId}-paste`}
          />
          <Button
            size="small"
            type="primary"
            onClick={() => {
              const r = parseDates(paste, year);
              add(r.dates);
              setBad(r.bad);
              setPaste(r.bad.length ? r.bad.join('\n') : null);
            }}
            data-testid={`${testId}-paste-add`}
          >
            {t('calendar.pasteAdd')}
          </Button>
          {bad.length > 0 && (
            <span className="text-danger small">{t('calendar.pasteBad', { list: bad.join('、') })}</span>
          )}
        </div>
      )}
      <div className="date-tags">
        {value.length === 0 && <span className="muted">{t('calendar.noDates')}</span>}
        {value.map((d) => {
          const day = dayjs(d);
          return (
            <Tag
              key={d}
              closable
              color={warn?.(day) ? 'warning' : undefined}
              onClose={() => onChange?.(value.filter((x) => x !== d))}
              className="date-tag"
            >
              {day.format(t('calendar.tagFormat'))}
            </Tag>
          );
        })}
      </div>
    </div>
  );
}
