// /public/catalogue — opens the default jurisdiction's list (or the first one published).
import { Navigate } from 'react-router';
import { Card, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useDefaultJurisdiction, useJurisdictions } from './useJurisdictions.js';

export function CatalogueIndexPage() {
  const { t } = useTranslation();
  const { data, error, reload } = useJurisdictions();
  const preferred = useDefaultJurisdiction();
  if (error) return <ProblemAlert error={error} onRetry={reload} />;
  if (!data)
    return (
      <div className="center-block">
        <Spin />
      </div>
    );
  const target = data.find((j) => j.code === preferred) ?? data[0];
  if (!target)
    return (
      <Card>
        <Empty description={t('pub.catalogue.noneYet')} />
      </Card>
    );
  return <Navigate to={`/public/catalogue/${target.code}`} replace />;
}
