// Demo accounts as one-click cards that fill the login form; the list comes from the server (only a
// demo deployment has them). Plain elements, like the rest of the login page.
import { useTranslation } from 'react-i18next';
import type { DemoAccounts } from '#common/api/demo.js';
import { demoApi } from '../../api/endpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PlainRoleTag, PlainSkeleton } from '../../components/plain/Plain.js';

type DemoAccount = DemoAccounts['accounts'][number];

export function DemoAccountList({ onPick }: { onPick: (account: DemoAccount, password: string) => void }) {
  const { t } = useTranslation();
  const { data, error } = useApiQuery({
    queryKey: keys.demo.of('accounts'),
    queryFn: ({ signal }) => demoApi.accounts(signal),
  });
  if (error) return null;
  return (
    <section className="demo-accounts" data-testid="demo-accounts">
      <div className="demo-accounts-head">
        <strong className="plain-text-strong">{t('login.demoTitle')}</strong>
        {data && <span className="plain-text-secondary small">{t('login.demoHint', { password: data.password })}</span>}
      </div>
      {!data ? (
        <PlainSkeleton rows={3} />
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
                <PlainRoleTag role={a.role} />
              </span>
              <span className="demo-account-unit">{a.orgName}</span>
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
