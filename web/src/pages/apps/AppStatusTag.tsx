// An app's or work group's status: in use, zombie (unused for 90 days), expired, exited.
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZOMBIE_DAYS } from '#common/dispatch.js';
import type { AppStatus } from '#common/dispatch.js';

const COLORS: Record<AppStatus, string> = {
  active: 'success',
  zombie: 'warning',
  expired: 'default',
  exited: 'default',
};

export function AppStatusTag({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const tag = (
    <Tag color={COLORS[status]} className="status-tag" data-status={status}>
      {t(`apps.status.${status}`)}
    </Tag>
  );
  return status === 'zombie' ? <Tooltip title={t('apps.zombieHint', { days: ZOMBIE_DAYS })}>{tag}</Tooltip> : tag;
}
