// The vote: the worker opens it (options, close date, optionally those entitled), enters the paper tally
// and closes it; a resident of the community votes once; the tally is shown to all once it is closed.
import { useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TallyView, TopicView } from '#common/api/deliberation.js';
import { deliberationApi } from '../../api/deliberationEndpoints.js';
import { fraction } from './labels.js';
import { useTopicAction } from './useTopicAction.js';

function Tally({ tally }: { tally: TallyView }) {
  const { t } = useTranslation();
  return (
    <div data-testid="tally">
      <Space wrap>
        {tally.passed ? (
          <Tag color="green" data-testid="tally-outcome">
            {t('delib.topic.passed', { option: tally.options[tally.leading ?? 0]?.label })}
          </Tag>
        ) : (
          <Tag data-testid="tally-outcome">{t('delib.topic.notPassed')}</Tag>
        )}
        <span className="small">{t('delib.topic.turnout', { cast: tally.cast, eligible: tally.eligible })}</span>
        <span className="small">{tally.quorumMet ? t('delib.topic.quorumMet') : t('delib.topic.quorumNotMet')}</span>
      </Space>
      <Table
        size="small"
        pagination={false}
        rowKey="label"
        dataSource={tally.options}
        columns={[
          { title: t('delib.topic.option'), dataIndex: 'label' },
          { title: t('delib.topic.online'), dataIndex: 'online', align: 'right' },
          { title: t('delib.topic.paperShort'), dataIndex: 'paper', align: 'right' },
          { title: t('delib.topic.total'), dataIndex: 'total', align: 'right' },
        ]}
      />
    </div>
  );
}

function OpenVoteForm({ topic }: { topic: TopicView }) {
  const { t } = useTranslation();
  const { busy, run } = useTopicAction();
  const [form] = Form.useForm<{ options: string; closesOn: Dayjs; eligible?: number }>();
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="open-vote-form"
      initialValues={{ options: '同意\n不同意', closesOn: dayjs().add(7, 'day') }}
      onFinish={(v) =>
        void run(() =>
          deliberationApi.openVote(topic.id, {
            options: v.options
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
            closesOn: v.closesOn.format('YYYY-MM-DD'),
            ...(v.eligible ? { eligible: v.eligible } : {}),
          }),
        )
      }
    >
      <Form.Item
        name="options"
        label={t('delib.topic.options')}
        rules={[{ required: true, message: t('delib.topic.optionsRequired') }]}
      >
        <Input.TextArea rows={3} data-testid="vote-options" />
      </Form.Item>
      <Form.Item name="closesOn" label={t('delib.topic.closesOn')} rules={[{ required: true }]}>
        <DatePicker inputReadOnly data-testid="vote-closes" />
      </Form.Item>
      <Form.Item name="eligible" label={t('delib.topic.eligible')}>
        <InputNumber min={1} data-testid="vote-eligible" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="open-vote" block>
        {t('delib.topic.voteOpen')}
      </Button>
    </Form>
  );
}

export function VotePanel({ topic }: { topic: TopicView }) {
  const { t } = useTranslation();
  const { busy, run } = useTopicAction();
  const [choice, setChoice] = useState<number | null>(null);
  const [paper, setPaper] = useState<(number | null)[]>(topic.vote?.paper ?? []);
  const vote = topic.vote;
  const moderator = topic.viewer?.moderator ?? false;
  if (!vote) {
    if (moderator && ['tabled', 'deliberated'].includes(topic.status))
      return (
        <Card size="small" title={t('delib.topic.vote')}>
          <OpenVoteForm topic={topic} />
        </Card>
      );
    return null;
  }
  return (
    <Card size="small" title={t('delib.topic.vote')} data-testid="vote">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('delib.topic.closesOn')}>{vote.closesOn}</Descriptions.Item>
        <Descriptions.Item label={t('delib.topic.ruleLabel')}>
          {t('delib.topic.rule', { q: fraction(vote.rule.quorum), m: fraction(vote.rule.majority) })} ·{' '}
          {vote.unit === 'household' ? t('delib.voteHousehold') : t('delib.voteResident')} ·{' '}
          {vote.ballot === 'secret' ? t('delib.ballotSecret') : t('delib.ballotOpen')}
        </Descriptions.Item>
      </Descriptions>
      {vote.tally ? (
        <Tally tally={vote.tally} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" className="small" data-testid="cast-so-far">
            {t('delib.topic.castSoFar', { n: vote.castOnline })}
          </Typography.Paragraph>
          {topic.viewer?.member &&
            (topic.viewer.voted ? (
              <Tag color="green" data-testid="voted">
                {t('delib.topic.voted')}
              </Tag>
            ) : (
              <Space direction="vertical" className="delib-full">
                <Radio.Group
                  value={choice}
                  onChange={(e) => setChoice(e.target.value as number)}
                  data-testid="vote-choice"
                >
                  <Space direction="vertical">
                    {vote.options.map((o, i) => (
                      <Radio key={o} value={i} data-testid={`vote-option-${i}`}>
                        {o}
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
                <Button
                  type="primary"
                  block
                  disabled={choice === null}
                  loading={busy}
                  data-testid="cast-vote"
                  onClick={() => void run(() => deliberationApi.vote(topic.id, choice!))}
                >
                  {t('delib.topic.castButton')}
                </Button>
              </Space>
            ))}
          {moderator && (
            <Space direction="vertical" className="delib-full">
              <Typography.Text strong>{t('delib.topic.paper')}</Typography.Text>
              {vote.options.map((o, i) => (
                <Space key={o}>
                  <span>{o}</span>
                  <InputNumber
                    min={0}
                    value={paper[i] ?? null}
                    data-testid={`paper-${i}`}
                    onChange={(n) => setPaper((p) => vote.options.map((_, j) => (j === i ? n : (p[j] ?? null))))}
                  />
                </Space>
              ))}
              <Button
                loading={busy}
                data-testid="paper-save"
                onClick={() =>
                  void run(() =>
                    deliberationApi.paperTally(
                      topic.id,
                      vote.options.map((_, i) => paper[i] ?? 0),
                    ),
                  )
                }
              >
                {t('delib.topic.paperSave')}
              </Button>
              <Popconfirm
                title={t('delib.topic.closeConfirm')}
                onConfirm={() => void run(() => deliberationApi.closeVote(topic.id))}
              >
                <Button type="primary" danger block loading={busy} data-testid="close-vote">
                  {t('delib.topic.close')}
                </Button>
              </Popconfirm>
            </Space>
          )}
        </>
      )}
    </Card>
  );
}
