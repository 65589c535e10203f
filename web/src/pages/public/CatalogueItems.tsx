// A published list's items: one tab per list type with its count, search and filters, the table.
import { Card, Input, Select, Space, Tabs } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LIST_TYPES, OBJECT_KINDS, type ListType, type ObjectKind } from '#common/admission.js';
import type { PublishedCatalogue } from '#common/api/catalogue.js';
import { orgsApi } from '../../api/endpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { CatalogueItemsTable } from '../../components/catalogue/CatalogueItemsTable.js';
import { formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';

export interface ItemFilters {
  text: string;
  objectKind?: ObjectKind;
  departmentKind?: string;
}

interface Props {
  data: PublishedCatalogue | undefined;
  loading: boolean;
  jurisdiction: string;
  listType: ListType | undefined;
  onListType: (t: ListType | undefined) => void;
  filters: ItemFilters;
  onFilters: (patch: Partial<ItemFilters>) => void;
}

export function CatalogueItems({ data, loading, jurisdiction, listType, onListType, filters, onFilters }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const depts = useApiQuery({
    queryKey: keys.orgs.of('departments', jurisdiction),
    queryFn: ({ signal }) => orgsApi.departments(jurisdiction, signal),
  });
  const counts = data?.counts ?? {};
  const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  const tab = (label: string, n: number) => (
    <span>
      {label}
      <span className="tab-count">{formatNumber(n)}</span>
    </span>
  );
  return (
    <Card className="catalogue-items-card">
      <Tabs
        activeKey={listType ?? 'all'}
        onChange={(k) => onListType(k === 'all' ? undefined : (k as ListType))}
        data-testid="catalogue-tabs"
        items={[
          { key: 'all', label: tab(t('common.all'), total) },
          ...LIST_TYPES.map((lt) => ({ key: lt, label: tab(labels.listType(lt), counts[lt] ?? 0) })),
        ]}
      />
      <Space wrap size={12} className="table-filters">
        <Input
          data-testid="catalogue-search"
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('pub.catalogue.searchPlaceholder')}
          value={filters.text}
          onChange={(e) => onFilters({ text: e.target.value })}
          className="filter-search"
        />
        <Select<ObjectKind>
          data-testid="catalogue-kind-filter"
          allowClear
          placeholder={t('pub.catalogue.allKinds')}
          value={filters.objectKind}
          onChange={(objectKind) => onFilters({ objectKind })}
          options={OBJECT_KINDS.map((k) => ({ value: k, label: labels.objectKind(k) }))}
          className="filter-select"
        />
        <Select<string>
          data-testid="catalogue-dept-filter"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('pub.catalogue.allDepartments')}
          value={filters.departmentKind}
          onChange={(departmentKind) => onFilters({ departmentKind })}
          loading={depts.loading}
          options={(depts.data ?? [])
            .filter((d) => d.active && !d.isBurdenOffice)
            .map((d) => ({ value: d.kind, label: d.name }))}
          className="filter-select-wide"
        />
      </Space>
      <CatalogueItemsTable testId="catalogue-items" items={data?.items ?? []} loading={loading} listType={listType} />
    </Card>
  );
}
