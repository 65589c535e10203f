// Publish a draft: from which date it is in force, and a note saying what changed.
import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { isApiError } from '../../api/client.js';
import type { CatalogueVersion } from '#common/api/catalogue.js';
import { catalogueApi } from '../../api/endpoints.js';

interface Props {
  version: CatalogueVersion;
  itemCount: number;
  onClose: () => void;
  onPublished: (v: CatalogueVersion) => void;
}

export function PublishModal({ version, itemCount, onClose, onPublished }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ effectiveFrom: Dayjs; note?: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const publish = async (v: { effectiveFrom: Dayjs; note?: string }) => {
    setBusy(true);
    setError(null);
    try {
      onPublished(await catalogueApi.publish(version.id, v.effectiveFrom.format('YYYY-MM-DD'), v.note?.trim() ?? ''));
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      setError(
        [err.problem.title, ...(err.problem.errors ?? []).map((e) => e.message)].join(t('common.listSeparator')),
      );
    }
  };

  return (
    <Modal
      open
      title={t('cat.manage.publishTitle', { n: version.versionNo })}
      okText={t('cat.manage.publish')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'cat-publish-confirm' }}
    >
      <Typography.Paragraph type="secondary">{t('cat.manage.publishIntro', { n: itemCount })}</Typography.Paragraph>
      {error && <Alert type="error" showIcon className="modal-alert" title={error} />}
      <Form form={form} layout="vertical" initialValues={{ effectiveFrom: dayjs() }} onFinish={(v) => void publish(v)}>
        <Form.Item
          name="effectiveFrom"
          label={t('cat.manage.effectiveFrom')}
          rules={[{ required: true, message: t('adm.form.required') }]}
        >
          <DatePicker data-testid="cat-publish-date" className="full-width" />
        </Form.Item>
        <Form.Item name="note" label={t('cat.manage.note')} extra={t('cat.manage.noteHint')}>
          <Input.TextArea
            data-testid="cat-publish-note"
            autoSize={{ minRows: 3, maxRows: 6 }}
            maxLength={500}
            showCount
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
