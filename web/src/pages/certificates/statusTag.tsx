// The state of a certificate request as a coloured tag (待办理 / 已开具 / 不予开具).
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CertificateRequestStatus } from '#common/certificates.js';

const COLOR: Record<CertificateRequestStatus, string> = {
  submitted: 'processing',
  issued: 'success',
  declined: 'default',
};

export function RequestStatusTag({ status }: { status: CertificateRequestStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[status]} data-testid="request-status" data-status={status}>
      {t(`cert.status.${status}`)}
    </Tag>
  );
}
