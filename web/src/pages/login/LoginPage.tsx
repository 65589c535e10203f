// /login: the brand panel, the login form, and (in demo mode) the demo accounts. Plain elements styled
// like antd (components/plain/), not antd itself: this is the page everyone loads first, so it carries
// no component library (routes.tsx loads antd with the pages behind it).
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import { safeNext } from '../../app/guards.js';
import { Brand } from '../../components/Brand.js';
import { DemoBanner } from '../../components/DemoBanner.js';
import { PlainAlert, PlainField, PlainLanguageSwitch, PlainSubmit } from '../../components/plain/Plain.js';
import { PlainIcon } from '../../components/plain/PlainIcon.js';
import { DemoAccountList } from './DemoAccountList.js';

interface LoginForm {
  username: string;
  password: string;
}

type Missing = Partial<Record<keyof LoginForm, boolean>>;

const missingOf = (v: LoginForm): Missing => ({ username: !v.username.trim(), password: !v.password });

export function LoginPage() {
  const { t } = useTranslation();
  const { me, health, endedReason, login } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [values, setValues] = useState<LoginForm>({ username: '', password: '' });
  // Like antd's Form: a field says it is required once submitted empty, and again whenever it is emptied.
  const [missing, setMissing] = useState<Missing>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (me) return <Navigate to={next} replace />;

  const change = (field: keyof LoginForm, value: string) => {
    const v = { ...values, [field]: value };
    setValues(v);
    setMissing((m) => ({ ...m, [field]: missingOf(v)[field] }));
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const m = missingOf(values);
    setMissing(m);
    if (m.username || m.password) return;
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
                  <PlainIcon name="CheckCircleFilled" /> <span>{t(`login.features.${k}`)}</span>
                </li>
              ))}
            </ul>
            <div className="login-public">
              <div className="login-public-title">{t('login.publicTitle')}</div>
              <Link to="/public/catalogue" className="login-public-link" data-testid="login-public-catalogue">
                <PlainIcon name="UnorderedListOutlined" /> {t('login.publicCatalogue')}
              </Link>
              <Link to="/check" className="login-public-link" data-testid="login-public-check">
                <PlainIcon name="SafetyCertificateOutlined" /> {t('login.publicCheck')}
              </Link>
            </div>
          </div>
          <div className="login-hero-foot">{t('login.copyright')}</div>
        </aside>
        <main className="login-main">
          <div className="login-lang">
            <PlainLanguageSwitch />
          </div>
          <div className="login-panel">
            <h3 className="login-title">{t('login.welcome')}</h3>
            {notice && !error && (
              <PlainAlert type="info" title={notice} className="login-alert" data-testid="login-notice" />
            )}
            {error && (
              <PlainAlert
                type="error"
                className="login-alert"
                data-testid="login-error"
                data-code={error.code}
                title={error.problem.title}
                description={
                  retryAfter ? t('login.retryIn', { minutes: Math.max(1, Math.ceil(retryAfter / 60)) }) : undefined
                }
              />
            )}
            <form noValidate onSubmit={(e) => void onSubmit(e)}>
              <PlainField
                id="login-username"
                label={t('login.username')}
                icon="UserOutlined"
                error={missing.username ? t('login.usernameRequired') : null}
                value={values.username}
                onChange={(e) => change('username', e.target.value)}
                placeholder={t('login.usernamePlaceholder')}
                autoComplete="username"
                autoFocus
                data-testid="login-username"
              />
              <PlainField
                id="login-password"
                password
                label={t('login.password')}
                icon="LockOutlined"
                error={missing.password ? t('login.passwordRequired') : null}
                value={values.password}
                onChange={(e) => change('password', e.target.value)}
                placeholder={t('login.passwordPlaceholder')}
                autoComplete="current-password"
                data-testid="login-password"
              />
              <PlainSubmit busy={busy} data-testid="login-submit">
                {t('login.submit')}
              </PlainSubmit>
            </form>
            {health?.demo && (
              <DemoAccountList
                onPick={(a, password) => {
                  setValues({ username: a.username, password });
                  setMissing({});
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
