// /burden/capacity — staff per community, entered by the street (used for the burden ratio). The
// list is paged on the server: a city has well over a thousand communities, so it is searched and
// filtered by district/street and by 未录入 there; edits are kept across pages until saved.
import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, InputNumber, Segmented, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { burdenApi } from '../../api/burdenEndpoints.js';
import type { CapacityRow } from '#common/api/burden.js';
import { isApiError } from '../../api/client.js';
import { allChildren } from '../../api/endpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { formatAmount } from '../../i18n/format.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useDebounced } from '../../components/useDebounced.js';

type Status = 'all' | 'missing' | 'entered';
type Edit = { staff: number | null; leaveDays: number };
const PAGE_SIZE = 20;

export function CapacityPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const aboveDistrict = me.org.level === 'city' || me.org.level === 'province';
  const [district, setDistrict] = useState<string | undefined>();
  const [street, setStreet] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<Status>('all');
  const [page, setPage] = useState(1);
  const [edits, setEdits] = useState<Map<string, Edit>>(new Map());
  const [saving, setSaving] = useState(false);
  const query = useDebounced(q.trim(), 300);

  const invalidate = useInvalidate();
  const districts = useApiQuery({
    queryKey: keys.orgs.of('allChildren', me.org.code),
    queryFn: aboveDistrict ? ({ signal }) => allChildren(me.org.code, signal) : skipToken,
  });
  const streetParent = aboveDistrict ? district : me.org.level === 'district' ? me.org.code : undefined;
  const streets = useApiQuery({
    queryKey: keys.orgs.of('allChildren', streetParent),
    queryFn: streetParent ? ({ signal }) => allChildren(streetParent, signal) : skipToken,
  });
  const list = useApiQuery({
    queryKey: keys.burden.of('capacity', street, district, query, status, page),
    queryFn: ({ signal }) =>
      burdenApi.capacity(
        {
          org: street ?? district,
          q: query || undefined,
          status: status === 'all' ? undefined : status,
          page,
          pageSize: PAGE_SIZE,
        },
        signal,
      ),
  });

  // Every filter change starts again at page 1.
  const refilter = (f: () => void) => {
    f();
    setPage(1);
  };
  const filtered = Boolean(district || street || query || status !== 'all');
  const clear = () => refilter(() => (setDistrict(undefined), setStreet(undefined), setQ(''), setStatus('all')));

  const current = (r: CapacityRow): Edit => edits.get(r.code) ?? { staff: r.staff, leaveDays: r.leaveDays };
  const edit = (r: CapacityRow, patch: Partial<Edit>) =>
    setEdits((m) => new Map(m).set(r.code, { ...current(r), ...patch }));
  const toSave = [...edits].filter(([, e]) => e.staff !== null);

  const save = async () => {
    const items = toSave.map(([community, e]) => ({ community, staff: e.staff!, leaveDays: e.leaveDays }));
    setSaving(true);
    try {
      await burdenApi.setCapacity(items);
      void message.success(t('burden.capacity.saved', { n: items.length }));
      setEdits(new Map());
      void invalidate(keys.burden);
    } catch (e) {
      if (isApiError(e)) void message.error(e.problem.title);
    } finally {
      setSaving(false);
    }
  };

  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        status === 'missing' && !query ? t('burden.capacity.emptyAllEntered') : t('burden.capacity.emptyFiltered')
      }
    >
      {filtered && <Button onClick={clear}>{t('burden.capacity.clear')}</Button>}
    </Empty>
  );

  return (
    <div className="burden-page" data-testid="burden-capacity">
      <PageHeader
        title={t('burden.capacity.title')}
        subtitle={t('burden.capacity.intro')}
        extra={
          <Button type="primary" loading={saving} onClick={() => void save()} disabled={toSave.length === 0}>
            {toSave.length ? t('burden.capacity.saveN', { n: toSave.length }) : t('burden.capacity.save')}
          </Button>
        }
      />
      {list.error && <ProblemAlert error={list.error} onRetry={list.reload} />}
      {toSave.length > 0 && (
        <Alert
          className="page-alert"
          type="info"
          showIcon
          title={t('burden.capacity.unsavedHint', { n: toSave.length })}
        />
      )}
      <Card size="small">
        <Space wrap className="table-filters">
          <Input.Search
            allowClear
            className="filter-search"
            data-testid="capacity-search"
            placeholder={t('burden.capacity.search')}
            value={q}
            onChange={(e) => refilter(() => setQ(e.target.value))}
          />
          {aboveDistrict && (
            <Select
              allowClear
              className="filter-select"
              data-testid="capacity-district"
              placeholder={t('burden.capacity.district')}
              loading={districts.loading}
              value={district}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(d?: string) => refilter(() => (setDistrict(d), setStreet(undefined)))}
              options={(districts.data ?? []).map((d) => ({ value: d.code, label: d.name }))}
            />
          )}
          {streetParent && (
            <Select
              allowClear
              className="filter-select"
              data-testid="capacity-street"
              placeholder={t('burden.capacity.anyStreet')}
              loading={streets.loading}
              value={street}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(s?: string) => refilter(() => setStreet(s))}
              options={(streets.data ?? []).map((s) => ({ value: s.code, label: s.name }))}
            />
          )}
          <Segmented<Status>
            data-testid="capacity-status"
            value={status}
            onChange={(s) => refilter(() => setStatus(s))}
            options={[
              { value: 'all', label: t('burden.capacity.all') },
              { value: 'missing', label: t('burden.capacity.missing') },
              { value: 'entered', label: t('burden.capacity.entered') },
            ]}
          />
        </Space>
        <Table<CapacityRow>
          size="small"
          rowKey="code"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: list.loading ? ' ' : empty }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (n) => t('burden.capacity.total', { n: formatAmount(n) }),
            onChange: setPage,
          }}
          columns={[
            { key: 'name', title: t('burden.table.community'), dataIndex: 'name' },
            { key: 'street', title: t('burden.capacity.street'), dataIndex: 'streetName', width: 180 },
            { key: 'code', title: t('orgs.code'), dataIndex: 'code', width: 140 },
            {
              key: 'state',
              title: t('burden.capacity.state'),
              width: 100,
              render: (_, r) =>
                r.staff === null ? (
                  <Tag color="warning">{t('burden.capacity.missing')}</Tag>
                ) : (
                  <Tag color="success">{t('burden.capacity.entered')}</Tag>
                ),
            },
            {
              key: 'staff',
              title: t('burden.capacity.staff'),
              width: 140,
              render: (_, r) => (
                <InputNumber
                  min={0}
                  max={500}
                  aria-label={`${r.name} ${t('burden.capacity.staff')}`}
                  value={current(r).staff}
                  onChange={(v) => edit(r, { staff: v })}
                />
              ),
            },
            {
              key: 'leave',
              title: t('burden.capacity.leaveDays'),
              width: 160,
              render: (_, r) => (
                <InputNumber
                  min={0}
                  max={100}
                  aria-label={`${r.name} ${t('burden.capacity.leaveDays')}`}
                  value={current(r).leaveDays}
                  onChange={(v) => edit(r, { leaveDays: v ?? 15 })}
                />
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
