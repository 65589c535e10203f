// A community's opinion on an application it was consulted on: agree, concern or object, and why.
import { useState } from 'react';
import { Alert, Button, Form, Input, Radio } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import type { Stance } from '#common/api/admission.js';
import { admissionsApi } from '../../api/endpoints.js';
import { keys, useInvalidate } from '../../api/queries.js';
import { STANCES } from '../../components/admission/stances.js';

export function CommentForm({ admissionId }: { admissionId: number }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ stance: Stance; comment: string }>();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<Stance | null>(null);
  const [error, setError] = useState<string | null>(null);
  const invalidate = useInvalidate();

  const send = async (v: { stance: Stance; comment: string }) => {
    setBusy(true);
    setError(null);
    try {
      await admissionsApi.comment(admissionId, v.stance, v.comment.trim());
      setSent(v.stance);
      form.resetFields();
      // The list shows what the community said.
      void invalidate(keys.admissions);
    } catch (err) {
      if (!isApiError(err)) throw err;
      setError(err.problem.title);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="comment-form" data-testid={`consult-form-${admissionId}`}>
      {sent && (
        <Alert
          type="success"
          showIcon
          className="modal-alert"
          data-testid="consult-sent"
          title={t('consult.sent', { stance: t(`consult.stances.${sent}`) })}
          description={t('consult.sentHint')}
        />
      )}
      {error && <Alert type="error" showIcon className="modal-alert" title={error} />}
      <Form form={form} layout="vertical" onFinish={(v) => void send(v)} requiredMark={false}>
        <Form.Item
          name="stance"
          label={t('consult.stance')}
          rules={[{ required: true, message: t('consult.stanceRequired') }]}
        >
          <Radio.Group data-testid="consult-stance" optionType="button" buttonStyle="solid">
            {STANCES.map((s) => (
              <Radio.Button key={s} value={s}>
                <span data-testid={`consult-stance-${s}`}>{t(`consult.stances.${s}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="comment"
          label={t('consult.comment')}
          rules={[{ required: true, whitespace: true, message: t('consult.commentRequired') }]}
          extra={t('consult.commentHint')}
        >
          <Input.TextArea data-testid="consult-comment" autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={busy} data-testid="consult-submit">
          {sent ? t('consult.submitMore') : t('consult.submit')}
        </Button>
      </Form>
    </div>
  );
}
