// /hub/imports/:id — one upload: confirm the suggested mapping, dry run with progress, the row-level
// error report (table and XLSX), then the all-or-nothing commit with progress.
import { useState } from 'react';
import { Alert, Button, Card, Progress, Space, Steps, Tag, Typography } from 'antd';
import {
  ArrowLeftOutlined,
  CheckOutlined,
  DownloadOutlined,
  PlayCircleOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { hubApi, importsApi } from '../../api/hubEndpoints.js';
import type { ImportView, Mapping } from '#common/api/hub.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { skipToken, useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ImportErrorsTable } from '../../components/hub/ImportErrorsTable.js';
import { MappingTable } from '../../components/hub/MappingTable.js';
import { IMPORT_STATUS_COLOR, importBusy } from '../../components/hub/labels.js';
import { formatNumber } from '../../i18n/format.js';
import { PROBLEM_TITLES, type Lang } from '#common/i18n/problems.js';

/** The key element each dataset subject type is found by (as the server's KEY_ELEMENT). */
const KEY_ELEMENT: Record<string, string> = { resident: 'id_number', household: 'household_number' };
const POLL_MS = 800;

const sizeText = (bytes: number) =>
  bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function ImportDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const state = useLocation().state as { sample?: string[][]; sameAsImport?: number | null } | null;
  const loaded = useApiQuery({
    queryKey: keys.imports.of('get', id),
    queryFn: ({ signal }) => importsApi.get(id, signal),
  });
  const datasets = useApiQuery({
    queryKey: keys.imports.of('datasets'),
    queryFn: ({ signal }) => importsApi.datasets(signal),
  });
  const elements = useApiQuery({ queryKey: keys.hub.of('elements'), queryFn: ({ signal }) => hubApi.elements(signal) });
  const [view, setView] = useState<ImportView | undefined>(undefined);
  const [mapping, setMapping] = useState<Mapping | undefined>(undefined);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [acting, setActing] = useState(false);
  const suggestions = useApiQuery({
    queryKey: keys.hub.of('match', view?.id),
    queryFn: view ? () => hubApi.match(view.columns) : skipToken,
  });

  // The view and mapping start from the loaded import, then follow the actions and the polled progress.
  const [seen, setSeen] = useState<ImportView | undefined>(undefined);
  if (loaded.data && loaded.data !== seen) {
    setSeen(loaded.data);
    setView(loaded.data);
    setMapping(loaded.data.mapping);
  }

  // While the server works, poll its progress; stop when the import settles.
  const busy = view ? importBusy(view.status) : false;
  const progress = useQuery({
    queryKey: keys.imports.of('progress', id),
    queryFn: ({ signal }) => importsApi.get(id, signal),
    enabled: busy,
    refetchInterval: busy ? POLL_MS : false,
  });
  const [polled, setPolled] = useState<ImportView | undefined>(undefined);
  if (progress.data && progress.data !== polled) {
    setPolled(progress.data);
    setView(progress.data);
  }

  if (loaded.error) return <ProblemAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!view || !mapping) return <Card loading />;

  const dataset = datasets.data?.find((d) => d.id === view.dataset.id);
  const keyElement = KEY_ELEMENT[dataset?.subjectType ?? 'resident'];
  const keyName = elements.data?.find((e) => e.code === keyElement)?.name ?? keyElement;
  const locked = busy || view.status === 'committed';
  const keyOk = mapping.columns[mapping.keyColumn] === keyElement;

  const act = async (run: () => Promise<ImportView>) => {
    setActing(true);
    setActionError(null);
    try {
      setView(await run());
    } catch (err) {
      setActionError(err as ApiError);
    } finally {
      setActing(false);
    }
  };

  const committed = view.status === 'committed';
  const step =
    committed || view.status === 'validated' || view.status === 'committing' ? 2 : view.status === 'uploaded' ? 0 : 1;
  const stepStatus = committed
    ? 'finish'
    : view.status === 'has_errors' || view.status === 'failed'
      ? 'error'
      : 'process';
  const again = `/hub/imports?dataset=${view.dataset.id}`;

  return (
    <div className="page">
      <PageHeader
        title={t('hub.imports.detailTitle', { file: view.filename })}
        subtitle={t('hub.imports.fileLine', {
          dataset: view.dataset.name,
          format: view.format.toUpperCase(),
          encoding: view.encoding,
          size: sizeText(view.fileSize),
        })}
        extra={
          <Space>
            <Tag color={IMPORT_STATUS_COLOR[view.status]} data-testid="import-status" data-status={view.status}>
              {t(`hub.imports.statuses.${view.status}`)}
            </Tag>
            <Link to={again}>
              <Button icon={<ArrowLeftOutlined />}>{t('hub.imports.backToList')}</Button>
            </Link>
          </Space>
        }
      />
      <Card className="hub-card">
        <Steps
          current={step}
          status={stepStatus}
          items={[
            { title: t('hub.imports.steps.mapping') },
            { title: t('hub.imports.steps.dryRun') },
            { title: t('hub.imports.steps.commit') },
          ]}
        />
      </Card>
      {state?.sameAsImport && (
        <Alert className="hub-card" type="info" showIcon title={t('hub.imports.sameAs', { id: state.sameAsImport })} />
      )}
      <Card title={t('hub.imports.mapping.title')} className="hub-card">
        <Typography.Paragraph type="secondary">
          {locked && view.status === 'committed' ? t('hub.imports.mapping.locked') : t('hub.imports.mapping.hint')}
        </Typography.Paragraph>
        <MappingTable
          columns={view.columns}
          mapping={mapping}
          onChange={setMapping}
          elements={elements.data}
          suggestions={suggestions.data}
          sample={state?.sample}
          locked={locked}
          keyElement={keyElement}
        />
        {!keyOk && (
          <Alert
            className="hub-gap"
            type="warning"
            showIcon
            title={t('hub.imports.mapping.keyNeeded', { name: keyName })}
          />
        )}
        <Space className="hub-gap">
          <Button
            type={view.status === 'uploaded' ? 'primary' : 'default'}
            icon={<PlayCircleOutlined />}
            disabled={locked || !keyOk}
            loading={acting && !busy && view.status !== 'validated'}
            onClick={() => void act(() => importsApi.dryRun(view.id, mapping))}
            data-testid="import-dry-run"
          >
            {view.status === 'uploaded' ? t('hub.imports.dryRun') : t('hub.imports.dryRunAgain')}
          </Button>
        </Space>
      </Card>
      {actionError && <ProblemAlert error={actionError} testId="import-action-error" />}
      {view.status !== 'uploaded' && (
        <Card
          title={
            committed || view.status === 'committing' ? t('hub.imports.steps.commit') : t('hub.imports.steps.dryRun')
          }
          className="hub-card"
          data-testid="import-result-card"
        >
          {busy && (
            <div data-testid="import-progress">
              <Typography.Text>
                {view.status === 'validating' ? t('hub.imports.validating') : t('hub.imports.committing')}{' '}
                {t('hub.imports.progress', { rows: formatNumber(view.rowsTotal) })}
              </Typography.Text>
              <Progress percent={Math.round(view.progress * 100)} status="active" />
            </div>
          )}
          {!busy && <ResultAlert view={view} />}
          {view.status === 'has_errors' && (
            <>
              <Space className="hub-gap">
                <Button
                  icon={<DownloadOutlined />}
                  href={importsApi.errorsXlsxUrl(view.id)}
                  data-testid="import-errors-xlsx"
                >
                  {t('hub.imports.downloadErrors')}
                </Button>
                <Link to={again}>
                  <Button type="primary" icon={<UploadOutlined />} data-testid="import-upload-fixed">
                    {t('hub.imports.uploadFixed')}
                  </Button>
                </Link>
              </Space>
              <Typography.Title level={5} className="hub-gap">
                {t('hub.imports.errorsTitle')}
              </Typography.Title>
              <ImportErrorsTable importId={view.id} version={`${view.status}:${view.finishedAt ?? ''}`} />
            </>
          )}
          {(view.status === 'validated' || view.status === 'committing') && (
            <Space className="hub-gap">
              <Button
                type="primary"
                icon={<CheckOutlined />}
                disabled={busy}
                loading={acting || view.status === 'committing'}
                onClick={() => void act(() => importsApi.commit(view.id))}
                data-testid="import-commit"
              >
                {t('hub.imports.commit')}
              </Button>
              <Typography.Text type="secondary">
                {t('hub.imports.commitConfirm', { rows: formatNumber(view.rowsTotal) })}
              </Typography.Text>
            </Space>
          )}
        </Card>
      )}
    </div>
  );
}

/** A failure the server names by its problem code is told in the reader's language; any other as it came. */
function failureText(message: string | null | undefined, language: string): string {
  const titles = message ? (PROBLEM_TITLES as Record<string, Record<Lang, string>>)[message] : undefined;
  return titles ? titles[language === 'en' ? 'en' : 'zh-CN'] : (message ?? '');
}

function ResultAlert({ view }: { view: ImportView }) {
  const { t, i18n } = useTranslation();
  const rows = formatNumber(view.rowsTotal);
  const [type, title] =
    view.status === 'validated'
      ? (['success', t('hub.imports.resultOk', { rows })] as const)
      : view.status === 'has_errors'
        ? (['error', t('hub.imports.resultErrors', { rows, errors: formatNumber(view.rowsError) })] as const)
        : view.status === 'committed'
          ? ([
              'success',
              t('hub.imports.resultCommitted', {
                written: formatNumber(view.rowsWritten),
                unchanged: formatNumber(view.rowsUnchanged),
              }),
            ] as const)
          : (['error', t('hub.imports.resultFailed', { message: failureText(view.message, i18n.language) })] as const);
  return <Alert type={type} showIcon title={title} data-testid="import-result" data-status={view.status} />;
}
