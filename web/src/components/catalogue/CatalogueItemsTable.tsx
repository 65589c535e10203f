// The items of a list version: code, name and description, nature, kind, department, frequency and
// standard time; a row opens to the full description and legal basis. Shared by the public list and
// the reviewers' drafting page (which adds its row actions).
import { Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ListType } from '#common/admission.js';
import type { CatalogueItem } from '#common/api/catalogue.js';
import { formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';
import { ResponsiveTable } from '../responsive/ResponsiveTable.js';

export const LIST_TYPE_COLORS: Record<ListType, string> = {
  duty: 'blue',
  assist: 'cyan',
  negative: 'red',
  cert_allowed: 'green',
  cert_forbidden: 'volcano',
};

/** Fields of a list item, as named in `cat.fields`. */
export const CATALOGUE_FIELDS = [
  'code',
  'listType',
  'name',
  'description',
  'legalBasis',
  'departmentKind',
  'objectKind',
  'frequency',
  'occurrencesPerYear',
  'standardMinutes',
] as const;
export type CatalogueField = (typeof CATALOGUE_FIELDS)[number];
export const isCatalogueField = (f: string): f is CatalogueField => (CATALOGUE_FIELDS as readonly string[]).includes(f);

/** Lists of things communities must not do carry no workload figures. */
const NO_WORKLOAD: readonly ListType[] = ['negative', 'cert_forbidden'];

interface Props {
  items: CatalogueItem[];
  loading?: boolean;
  /** The list type shown, or undefined for all (then each row names its type). */
  listType?: ListType;
  actions?: TableColumnsType<CatalogueItem>[number];
  testId?: string;
  pageSize?: number;
}

export function CatalogueItemsTable({ items, loading, listType, actions, testId, pageSize = 20 }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const workload = !listType || !NO_WORKLOAD.includes(listType);
  const columns: TableColumnsType<CatalogueItem> = [
    {
      key: 'code',
      title: t('cat.fields.code'),
      width: 104,
      render: (_, i) => <span className="mono">{i.code}</span>,
    },
    {
      key: 'name',
      title: t('cat.fields.name'),
      minWidth: 280,
      render: (_, i) => (
        <div className="cell-stack">
          <Typography.Text strong>{i.name}</Typography.Text>
          <Typography.Paragraph type="secondary" className="small cell-clamp" ellipsis={{ rows: 2 }}>
            {i.description}
          </Typography.Paragraph>
        </div>
      ),
    },
    ...(listType
      ? []
      : [
          {
            key: 'listType',
            title: t('cat.fields.listType'),
            width: 150,
            render: (_: unknown, i: CatalogueItem) => (
              <Tag color={LIST_TYPE_COLORS[i.listType]}>{labels.listType(i.listType)}</Tag>
            ),
          },
        ]),
    { key: 'kind', title: t('cat.fields.objectKind'), width: 118, render: (_, i) => labels.objectKind(i.objectKind) },
    {
      key: 'dept',
      title: t('cat.fields.departmentKind'),
      width: 170,
      render: (_, i) => i.departmentName ?? <span className="muted">{t('cat.communityItself')}</span>,
    },
    ...(workload
      ? [
          {
            key: 'frequency',
            title: t('cat.fields.frequency'),
            width: 130,
            render: (_: unknown, i: CatalogueItem) => (
              <div className="cell-stack">
                <span>{labels.frequency(i.frequency)}</span>
                {i.occurrencesPerYear !== null && i.occurrencesPerYear > 0 && (
                  <span className="muted small">{t('cat.perYear', { n: formatNumber(i.occurrencesPerYear) })}</span>
                )}
              </div>
            ),
          },
          {
            key: 'minutes',
            title: t('cat.fields.standardMinutes'),
            width: 110,
            align: 'right' as const,
            render: (_: unknown, i: CatalogueItem) =>
              i.standardMinutes > 0 ? t('cat.minutes', { n: formatNumber(i.standardMinutes) }) : '—',
          },
        ]
      : []),
    ...(actions ? [actions] : []),
  ];
  return (
    <ResponsiveTable<CatalogueItem>
      data-testid={testId}
      rowKey="code"
      size="middle"
      loading={loading}
      dataSource={items}
      columns={columns}
      scroll={{ x: actions ? 1180 : 1040 }}
      locale={{ emptyText: t('cat.noItems') }}
      pagination={{
        defaultPageSize: pageSize,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { total: formatNumber(n) }),
      }}
      expandable={{
        expandedRowRender: (i) => (
          <div className="catalogue-expanded">
            <div>
              <span className="catalogue-expanded-label">{t('cat.fields.description')}</span>
              <span>{i.description || '—'}</span>
            </div>
            <div>
              <span className="catalogue-expanded-label">{t('cat.fields.legalBasis')}</span>
              <span>{i.legalBasis || '—'}</span>
            </div>
          </div>
        ),
      }}
    />
  );
}
