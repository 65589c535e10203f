// The head of an application: title, status, admission number with its public check and QR code,
// the review clock, who applied, and the buttons of the actions the server allows.
import type { ReactNode } from 'react';
import { Card, Popover, Space, Tag, Typography } from 'antd';
import { ExportOutlined, QrcodeOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AdmissionDetail } from '#common/api/admission.js';
import { publicApi } from '../../../api/endpoints.js';
import { ReviewClockText } from '../../../components/admission/ReviewClockText.js';
import { AdmissionStatusTag } from '../../../components/admission/StatusTag.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLabels } from '../../../i18n/labels.js';

export function DetailHeader({ a, actions }: { a: AdmissionDetail; actions: ReactNode }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const meta = [
    a.department.name,
    labels.objectKind(a.kind),
    labels.listType(a.listType),
    a.submittedAt ? t('adm.detail.submittedAt', { at: formatDateTime(a.submittedAt) }) : t('adm.detail.notSubmitted'),
    a.decidedAt ? t('adm.detail.decidedAt', { at: formatDateTime(a.decidedAt) }) : null,
  ].filter(Boolean);
  return (
    <Card className="detail-head" variant="borderless">
      <div className="detail-head-row">
        <div className="detail-head-main">
          <Space size={8} wrap className="detail-title-row">
            <Typography.Title level={3} className="detail-title" data-testid="adm-detail-title">
              {a.title}
            </Typography.Title>
            <AdmissionStatusTag status={a.status} testId="adm-status" />
            {a.emergency && <Tag color="red">{t('adm.fields.emergency')}</Tag>}
            {a.isDemo && <Tag color="orange">{t('common.demoTag')}</Tag>}
          </Space>
          <div className="detail-meta">{meta.join(' · ')}</div>
          {a.clock && (
            <div className="detail-clock">
              <span className="muted">{t('adm.detail.clock')}</span>
              <ReviewClockText clock={a.clock} withDue />
            </div>
          )}
        </div>
        {a.number && a.code && (
          <div className="detail-number">
            <div className="muted small">{t('adm.fields.number')}</div>
            <div className="detail-number-value" data-testid="adm-number">
              {a.number}
            </div>
            <Space size={12}>
              <Link to={`/check/${encodeURIComponent(a.code)}`} target="_blank" data-testid="adm-check-link">
                <ExportOutlined /> {t('adm.detail.publicCheck')}
              </Link>
              <Popover
                content={
                  <img
                    src={publicApi.qrUrl(a.code)}
                    width={180}
                    height={180}
                    alt={t('pub.check.qrAlt', { number: a.number })}
                  />
                }
                title={t('pub.check.qrCaption')}
              >
                <span className="qr-trigger" data-testid="adm-qr">
                  <QrcodeOutlined /> {t('adm.detail.qr')}
                </span>
              </Popover>
            </Space>
          </div>
        )}
      </div>
      {actions && <div className="detail-actions">{actions}</div>}
    </Card>
  );
}
