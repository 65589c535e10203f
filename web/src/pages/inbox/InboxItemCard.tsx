// One piece of dispatched work in a community's inbox: what, from whom, under which admission number,
// by when and at what cost; the result or the refusal; and the actions the worker may take now.
import { Button, Card, Space, Typography } from 'antd';
import {
  CheckCircleOutlined,
  CheckOutlined,
  ClockCircleOutlined,
  DownOutlined,
  PlayCircleOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '#common/api/dispatch.js';
import type { ItemAction } from '#common/dispatch.js';
import { AdmissionNumberLink } from '../../components/dispatch/AdmissionNumberLink.js';
import { AttachmentList } from '../../components/dispatch/AttachmentList.js';
import { InboxStatusTag } from '../../components/dispatch/InboxStatusTag.js';
import { RefusalOutcome } from '../../components/dispatch/RefusalOutcome.js';
import { useIsMobile } from '../../components/responsive/useIsMobile.js';
import { formatAmount, formatDateTime } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';

const ACTION_ICONS: Record<ItemAction, ReactNode> = {
  acknowledge: <CheckOutlined />,
  start: <PlayCircleOutlined />,
  complete: <CheckCircleOutlined />,
  refuse: <StopOutlined />,
};

interface Props {
  item: InboxItem;
  busy: boolean;
  onAction: (item: InboxItem, action: ItemAction) => void;
}

function useTrail(item: InboxItem): string[] {
  const { t } = useTranslation();
  return [
    item.acknowledgedAt && t('inbox.acknowledgedAt', { at: formatDateTime(item.acknowledgedAt) }),
    item.startedAt && t('inbox.startedAt', { at: formatDateTime(item.startedAt) }),
    item.completedAt && t('inbox.completedAt', { at: formatDateTime(item.completedAt) }),
    item.refusedAt && t('inbox.refusedAt', { at: formatDateTime(item.refusedAt) }),
  ].filter((x): x is string => Boolean(x));
}

export function InboxItemCard({ item, busy, onAction }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const overdue = item.status === 'overdue';
  const trail = useTrail(item);
  // On a phone the card opens on a tap: title, state and due date first, the rest and the actions inside.
  const mobile = useIsMobile();
  const [opened, setOpened] = useState(false);
  const open = !mobile || opened;
  return (
    <Card
      size="small"
      className={`inbox-card inbox-card-${item.status}`}
      data-testid={`inbox-item-${item.id}`}
      data-status={item.status}
    >
      <div
        className="inbox-card-head"
        {...(mobile && {
          role: 'button',
          tabIndex: 0,
          'aria-expanded': opened,
          'data-testid': 'inbox-open',
          onClick: () => setOpened((o) => !o),
          onKeyDown: (e: KeyboardEvent) => {
            if (e.key === 'Enter' || e.key === ' ') setOpened((o) => !o);
          },
        })}
      >
        <div className="inbox-card-title">
          <Typography.Text strong className="inbox-title">
            {item.title}
          </Typography.Text>
          <InboxStatusTag status={item.status} />
          {overdue && (
            <span className="muted small">
              {t('inbox.overdueWas', { status: labels.inboxStatus(item.storedStatus) })}
            </span>
          )}
        </div>
        <div className={overdue ? 'inbox-due text-danger' : 'inbox-due'} data-testid="inbox-due">
          <ClockCircleOutlined /> {t('inbox.due')}{' '}
          <strong>{overdue ? t('inbox.dueOverdue', { date: item.dueDate }) : item.dueDate}</strong>
          {mobile && <DownOutlined className={`inbox-chevron ${opened ? 'inbox-chevron-open' : ''}`} />}
        </div>
      </div>
      {open && (
        <>
          <div className="inbox-meta">
            <span>
              <span className="muted">{t('inbox.from')}</span>
              {item.department.name}
            </span>
            <span>
              <span className="muted">{t('inbox.number')}</span>
              <AdmissionNumberLink number={item.admissionNumber} code={item.admissionCode} testId="inbox-number" />
            </span>
            <span>
              <span className="muted">{t('inbox.burden')}</span>
              {t('adm.burden.perCommunity', { n: formatAmount(item.burden.hoursPerCommunityYear) })}
              {item.burden.minutesPerOccurrence !== null && (
                <span className="muted">
                  {t('common.bracketed', {
                    text: t('inbox.perOccurrence', { n: formatAmount(item.burden.minutesPerOccurrence) }),
                  })}
                </span>
              )}
            </span>
            <span className="muted">
              {t('inbox.dispatchedAt')} {formatDateTime(item.dispatchedAt)}
            </span>
          </div>
          <div className="inbox-body">
            <Typography.Paragraph className="pre-line inbox-instructions">
              {item.instructions || <span className="muted">{t('inbox.noInstructions')}</span>}
            </Typography.Paragraph>
            <AttachmentList files={item.attachments} testId="inbox-attachments" />
            {item.completionNote && (
              <div className="inbox-result inbox-result-done">
                <strong>{t('inbox.completionNote')}</strong>
                {item.completionNote}
              </div>
            )}
            <RefusalOutcome item={item} />
          </div>
          {(trail.length > 0 || item.allowedActions.length > 0) && (
            <div className="inbox-card-foot">
              <div className="muted small inbox-trail">{trail.join(' · ')}</div>
              {item.allowedActions.length > 0 && (
                <Space size={8} wrap>
                  {item.allowedActions.map((a) => (
                    <Button
                      key={a}
                      size="small"
                      type={a === 'complete' ? 'primary' : 'default'}
                      danger={a === 'refuse'}
                      icon={ACTION_ICONS[a]}
                      loading={busy && (a === 'acknowledge' || a === 'start')}
                      disabled={busy}
                      onClick={() => onAction(item, a)}
                      data-testid={`item-action-${a}`}
                    >
                      {t(`inbox.actions.${a}`)}
                    </Button>
                  ))}
                </Space>
              )}
            </div>
          )}
        </>
      )}
    </Card>
  );
}
