// Demo accounts as one-click cards that fill the login form.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RoleTag } from '../../components/RoleTag.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demoAccounts.js';

export function DemoAccountList({ onPick }: { onPick: (account: DemoAccount, password: string) => void }) {
  const { t } = useTranslation();
  return (
    <section className="demo-accounts" data-testid="demo-accounts">
      <div className="demo-accounts-head">
        <Typography.Text strong>{t('login.demoTitle')}</Typography.Text>
        <Typography.Text type="secondary" className="small">
          {t('login.demoHint', { password: DEMO_PASSWORD })}
        </Typography.Text>
      </div>
      <div className="demo-accounts-grid">
        {DEMO_ACCOUNTS.map((a) => (
          <button
            key={a.username}
            type="button"
            className="demo-account"
            data-testid={`demo-account-${a.username}`}
            title={a.username}
            onClick={() => onPick(a, DEMO_PASSWORD)}
          >
            <span className="demo-account-top">
              <span className="demo-account-name">{a.displayName}</span>
              <RoleTag role={a.role} />
            </span>
            <span className="demo-account-unit">{a.unit}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
