// /subjects — 居民与户: a community's residents and households, paged and searchable, ID numbers and
// phones masked; a worker opens a household to collect its missing facts once.
import { useState } from 'react';
import { Alert, Button, Card, Empty, Input, Space, Switch, Tabs, Tag, type TableColumnsType } from 'antd';
import { EyeOutlined, FormOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hubApi } from '../../api/hubEndpoints.js';
import type { SubjectRow } from '#common/api/hub.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { CommunityPicker, useCommunityParam } from '../../components/hub/CommunityPicker.js';
import { SubjectDrawer } from '../../components/hub/SubjectDrawer.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

type Tab = 'resident' | 'household';

export function SubjectsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [community, setCommunity] = useCommunityParam();
  const [tab, setTab] = useState<Tab>('household');
  const [q, setQ] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [opened, setOpened] = useState<number | null>(null);
  // 一次入户待采集 (the worker's to-do opens here): only the households with facts to collect.
  const [params, setParams] = useSearchParams();
  const canCollect = me.role === 'community_worker';
  const pending = canCollect && tab === 'household' && params.get('pending') === '1';
  const setPending = (on: boolean) => {
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (on) next.set('pending', '1');
      else next.delete('pending');
      return next;
    });
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const list = useApiQuery({
    queryKey: keys.hub.of('subjects', community, tab, q, pending, paging.page, paging.pageSize),
    queryFn: community
      ? ({ signal }) =>
          hubApi.subjects({ community, type: tab, q: q || undefined, pending: pending || undefined, ...paging }, signal)
      : skipToken,
  });
  const lists = useApiQuery({ queryKey: keys.hub.of('codeLists'), queryFn: ({ signal }) => hubApi.codeLists(signal) });
  const genders = new Map((lists.data?.find((l) => l.id === 'gender')?.items ?? []).map((i) => [i.code, i.name]));
  const communityName = me.role === 'community_worker' ? me.org.name : '';

  const residentColumns: TableColumnsType<SubjectRow> = [
    { key: 'name', title: t('hub.subjects.name'), width: 110, render: (_, s) => <strong>{s.name}</strong> },
    { key: 'key', title: t('hub.subjects.key'), width: 190, render: (_, s) => <span className="mono">{s.key}</span> },
    {
      key: 'gender',
      title: t('hub.subjects.gender'),
      width: 70,
      render: (_, s) => (s.gender ? (genders.get(s.gender) ?? s.gender) : '—'),
    },
    { key: 'age', title: t('hub.subjects.age'), width: 70, align: 'right', render: (_, s) => s.age ?? '—' },
    {
      key: 'mobile',
      title: t('hub.subjects.mobile'),
      width: 130,
      render: (_, s) => <span className="mono">{s.mobile ?? '—'}</span>,
    },
    {
      key: 'household',
      title: t('hub.subjects.householdKey'),
      width: 150,
      render: (_, s) => <span className="mono">{s.householdNumber ?? '—'}</span>,
    },
    { key: 'address', title: t('hub.subjects.address'), render: (_, s) => s.address ?? '—' },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 90,
      render: (_, s) => (
        <Button
          size="small"
          icon={<EyeOutlined />}
          onClick={() => setOpened(s.id)}
          data-testid={`subject-open-${s.id}`}
        >
          {t('hub.subjects.detail')}
        </Button>
      ),
    },
  ];
  const householdColumns: TableColumnsType<SubjectRow> = [
    {
      key: 'key',
      title: t('hub.subjects.householdKey'),
      width: 170,
      render: (_, s) => <span className="mono">{s.key}</span>,
    },
    { key: 'name', title: t('hub.subjects.householder'), width: 120, render: (_, s) => <strong>{s.name}</strong> },
    ...(pending
      ? [
          {
            key: 'missing',
            title: t('hub.subjects.missing'),
            width: 110,
            render: (_: unknown, s: SubjectRow) => (
              <Tag color="orange" data-testid={`household-missing-${s.id}`}>
                {t('hub.subjects.missingCount', { n: s.missing ?? 0 })}
              </Tag>
            ),
          },
        ]
      : []),
    { key: 'address', title: t('hub.subjects.address'), render: (_, s) => s.address ?? '—' },
    {
      key: 'grid',
      title: t('hub.subjects.grid'),
      width: 110,
      render: (_, s) => s.gridName ?? s.gridCode ?? '—',
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 200,
      render: (_, s) => (
        <Space>
          {canCollect && (
            <Link to={`/households/${s.id}`} data-testid={`household-collect-${s.id}`}>
              <Button size="small" type="primary" icon={<FormOutlined />}>
                {t('hub.subjects.open')}
              </Button>
            </Link>
          )}
          <Button size="small" icon={<EyeOutlined />} onClick={() => setOpened(s.id)}>
            {t('hub.subjects.detail')}
          </Button>
        </Space>
      ),
    },
  ];

  const table = (
    <ResponsiveTable<SubjectRow>
      rowKey="id"
      size="middle"
      data-testid={`subjects-${tab}`}
      loading={list.loading}
      columns={tab === 'resident' ? residentColumns : householdColumns}
      dataSource={list.data?.items ?? []}
      locale={pending ? { emptyText: <Empty description={t('hub.subjects.pendingNone')} /> } : undefined}
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total: list.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: (page, pageSize) => setPaging({ page, pageSize }),
      }}
    />
  );

  return (
    <div className="page">
      <PageHeader
        title={t('hub.subjects.title')}
        subtitle={communityName ? t('hub.subjects.intro', { community: communityName }) : t('hub.subjects.introPick')}
        testId="subjects-title"
      />
      <Card>
        <Space wrap className="hub-filters">
          <span>{t('hub.subjects.community')}</span>
          <CommunityPicker
            value={community}
            onChange={(c) => {
              setCommunity(c);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            testId="subjects-community"
          />
          <Input.Search
            allowClear
            className="hub-search"
            placeholder={t('hub.subjects.search')}
            onSearch={(v) => {
              setQ(v.trim());
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            data-testid="subjects-search"
          />
          {canCollect && tab === 'household' && (
            <Space size={6}>
              <Switch checked={pending} onChange={setPending} data-testid="subjects-pending" />
              <span>{t('hub.subjects.pendingOnly')}</span>
            </Space>
          )}
        </Space>
        {pending && <Alert type="info" showIcon className="hub-pending-intro" title={t('hub.subjects.pendingIntro')} />}
        {!community ? (
          <Alert type="info" showIcon title={t('hub.subjects.introPick')} />
        ) : list.error ? (
          <ProblemAlert error={list.error} onRetry={list.reload} />
        ) : (
          <Tabs
            activeKey={tab}
            onChange={(k) => {
              setTab(k as Tab);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            items={[
              {
                key: 'household',
                label: <span data-testid="subjects-tab-household">{t('hub.subjects.tabs.household')}</span>,
                children: tab === 'household' ? table : null,
              },
              {
                key: 'resident',
                label: <span data-testid="subjects-tab-resident">{t('hub.subjects.tabs.resident')}</span>,
                children: tab === 'resident' ? table : null,
              },
            ]}
          />
        )}
      </Card>
      <SubjectDrawer id={opened} onClose={() => setOpened(null)} />
    </div>
  );
}
