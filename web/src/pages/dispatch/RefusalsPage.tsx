// /refusals — the reviewer's view of every refusal in the jurisdiction: which department's work, which
// community, why. Frequent refusals point at admissions whose scope or resources need a look.
import { useState } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { dispatchApi } from '../../api/dispatchEndpoints.js';
import { useMe } from '../../api/session.js';
import { useApi } from '../../api/useApi.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { RefusalsTable } from './RefusalsTable.js';

export function RefusalsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useApi((signal) => dispatchApi.refusals(page, 20, signal), [page]);
  return (
    <div className="page">
      <PageHeader title={t('dispatch.refusals.title')} subtitle={t('dispatch.refusals.intro', { org: me.org.name })} />
      <Card>
        {error ? (
          <ProblemAlert error={error} onRetry={reload} />
        ) : (
          <RefusalsTable data={data} loading={loading} page={page} pageSize={20} onPage={setPage} showDepartment />
        )}
      </Card>
    </div>
  );
}
