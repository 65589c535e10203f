// Enter or correct one year's official schedule: the days off (放假) and the make-up working days
// (调休上班) as published by the State Council. A year entered here replaces the built-in one.
import { useState } from 'react';
import { Alert, Form, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { isApiError } from '../../../api/client.js';
import type { CalendarYear } from '#common/api/calendar.js';
import { calendarApi } from '../../../api/endpoints.js';
import { DateListField } from './DateListField.js';

interface Props {
  /** The year to edit, or a new year (no schedule yet). */
  year: CalendarYear | { year: number; source: null; holidays: string[]; workdays: string[] };
  onClose: () => void;
  onSaved: (y: CalendarYear) => void;
}

const isWeekend = (d: Dayjs) => d.day() === 0 || d.day() === 6;

export function YearEditorModal({ year, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [y, setY] = useState(year.year);
  const [holidays, setHolidays] = useState(year.holidays);
  const [workdays, setWorkdays] = useState(year.workdays);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const both = holidays.filter((d) => workdays.includes(d));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await calendarApi.enterYear(
          y,
          holidays.filter((d) => d.startsWith(`${y}-`)),
          workdays.filter((d) => d.startsWith(`${y}-`)),
        ),
      );
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      setError(
        [err.problem.title, ...(err.problem.errors ?? []).map((e) => `${e.field}: ${e.message}`)].join(
          t('common.listSeparator'),
        ),
      );
    }
  };

  return (
    <Modal
      open
      width={760}
      style={{ top: 40 }}
      title={t('calendar.editTitle', { year: y })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void save()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ disabled: both.length > 0 || holidays.length === 0, 'data-testid': 'calendar-save' }}
    >
      {year.source === 'package' && (
        <Alert type="info" showIcon className="modal-alert" title={t('calendar.overrideNote')} />
      )}
      {error && <Alert type="error" showIcon className="modal-alert" title={error} />}
      {both.length > 0 && (
        <Alert type="error" showIcon className="modal-alert" title={t('calendar.inBoth', { list: both.join('、') })} />
      )}
      <Form layout="vertical">
        {year.source === null && (
          <Form.Item label={t('calendar.year')}>
            <InputNumber data-testid="calendar-year" min={2000} max={2100} value={y} onChange={(v) => v && setY(v)} />
          </Form.Item>
        )}
        <Form.Item label={t('calendar.holidays', { n: holidays.length })} extra={t('calendar.holidaysHint')}>
          <DateListField key={`h-${y}`} year={y} value={holidays} onChange={setHolidays} testId="calendar-holidays" />
        </Form.Item>
        <Form.Item label={t('calendar.workdays', { n: workdays.length })} extra={t('calendar.workdaysHint')}>
          <DateListField
            key={`w-${y}`}
            year={y}
            value={workdays}
            onChange={setWorkdays}
            warn={(d) => !isWeekend(d)}
            testId="calendar-workdays"
          />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" className="small">
        {t('calendar.source')}
      </Typography.Paragraph>
    </Modal>
  );
}
