// /staffing/roster/:code — a community's roster (花名册): people in post by post, grade and social-work
// certificate. Street officers and the district's 民政 add, edit and end (laptop); the community's
// workers read it (390 px: the table becomes cards).
import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Spin, Tag } from 'antd';
import { ArrowLeftOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RosterBody, RosterEntry } from '#common/api/roster.js';
import { ROSTER_POSTS, SOCIAL_WORK_CERTIFICATES } from '#common/staffing.js';
import { staffingApi } from '../../api/staffingEndpoints.js';
import { isApiError } from '../../api/client.js';
import { keys, useApiMutation, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';
import { problemLine, useFieldErrors } from '../../components/forms/useFieldErrors.js';
import { RosterImportModal } from './RosterImportModal.js';

const FIELDS = ['name', 'post', 'postLevel', 'grade', 'certificate', 'hiredOn', 'gridCode', 'userId'] as const;
const PAGE_SIZE = 20;

export function RosterPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { code = '' } = useParams();
  const [q, setQ] = useState('');
  const [ended, setEnded] = useState(false);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<RosterEntry | 'new' | null>(null);
  const [leaving, setLeaving] = useState<RosterEntry | null>(null);
  const [leftOn, setLeftOn] = useState('');
  const [importing, setImporting] = useState(false);
  const [form] = Form.useForm<RosterBody>();
  const showErrors = useFieldErrors(form, FIELDS);
  const state = useApiQuery({
    queryKey: keys.staffing.of('roster', code, q, ended, page),
    queryFn: ({ signal }) => staffingApi.roster(code, { q: q || undefined, ended, page, pageSize: PAGE_SIZE }, signal),
  });
  const save = useApiMutation(
    (b: RosterBody) =>
      editing && editing !== 'new' ? staffingApi.editPerson(code, editing.id, b) : staffingApi.addPerson(code, b),
    [keys.staffing],
  );
  const end = useApiMutation(
    (p: { id: number; leftOn: string }) => staffingApi.endPerson(code, p.id, p.leftOn),
    [keys.staffing],
  );
  const s = state.data;

  const open = (e: RosterEntry | 'new') => {
    setEditing(e);
    form.resetFields();
    if (e !== 'new')
      form.setFieldsValue({
        name: e.name,
        post: e.post,
        postLevel: e.postLevel ?? undefined,
        grade: e.grade ?? undefined,
        certificate: e.certificate,
        hiredOn: e.hiredOn,
        gridCode: e.grid?.code,
        userId: e.account?.id,
      });
    else form.setFieldsValue({ post: 'full_time', certificate: 'none' });
  };
  const submit = async (v: RosterBody) => {
    try {
      await save.mutateAsync({ ...v, gridCode: v.gridCode || undefined, userId: v.userId ?? undefined });
      setEditing(null);
      void message.success(t('staffing.roster.saved'));
    } catch (e) {
      if (isApiError(e)) {
        const rest = showErrors(e);
        if (rest.length || !e.problem.errors?.length) void message.error(problemLine(e, '；'));
      }
    }
  };
  const doEnd = async () => {
    if (!leaving) return;
    try {
      await end.mutateAsync({ id: leaving.id, leftOn });
      setLeaving(null);
      void message.success(t('staffing.roster.saved'));
    } catch (e) {
      if (isApiError(e)) void message.error(problemLine(e, '；'));
    }
  };

  return (
    <div className="staffing-page" data-testid="roster-page">
      {importing && <RosterImportModal code={code} onClose={() => setImporting(false)} />}
      <PageHeader
        title={s ? t('staffing.roster.title', { name: s.community.name }) : t('staffing.roster.button')}
        subtitle={t('staffing.roster.intro')}
        extra={
          <Link to={`/staffing?org=${code}`}>
            <Button icon={<ArrowLeftOutlined />}>{t('staffing.grid.back')}</Button>
          </Link>
        }
      />
      {state.error && <ProblemAlert error={state.error} onRetry={state.reload} />}
      {!s ? (
        !state.error && <Spin />
      ) : (
        <Card size="small">
          {!s.canEdit && <Alert type="info" showIcon className="page-alert" title={t('staffing.roster.readOnly')} />}
          <Space wrap className="table-filters">
            <Input.Search
              allowClear
              placeholder={t('staffing.roster.search')}
              onSearch={(v) => {
                setQ(v.trim());
                setPage(1);
              }}
              style={{ maxWidth: 240 }}
              data-testid="roster-search"
            />
            <Checkbox checked={ended} onChange={(e) => setEnded(e.target.checked)}>
              {t('staffing.roster.showEnded')}
            </Checkbox>
            <span data-testid="roster-summary">
              {t('staffing.roster.summary', { active: s.active, certified: s.certified })}
            </span>
            {s.canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="roster-add">
                {t('staffing.roster.add')}
              </Button>
            )}
            {s.canEdit && (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="roster-import">
                {t('staffing.roster.import.button')}
              </Button>
            )}
          </Space>
          <ResponsiveTable<RosterEntry>
            size="small"
            rowKey="id"
            dataSource={s.items}
            scroll={{ x: 'max-content' }}
            cardTestId={(e) => `roster-row-${e.id}`}
            locale={{ emptyText: t('staffing.roster.empty') }}
            pagination={{
              current: s.page,
              pageSize: s.pageSize,
              total: s.total,
              onChange: setPage,
              showSizeChanger: false,
            }}
            columns={[
              {
                title: t('staffing.roster.col.name'),
                dataIndex: 'name',
                render: (v: string, e) => (
                  <Space size={4} wrap>
                    {v}
                    {e.leftOn && <Tag>{t('staffing.roster.ended', { date: e.leftOn })}</Tag>}
                    {e.isDemo && <Tag color="purple">{t('staffing.roster.demo')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('staffing.roster.col.post'),
                dataIndex: 'post',
                render: (v: RosterEntry['post']) => t(`staffing.roster.post.${v}`),
              },
              {
                title: t('staffing.roster.col.grade'),
                key: 'grade',
                render: (_: unknown, e) =>
                  e.postLevel && e.grade
                    ? t('staffing.roster.gradeValue', { level: e.postLevel, grade: e.grade })
                    : '—',
              },
              {
                title: t('staffing.roster.col.certificate'),
                dataIndex: 'certificate',
                render: (v: RosterEntry['certificate']) =>
                  v === 'none' ? (
                    t('staffing.roster.certificate.none')
                  ) : (
                    <Tag color="green">{t(`staffing.roster.certificate.${v}`)}</Tag>
                  ),
              },
              { title: t('staffing.roster.col.hiredOn'), dataIndex: 'hiredOn' },
              {
                title: t('staffing.roster.col.grid'),
                key: 'grid',
                render: (_: unknown, e) => e.grid?.name ?? '—',
              },
              ...(s.canEdit
                ? [
                    {
                      title: '',
                      key: 'actions',
                      render: (_: unknown, e: RosterEntry) => (
                        <Space>
                          <Button size="small" onClick={() => open(e)} data-testid={`roster-edit-${e.id}`}>
                            {t('staffing.roster.edit')}
                          </Button>
                          {!e.leftOn && (
                            <Button
                              size="small"
                              danger
                              onClick={() => {
                                setLeaving(e);
                                setLeftOn('');
                              }}
                              data-testid={`roster-end-${e.id}`}
                            >
                              {t('staffing.roster.end')}
                            </Button>
                          )}
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('staffing.roster.add') : t('staffing.roster.edit')}
        okText={t('staffing.roster.save')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        okButtonProps={{ 'data-testid': 'roster-save' }}
      >
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="roster-form">
          <Form.Item name="name" label={t('staffing.roster.col.name')} rules={[{ required: true, max: 40 }]}>
            <Input data-testid="roster-name" />
          </Form.Item>
          <Form.Item name="post" label={t('staffing.roster.col.post')} rules={[{ required: true }]}>
            <Select
              data-testid="roster-post"
              options={ROSTER_POSTS.map((p) => ({ value: p, label: t(`staffing.roster.post.${p}`) }))}
            />
          </Form.Item>
          <Space wrap>
            <Form.Item name="postLevel" label={t('staffing.roster.col.grade')}>
              <InputNumber min={1} max={3} addonAfter="岗" data-testid="roster-level" />
            </Form.Item>
            <Form.Item name="grade" label=" ">
              <InputNumber min={1} max={18} addonAfter="级" data-testid="roster-grade" />
            </Form.Item>
          </Space>
          <Form.Item name="certificate" label={t('staffing.roster.col.certificate')} rules={[{ required: true }]}>
            <Select
              data-testid="roster-certificate"
              options={SOCIAL_WORK_CERTIFICATES.map((c) => ({
                value: c,
                label: t(`staffing.roster.certificate.${c}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="hiredOn" label={t('staffing.roster.col.hiredOn')} rules={[{ required: true }]}>
            <Input type="date" data-testid="roster-hired" />
          </Form.Item>
          <Form.Item name="gridCode" label={t('staffing.roster.col.grid')}>
            <Select allowClear options={s?.grids.map((g) => ({ value: g.code, label: g.name })) ?? []} />
          </Form.Item>
          <Form.Item name="userId" label={t('staffing.roster.col.account')} extra={t('staffing.roster.accountHint')}>
            <Select
              allowClear
              data-testid="roster-account"
              options={s?.accounts.map((a) => ({ value: a.id, label: a.name })) ?? []}
            />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={leaving !== null}
        title={leaving ? t('staffing.roster.endTitle', { name: leaving.name }) : ''}
        okText={t('staffing.roster.end')}
        okButtonProps={{ danger: true, disabled: !leftOn, 'data-testid': 'roster-end-confirm' }}
        confirmLoading={end.isPending}
        onOk={() => void doEnd()}
        onCancel={() => setLeaving(null)}
      >
        <Form layout="vertical">
          <Form.Item label={t('staffing.roster.col.leftOn')} required>
            <Input
              type="date"
              value={leftOn}
              onChange={(e) => setLeftOn(e.target.value)}
              data-testid="roster-left-on"
            />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
