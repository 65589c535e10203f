// The review clock of an application: working days left, or overdue (in red).
import { Tag } from 'antd';
import { FieldTimeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReviewClock } from '#common/api/admission.js';

export function ReviewClockText({ clock, withDue = false }: { clock: ReviewClock; withDue?: boolean }) {
  const { t } = useTranslation();
  const text = clock.overdue
    ? t('adm.clock.overdue', { count: Math.abs(clock.workingDaysLeft) })
    : t('adm.clock.left', { count: clock.workingDaysLeft });
  return (
    <Tag
      color={clock.overdue ? 'red' : clock.workingDaysLeft <= 3 ? 'orange' : 'blue'}
      icon={<FieldTimeOutlined />}
      data-testid="review-clock"
      data-overdue={clock.overdue}
    >
      {text}
      {withDue && <span className="clock-due">{t('adm.clock.due', { date: clock.dueDate })}</span>}
    </Tag>
  );
}
