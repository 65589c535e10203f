// Status tags: an application's workflow status, and what an admission number means to the public.
import { Tag } from 'antd';
import { CheckCircleFilled, ClockCircleFilled, CloseCircleFilled, StopFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmissionStatus } from '#common/admission.js';
import type { PublicStatus } from '#common/admission.js';
import { useLabels } from '../../i18n/labels.js';

const STATUS_COLORS: Record<AdmissionStatus, string> = {
  draft: 'default',
  override_requested: 'orange',
  submitted: 'blue',
  consultation: 'cyan',
  under_review: 'processing',
  returned: 'gold',
  rejected: 'red',
  withdrawn: 'default',
  approved: 'green',
  renewal_review: 'purple',
  expired: 'default',
  revoked: 'volcano',
};

export function AdmissionStatusTag({ status, testId }: { status: AdmissionStatus; testId?: string }) {
  const labels = useLabels();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status} className="status-tag">
      {labels.status(status)}
    </Tag>
  );
}

export const PUBLIC_STATUS_COLORS: Record<PublicStatus, string> = {
  valid: 'success',
  expired: 'warning',
  revoked: 'error',
  unknown: 'error',
};

export const PUBLIC_STATUS_ICONS: Record<PublicStatus, ReactNode> = {
  valid: <CheckCircleFilled />,
  expired: <ClockCircleFilled />,
  revoked: <StopFilled />,
  unknown: <CloseCircleFilled />,
};

export function PublicStatusTag({ status }: { status: PublicStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PUBLIC_STATUS_COLORS[status]} icon={PUBLIC_STATUS_ICONS[status]}>
      {t(`pub.status.${status}`)}
    </Tag>
  );
}
