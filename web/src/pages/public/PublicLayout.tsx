// The light layout of the pages anyone may open without logging in: the published lists, the
// admission-number check and the valid admissions; brand, language switch and a way in.
import { Button } from 'antd';
import { AppstoreOutlined, LoginOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session.js';
import { Brand } from '../../components/Brand.js';
import { DemoBanner } from '../../components/DemoBanner.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';

const NAV = [
  { key: 'catalogue', path: '/public/catalogue' },
  { key: 'check', path: '/check' },
  { key: 'admissions', path: '/public/admissions' },
  { key: 'burden', path: '/public/burden' },
  { key: 'purchased', path: '/public/purchased-services' },
  { key: 'certificates', path: '/public/certificates' },
] as const;

export function PublicLayout() {
  const { t } = useTranslation();
  const { me, health } = useSession();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <div className="public-root">
      <DemoBanner />
      <header className="public-header">
        <div className="public-header-inner">
          <Link to="/public/catalogue" className="public-brand">
            <Brand />
          </Link>
          <nav className="public-nav" aria-label={t('pub.nav.label')}>
            {NAV.map((n) => (
              <Link
                key={n.key}
                to={n.path}
                data-testid={`public-nav-${n.key}`}
                className={`public-nav-item ${pathname.startsWith(n.path) ? 'public-nav-active' : ''}`}
              >
                {t(`pub.nav.${n.key}`)}
              </Link>
            ))}
          </nav>
          <div className="app-header-spacer" />
          <LanguageSwitch />
          {me ? (
            <Button
              type="primary"
              icon={<AppstoreOutlined />}
              onClick={() => void navigate('/')}
              data-testid="public-workspace"
            >
              {t('pub.toWorkspace')}
            </Button>
          ) : (
            <Button
              type="primary"
              icon={<LoginOutlined />}
              onClick={() => void navigate('/login')}
              data-testid="public-login"
            >
              {t('pub.login')}
            </Button>
          )}
        </div>
      </header>
      <main className="public-main">
        <Outlet />
      </main>
      <footer className="public-footer">
        <div className="public-footer-rule">{t('pub.rule')}</div>
        <div>{t('app.footer', { version: health?.version ?? '' })}</div>
      </footer>
    </div>
  );
}
