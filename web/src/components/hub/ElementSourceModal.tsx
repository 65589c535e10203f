// A steward sets an element's authoritative source (权威来源) and whether communities may collect it, with
// the reason; the dictionary keeps every change (who, when, why), listed below the form.
import { useState } from 'react';
import { Alert, App, Checkbox, Form, Input, List, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DataElement } from '#common/api/hub.js';
import { isApiError } from '../../api/client.js';
import { hubApi } from '../../api/hubEndpoints.js';
import { keys, useInvalidate, useApiQuery } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { formatDateTime } from '../../i18n/format.js';
import { hubLabel } from './labels.js';

interface Values {
  source: string;
  communityCollects: boolean;
  reason: string;
}

export function ElementSourceModal({
  element,
  sources,
  onClose,
}: {
  element: DataElement | null;
  sources: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const invalidate = useInvalidate();
  const history = useApiQuery({
    queryKey: keys.hub.of('sourceHistory', element?.code),
    queryFn: element ? ({ signal }) => hubApi.sourceHistory(element.code, signal) : skipToken,
  });
  const submit = async (v: Values) => {
    if (!element) return;
    setSaving(true);
    setError(null);
    try {
      await hubApi.setSource(element.code, { ...v, reason: v.reason.trim() });
      void message.success(t('hub.elements.sourceModal.saved'));
      await invalidate(keys.hub);
      onClose();
    } catch (err) {
      setError(isApiError(err) ? (err.problem.errors?.[0]?.message ?? err.problem.title) : String(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={element !== null}
      title={element ? t('hub.elements.sourceModal.title', { name: element.name }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
    >
      {element && (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{
            source: element.ownerDepartmentKind,
            communityCollects: element.communityCollects,
            reason: '',
          }}
          onFinish={(v) => void submit(v)}
          data-testid="element-source-form"
        >
          <Form.Item name="source" label={t('hub.elements.sourceModal.source')} rules={[{ required: true }]}>
            <Select
              options={sources.map((s) => ({ value: s, label: hubLabel(t, 'owners', s) }))}
              data-testid="element-source-select"
            />
          </Form.Item>
          <Form.Item
            name="communityCollects"
            valuePropName="checked"
            extra={t('hub.elements.sourceModal.collectsHint')}
          >
            <Checkbox data-testid="element-source-collects">{t('hub.elements.sourceModal.collects')}</Checkbox>
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('hub.elements.sourceModal.reason')}
            rules={[{ required: true, whitespace: true, message: t('hub.elements.sourceModal.reasonRequired') }]}
          >
            <Input.TextArea
              rows={2}
              maxLength={500}
              showCount
              placeholder={t('hub.elements.sourceModal.reasonPlaceholder')}
              data-testid="element-source-reason"
            />
          </Form.Item>
        </Form>
      )}
      {error && <Alert type="error" showIcon title={error} className="hub-gap" />}
      <Typography.Title level={5}>{t('hub.elements.sourceModal.history')}</Typography.Title>
      <List
        size="small"
        loading={history.loading}
        dataSource={history.data ?? []}
        locale={{ emptyText: t('hub.elements.sourceModal.historyEmpty') }}
        renderItem={(h) => (
          <List.Item>
            <span className="small">
              <strong>{hubLabel(t, 'owners', h.source)}</strong>
              {h.communityCollects ? ` · ${t('hub.elements.collects')}` : ''} —{' '}
              {t('hub.elements.changedBy', { by: h.by, at: formatDateTime(h.at), reason: h.reason })}
            </span>
          </List.Item>
        )}
      />
    </Modal>
  );
}
