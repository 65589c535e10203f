// The caps on inspections per community (per year, per month); the reviewer may change them.
import { useState } from 'react';
import { App, Button, Card, Form, InputNumber, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { inspectionsApi } from '../../api/dispatchEndpoints.js';
import type { Caps } from '#common/api/inspections.js';

interface Props {
  district: string;
  caps: Caps;
  editable: boolean;
  onSaved: () => void;
}

export function CapsCard({ district, caps, editable, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const save = async (v: Caps) => {
    setBusy(true);
    try {
      await inspectionsApi.setCaps(district, v);
      void message.success(t('insp.caps.saved'));
      setEditing(false);
      onSaved();
    } catch (err) {
      if (!isApiError(err)) throw err;
      void message.error(err.problem.title);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      size="small"
      title={t('insp.caps.title')}
      className="caps-card"
      data-testid="inspection-caps"
      data-per-year={caps.perYear}
      data-per-month={caps.perMonth}
      extra={
        editable &&
        !editing && (
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={() => setEditing(true)}
            data-testid="caps-edit"
          >
            {t('insp.caps.edit')}
          </Button>
        )
      }
    >
      {editing ? (
        <Form<Caps> layout="inline" initialValues={caps} onFinish={(v) => void save(v)}>
          <Form.Item name="perYear" label={t('insp.caps.perYear')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100} suffix={t('insp.caps.times')} data-testid="caps-year" />
          </Form.Item>
          <Form.Item name="perMonth" label={t('insp.caps.perMonth')} rules={[{ required: true }]}>
            <InputNumber min={1} max={31} suffix={t('insp.caps.times')} data-testid="caps-month" />
          </Form.Item>
          <Space>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="caps-save">
              {t('common.save')}
            </Button>
          </Space>
        </Form>
      ) : (
        <>
          <div className="caps-line">{t('insp.caps.line', { perYear: caps.perYear, perMonth: caps.perMonth })}</div>
          <Typography.Text type="secondary" className="small">
            {t('insp.caps.hint')}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}
