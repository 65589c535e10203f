// The head of a community's inbox, inspection calendar and apps. The community's own workers see a
// plain title; street officers and reviewers also get the way back to the overview and links
// between the three views of the same community.
import type { ReactNode } from 'react';
import { Breadcrumb, Segmented } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session.js';
import { PageHeader } from '../../components/PageHeader.js';

export const COMMUNITY_VIEWS = ['inbox', 'inspections', 'apps'] as const;
export type CommunityView = (typeof COMMUNITY_VIEWS)[number];

interface Props {
  code: string;
  name: string | undefined;
  view: CommunityView;
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
}

export function CommunityPageHeader({ code, name, view, title, subtitle, extra }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const own = me.role === 'community_worker';
  return (
    <>
      {!own && (
        <Breadcrumb
          className="page-breadcrumb"
          items={[
            { key: 'list', title: <Link to={`/communities?street=${code.slice(0, 9)}`}>{t('communities.back')}</Link> },
            { key: 'self', title: name ?? code },
          ]}
        />
      )}
      <PageHeader
        title={title}
        subtitle={subtitle}
        extra={
          own ? (
            extra
          ) : (
            <>
              {extra}
              <Segmented<CommunityView>
                data-testid="community-views"
                value={view}
                onChange={(v) => void navigate(`/communities/${code}/${v}`)}
                options={COMMUNITY_VIEWS.map((v) => ({ value: v, label: t(`communities.views.${v}`) }))}
              />
            </>
          )
        }
      />
    </>
  );
}
