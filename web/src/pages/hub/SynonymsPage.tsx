// /hub/synonyms — a data steward's review queue of field labels: those the matcher bound with low confidence
// in imported templates, and departments' corrections. Accept the proposal, bind it elsewhere (relation and
// element), or mark it form-only; every decision becomes a wording the matcher binds next time (who, when).
import { useState } from 'react';
import { App, Button, Card, Empty, Input, Modal, Segmented, Select, Space, Tag, Typography } from 'antd';
import { CheckOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MATCH_THRESHOLD, type SynonymView } from '#common/api/templates.js';
import { RELATIONS, type Relation } from '#common/relations.js';
import { label, RELATION_LABELS } from '#common/i18n/labels.js';
import { hubApi } from '../../api/hubEndpoints.js';
import { synonymsApi } from '../../api/templateEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import type { ApiError } from '../../api/client.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';
import { formatDateTime } from '../../i18n/format.js';

const PAGE_SIZE = 20;

export function SynonymsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const { message } = App.useApp();
  const [status, setStatus] = useState<'pending' | 'confirmed'>('pending');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [rebinding, setRebinding] = useState<SynonymView | null>(null);
  const [element, setElement] = useState<string | undefined>();
  const [relation, setRelation] = useState<Relation | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const q = useApiQuery({
    queryKey: keys.hub.of('synonyms', status, search, page),
    queryFn: ({ signal }) => synonymsApi.list({ status, q: search || undefined, page, pageSize: PAGE_SIZE }, signal),
  });
  const elements = useApiQuery({ queryKey: keys.hub.of('elements'), queryFn: ({ signal }) => hubApi.elements(signal) });

  const decide = async (row: SynonymView, body: Parameters<typeof synonymsApi.decide>[1]) => {
    setError(null);
    try {
      await synonymsApi.decide(row.id, body);
      void message.success(t('tpl.queue.decided', { label: row.label }));
      setRebinding(null);
      q.reload();
    } catch (err) {
      setError(err as ApiError);
    }
  };

  const binding = (r: SynonymView) =>
    r.element ? (
      <span>
        {r.relation && <Tag color="blue">{label(RELATION_LABELS, r.relation, lang)}</Tag>}
        {r.elementName}
        <Typography.Text type="secondary"> {r.element}</Typography.Text>
      </span>
    ) : (
      <Tag>{t('hub.formEdit.formOnly')}</Tag>
    );

  return (
    <div className="page">
      <PageHeader title={t('tpl.queue.title')} subtitle={t('tpl.queue.intro')} testId="synonyms-title" />
      <Card>
        <Space wrap className="hub-gap-bottom">
          <Segmented
            value={status}
            onChange={(v) => {
              setStatus(v as 'pending' | 'confirmed');
              setPage(1);
            }}
            options={[
              { value: 'pending', label: t('tpl.queue.pending') },
              { value: 'confirmed', label: t('tpl.queue.confirmed') },
            ]}
            data-testid="synonyms-status"
          />
          <Input.Search
            allowClear
            placeholder={t('tpl.queue.search')}
            onSearch={(v) => {
              setSearch(v.trim());
              setPage(1);
            }}
            data-testid="synonyms-search"
            style={{ width: 240 }}
          />
        </Space>
        {(q.error || error) && <ProblemAlert error={(error ?? q.error)!} onRetry={q.reload} />}
        <ResponsiveTable<SynonymView>
          rowKey="id"
          loading={!q.data}
          dataSource={q.data?.items ?? []}
          data-testid="synonyms-table"
          locale={{
            emptyText: (
              <Empty description={t(status === 'pending' ? 'tpl.queue.emptyPending' : 'tpl.queue.emptyConfirmed')} />
            ),
          }}
          onRow={(r) => ({ 'data-testid': `synonym-${r.label}` }) as React.HTMLAttributes<HTMLElement>}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: q.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (n) => t('tpl.queue.total', { n }),
          }}
          columns={[
            { title: t('tpl.queue.label'), dataIndex: 'label', render: (v: string) => <strong>{v}</strong> },
            { title: t('tpl.queue.binding'), key: 'binding', render: (_: unknown, r) => binding(r) },
            {
              title: t('tpl.queue.score'),
              dataIndex: 'score',
              render: (s: number | null) =>
                s === null ? '—' : <Tag color={s >= MATCH_THRESHOLD ? 'gold' : 'red'}>{s.toFixed(2)}</Tag>,
            },
            {
              title: t('tpl.queue.origin'),
              key: 'origin',
              render: (_: unknown, r) =>
                r.origin === 'matcher'
                  ? t('tpl.queue.byMatcher')
                  : t('tpl.queue.byPerson', { name: r.proposedBy ?? '—', at: formatDateTime(r.proposedAt) }),
            },
            status === 'pending'
              ? { title: t('tpl.queue.seen'), dataIndex: 'seen' }
              : {
                  title: t('tpl.queue.decidedBy'),
                  key: 'decided',
                  render: (_: unknown, r) =>
                    `${r.decidedBy ?? '—'} · ${r.decidedAt ? formatDateTime(r.decidedAt) : ''}`,
                },
            {
              key: 'actions',
              render: (_: unknown, r) => (
                <Space size={4} wrap>
                  {status === 'pending' && r.element && (
                    <Button
                      size="small"
                      type="primary"
                      icon={<CheckOutlined />}
                      onClick={() => void decide(r, { action: 'accept' })}
                      data-testid={`synonym-accept-${r.label}`}
                    >
                      {t('tpl.queue.accept')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => {
                      setRebinding(r);
                      setElement(r.element ?? undefined);
                      setRelation(r.relation);
                    }}
                    data-testid={`synonym-rebind-${r.label}`}
                  >
                    {t('tpl.queue.rebind')}
                  </Button>
                  <Button
                    size="small"
                    icon={<StopOutlined />}
                    onClick={() => void decide(r, { action: 'form_only' })}
                    data-testid={`synonym-formonly-${r.label}`}
                  >
                    {t('tpl.queue.formOnly')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={rebinding !== null}
        title={t('tpl.queue.rebindTitle', { label: rebinding?.label ?? '' })}
        okText={t('common.save')}
        okButtonProps={{ disabled: !element, id: 'synonym-rebind-save' }}
        onCancel={() => setRebinding(null)}
        onOk={() => rebinding && element && void decide(rebinding, { action: 'rebind', element, relation })}
      >
        <Space direction="vertical" className="full-width">
          <span>{t('tpl.queue.whose')}</span>
          <Select<string>
            className="full-width"
            value={relation ?? ''}
            onChange={(v) => setRelation(v ? (v as Relation) : null)}
            options={[
              { value: '', label: t('tpl.queue.subjectItself') },
              ...RELATIONS.map((r) => ({ value: r, label: label(RELATION_LABELS, r, lang) })),
            ]}
            data-testid="synonym-relation"
          />
          <span>{t('tpl.queue.element')}</span>
          <Select<string>
            className="full-width"
            showSearch={{ optionFilterProp: 'search' }}
            value={element}
            onChange={setElement}
            options={(elements.data ?? [])
              .filter((e) => !e.retiredFor)
              .map((e) => ({ value: e.code, label: e.name, search: `${e.name} ${e.code} ${e.synonyms.join(' ')}` }))}
            data-testid="synonym-element"
          />
        </Space>
      </Modal>
    </div>
  );
}
