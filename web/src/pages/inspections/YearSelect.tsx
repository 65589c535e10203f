// The plan year: last year, this year and the next two.
import { Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

export function YearSelect({ value, onChange }: { value: number; onChange: (y: number) => void }) {
  const { t } = useTranslation();
  const now = dayjs().year();
  const years = [now - 1, now, now + 1, now + 2];
  return (
    <Select<number>
      data-testid="inspection-year"
      value={value}
      onChange={onChange}
      className="year-select"
      options={years.map((y) => ({ value: y, label: t('insp.year', { year: y }) }))}
    />
  );
}
