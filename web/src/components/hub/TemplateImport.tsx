// 从模板导入: a department brings its existing template in — an XLSX (multi-row merged headers), a DOCX
// table, or a header pasted from Excel — and gets every column bound (or form-only), how much a chosen
// community's ledger the hub would already fill, and the columns whose owner must bring its data first (回流).
import { useState } from 'react';
import { Alert, Button, Input, Space, Tag, Typography, Upload } from 'antd';
import { FileExcelOutlined, ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import { templatesApi } from '../../api/templateEndpoints.js';
import type { TemplateDraft } from '#common/api/templates.js';
import { label, RELATION_LABELS } from '#common/i18n/labels.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { CommunityPicker } from './CommunityPicker.js';

interface Props {
  subjectType: 'resident' | 'household';
  onDraft: (draft: TemplateDraft) => void;
}

export function TemplateImport({ subjectType, onDraft }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [community, setCommunity] = useState<string | undefined>();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [draft, setDraft] = useState<TemplateDraft | null>(null);

  const run = async (load: () => Promise<TemplateDraft>) => {
    setBusy(true);
    setError(null);
    try {
      const d = await load();
      setDraft(d);
      onDraft(d);
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const opts = { subjectType, community };
  const bound = draft?.columns.filter((c) => c.element) ?? [];
  const others = bound.filter((c) => c.relation);
  const pct = draft?.preview ? Math.round(draft.preview.coverage.known * 100) : null;

  return (
    <div data-testid="template-import">
      <Typography.Paragraph type="secondary">{t('tpl.import.hint')}</Typography.Paragraph>
      <Space wrap className="hub-gap-bottom">
        <span>{t('tpl.import.previewCommunity')}</span>
        <CommunityPicker value={community} onChange={setCommunity} testId="template-community" />
      </Space>
      <Space wrap align="start" className="full-width hub-gap-bottom">
        <Upload
          accept=".xlsx,.docx"
          showUploadList={false}
          beforeUpload={(file) => {
            void run(() => templatesApi.upload(file, opts));
            return false;
          }}
        >
          <Button icon={<FileExcelOutlined />} loading={busy} data-testid="template-upload">
            {t('tpl.import.upload')}
          </Button>
        </Upload>
        <Input.TextArea
          value={text}
          autoSize={{ minRows: 2, maxRows: 6 }}
          className="tpl-paste"
          placeholder={t('tpl.import.pastePlaceholder')}
          onChange={(e) => setText(e.target.value)}
          data-testid="template-paste"
        />
        <Button
          icon={<ImportOutlined />}
          disabled={!text.trim()}
          loading={busy}
          onClick={() => void run(() => templatesApi.text(text, opts))}
          data-testid="template-paste-go"
        >
          {t('tpl.import.readPasted')}
        </Button>
      </Space>
      {error && <ProblemAlert error={error} testId="template-error" />}
      {draft && (
        <Space direction="vertical" className="full-width" data-testid="template-result">
          <Alert
            type="success"
            showIcon
            title={t('tpl.import.summary', {
              columns: draft.columns.length,
              bound: bound.length,
              formOnly: draft.columns.length - bound.length,
            })}
            description={t('tpl.import.checkBelow')}
          />
          {draft.preview && (
            <Alert
              type={pct !== null && pct >= 50 ? 'info' : 'warning'}
              showIcon
              data-testid="template-coverage"
              title={t('tpl.import.coverage', {
                pct,
                community: draft.preview.community.name,
                rows: draft.preview.rows,
              })}
              description={
                draft.preview.dataFirst
                  ? t('tpl.import.dataFirst', { departments: draft.preview.dataFirst.departments.join('、') })
                  : undefined
              }
            />
          )}
          {draft.backflow.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="template-backflow"
              title={t('tpl.import.backflow')}
              description={
                <Space wrap size={[4, 4]}>
                  {draft.backflow.map((b, i) => (
                    <Tag key={`${i}-${b.label}`}>
                      {b.missing !== null
                        ? t('tpl.import.backflowMissing', { label: b.label, source: b.source, missing: b.missing })
                        : t('tpl.import.backflowItem', { label: b.label, source: b.source })}
                    </Tag>
                  ))}
                </Space>
              }
            />
          )}
          {others.length > 0 && (
            <Alert
              type="info"
              showIcon
              data-testid="template-relations"
              title={t('tpl.import.relations')}
              description={
                <Space wrap size={[4, 4]}>
                  {/* A label can repeat: 姓名 under 配偶情况 and again under 监护人信息. */}
                  {others.map((c, i) => (
                    <Tag key={`${i}-${c.label}`}>
                      {c.label} → {label(RELATION_LABELS, c.relation!, lang)} · {c.name}
                    </Tag>
                  ))}
                </Space>
              }
            />
          )}
        </Space>
      )}
    </div>
  );
}
