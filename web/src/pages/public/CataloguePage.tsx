// /public/catalogue/:jurisdiction — a jurisdiction's published list of community work items, by list
// type, searchable and filterable, any version, compared with the version before it, exportable.
// Version, view and list type live in the URL so that a view can be shared.
import { useState } from 'react';
import { Space, Spin } from 'antd';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { LIST_TYPES, type ListType } from '#common/admission.js';
import { publicApi } from '../../api/endpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useDebounced } from '../../components/useDebounced.js';
import { CatalogueDiffView } from './CatalogueDiffView.js';
import { CatalogueHeader, type CatalogueView } from './CatalogueHeader.js';
import { CatalogueItems, type ItemFilters } from './CatalogueItems.js';
import { useDefaultJurisdiction, useJurisdictions } from './useJurisdictions.js';

const asListType = (v: string | null): ListType | undefined =>
  (LIST_TYPES as readonly string[]).includes(v ?? '') ? (v as ListType) : undefined;

export function CataloguePage() {
  const preferred = useDefaultJurisdiction();
  const { jurisdiction = preferred } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const version = Number(params.get('version')) || undefined;
  const view: CatalogueView = params.get('view') === 'diff' ? 'diff' : 'list';
  const listType = asListType(params.get('type'));
  const [filters, setFilters] = useState<ItemFilters>({ text: '' });
  const q = useDebounced(filters.text.trim(), 300);
  const jurisdictions = useJurisdictions();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.public.of(
      'catalogue',
      jurisdiction,
      version,
      q,
      listType,
      filters.objectKind,
      filters.departmentKind,
    ),
    queryFn: ({ signal }) =>
      publicApi.catalogue(
        jurisdiction,
        { version, q, listType, objectKind: filters.objectKind, departmentKind: filters.departmentKind },
        signal,
      ),
  });
  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value === undefined) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  if (error && !data) return <ProblemAlert error={error} onRetry={reload} />;
  if (!data)
    return (
      <div className="center-block">
        <Spin size="large" />
      </div>
    );
  return (
    <div className="page public-page">
      <Space orientation="vertical" size={16} className="full-width">
        <CatalogueHeader
          data={data}
          jurisdictions={jurisdictions.data ?? []}
          view={view}
          onView={(v) => setParam('view', v === 'diff' ? 'diff' : undefined)}
          onJurisdiction={(code) => {
            setFilters({ text: '' });
            void navigate(`/public/catalogue/${code}`);
          }}
          onVersion={(n) => setParam('version', n === data.versions[0]?.versionNo ? undefined : String(n))}
        />
        {error && <ProblemAlert error={error} onRetry={reload} />}
        {view === 'diff' ? (
          <CatalogueDiffView jurisdiction={data.jurisdiction.code} version={data.version.versionNo} />
        ) : (
          <CatalogueItems
            data={data}
            loading={loading}
            jurisdiction={data.jurisdiction.code}
            listType={listType}
            onListType={(lt) => setParam('type', lt)}
            filters={filters}
            onFilters={(patch) => setFilters((f) => ({ ...f, ...patch }))}
          />
        )}
      </Space>
    </div>
  );
}
