// /hub/imports — 数据回流 for the data steward: choose a department dataset, upload a file (CSV in
// UTF-8 or GBK, or XLSX), then continue on the import's page; below, the dataset's import history.
import { useRef, useState } from 'react';
import { Alert, Button, Card, Descriptions, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { importsApi } from '../../api/hubEndpoints.js';
import type { Dataset, ImportView } from '#common/api/hub.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { IMPORT_STATUS_COLOR, hubLabel } from '../../components/hub/labels.js';
import { formatDateTime, formatNumber } from '../../i18n/format.js';

/** The dataset with the newest upload, else the first (withdrawn ones only if nothing else). */
function latestWorked(list: Dataset[]): Dataset | undefined {
  const open = list.filter((d) => !d.withdrawnAt);
  const pool = open.length ? open : list;
  return [...pool].sort((a, b) => (b.lastImportAt ?? '').localeCompare(a.lastImportAt ?? ''))[0];
}

export function ImportsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const datasets = useApiQuery({
    queryKey: keys.imports.of('datasets'),
    queryFn: ({ signal }) => importsApi.datasets(signal),
  });
  // Without a choice in the URL, open the dataset worked on last: its history is what a steward looks for.
  const chosen = Number(params.get('dataset')) || latestWorked(datasets.data ?? [])?.id;
  const dataset = datasets.data?.find((d) => d.id === chosen);
  const history = useApiQuery({
    queryKey: keys.imports.of('history', chosen),
    queryFn: chosen ? ({ signal }) => importsApi.history(chosen, signal) : skipToken,
  });
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const upload = async (file: File) => {
    if (!chosen) return;
    setUploading(true);
    setError(null);
    try {
      const r = await importsApi.upload(chosen, file);
      void navigate(`/hub/imports/${r.id}`, { state: { sample: r.sample, sameAsImport: r.sameAsImport } });
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setUploading(false);
      if (input.current) input.current.value = '';
    }
  };

  const columns: TableColumnsType<ImportView> = [
    {
      key: 'file',
      title: t('hub.imports.file'),
      render: (_, i) => (
        <div className="cell-stack">
          <Link to={`/hub/imports/${i.id}`} data-testid={`import-row-${i.id}`}>
            {i.filename}
          </Link>
          <span className="muted small">
            #{i.id} · {i.format.toUpperCase()} · {i.encoding}
          </span>
        </div>
      ),
    },
    {
      key: 'status',
      title: t('hub.imports.status'),
      width: 120,
      render: (_, i) => (
        <Tag color={IMPORT_STATUS_COLOR[i.status]} data-testid={`import-status-${i.id}`} data-status={i.status}>
          {t(`hub.imports.statuses.${i.status}`)}
        </Tag>
      ),
    },
    {
      key: 'rows',
      title: t('hub.imports.rows'),
      width: 90,
      align: 'right',
      render: (_, i) => formatNumber(i.rowsTotal),
    },
    {
      key: 'errors',
      title: t('hub.imports.rowsError'),
      width: 90,
      align: 'right',
      render: (_, i) => (i.rowsError ? <span className="text-danger">{formatNumber(i.rowsError)}</span> : 0),
    },
    {
      key: 'written',
      title: `${t('hub.imports.rowsWritten')} / ${t('hub.imports.rowsUnchanged')}`,
      width: 130,
      align: 'right',
      render: (_, i) => `${formatNumber(i.rowsWritten)} / ${formatNumber(i.rowsUnchanged)}`,
    },
    { key: 'created', title: t('hub.imports.createdAt'), width: 160, render: (_, i) => formatDateTime(i.createdAt) },
    {
      key: 'finished',
      title: t('hub.imports.finishedAt'),
      width: 160,
      render: (_, i) => (i.finishedAt ? formatDateTime(i.finishedAt) : '—'),
    },
  ];

  return (
    <div className="page">
      <PageHeader title={t('hub.imports.title')} subtitle={t('hub.imports.intro')} testId="imports-title" />
      <Card title={t('hub.imports.upload')} className="hub-card">
        {datasets.error && <ProblemAlert error={datasets.error} onRetry={datasets.reload} />}
        <Space orientation="vertical" size="middle" className="full-width">
          <Space wrap align="start">
            <Select<number>
              data-testid="import-dataset"
              className="hub-dataset-select"
              loading={datasets.loading}
              value={chosen}
              placeholder={t('hub.imports.datasetPlaceholder')}
              onChange={(id) => setParams({ dataset: String(id) }, { replace: true })}
              options={(datasets.data ?? []).map((d) => ({
                value: d.id,
                label: `${d.name}（${d.department.name}）${d.withdrawnAt ? t('hub.imports.withdrawnSuffix') : ''}`,
              }))}
            />
            <input
              ref={input}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="hub-hidden-input"
              data-testid="import-file"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void upload(f);
              }}
            />
            <Button
              type="primary"
              icon={<UploadOutlined />}
              loading={uploading}
              disabled={!chosen || Boolean(dataset?.withdrawnAt)}
              onClick={() => input.current?.click()}
              data-testid="import-upload"
            >
              {uploading ? t('hub.imports.uploading') : t('hub.imports.uploadButton')}
            </Button>
          </Space>
          {dataset && (
            <Descriptions size="small" column={3}>
              <Descriptions.Item label={t('hub.imports.department')}>{dataset.department.name}</Descriptions.Item>
              <Descriptions.Item label={t('hub.elements.subject')}>
                {hubLabel(t, 'subjectTypes', dataset.subjectType)}
              </Descriptions.Item>
              <Descriptions.Item label={t('hub.elements.code')}>
                <span className="mono">{dataset.code}</span>
                {dataset.isDemo && <Tag className="inline-tag">{t('common.demoTag')}</Tag>}
              </Descriptions.Item>
            </Descriptions>
          )}
          {dataset?.withdrawnAt && (
            <Alert
              type="warning"
              data-testid="import-dataset-withdrawn"
              title={t('hub.imports.withdrawn', { date: dataset.withdrawnAt.slice(0, 10) })}
            />
          )}
          <Typography.Text type="secondary">{t('hub.imports.uploadHint')}</Typography.Text>
          {error && <ProblemAlert error={error} testId="import-upload-error" />}
        </Space>
      </Card>
      <Card title={t('hub.imports.history')} className="hub-card">
        {history.error ? (
          <ProblemAlert error={history.error} onRetry={history.reload} />
        ) : !chosen ? (
          <Alert type="info" title={t('hub.imports.pickDataset')} />
        ) : (
          <Table<ImportView>
            rowKey="id"
            size="middle"
            data-testid="import-history"
            loading={history.loading}
            columns={columns}
            dataSource={history.data ?? []}
            locale={{ emptyText: t('hub.imports.noHistory') }}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
          />
        )}
      </Card>
    </div>
  );
}
