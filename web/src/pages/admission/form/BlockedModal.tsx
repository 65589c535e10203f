// A submission the pre-checks block (409 precheck_blocked): what blocks it, and — when the only block
// is the negative list — the way to ask the burden-reduction office to review it (request_override).
import { useState } from 'react';
import { Alert, App, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.js';
import type { PrecheckResult } from '#common/api/admission.js';
import { admissionsApi } from '../../../api/endpoints.js';
import { CheckRow } from '../../../components/admission/PrecheckPanel.js';

interface Props {
  admissionId: number;
  checks: PrecheckResult[];
  onClose: () => void;
  onOverrideRequested: () => void;
}

export function BlockedModal({ admissionId, checks, onClose, onOverrideRequested }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const negative = checks.some((c) => c.rule === 'negative_list');
  const negativeOnly = negative && checks.every((c) => c.rule === 'negative_list');

  const request = async () => {
    setBusy(true);
    setError(null);
    try {
      await admissionsApi.act(admissionId, { action: 'request_override', reason: reason.trim() });
      void message.success(t('adm.blocked.overrideRequested'));
      onOverrideRequested();
    } catch (err) {
      if (!isApiError(err)) throw err;
      setError(err.problem.errors?.[0]?.message ?? err.problem.title);
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={640}
      title={t('adm.blocked.title')}
      onCancel={onClose}
      okText={negativeOnly ? t('adm.blocked.requestOverride') : t('adm.blocked.fix')}
      cancelText={t('common.close')}
      onOk={() => (negativeOnly ? void request() : onClose())}
      okButtonProps={{
        disabled: negativeOnly && !reason.trim(),
        loading: busy,
        danger: negativeOnly,
        'data-testid': negativeOnly ? 'adm-request-override' : 'adm-blocked-close',
      }}
    >
      <div data-testid="adm-blocked">
        <Alert type="error" showIcon className="modal-alert" title={t('adm.blocked.intro', { n: checks.length })} />
        {checks.map((c) => (
          <CheckRow key={c.rule} check={c} />
        ))}
        {negativeOnly && (
          <div className="override-form">
            <Typography.Paragraph>{t('adm.blocked.overrideIntro')}</Typography.Paragraph>
            <Input.TextArea
              data-testid="action-reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              autoSize={{ minRows: 3, maxRows: 6 }}
              maxLength={2000}
              placeholder={t('adm.blocked.overridePlaceholder')}
            />
          </div>
        )}
        {negative && !negativeOnly && <Alert type="info" showIcon title={t('adm.blocked.fixOthersFirst')} />}
        {error && <Alert type="error" showIcon className="modal-alert-bottom" title={error} />}
      </div>
    </Modal>
  );
}
