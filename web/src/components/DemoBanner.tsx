// The strip on every page of a demo deployment, so nobody mistakes demo data for real data. Plain
// (styled like antd's warning banner): the login page shows it too and loads without antd.
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session.js';
import { PlainIcon } from './plain/PlainIcon.js';

export function DemoBanner() {
  const { t } = useTranslation();
  const { health } = useSession();
  if (!health?.demo) return null;
  return (
    <div
      data-testid="demo-banner"
      role="alert"
      className="plain-alert plain-alert-warning plain-alert-banner demo-banner"
    >
      <PlainIcon name="ExperimentOutlined" />
      <div className="plain-alert-content">
        <span>
          <strong>{t('app.demoBanner')}</strong>
          <span className="demo-banner-hint">{t('app.demoBannerHint')}</span>
        </span>
      </div>
    </div>
  );
}
