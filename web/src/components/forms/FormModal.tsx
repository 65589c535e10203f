// A dialog holding one form: the hint, the problem of the last try, the fields, and OK submitting the
// form (the inbox's 办结 and 拒绝, the register's entry).
import type { ReactNode } from 'react';
import { Alert, Form, Modal, Typography, type ButtonProps, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props<V> {
  form: FormInstance<V>;
  title: ReactNode;
  okText: string;
  okTestId: string;
  /** A line under the title on what the form does. */
  hint?: ReactNode;
  /** The problem of the last try (already in the user's language). */
  error: string | null;
  errorTestId?: string;
  busy: boolean;
  danger?: boolean;
  width?: number;
  initialValues?: Partial<V>;
  formTestId?: string;
  onClose: () => void;
  onFinish: (values: V) => void;
  children: ReactNode;
}

export function FormModal<V>({
  form,
  title,
  okText,
  okTestId,
  hint,
  error,
  errorTestId,
  busy,
  danger = false,
  width,
  initialValues,
  formTestId,
  onClose,
  onFinish,
  children,
}: Props<V>) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      width={width}
      okButtonProps={{ danger, 'data-testid': okTestId } as ButtonProps}
    >
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      {error && <Alert type="error" showIcon className="modal-alert" title={error} data-testid={errorTestId} />}
      <Form<V>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={initialValues}
        data-testid={formTestId}
        requiredMark={false}
      >
        {children}
      </Form>
    </Modal>
  );
}
