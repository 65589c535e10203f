// Demo accounts as one-click cards that fill the login form; the list comes from the server (only a
// demo deployment has them).
import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DemoAccounts } from '../../api/catalogueTypes.js';
import { demoApi } from '../../api/endpoints.js';
import { useApi } from '../../api/useApi.js';
import { RoleTag } from '../../components/RoleTag.js';

type DemoAccount = DemoAccounts['accounts'][number];

export function DemoAccountList({ onPick }: { onPick: (account: DemoAccount, password: string) => void }) {
  const { t } = useTranslation();
  const { data, error } = useApi((signal) => demoApi.accounts(signal), []);
  if (error) return null;
  return (
    <section className="demo-accounts" data-testid="demo-accounts">
      <div className="demo-accounts-head">
        <Typography.Text strong>{t('login.demoTitle')}</Typography.Text>
        {data && (
          <Typography.Text type="secondary" className="small">
            {t('login.demoHint', { password: data.password })}
          </Typography.Text>
        )}
      </div>
      {!data ? (
        <Skeleton active paragraph={{ rows: 3 }} title={false} />
      ) : (
        <div className="demo-accounts-grid">
          {data.accounts.map((a) => (
            <button
              key={a.username}
              type="button"
              className="demo-account"
              data-testid={`demo-account-${a.username}`}
              title={a.username}
              onClick={() => onPick(a, data.password)}
            >
              <span className="demo-account-top">
                <span className="demo-account-name">{a.displayName}</span>
                <RoleTag role={a.role} />
              </span>
              <span className="demo-account-unit">{a.orgName}</span>
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
