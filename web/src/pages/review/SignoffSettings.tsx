// 会签人数: how many different reviewers must sign an approval off in this jurisdiction (the reviewer who
// starts a review counts once, like any other). Kept by the jurisdiction's reviewers and admins.
import { useState } from 'react';
import { App, Button, Card, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { admissionsApi } from '../../api/endpoints.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';

export function SignoffSettings({ jurisdiction }: { jurisdiction: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const settings = useApiQuery({
    queryKey: keys.admissions.of('settings', jurisdiction),
    queryFn: ({ signal }) => admissionsApi.settings(jurisdiction, signal),
  });
  const current = settings.data?.signoffsRequired;
  const [value, setValue] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = value ?? current ?? 1;

  const save = async () => {
    setBusy(true);
    try {
      await admissionsApi.updateSettings(jurisdiction, { signoffsRequired: shown });
      setValue(null);
      void invalidate(keys.admissions);
      message.success(t('review.signoffs.saved', { n: shown }));
    } catch (err) {
      if (!isApiError(err)) throw err;
      message.error(err.problem.title);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" className="signoff-settings" data-testid="signoff-settings">
      <Space wrap size={12} align="center">
        <strong>{t('review.signoffs.label')}</strong>
        <InputNumber
          data-testid="signoff-settings-input"
          min={1}
          max={9}
          precision={0}
          value={shown}
          onChange={(v) => setValue(v)}
          suffix={t('review.signoffs.unit')}
          disabled={settings.loading}
        />
        <Button
          data-testid="signoff-settings-save"
          onClick={() => void save()}
          loading={busy}
          disabled={current === undefined || shown === current}
        >
          {t('common.save')}
        </Button>
        <Typography.Text type="secondary">
          {shown > 1 ? t('review.signoffs.hintMany', { n: shown }) : t('review.signoffs.hintOne')}
        </Typography.Text>
      </Space>
    </Card>
  );
}
