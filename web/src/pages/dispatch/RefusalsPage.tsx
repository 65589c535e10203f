// /refusals — the reviewer's view of every refusal in the jurisdiction: which department's work, which
// community, why, and what the department answered. The 减负办 decides the refusals a department contested
// (it opens on those). Frequent refusals point at admissions whose scope or resources need a look.
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session.js';
import { PageHeader } from '../../components/PageHeader.js';
import { RefusalsPanel } from './RefusalsPanel.js';

export function RefusalsPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <div className="page">
      <PageHeader title={t('dispatch.refusals.title')} subtitle={t('dispatch.refusals.intro', { org: me.org.name })} />
      <Card>
        <RefusalsPanel showDepartment initialState={me.role === 'reviewer' ? 'contested' : undefined} />
      </Card>
    </div>
  );
}
