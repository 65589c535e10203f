// The community's worker publishes a new version of the rules of procedure: the threshold (households or a
// percent of them), how supports and votes count, the ballot, and a note saying what changed. The quorum
// and majority (and the stricter category rules) carry over from the version in force.
import { useState } from 'react';
import { Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RulesDocView, RulesView } from '#common/api/deliberation.js';
import { isApiError } from '../../api/client.js';
import { deliberationApi } from '../../api/deliberationEndpoints.js';
import { FormModal } from '../../components/forms/FormModal.js';

interface Values {
  kind: RulesDocView['supportThreshold']['kind'];
  value: number;
  supportUnit: RulesDocView['supportUnit'];
  voteUnit: RulesDocView['voteUnit'];
  ballot: RulesDocView['ballot'];
  note: string;
}

export function RulesModal({
  current,
  onClose,
  onDone,
}: {
  current: RulesView;
  onClose: () => void;
  onDone: (r: RulesView) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const d = current.doc;
  const unitOptions = [
    { value: 'household', label: t('delib.docs.perHousehold') },
    { value: 'resident', label: t('delib.docs.perResident') },
  ];
  const run = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      onDone(
        await deliberationApi.adoptRules(current.communityCode, {
          doc: {
            ...d,
            supportThreshold: { kind: v.kind, value: v.value },
            supportUnit: v.supportUnit,
            voteUnit: v.voteUnit,
            ballot: v.ballot,
          },
          note: v.note.trim(),
        }),
      );
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      setError(err.problem.title);
    }
  };
  return (
    <FormModal<Values>
      form={form}
      title={t('delib.docs.rulesForm.title')}
      hint={t('delib.docs.rulesForm.hint')}
      okText={t('delib.docs.publish')}
      okTestId="rules-submit"
      formTestId="rules-form"
      error={error}
      busy={busy}
      initialValues={{
        kind: d.supportThreshold.kind,
        value: d.supportThreshold.value,
        supportUnit: d.supportUnit,
        voteUnit: d.voteUnit,
        ballot: d.ballot,
      }}
      onClose={onClose}
      onFinish={(v) => void run(v)}
    >
      <Form.Item name="kind" label={t('delib.docs.rulesForm.kind')}>
        <Radio.Group
          data-testid="rules-kind"
          options={[
            { value: 'households', label: t('delib.docs.rulesForm.kindHouseholds') },
            { value: 'percent', label: t('delib.docs.rulesForm.kindPercent') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="value"
        label={t('delib.docs.rulesForm.value')}
        rules={[{ required: true, message: t('delib.docs.rulesForm.valueRequired') }]}
      >
        <InputNumber data-testid="rules-value" min={1} max={100000} precision={0} />
      </Form.Item>
      <Form.Item name="supportUnit" label={t('delib.docs.rulesForm.supportUnit')}>
        <Radio.Group options={unitOptions} />
      </Form.Item>
      <Form.Item name="voteUnit" label={t('delib.docs.rulesForm.voteUnit')}>
        <Radio.Group options={unitOptions} />
      </Form.Item>
      <Form.Item name="ballot" label={t('delib.docs.rulesForm.ballot')}>
        <Radio.Group
          options={[
            { value: 'secret', label: t('delib.ballotSecret') },
            { value: 'open', label: t('delib.ballotOpen') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('delib.docs.rulesForm.note')}
        rules={[{ required: true, whitespace: true, message: t('delib.docs.rulesForm.noteRequired') }]}
      >
        <Input.TextArea data-testid="rules-note" rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
