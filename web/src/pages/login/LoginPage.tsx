// /login: the brand panel, the login form, and (in demo mode) the demo accounts.
import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import {
  CheckCircleFilled,
  LockOutlined,
  SafetyCertificateOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import { safeNext } from '../../app/guards.js';
import { Brand } from '../../components/Brand.js';
import { DemoBanner } from '../../components/DemoBanner.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { DemoAccountList } from './DemoAccountList.js';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { me, health, endedReason, login } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<LoginForm>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (me) return <Navigate to={next} replace />;

  const onFinish = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
      void navigate(next, { replace: true });
    } catch (err) {
      if (!isApiError(err)) throw err;
      setError(err);
      setBusy(false);
    }
  };

  const notice =
    endedReason === 'session_expired' ? t('login.sessionExpired') : params.get('next') ? t('login.signInFirst') : null;
  const retryAfter = error?.problem.retryAfter;

  return (
    <div className="login-page">
      <DemoBanner />
      <div className="login-body">
        <aside className="login-hero">
          <Brand light />
          <div className="login-hero-main">
            <h1 className="login-hero-title">{t('app.subtitle')}</h1>
            <p className="login-hero-slogan">{t('app.slogan')}</p>
            <ul className="login-hero-features">
              {(['list', 'gate', 'data'] as const).map((k) => (
                <li key={k}>
                  <CheckCircleFilled /> <span>{t(`login.features.${k}`)}</span>
                </li>
              ))}
            </ul>
            <div className="login-public">
              <div className="login-public-title">{t('login.publicTitle')}</div>
              <Link to="/public/catalogue" className="login-public-link" data-testid="login-public-catalogue">
                <UnorderedListOutlined /> {t('login.publicCatalogue')}
              </Link>
              <Link to="/check" className="login-public-link" data-testid="login-public-check">
                <SafetyCertificateOutlined /> {t('login.publicCheck')}
              </Link>
            </div>
          </div>
          <div className="login-hero-foot">{t('login.copyright')}</div>
        </aside>
        <main className="login-main">
          <div className="login-lang">
            <LanguageSwitch />
          </div>
          <div className="login-panel">
            <Typography.Title level={3} className="login-title">
              {t('login.welcome')}
            </Typography.Title>
            {notice && !error && (
              <Alert type="info" showIcon title={notice} className="login-alert" data-testid="login-notice" />
            )}
            {error && (
              <Alert
                type="error"
                showIcon
                className="login-alert"
                data-testid="login-error"
                data-code={error.code}
                title={error.problem.title}
                description={
                  retryAfter ? t('login.retryIn', { minutes: Math.max(1, Math.ceil(retryAfter / 60)) }) : undefined
                }
              />
            )}
            <Form<LoginForm>
              form={form}
              layout="vertical"
              size="large"
              requiredMark={false}
              onFinish={(v) => void onFinish(v)}
            >
              <Form.Item
                name="username"
                label={t('login.username')}
                rules={[{ required: true, message: t('login.usernameRequired') }]}
              >
                <Input
                  prefix={<UserOutlined />}
                  placeholder={t('login.usernamePlaceholder')}
                  autoComplete="username"
                  autoFocus
                  data-testid="login-username"
                />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('login.password')}
                rules={[{ required: true, message: t('login.passwordRequired') }]}
              >
                <Input.Password
                  prefix={<LockOutlined />}
                  placeholder={t('login.passwordPlaceholder')}
                  autoComplete="current-password"
                  data-testid="login-password"
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
                {t('login.submit')}
              </Button>
            </Form>
            {health?.demo && (
              <DemoAccountList
                onPick={(a, password) => {
                  form.setFieldsValue({ username: a.username, password });
                  setError(null);
                }}
              />
            )}
          </div>
        </main>
      </div>
    </div>
  );
}
