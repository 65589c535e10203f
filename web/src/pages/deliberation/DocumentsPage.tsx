// /deliberation/documents — the community's 居民公约 and 议事规则 with every version, for its residents and
// its worker (who publishes new versions); a link to the same documents' public page.
import { Link } from 'react-router';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session.js';
import { PageHeader } from '../../components/PageHeader.js';
import { CommunityDocuments } from './CommunityDocuments.js';

export function DocumentsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const community = me.orgCode ?? '';
  return (
    <div className="page delib-docs" data-testid="delib-documents">
      <Link to="/deliberation" className="small">
        <ArrowLeftOutlined /> {t('delib.topic.back')}
      </Link>
      <PageHeader
        title={t('delib.docs.title')}
        subtitle={t('delib.docs.intro')}
        extra={
          <Link to={`/public/communities/${community}`} data-testid="delib-public-link">
            {t('delib.docs.publicLink')}
          </Link>
        }
      />
      <CommunityDocuments community={community} canPublish={me.role === 'community_worker'} />
    </div>
  );
}
