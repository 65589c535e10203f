// /hub/elements — the 数据元 dictionary: searchable and filterable by subject, type, sensitivity and
// source department, with the national code lists (GB/T 2261.1, GB/T 3304 …) one click away.
import { useMemo, useState } from 'react';
import { Button, Card, Input, Select, Space, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { hubApi } from '../../api/hubEndpoints.js';
import type { DataElement } from '#common/api/hub.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { CodeListModal, CodeListsTable } from '../../components/hub/CodeLists.js';
import { ElementSourceModal } from '../../components/hub/ElementSourceModal.js';
import { useMe } from '../../api/session.js';
import { formatDate } from '../../i18n/format.js';
import {
  ELEMENT_TYPES,
  SENSITIVITIES,
  SENSITIVITY_COLOR,
  SUBJECT_TYPES,
  hubLabel,
} from '../../components/hub/labels.js';

interface Filters {
  q: string;
  subject?: string;
  type?: string;
  sensitivity?: string;
  owner?: string;
}

const matches = (e: DataElement, f: Filters) => {
  const q = f.q.trim().toLowerCase();
  return (
    (!q || e.code.toLowerCase().includes(q) || e.name.includes(q) || e.synonyms.some((s) => s.includes(q))) &&
    (!f.subject || e.subject === f.subject) &&
    (!f.type || e.type === f.type) &&
    (!f.sensitivity || e.sensitivity === f.sensitivity) &&
    (!f.owner || e.ownerDepartmentKind === f.owner)
  );
};

export function ElementsPage() {
  const { t } = useTranslation();
  const elements = useApiQuery({ queryKey: keys.hub.of('elements'), queryFn: ({ signal }) => hubApi.elements(signal) });
  const lists = useApiQuery({ queryKey: keys.hub.of('codeLists'), queryFn: ({ signal }) => hubApi.codeLists(signal) });
  const [filters, setFilters] = useState<Filters>({ q: '' });
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [openList, setOpenList] = useState<string | null>(null);
  const [editing, setEditing] = useState<DataElement | null>(null);
  const steward = useMe().role === 'data_steward';
  const shown = useMemo(() => (elements.data ?? []).filter((e) => matches(e, filters)), [elements.data, filters]);
  const owners = useMemo(() => [...new Set((elements.data ?? []).map((e) => e.ownerDepartmentKind))], [elements.data]);
  // What a steward may choose: the community and the departments the dictionary knows.
  const sourceKinds = useMemo(() => ['community', ...owners.filter((o) => o !== 'community')], [owners]);
  const listName = (id: string) => lists.data?.find((l) => l.id === id)?.name ?? id;
  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage((p) => ({ ...p, current: 1 }));
  };

  const columns: TableColumnsType<DataElement> = [
    {
      key: 'name',
      title: t('hub.elements.name'),
      width: 190,
      render: (_, e) => (
        <div className="cell-stack">
          <Typography.Text strong>{e.name}</Typography.Text>
          <span className="mono muted small">{e.code}</span>
        </div>
      ),
    },
    {
      key: 'synonyms',
      title: t('hub.elements.synonyms'),
      width: 220,
      render: (_, e) => <span className="small">{e.synonyms.join(t('common.enumSeparator'))}</span>,
    },
    {
      key: 'subject',
      title: t('hub.elements.subject'),
      width: 100,
      render: (_, e) => hubLabel(t, 'subjectTypes', e.subject),
    },
    {
      key: 'type',
      title: t('hub.elements.type'),
      width: 150,
      render: (_, e) => (
        <div className="cell-stack">
          <span>{hubLabel(t, 'elementTypes', e.type)}</span>
          {e.codeList && (
            <Button
              type="link"
              size="small"
              className="hub-inline-link"
              onClick={() => setOpenList(e.codeList)}
              data-testid={`element-codelist-${e.code}`}
            >
              {listName(e.codeList)}
            </Button>
          )}
          {e.validation && (
            <span className="muted small">
              {t(`hub.elements.validations.${e.validation}` as never, { defaultValue: e.validation })}
            </span>
          )}
        </div>
      ),
    },
    {
      key: 'sensitivity',
      title: t('hub.elements.sensitivity'),
      width: 120,
      render: (_, e) => <Tag color={SENSITIVITY_COLOR[e.sensitivity]}>{hubLabel(t, 'sensitivity', e.sensitivity)}</Tag>,
    },
    {
      key: 'owner',
      title: t('hub.elements.owner'),
      width: 170,
      render: (_, e) => (
        <div className="cell-stack" data-testid={`element-source-${e.code}`} data-source={e.ownerDepartmentKind}>
          <span>{hubLabel(t, 'owners', e.ownerDepartmentKind)}</span>
          {e.communityCollects && (
            <Tag color="blue" className="hub-tag" title={e.collectReason ?? undefined}>
              {t('hub.elements.collects')}
            </Tag>
          )}
          {e.sourceChange && (
            <span className="muted small">
              {t('hub.elements.changedBy', {
                by: e.sourceChange.by,
                at: formatDate(e.sourceChange.at),
                reason: e.sourceChange.reason,
              })}
            </span>
          )}
          {steward && (
            <Button
              type="link"
              size="small"
              className="hub-inline-link"
              onClick={() => setEditing(e)}
              data-testid={`element-source-edit-${e.code}`}
            >
              {t('hub.elements.changeSource')}
            </Button>
          )}
        </div>
      ),
    },
    {
      key: 'description',
      title: t('hub.elements.description'),
      render: (_, e) => <span className="small">{e.description}</span>,
    },
  ];

  const opts = (values: readonly string[], group: Parameters<typeof hubLabel>[1]) =>
    values.map((v) => ({ value: v, label: hubLabel(t, group, v) }));

  return (
    <div className="page">
      <PageHeader
        title={t('hub.elements.title')}
        subtitle={t('hub.elements.intro', { n: elements.data?.length ?? 0 })}
        testId="elements-title"
      />
      <Card>
        <Tabs
          items={[
            {
              key: 'elements',
              label: t('hub.elements.tabs.elements'),
              children: elements.error ? (
                <ProblemAlert error={elements.error} onRetry={elements.reload} />
              ) : (
                <>
                  <Space wrap className="hub-filters">
                    <Input.Search
                      allowClear
                      placeholder={t('hub.elements.search')}
                      className="hub-search"
                      onSearch={(q) => set({ q })}
                      onChange={(e) => set({ q: e.target.value })}
                      data-testid="elements-search"
                    />
                    <Select
                      allowClear
                      placeholder={t('hub.elements.subject')}
                      className="hub-filter"
                      options={opts(SUBJECT_TYPES, 'subjectTypes')}
                      onChange={(v?: string) => set({ subject: v })}
                      data-testid="elements-subject"
                    />
                    <Select
                      allowClear
                      placeholder={t('hub.elements.type')}
                      className="hub-filter"
                      options={opts(ELEMENT_TYPES, 'elementTypes')}
                      onChange={(v?: string) => set({ type: v })}
                    />
                    <Select
                      allowClear
                      placeholder={t('hub.elements.sensitivity')}
                      className="hub-filter"
                      options={opts(SENSITIVITIES, 'sensitivity')}
                      onChange={(v?: string) => set({ sensitivity: v })}
                    />
                    <Select
                      allowClear
                      placeholder={t('hub.elements.owner')}
                      className="hub-filter"
                      options={opts(owners, 'owners')}
                      onChange={(v?: string) => set({ owner: v })}
                    />
                  </Space>
                  <Table<DataElement>
                    rowKey="code"
                    size="middle"
                    data-testid="elements-table"
                    tableLayout="fixed"
                    loading={elements.loading}
                    columns={columns}
                    dataSource={shown}
                    pagination={{
                      ...page,
                      total: shown.length,
                      showSizeChanger: true,
                      showTotal: (total) => t('common.total', { total }),
                      onChange: (current, pageSize) => setPage({ current, pageSize }),
                    }}
                  />
                </>
              ),
            },
            {
              key: 'codeLists',
              label: t('hub.elements.tabs.codeLists', { n: lists.data?.length ?? 0 }),
              children: lists.error ? (
                <ProblemAlert error={lists.error} onRetry={lists.reload} />
              ) : (
                <CodeListsTable lists={lists.data} loading={lists.loading} onOpen={setOpenList} />
              ),
            },
          ]}
        />
      </Card>
      <CodeListModal list={lists.data?.find((l) => l.id === openList)} onClose={() => setOpenList(null)} />
      <ElementSourceModal element={editing} sources={sourceKinds} onClose={() => setEditing(null)} />
    </div>
  );
}
