// /me/data — 我的数据: what departments hold about me and my household, with source and date; each
// fact can be flagged as wrong (a correction request to its owner department); download it all.
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Modal, Space, Spin, Tag, Tooltip } from 'antd';
import { DownloadOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { myExportUrl, privacyApi, type MyFact } from '../../api/privacyEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

/** A fact as a resident reads it: a yes/no fact as 是/否, not as the stored true/false. */
function useShown() {
  const { t } = useTranslation();
  return (value: string | null) => (value === 'true' ? t('hub.yes') : value === 'false' ? t('hub.no') : (value ?? '—'));
}

interface Flagging {
  subjectId: number;
  fact: MyFact;
}

function FlagModal({ flagging, onClose }: { flagging: Flagging | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ proposedValue?: string; note?: string }>();
  const [saving, setSaving] = useState(false);
  const shown = useShown();
  const submit = async (v: { proposedValue?: string; note?: string }) => {
    if (!flagging) return;
    setSaving(true);
    try {
      const c = await privacyApi.flag({ subjectId: flagging.subjectId, element: flagging.fact.element, ...v });
      message.success(t('privacy.me.submitted', { department: c.department.name }));
      form.resetFields();
      onClose();
    } catch (err) {
      if (isApiError(err)) message.error(err.problem.errors?.[0]?.message ?? err.problem.title);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={flagging !== null}
      title={flagging && t('privacy.me.flagTitle', { name: flagging.fact.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('privacy.me.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="flag-form">
        <Form.Item label={t('privacy.me.current')}>{shown(flagging?.fact.value ?? null)}</Form.Item>
        <Form.Item
          name="proposedValue"
          label={t('privacy.me.proposed')}
          dependencies={['note']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v?: string) =>
                v?.trim() || (getFieldValue('note') as string | undefined)?.trim()
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('privacy.me.emptyCorrection'))),
            }),
          ]}
        >
          <Input placeholder={t('privacy.me.proposedPlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="note" label={t('privacy.me.note')}>
          <Input.TextArea placeholder={t('privacy.me.notePlaceholder')} maxLength={500} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function MyDataPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.privacy.of('myData'),
    queryFn: ({ signal }) => privacyApi.myData(signal),
  });
  const [flagging, setFlagging] = useState<Flagging | null>(null);
  const shown = useShown();

  const columns = (subjectId: number) => [
    {
      title: t('privacy.me.element'),
      key: 'name',
      width: 200,
      render: (_: unknown, f: MyFact) => (
        <Space size={4}>
          {f.name}
          {f.sensitivity === 'sensitive' && <Tag color="orange">{t('privacy.me.sensitive')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('privacy.me.value'),
      key: 'value',
      render: (_: unknown, f: MyFact) => (
        <Space size={6}>
          <span data-testid={`value-${f.element}`}>{shown(f.value)}</span>
          {f.conflicts.length > 0 && (
            <Tooltip title={f.conflicts.map((c) => `${shown(c.value)}（${c.source}）`).join('；')}>
              <Tag color="gold" icon={<WarningOutlined />}>
                {t('privacy.me.conflict')}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: t('privacy.me.source'), dataIndex: 'source', key: 'source', width: 260 },
    // The authority that holds the truth: a correction of its fact goes to it.
    {
      title: t('privacy.me.authority'),
      key: 'authority',
      width: 120,
      render: (_: unknown, f: MyFact) => <span data-testid={`authority-${f.element}`}>{f.authority}</span>,
    },
    {
      title: t('privacy.me.date'),
      key: 'date',
      width: 110,
      render: (_: unknown, f: MyFact) => f.observedAt.slice(0, 10),
    },
    {
      title: '',
      key: 'flag',
      width: 80,
      render: (_: unknown, f: MyFact) => (
        <Button size="small" onClick={() => setFlagging({ subjectId, fact: f })} data-testid={`flag-${f.element}`}>
          {t('privacy.me.flag')}
        </Button>
      ),
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('privacy.me.title')}
        subtitle={t('privacy.me.intro')}
        extra={
          data && (
            <Space>
              <span className="muted">{t('privacy.me.download')}</span>
              <Button icon={<DownloadOutlined />} href={myExportUrl('xlsx')} data-testid="download-xlsx">
                {t('privacy.me.downloadXlsx')}
              </Button>
              <Button icon={<DownloadOutlined />} href={myExportUrl('json')}>
                {t('privacy.me.downloadJson')}
              </Button>
            </Space>
          )
        }
      />
      {error ? (
        <ProblemAlert error={error} onRetry={reload} />
      ) : loading && !data ? (
        <div className="center-block">
          <Spin size="large" />
        </div>
      ) : !data ? (
        <Card>
          <Empty description={t('privacy.me.notLinked')} />
        </Card>
      ) : (
        <Space orientation="vertical" size={16} className="full-width" data-testid="my-data">
          {data.subjects.map((s) => (
            <Card
              key={s.id}
              title={
                s.type === 'household'
                  ? t('privacy.me.household', { name: s.name })
                  : `${t('privacy.me.self')} · ${s.name} · ${data.community.name}`
              }
            >
              <ResponsiveTable
                rowKey="element"
                size="small"
                pagination={false}
                dataSource={s.facts}
                columns={columns(s.id)}
              />
            </Card>
          ))}
        </Space>
      )}
      <FlagModal flagging={flagging} onClose={() => setFlagging(null)} />
    </div>
  );
}
