// The versions of the jurisdiction's list, newest first: the draft being prepared, the version in
// force, and the superseded ones.
import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogueVersion } from '#common/api/catalogue.js';

interface Props {
  versions: CatalogueVersion[];
  selected: number | undefined;
  onSelect: (id: number) => void;
  loading: boolean;
}

export function VersionList({ versions, selected, onSelect, loading }: Props) {
  const { t } = useTranslation();
  const inForce = versions.find((v) => v.status === 'published')?.id;
  return (
    <Card
      size="small"
      title={t('cat.manage.versions')}
      loading={loading}
      className="version-card"
      data-testid="cat-versions"
    >
      <ul className="version-list">
        {versions.map((v) => (
          <li key={v.id}>
            <button
              type="button"
              className={`version-item ${v.id === selected ? 'version-item-active' : ''}`}
              onClick={() => onSelect(v.id)}
              data-testid={`cat-version-${v.versionNo}`}
              data-status={v.status}
            >
              <span className="version-item-top">
                <strong>{t('pub.catalogue.versionNo', { n: v.versionNo })}</strong>
                {v.status === 'draft' ? (
                  <Tag color="orange">{t('cat.manage.draft')}</Tag>
                ) : v.id === inForce ? (
                  <Tag color="green">{t('pub.catalogue.inForce')}</Tag>
                ) : (
                  <Tag>{t('pub.catalogue.superseded')}</Tag>
                )}
              </span>
              <span className="muted small">
                {v.status === 'draft'
                  ? t('cat.manage.draftHint')
                  : t('pub.catalogue.effectiveFrom', { date: v.effectiveFrom })}
              </span>
              {v.note && <span className="version-note small">{v.note}</span>}
            </button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
