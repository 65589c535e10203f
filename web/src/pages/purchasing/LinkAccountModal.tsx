// 关联账号: a steward (or the department or street that registered it) links a `social_org` account to the
// organisation it acts for — that account then records the organisation's activities and gets its 承接待办.
// The server checks the account's role and the caller's scope; its field error shows under the username.
import { useState } from 'react';
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { purchasingApi } from '../../api/purchasingEndpoints.js';
import { keys, useApiMutation } from '../../api/queries.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { problemLine, useFieldErrors } from '../../components/forms/useFieldErrors.js';

interface Values {
  username: string;
}

export function LinkAccountModal({ org, onClose }: { org: { id: number; name: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const show = useFieldErrors(form, ['username'] as const);
  const [error, setError] = useState<string | null>(null);
  const save = useApiMutation((v: Values) => purchasingApi.linkAccount(org.id, v.username.trim()), [keys.purchasing]);
  return (
    <FormModal<Values>
      form={form}
      title={t('pur.link.title', { name: org.name })}
      okText={t('pur.link.submit')}
      okTestId="link-submit"
      formTestId="link-form"
      error={error}
      busy={save.isPending}
      initialValues={{ username: '' }}
      onClose={onClose}
      onFinish={(v) =>
        void save
          .mutateAsync(v)
          .then(() => {
            void message.success(t('pur.link.done', { username: v.username.trim() }));
            onClose();
          })
          .catch((e: unknown) => {
            if (isApiError(e)) {
              const rest = show(e);
              setError(rest.length || !e.problem.errors?.length ? problemLine(e, '；') : null);
            }
          })
      }
    >
      <div className="muted small">{t('pur.link.intro')}</div>
      <Form.Item
        name="username"
        label={t('pur.link.username')}
        rules={[{ required: true, message: t('pur.required') }]}
      >
        <Input maxLength={64} autoComplete="off" data-testid="link-username" />
      </Form.Item>
    </FormModal>
  );
}
