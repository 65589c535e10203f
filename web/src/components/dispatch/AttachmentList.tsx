// Attachments as download links with their size.
import { PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '#common/api/dispatch.js';
import { dispatchApi } from '../../api/dispatchEndpoints.js';
import { formatBytes } from './fileChecks.js';

export function AttachmentList({ files, testId }: { files: readonly Attachment[]; testId?: string }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <ul className="attachment-list" data-testid={testId}>
      {files.map((f) => (
        <li key={f.id}>
          <a
            href={dispatchApi.attachmentUrl(f.id)}
            download={f.filename}
            title={t('att.download', { name: f.filename })}
          >
            <PaperClipOutlined /> {f.filename}
          </a>
          <span className="muted small">{formatBytes(f.size)}</span>
        </li>
      ))}
    </ul>
  );
}
