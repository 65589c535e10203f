// Reset a user's password (their sessions end).
import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.js';
import { usersApi } from '../../../api/endpoints.js';
import type { UserView } from '#common/api/accounts.js';
import { showFieldErrors } from '../../../components/forms/useFieldErrors.js';

interface Values {
  password: string;
  confirm: string;
}

export function ResetPasswordModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await usersApi.resetPassword(user.id, v.password);
      void message.success(t('users.passwordReset', { name: user.displayName }));
      onClose();
    } catch (err) {
      if (!isApiError(err)) throw err;
      const rest = err.code === 'validation_failed' ? showFieldErrors(form, err, ['password']) : [];
      if (err.code !== 'validation_failed' || rest.length) setError(err.problem.title);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('users.resetTitle', { name: user.displayName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'reset-password-submit' }}
    >
      <Alert type="warning" showIcon className="modal-alert" title={t('users.resetNote')} />
      {error && <Alert type="error" showIcon className="modal-alert" title={error} />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="password"
          label={t('users.newPassword')}
          tooltip={t('users.passwordHint')}
          rules={[{ required: true, message: t('users.required') }]}
        >
          <Input.Password data-testid="reset-password" autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('users.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('users.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('password') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('users.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password data-testid="reset-password-confirm" autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
