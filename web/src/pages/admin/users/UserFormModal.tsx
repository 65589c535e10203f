// Create a user, or edit one (name, role, org, department). Server field errors show on the fields.
import { useState } from 'react';
import { Alert, App, Col, Form, Input, Modal, Row, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLE_SCOPE, type Role } from '#common/roles.js';
import { isApiError, type FieldProblem } from '../../../api/client.js';
import { usersApi } from '../../../api/endpoints.js';
import type { UserView } from '#common/api/accounts.js';
import { showFieldErrors } from '../../../components/forms/useFieldErrors.js';
import { OrgDepartmentFields, RoleField, type ScopeValues } from './ScopeFields.js';

interface Values {
  username: string;
  displayName: string;
  password: string;
  role?: Role;
  orgCode?: string;
  departmentCode?: string | null;
}

const FIELDS = ['username', 'displayName', 'password', 'role', 'orgCode', 'departmentCode'] as const;

interface Props {
  /** null: create a new user. */
  user: UserView | null;
  onClose: () => void;
  onSaved: (user: UserView) => void;
}

export function UserFormModal({ user, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const scopeForm = form as unknown as FormInstance<ScopeValues>;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ title: string; lines: FieldProblem[] } | null>(null);
  const editing = user !== null;

  const submit = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    const departmentCode = v.role && ROLE_SCOPE[v.role].department !== 'none' ? (v.departmentCode ?? null) : null;
    try {
      const saved = editing
        ? await usersApi.update(user.id, {
            displayName: v.displayName,
            role: v.role,
            orgCode: v.orgCode,
            departmentCode,
          })
        : await usersApi.create({
            username: v.username.trim(),
            displayName: v.displayName,
            password: v.password,
            role: v.role as Role,
            orgCode: v.orgCode ?? '',
            departmentCode,
          });
      void message.success(editing ? t('users.saved') : t('users.created', { name: saved.displayName }));
      onSaved(saved);
    } catch (err) {
      if (!isApiError(err)) throw err;
      const rest = err.code === 'validation_failed' ? showFieldErrors(form, err, FIELDS) : [];
      if (err.code !== 'validation_failed' || rest.length) setProblem({ title: err.problem.title, lines: rest });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={editing ? t('users.editTitle', { name: user.displayName }) : t('users.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      style={{ top: 48 }}
      okButtonProps={{ 'data-testid': 'user-form-submit' }}
    >
      <div data-testid="user-form">
        {problem && (
          <Alert
            type="error"
            showIcon
            className="modal-alert"
            title={problem.title}
            description={
              problem.lines.length
                ? problem.lines.map((l) => `${l.field}: ${l.message}`).join(t('common.listSeparator'))
                : undefined
            }
          />
        )}
        {editing && <Alert type="info" showIcon className="modal-alert" title={t('users.rescopeNote')} />}
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark
          initialValues={
            user
              ? {
                  displayName: user.displayName,
                  role: user.role,
                  orgCode: user.orgCode,
                  departmentCode: user.departmentCode,
                }
              : undefined
          }
          onFinish={(v) => void submit(v)}
        >
          <Row gutter={16}>
            <Col span={12}>
              {editing ? (
                <Form.Item label={t('users.username')}>
                  <Typography.Text code>{user.username}</Typography.Text>
                </Form.Item>
              ) : (
                <Form.Item
                  name="username"
                  label={t('users.username')}
                  tooltip={t('users.usernameHint')}
                  rules={[{ required: true, message: t('users.required') }]}
                >
                  <Input data-testid="user-username" autoComplete="off" />
                </Form.Item>
              )}
            </Col>
            <Col span={12}>
              <Form.Item
                name="displayName"
                label={t('users.displayName')}
                rules={[{ required: true, message: t('users.required') }]}
              >
                <Input data-testid="user-display-name" autoComplete="off" />
              </Form.Item>
            </Col>
            {!editing && (
              <Col span={12}>
                <Form.Item
                  name="password"
                  label={t('users.password')}
                  tooltip={t('users.passwordHint')}
                  rules={[{ required: true, message: t('users.required') }]}
                >
                  <Input.Password data-testid="user-password" autoComplete="new-password" />
                </Form.Item>
              </Col>
            )}
            <Col span={12}>
              <RoleField form={scopeForm} />
            </Col>
          </Row>
          <OrgDepartmentFields form={scopeForm} />
        </Form>
      </div>
    </Modal>
  );
}
