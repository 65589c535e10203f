// The worker records a 议事会: date, place (or online), the agenda from the topics on it, participants by
// type, the minutes and the opinions heard.
import { useState } from 'react';
import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_TYPES, type ParticipantType } from '#common/deliberation.js';
import type { TopicSummary } from '#common/api/deliberation.js';
import { isApiError } from '../../api/client.js';
import { deliberationApi } from '../../api/deliberationEndpoints.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { useFieldErrors, type FieldMap } from '../../components/forms/useFieldErrors.js';

interface Values {
  heldOn: Dayjs;
  place: string;
  online: boolean;
  topicIds: number[];
  minutes: string;
  opinions: string;
  counts: Partial<Record<ParticipantType, number>>;
}

const FIELDS: FieldMap<Values> = {
  heldOn: 'heldOn',
  place: 'place',
  online: 'online',
  topicIds: 'topicIds',
  minutes: 'minutes',
  opinions: 'opinions',
  participants: 'counts',
};

export function MeetingModal({
  community,
  topics,
  onClose,
  onDone,
}: {
  community: string;
  topics: TopicSummary[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const fieldErrors = useFieldErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await deliberationApi.recordMeeting(community, {
        heldOn: v.heldOn.format('YYYY-MM-DD'),
        place: v.place.trim(),
        online: v.online ?? false,
        topicIds: v.topicIds,
        participants: PARTICIPANT_TYPES.filter((p) => (v.counts?.[p] ?? 0) > 0).map((p) => ({
          type: p,
          count: v.counts[p] ?? 0,
          names: '',
        })),
        minutes: v.minutes.trim(),
        opinions: (v.opinions ?? '').trim(),
      });
      onDone();
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      fieldErrors(err);
      setError(err.problem.title);
    }
  };
  return (
    <FormModal<Values>
      form={form}
      title={t('delib.meeting.title')}
      okText={t('delib.meeting.save')}
      okTestId="meeting-submit"
      formTestId="meeting-form"
      error={error}
      busy={busy}
      initialValues={{ heldOn: dayjs(), online: false }}
      onClose={onClose}
      onFinish={(v) => void run(v)}
    >
      <Form.Item name="heldOn" label={t('delib.meeting.heldOn')} rules={[{ required: true }]}>
        <DatePicker data-testid="meeting-date" inputReadOnly />
      </Form.Item>
      <Form.Item name="place" label={t('delib.meeting.place')} rules={[{ required: true, whitespace: true }]}>
        <Input data-testid="meeting-place" maxLength={200} />
      </Form.Item>
      <Form.Item name="online" label={t('delib.meeting.online')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        name="topicIds"
        label={t('delib.meeting.topics')}
        rules={[{ required: true, message: t('delib.meeting.topicsRequired') }]}
      >
        <Select
          mode="multiple"
          data-testid="meeting-topics"
          options={topics.map((x) => ({ value: x.id, label: x.title }))}
        />
      </Form.Item>
      <Form.Item label={t('delib.meeting.participants')}>
        <div className="delib-participants">
          {PARTICIPANT_TYPES.map((p) => (
            <Form.Item key={p} name={['counts', p]} label={t(`delib.participants.${p}`)} className="delib-participant">
              <InputNumber min={0} max={1000} data-testid={`meeting-count-${p}`} />
            </Form.Item>
          ))}
        </div>
      </Form.Item>
      <Form.Item
        name="minutes"
        label={t('delib.meeting.minutes')}
        rules={[{ required: true, whitespace: true, message: t('delib.meeting.minutesRequired') }]}
      >
        <Input.TextArea data-testid="meeting-minutes" rows={4} maxLength={10000} />
      </Form.Item>
      <Form.Item name="opinions" label={t('delib.meeting.opinions')}>
        <Input.TextArea data-testid="meeting-opinions" rows={3} maxLength={10000} />
      </Form.Item>
    </FormModal>
  );
}
