// Attachments as download links with their size.
import { PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '#common/api/dispatch.js';
import { dispatchApi } from '../../api/dispatchEndpoints.js';
import { formatBytes } from './fileChecks.js';

export function AttachmentList({
  files,
  testId,
  urlOf = dispatchApi.attachmentUrl,
}: {
  files: readonly Attachment[];
  testId?: string;
  /** Where a file downloads from (dispatch's by default; a topic's files have their own route). */
  urlOf?: (id: number) => string;
}) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <ul className="attachment-list" data-testid={testId}>
      {files.map((f) => (
        <li key={f.id}>
          <a href={urlOf(f.id)} download={f.filename} title={t('att.download', { name: f.filename })}>
            <PaperClipOutlined /> {f.filename}
          </a>
          <span className="muted small">{formatBytes(f.size)}</span>
        </li>
      ))}
    </ul>
  );
}
