// 403 for a page the user's role may not use (it is not in their menu either).
import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session.js';

export function ForbiddenPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <Result
      data-testid="page-403"
      status="403"
      title={t('errors.forbiddenTitle')}
      subTitle={t('errors.forbidden', { role: me ? t(`roles.${me.role}`) : '' })}
      extra={
        <Link to="/">
          <Button type="primary">{t('errors.backHome')}</Button>
        </Link>
      }
    />
  );
}
