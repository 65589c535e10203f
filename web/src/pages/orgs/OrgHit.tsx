// One org search hit: name, level, and its path so that two 官塘社区 can be told apart.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgSearchHit } from '#common/api/orgs.js';

export function OrgHit({ hit }: { hit: OrgSearchHit }) {
  const { t } = useTranslation();
  return (
    <div className="org-hit" data-testid="org-hit">
      <div className="org-hit-top">
        <span className="org-hit-name">{hit.name}</span>
        <Tag className="org-hit-level">{t(`levels.${hit.level}`)}</Tag>
      </div>
      <div className="org-hit-path">
        {hit.pathNames.length ? `${hit.pathNames.join(' / ')} · ` : ''}
        {hit.code}
      </div>
    </div>
  );
}
