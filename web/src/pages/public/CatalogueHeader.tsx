// The head of a published list: jurisdiction and version choice, what the version is, the export.
import { Button, Card, Segmented, Select, Space, Tag, Typography } from 'antd';
import { DiffOutlined, FileExcelOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { publicApi } from '../../api/endpoints.js';
import type { CatalogueJurisdiction, PublishedCatalogue } from '#common/api/catalogue.js';
import { formatNumber } from '../../i18n/format.js';

export type CatalogueView = 'list' | 'diff';

interface Props {
  data: PublishedCatalogue;
  jurisdictions: CatalogueJurisdiction[];
  view: CatalogueView;
  onView: (v: CatalogueView) => void;
  onJurisdiction: (code: string) => void;
  onVersion: (versionNo: number) => void;
}

export function CatalogueHeader({ data, jurisdictions, view, onView, onJurisdiction, onVersion }: Props) {
  const { t } = useTranslation();
  const { jurisdiction, version, versions, counts } = data;
  const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  const isLatest = versions[0]?.versionNo === version.versionNo;
  return (
    <Card className="catalogue-head" variant="borderless">
      <div className="catalogue-head-row">
        <div className="catalogue-head-text">
          <div className="muted small">{[...jurisdiction.path.map((p) => p.name), jurisdiction.name].join(' / ')}</div>
          <Typography.Title level={3} className="catalogue-title" data-testid="catalogue-title">
            {t('pub.catalogue.title', { name: jurisdiction.name })}
          </Typography.Title>
          <Space wrap size={[8, 4]}>
            <Tag color="blue">{t('pub.catalogue.versionNo', { n: version.versionNo })}</Tag>
            <span>{t('pub.catalogue.effectiveFrom', { date: version.effectiveFrom })}</span>
            <span className="muted">·</span>
            <span>{t('pub.catalogue.itemTotal', { n: formatNumber(total) })}</span>
            {isLatest ? (
              <Tag color="green">{t('pub.catalogue.inForce')}</Tag>
            ) : (
              <Tag>{t('pub.catalogue.superseded')}</Tag>
            )}
            {version.isDemo && <Tag color="orange">{t('common.demoTag')}</Tag>}
          </Space>
          {version.note && <div className="catalogue-note">{version.note}</div>}
        </div>
        <div className="catalogue-head-controls">
          <Space wrap>
            <Select
              data-testid="catalogue-jurisdiction"
              value={jurisdiction.code}
              onChange={onJurisdiction}
              className="catalogue-select"
              options={jurisdictions.map((j) => ({ value: j.code, label: j.name }))}
              aria-label={t('pub.catalogue.jurisdiction')}
            />
            <Select
              data-testid="catalogue-version"
              value={version.versionNo}
              onChange={onVersion}
              className="catalogue-select-wide"
              options={versions.map((v) => ({
                value: v.versionNo,
                label: t('pub.catalogue.versionOption', { n: v.versionNo, date: v.effectiveFrom }),
              }))}
              aria-label={t('pub.catalogue.version')}
            />
            <Button
              icon={<FileExcelOutlined />}
              href={publicApi.exportUrl(jurisdiction.code, version.versionNo)}
              data-testid="catalogue-export"
            >
              {t('pub.catalogue.export')}
            </Button>
          </Space>
          <Segmented<CatalogueView>
            value={view}
            onChange={onView}
            data-testid="catalogue-view"
            options={[
              { value: 'list', label: t('pub.catalogue.viewList'), icon: <UnorderedListOutlined /> },
              { value: 'diff', label: t('pub.catalogue.viewDiff'), icon: <DiffOutlined /> },
            ]}
          />
        </div>
      </div>
    </Card>
  );
}
