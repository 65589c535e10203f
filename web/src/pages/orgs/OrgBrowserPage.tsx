// /orgs and /orgs/:code — the division tree with search on the left, the chosen org on the right.
import { useEffect, useState } from 'react';
import { Button, Card, Empty } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useIsMobile } from '../../components/responsive/useIsMobile.js';
import { OrgDetailPanel } from './OrgDetailPanel.js';
import { OrgSearch } from './OrgSearch.js';
import { OrgTree } from './OrgTree.js';
import { useOrgTree } from './useOrgTree.js';

function useTreeHeight(): number {
  const calc = () => Math.max(320, window.innerHeight - 330);
  const [h, setH] = useState(calc);
  useEffect(() => {
    const on = () => setH(calc());
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return h;
}

export function OrgBrowserPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { code } = useParams();
  const tree = useOrgTree();
  const treeHeight = useTreeHeight();
  // On a phone the tree sits above the chosen org: short, so that the org is in reach.
  const height = useIsMobile() ? 300 : treeHeight;
  const { reveal } = tree;

  // Open the tree down to the chosen org, or to one's own org when none is chosen.
  const ownOrg = me.org.code;
  useEffect(() => {
    void (code ? reveal(code) : reveal(ownOrg, true));
  }, [reveal, code, ownOrg]);

  return (
    <div className="page org-page">
      <PageHeader title={t('orgs.title')} subtitle={t('orgs.intro')} />
      <div className="org-layout">
        <Card className="org-tree-card" title={t('orgs.tree')} size="small">
          <OrgSearch />
          <div className="org-tree-wrap">
            <OrgTree tree={tree} selected={code} height={height} />
          </div>
        </Card>
        <div className="org-detail">
          {code ? (
            <OrgDetailPanel code={code} />
          ) : (
            <Card className="org-card">
              <Empty description={t('orgs.selectHint')}>
                <Link to={`/orgs/${me.org.code}`}>
                  <Button type="primary">{t('home.myOrgDesc', { org: me.org.name })}</Button>
                </Link>
              </Empty>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
