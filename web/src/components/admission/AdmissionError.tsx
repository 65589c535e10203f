// An application that cannot be opened (not found, another department's, outside the jurisdiction):
// what the server said, and the way back. Other errors (network, server) offer a retry.
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { ProblemAlert } from '../ProblemAlert.js';

export function AdmissionError({ error, onRetry, back }: { error: ApiError; onRetry: () => void; back: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (error.status !== 403 && error.status !== 404) return <ProblemAlert error={error} onRetry={onRetry} />;
  return (
    <Result
      status={error.status === 404 ? '404' : '403'}
      title={error.problem.title}
      subTitle={t('adm.detail.cannotOpen')}
      data-testid="adm-error"
      data-code={error.code}
      extra={
        <Button type="primary" onClick={() => void navigate(back)}>
          {t('adm.detail.backToList')}
        </Button>
      }
    />
  );
}
