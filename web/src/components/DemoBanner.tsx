// The strip on every page of a demo deployment, so nobody mistakes demo data for real data.
import { Alert } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session.js';

export function DemoBanner() {
  const { t } = useTranslation();
  const { health } = useSession();
  if (!health?.demo) return null;
  return (
    <Alert
      data-testid="demo-banner"
      banner
      type="warning"
      showIcon
      icon={<ExperimentOutlined />}
      className="demo-banner"
      title={
        <span>
          <strong>{t('app.demoBanner')}</strong>
          <span className="demo-banner-hint">{t('app.demoBannerHint')}</span>
        </span>
      }
    />
  );
}
