// The error boundary page: what the router shows when a page throws while rendering.
import { Button, Result, Space, Typography } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from './NotFoundPage.js';

export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const message =
    error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : String(error);
  return (
    <div className="error-page">
      <Result
        data-testid="page-error"
        status="500"
        title={t('errors.crashTitle')}
        subTitle={t('errors.crash')}
        extra={
          <Space>
            <Button type="primary" onClick={() => window.location.reload()}>
              {t('errors.reload')}
            </Button>
            <Button href="/">{t('errors.backHome')}</Button>
          </Space>
        }
      >
        {message && (
          <Typography.Paragraph type="secondary" className="error-message">
            <code>{message}</code>
          </Typography.Paragraph>
        )}
      </Result>
    </div>
  );
}
