// 导入名册: a roster of social organisations from XLSX or CSV (UTF-8/GBK). A dry run lists every row error;
// only a roster without errors may be committed, and then every row is written or none. Also the line of an
// organisation's record (its closed contracts' evaluations) on the registry.
import { useState } from 'react';
import { Alert, App, Button, Modal, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { OrgImportReply, OrgRecord } from '#common/api/purchasing-catalogue.js';
import { isApiError } from '../../api/client.js';
import { purchasingBApi } from '../../api/purchasingEndpoints.js';
import { keys, useApiMutation } from '../../api/queries.js';
import { problemLine } from '../../components/forms/useFieldErrors.js';
import { FIELD_REASONS } from '#common/i18n/problems.js';
import { currentLanguage } from '../../i18n/index.js';

/** A row error's reason in the user's language (the server's stable reason codes); missing:列 for the header. */
function reasonText(reason: string): string {
  const [key, arg] = reason.split(':');
  const known = (FIELD_REASONS as Record<string, Record<'zh-CN' | 'en', string>>)[key];
  const text = known ? known[currentLanguage()] : key;
  return arg ? `${text}：${arg}` : text;
}

export function OrgRecordLine({ record }: { record?: OrgRecord }) {
  const { t } = useTranslation();
  if (!record || record.closed === 0) return null;
  return (
    <div className="small" data-testid="org-record">
      {t('purb.orgRecord', {
        n: record.closed,
        score: record.averageScore ?? '—',
        grade: record.latestGrade ? t(`purb.grades.${record.latestGrade}`) : '—',
      })}
      {record.residentScore !== null && <> · {t('purb.residentMean', { score: record.residentScore })}</>}
    </div>
  );
}

export function OrgImportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="org-import">
        {t('purb.importOrgs')}
      </Button>
      {open && <ImportModal onClose={() => setOpen(false)} />}
    </>
  );
}

function ImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [reply, setReply] = useState<OrgImportReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useApiMutation((commit: boolean) => purchasingBApi.importOrgs(file!, commit), [keys.purchasing]);
  const go = (commit: boolean) =>
    void run
      .mutateAsync(commit)
      .then((r) => {
        setReply(r);
        setError(null);
        if (r.committed) {
          void message.success(t('purb.imported', { n: r.imported }));
          onClose();
        }
      })
      .catch((e: unknown) => isApiError(e) && setError(problemLine(e, '；')));
  const clean = reply !== null && reply.errors.length === 0;
  return (
    <Modal
      open
      title={t('purb.importTitle')}
      onCancel={onClose}
      footer={[
        <Button key="dry" disabled={!file} loading={run.isPending} onClick={() => go(false)} data-testid="import-dry">
          {t('purb.dryRun')}
        </Button>,
        <Button
          key="commit"
          type="primary"
          disabled={!file || !clean}
          loading={run.isPending}
          onClick={() => go(true)}
          data-testid="import-commit"
        >
          {t('purb.commit')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('purb.importHint')}</Typography.Paragraph>
      <Upload
        accept=".xlsx,.csv"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          setReply(null);
          return false;
        }}
        onRemove={() => setFile(null)}
      >
        <Button icon={<UploadOutlined />} data-testid="import-file">
          {t('purb.chooseFile')}
        </Button>
      </Upload>
      {error && <Alert type="error" showIcon className="modal-alert" title={error} />}
      {reply && (
        <div data-testid="import-result">
          <Alert
            type={clean ? 'success' : 'error'}
            showIcon
            className="modal-alert"
            title={`${t('purb.rowsRead', { rows: reply.rows })} · ${
              clean ? t('purb.noErrors') : t('purb.rowErrors', { n: reply.errors.length })
            }`}
          />
          {reply.errors.length > 0 && (
            <Table
              size="small"
              rowKey={(e) => `${e.row}-${e.field}-${e.reason}`}
              pagination={false}
              scroll={{ y: 240 }}
              dataSource={reply.errors}
              columns={[
                { title: t('purb.row'), dataIndex: 'row', width: 56 },
                { title: t('purb.column'), dataIndex: 'field', width: 110 },
                {
                  title: t('purb.reason'),
                  dataIndex: 'reason',
                  render: (r: string) => reasonText(r),
                },
              ]}
            />
          )}
        </div>
      )}
    </Modal>
  );
}
