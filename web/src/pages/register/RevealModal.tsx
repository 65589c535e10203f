// Showing who recorded an anonymous entry: only with a reason, which is logged with the reviewer's
// name and the time (and shown back, with earlier looks, once given).
import { useState } from 'react';
import { Alert, Form, Input, Modal, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { informalApi } from '../../api/dispatchEndpoints.js';
import type { Demand, Reveal } from '#common/api/dispatch.js';
import { formatDateTime } from '../../i18n/format.js';

interface Props {
  demand: Demand;
  onClose: () => void;
  onRevealed: (id: number, name: string) => void;
}

export function RevealModal({ demand, onClose, onRevealed }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<{ name: string; reveals: Reveal[] } | null>(null);
  const run = async (reason: string) => {
    setBusy(true);
    setError(null);
    try {
      const r = await informalApi.reveal(demand.id, reason.trim());
      setShown({ name: r.reporter ?? '', reveals: r.reveals });
      onRevealed(demand.id, r.reporter ?? '');
    } catch (err) {
      if (!isApiError(err)) throw err;
      setError(err.problem.title);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('register.reveal.title')}
      onCancel={onClose}
      onOk={() => (shown ? onClose() : form.submit())}
      okText={shown ? t('common.close') : t('register.reveal.confirm')}
      cancelButtonProps={{ style: shown ? { display: 'none' } : undefined }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'modal-confirm', danger: !shown }}
    >
      {shown ? (
        <>
          <Result status="info" title={t('register.reveal.result', { name: shown.name })} className="reveal-result" />
          <div className="reveal-log">
            <strong>{t('register.reveal.log')}</strong>
            <ul>
              {shown.reveals.map((r) => (
                <li key={`${r.at}-${r.by}`}>
                  {t('register.reveal.logLine', { at: formatDateTime(r.at), by: r.by, reason: r.reason })}
                </li>
              ))}
            </ul>
          </div>
        </>
      ) : (
        <>
          <Alert
            type="warning"
            showIcon
            className="modal-alert"
            title={t('register.reveal.warning')}
            data-testid="reveal-warning"
          />
          {error && <Alert type="error" showIcon className="modal-alert" title={error} />}
          <Form form={form} layout="vertical" onFinish={(v) => void run(v.reason)} requiredMark={false}>
            <Form.Item
              name="reason"
              label={t('register.reveal.reason')}
              rules={[{ required: true, whitespace: true, message: t('register.reveal.reasonRequired') }]}
            >
              <Input.TextArea
                data-testid="reveal-reason"
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={1000}
                showCount
                placeholder={t('register.reveal.reasonPlaceholder')}
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
