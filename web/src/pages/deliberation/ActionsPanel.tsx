// Follow-up of a decision: actions with owner and due date, their progress and whether they are overdue
// (by the app's clock on the server); the worker adds actions and reports progress.
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Form, Input, List, Space, Switch, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ActionView, TopicView } from '#common/api/deliberation.js';
import { deliberationApi } from '../../api/deliberationEndpoints.js';
import { useTopicAction } from './useTopicAction.js';

function ActionUpdate({ action }: { action: ActionView }) {
  const { t } = useTranslation();
  const { busy, run } = useTopicAction();
  const [progress, setProgress] = useState(action.progress);
  const [done, setDone] = useState(false);
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button size="small" type="link" onClick={() => setOpen(true)} data-testid="action-edit">
        {t('delib.topic.update')}
      </Button>
    );
  return (
    <Space direction="vertical" className="delib-full">
      <Input.TextArea
        value={progress}
        onChange={(e) => setProgress(e.target.value)}
        rows={2}
        maxLength={1000}
        data-testid="action-progress"
      />
      <Space>
        <Switch checked={done} onChange={setDone} data-testid="action-done" />
        <span>{t('delib.topic.markDone')}</span>
        <Button
          size="small"
          loading={busy}
          data-testid="action-update"
          onClick={() => void run(() => deliberationApi.updateAction(action.id, { progress: progress.trim(), done }))}
        >
          {t('delib.topic.update')}
        </Button>
      </Space>
    </Space>
  );
}

export function ActionsPanel({ topic }: { topic: TopicView }) {
  const { t } = useTranslation();
  const { busy, run } = useTopicAction();
  const [form] = Form.useForm<{ title: string; owner: string; dueOn: Dayjs }>();
  const moderator = topic.viewer?.moderator ?? false;
  if (!['decided', 'done'].includes(topic.status)) return null;
  return (
    <Card size="small" title={t('delib.topic.actions')} data-testid="actions">
      <List
        dataSource={topic.actions}
        locale={{ emptyText: <Empty description={t('delib.topic.noActions')} /> }}
        renderItem={(a) => (
          <List.Item data-testid={`action-${a.id}`}>
            <div className="delib-full">
              <Space wrap>
                <Typography.Text strong>{a.title}</Typography.Text>
                {a.status === 'done' ? (
                  <Tag color="green">{t('delib.topic.done')}</Tag>
                ) : a.overdue ? (
                  <Tag color="red">{t('delib.topic.overdue')}</Tag>
                ) : null}
              </Space>
              <div className="muted small">
                {t('delib.topic.owner')}：{a.owner} · {t('delib.topic.dueOn')}：{a.dueOn}
              </div>
              {a.progress && (
                <div className="small">
                  {t('delib.topic.progress')}：{a.progress}
                </div>
              )}
              {moderator && a.status === 'open' && <ActionUpdate action={a} />}
            </div>
          </List.Item>
        )}
      />
      {moderator && topic.status === 'decided' && (
        <Form
          form={form}
          layout="vertical"
          data-testid="action-form"
          onFinish={(v) =>
            void run(() =>
              deliberationApi.addAction(topic.id, {
                title: v.title.trim(),
                owner: v.owner.trim(),
                dueOn: v.dueOn.format('YYYY-MM-DD'),
              }),
            ).then((ok) => ok && form.resetFields())
          }
        >
          <Form.Item name="title" label={t('delib.topic.actionTitle')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} data-testid="action-title" />
          </Form.Item>
          <Form.Item name="owner" label={t('delib.topic.owner')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} data-testid="action-owner" />
          </Form.Item>
          <Form.Item name="dueOn" label={t('delib.topic.dueOn')} rules={[{ required: true }]}>
            <DatePicker inputReadOnly data-testid="action-due" />
          </Form.Item>
          <Button htmlType="submit" loading={busy} data-testid="action-add" block>
            {t('delib.topic.addAction')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
