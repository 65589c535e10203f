// 从表格导入花名册: pick an XLSX (or CSV) file, try it (a dry run lists each bad row with its column and
// reason), then import — every row or, when any is bad, none.
import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RosterImportReply } from '#common/api/roster.js';
import { staffingApi } from '../../api/staffingEndpoints.js';
import { isApiError } from '../../api/client.js';
import { keys, useApiMutation } from '../../api/queries.js';
import { problemLine } from '../../components/forms/useFieldErrors.js';

type RowError = RosterImportReply['errors'][number];

export function RosterImportModal({ code, onClose }: { code: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<RosterImportReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useApiMutation(
    (p: { file: File; commit: boolean }) => staffingApi.importRoster(code, p.file, p.commit),
    [keys.staffing],
  );
  const go = async (commit: boolean) => {
    if (!file) return;
    setError(null);
    try {
      const r = await run.mutateAsync({ file, commit });
      setResult(r);
      if (r.committed) {
        void message.success(t('staffing.roster.import.done', { n: r.imported }));
        onClose();
      }
    } catch (e) {
      if (isApiError(e)) setError(problemLine(e, '；'));
    }
  };
  const reason = (e: RowError) => {
    const [key, arg] = e.reason.split(':');
    return t(`staffing.roster.import.reason.${key as 'required'}`, {
      column: arg ? t(`staffing.roster.import.column.${arg as 'name'}`) : '',
    });
  };
  const column = (f: string) =>
    f === 'header' ? t('staffing.roster.import.header') : t(`staffing.roster.import.column.${f as 'name'}`);
  return (
    <Modal
      open
      title={t('staffing.roster.import.title')}
      onCancel={onClose}
      width={640}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            disabled={!file}
            loading={run.isPending}
            onClick={() => void go(false)}
            data-testid="roster-import-try"
          >
            {t('staffing.roster.import.try')}
          </Button>
          <Button
            type="primary"
            disabled={!file || !result || result.errors.length > 0 || result.rows === 0}
            loading={run.isPending}
            onClick={() => void go(true)}
            data-testid="roster-import-commit"
          >
            {t('staffing.roster.import.commit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('staffing.roster.import.hint')}</Typography.Paragraph>
      <Upload
        accept=".xlsx,.csv"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          setResult(null);
          return false;
        }}
        onRemove={() => {
          setFile(null);
          setResult(null);
        }}
      >
        <Button icon={<UploadOutlined />} data-testid="roster-import-file">
          {t('staffing.roster.import.pick')}
        </Button>
      </Upload>
      {error && <Alert type="error" showIcon className="modal-alert" title={error} />}
      {result && (
        <div className="roster-import-result" data-testid="roster-import-result">
          <Alert
            type={result.errors.length ? 'warning' : 'success'}
            showIcon
            className="modal-alert"
            title={
              result.errors.length
                ? t('staffing.roster.import.bad', { rows: result.rows, n: result.errors.length })
                : t('staffing.roster.import.good', { rows: result.rows })
            }
          />
          {result.errors.length > 0 && (
            <Table<RowError>
              size="small"
              rowKey={(e) => `${e.row}:${e.field}:${e.reason}`}
              pagination={result.errors.length > 10 ? { pageSize: 10 } : false}
              dataSource={result.errors}
              columns={[
                { title: t('staffing.roster.import.row'), dataIndex: 'row', width: 64 },
                { title: t('staffing.roster.import.col'), key: 'field', render: (_, e) => column(e.field) },
                { title: t('staffing.roster.import.why'), key: 'reason', render: (_, e) => reason(e) },
              ]}
            />
          )}
        </div>
      )}
    </Modal>
  );
}
