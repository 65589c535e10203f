// /catalogue/manage — the burden-reduction office keeps its jurisdiction's list: versions, a new draft
// copied from the version in force, items added, changed and removed in the draft, and publishing.
import { useState } from 'react';
import { App, Button, Card, Col, Empty, Input, Popconfirm, Row, Space, Tabs, Tag } from 'antd';
import {
  DeleteOutlined,
  EditOutlined,
  EyeOutlined,
  PlusOutlined,
  SearchOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LIST_TYPES, type ListType } from '#common/admission.js';
import { isApiError } from '../../api/client.js';
import type { CatalogueItem } from '#common/api/catalogue.js';
import { catalogueApi, orgsApi } from '../../api/endpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { CatalogueItemsTable } from '../../components/catalogue/CatalogueItemsTable.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';
import { CatalogueItemModal } from './CatalogueItemModal.js';
import { PublishModal } from './PublishModal.js';
import { VersionList } from './VersionList.js';

export function CatalogueManagePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { message } = App.useApp();
  const me = useMe();
  const jurisdiction = me.org.code;
  const invalidate = useInvalidate();
  const versions = useApiQuery({
    queryKey: keys.catalogue.of('versions', jurisdiction),
    queryFn: ({ signal }) => catalogueApi.versions(jurisdiction, signal),
  });
  const depts = useApiQuery({
    queryKey: keys.orgs.of('departments', jurisdiction),
    queryFn: ({ signal }) => orgsApi.departments(jurisdiction, signal),
  });
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const list = versions.data ?? [];
  const selectedId = picked ?? (list.find((v) => v.status === 'draft') ?? list[0])?.id;
  const detail = useApiQuery({
    queryKey: keys.catalogue.of('version', selectedId),
    queryFn: selectedId ? ({ signal }) => catalogueApi.version(selectedId, signal) : skipToken,
  });
  const [listType, setListType] = useState<ListType | 'all'>('all');
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<{ item: CatalogueItem | null } | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [creating, setCreating] = useState(false);

  const version = detail.data?.version;
  const isDraft = version?.status === 'draft';
  const items = detail.data?.items ?? [];
  const q = text.trim().toLowerCase();
  const shown = items.filter(
    (i) =>
      (listType === 'all' || i.listType === listType) &&
      (!q || i.name.toLowerCase().includes(q) || i.code.toLowerCase().includes(q) || i.description.includes(q)),
  );
  const hasDraft = list.some((v) => v.status === 'draft');

  const createDraft = async () => {
    setCreating(true);
    try {
      const v = await catalogueApi.createDraft(jurisdiction);
      void message.success(t('cat.manage.draftCreated', { n: v.versionNo }));
      setPicked(v.id);
      void invalidate(keys.catalogue, keys.public);
    } catch (err) {
      if (!isApiError(err)) throw err;
      void message.error(err.problem.title);
    } finally {
      setCreating(false);
    }
  };

  const remove = async (code: string) => {
    if (!version) return;
    try {
      await catalogueApi.deleteItem(version.id, code);
      void message.success(t('cat.manage.deleted', { code }));
      void invalidate(keys.catalogue, keys.public);
    } catch (err) {
      if (!isApiError(err)) throw err;
      void message.error(err.problem.title);
    }
  };

  return (
    <div className="page">
      <PageHeader
        title={t('cat.manage.title', { name: me.org.name })}
        subtitle={t('cat.manage.intro')}
        extra={
          <Space>
            <Link to={`/public/catalogue/${jurisdiction}`} target="_blank">
              <Button icon={<EyeOutlined />}>{t('cat.manage.viewPublic')}</Button>
            </Link>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={hasDraft}
              loading={creating}
              onClick={() => void createDraft()}
              data-testid="cat-create-draft"
              title={hasDraft ? t('cat.manage.draftExists') : undefined}
            >
              {t('cat.manage.createDraft')}
            </Button>
          </Space>
        }
      />
      {versions.error && <ProblemAlert error={versions.error} onRetry={versions.reload} />}
      <Row gutter={16} align="top">
        <Col xs={24} lg={7} xl={5}>
          <VersionList
            versions={list}
            selected={selectedId}
            onSelect={setPicked}
            loading={versions.loading && !versions.data}
          />
        </Col>
        <Col xs={24} lg={17} xl={19}>
          <Card
            title={
              version ? (
                <Space>
                  <span>{t('pub.catalogue.versionNo', { n: version.versionNo })}</span>
                  <Tag color={isDraft ? 'orange' : 'green'}>
                    {isDraft ? t('cat.manage.draft') : t('cat.manage.published')}
                  </Tag>
                  <span className="muted small">{t('pub.catalogue.itemTotal', { n: formatNumber(items.length) })}</span>
                </Space>
              ) : (
                t('cat.manage.items')
              )
            }
            extra={
              isDraft && (
                <Space>
                  <Button icon={<PlusOutlined />} onClick={() => setEditing({ item: null })} data-testid="cat-add-item">
                    {t('cat.manage.addItem')}
                  </Button>
                  <Button
                    type="primary"
                    icon={<SendOutlined />}
                    onClick={() => setPublishing(true)}
                    data-testid="cat-publish"
                  >
                    {t('cat.manage.publish')}
                  </Button>
                </Space>
              )
            }
          >
            {detail.error ? (
              <ProblemAlert error={detail.error} onRetry={detail.reload} />
            ) : !selectedId && !versions.loading ? (
              <Empty description={t('cat.manage.noVersions')} />
            ) : (
              <>
                {version && !isDraft && (
                  <div className="muted small manage-hint">{t('cat.manage.publishedReadOnly')}</div>
                )}
                <Tabs
                  size="small"
                  activeKey={listType}
                  onChange={(k) => setListType(k as ListType | 'all')}
                  items={[
                    { key: 'all', label: `${t('common.all')} ${items.length}` },
                    ...LIST_TYPES.map((l) => ({
                      key: l,
                      label: `${labels.listType(l)} ${items.filter((i) => i.listType === l).length}`,
                    })),
                  ]}
                />
                <Input
                  allowClear
                  prefix={<SearchOutlined />}
                  placeholder={t('pub.catalogue.searchPlaceholder')}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  className="filter-search table-filters"
                  data-testid="cat-manage-search"
                />
                <CatalogueItemsTable
                  testId="cat-manage-items"
                  items={shown}
                  loading={detail.loading}
                  listType={listType === 'all' ? undefined : listType}
                  actions={
                    isDraft
                      ? {
                          key: 'actions',
                          title: t('common.actions'),
                          width: 150,
                          fixed: 'right',
                          render: (_: unknown, i: CatalogueItem) => (
                            <Space size={0} className="row-actions">
                              <Button
                                type="link"
                                size="small"
                                icon={<EditOutlined />}
                                onClick={() => setEditing({ item: i })}
                                data-testid={`cat-edit-${i.code}`}
                              >
                                {t('common.edit')}
                              </Button>
                              <Popconfirm
                                title={t('cat.manage.deleteConfirm', { name: i.name })}
                                okText={t('common.confirm')}
                                cancelText={t('common.cancel')}
                                onConfirm={() => remove(i.code)}
                              >
                                <Button
                                  type="link"
                                  size="small"
                                  danger
                                  icon={<DeleteOutlined />}
                                  data-testid={`cat-delete-${i.code}`}
                                >
                                  {t('common.delete')}
                                </Button>
                              </Popconfirm>
                            </Space>
                          ),
                        }
                      : undefined
                  }
                />
              </>
            )}
          </Card>
        </Col>
      </Row>
      {editing && version && (
        <CatalogueItemModal
          versionId={version.id}
          item={editing.item}
          departments={depts.data ?? []}
          existingCodes={items.map((i) => i.code)}
          onClose={() => setEditing(null)}
          onSaved={() => {
            void message.success(t('common.saved'));
            setEditing(null);
            void invalidate(keys.catalogue, keys.public);
          }}
        />
      )}
      {publishing && version && (
        <PublishModal
          version={version}
          itemCount={items.length}
          onClose={() => setPublishing(false)}
          onPublished={(v) => {
            void message.success(t('cat.manage.publishedDone', { n: v.versionNo }));
            setPublishing(false);
            void invalidate(keys.catalogue, keys.public);
          }}
        />
      )}
    </div>
  );
}
