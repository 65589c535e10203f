// An API error as a readable Alert: the server's localized title, its detail or field messages,
// and the request id for support.
import type { ReactNode } from 'react';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client.js';

interface Props {
  error: ApiError;
  /** Replaces the server's title (e.g. a page-specific explanation). */
  title?: ReactNode;
  description?: ReactNode;
  onRetry?: () => void;
  testId?: string;
  /** A field path as the user knows it (columns.4.element → 第 5 列「是否享受低保」); the path when undefined. */
  fieldName?: (field: string) => string | undefined;
}

export function ProblemAlert({ error, title, description, onRetry, testId, fieldName }: Props) {
  const { t } = useTranslation();
  const { problem } = error;
  const fieldLines = problem.errors?.map((e) => `${fieldName?.(e.field) ?? e.field}: ${e.message}`) ?? [];
  const showId = Boolean(problem.requestId) && (problem.status >= 500 || problem.status === 0);
  const body = description ?? (fieldLines.length ? fieldLines.join(t('common.listSeparator')) : undefined);
  const type = problem.status === 403 || problem.status === 404 ? 'warning' : 'error';
  return (
    <Alert
      data-testid={testId}
      data-code={problem.code}
      type={type}
      showIcon
      title={title ?? problem.title}
      description={
        body || showId ? (
          <>
            {body && <div>{body}</div>}
            {showId && <div className="muted small">{t('errors.requestId', { id: problem.requestId })}</div>}
          </>
        ) : undefined
      }
      action={
        onRetry && problem.status !== 403 && problem.status !== 404 ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
