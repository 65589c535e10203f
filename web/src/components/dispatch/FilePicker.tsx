// Attachments chosen in the browser and sent with the form: each checked for type and size before it
// is added (the server checks again), at most `max` files.
import { useState } from 'react';
import { Alert, Button, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ACCEPT, MAX_ATTACHMENTS, MAX_MB, extensionList, fileProblem } from './fileChecks.js';

interface Props {
  value?: File[];
  onChange?: (files: File[]) => void;
  max?: number;
  testId?: string;
}

export function FilePicker({ value = [], onChange, max = MAX_ATTACHMENTS, testId }: Props) {
  const { t } = useTranslation();
  const [rejected, setRejected] = useState<string[]>([]);
  const list: UploadFile[] = value.map((f, i) => ({
    uid: `${i}-${f.name}`,
    name: f.name,
    size: f.size,
    status: 'done',
  }));

  // antd calls beforeUpload once per file of a multiple selection, with the whole selection as `all`:
  // handle the selection on its first file and skip the rest.
  const add = (file: File, all: File[]) => {
    if (file !== all[0]) return false;
    const problems: string[] = [];
    const ok: File[] = [];
    for (const f of all) {
      const p = fileProblem(f);
      if (p === 'too_large') problems.push(t('dispatch.files.tooLarge', { name: f.name, mb: MAX_MB }));
      else if (p === 'bad_type') problems.push(t('dispatch.files.badType', { name: f.name }));
      else ok.push(f);
    }
    const next = max === 1 ? ok.slice(0, 1) : [...value, ...ok];
    if (next.length > max) problems.push(t('dispatch.files.tooMany', { max }));
    setRejected(problems);
    onChange?.(next.slice(0, max));
    return false;
  };

  return (
    <div data-testid={testId} className="file-picker">
      <Upload
        multiple={max > 1}
        accept={ACCEPT}
        fileList={list}
        beforeUpload={add}
        onRemove={(f) => {
          onChange?.(value.filter((_, i) => `${i}-${value[i].name}` !== f.uid));
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} disabled={max > 1 && value.length >= max}>
          {t('dispatch.files.choose')}
        </Button>
      </Upload>
      <div className="muted small file-picker-hint">
        {t('dispatch.files.hint', { mb: MAX_MB, max, types: extensionList(t('common.enumSeparator')) })}
      </div>
      {rejected.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="file-picker-alert"
          data-testid={testId ? `${testId}-rejected` : undefined}
          title={rejected.join(t('common.listSeparator'))}
        />
      )}
    </div>
  );
}
