// /households/:id — 一次入户: the union of the facts every issued ledger still misses for this household
// and its members, on one screen; filled once, saved with the worker as the source, errors per field.
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError } from '../../api/client.js';
import { collectApi } from '../../api/hubEndpoints.js';
import type { CollectField } from '#common/api/hub.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

const fieldKey = (f: { subjectId: number; element: string }) => `${f.subjectId}-${f.element}`;

const PLACEHOLDER: Record<string, string> = { date: 'YYYY-MM-DD', integer: '0', decimal: '0.00' };

function FieldInput({ field, value, onChange }: { field: CollectField; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const testId = `collect-input-${fieldKey(field)}`;
  if (field.type === 'boolean')
    return (
      <Radio.Group
        value={value || undefined}
        onChange={(e) => onChange(String(e.target.value))}
        data-testid={testId}
        options={[
          { value: 'true', label: t('hub.yes') },
          { value: 'false', label: t('hub.no') },
        ]}
      />
    );
  if (field.options.length > 0)
    return (
      <Select
        allowClear
        className="hub-collect-select"
        data-testid={testId}
        value={value || undefined}
        placeholder={t('hub.collect.pick')}
        onChange={(v?: string) => onChange(v ?? '')}
        showSearch={{ optionFilterProp: 'label' }}
        options={field.options.map((o) => ({ value: o.code, label: o.name }))}
      />
    );
  return (
    <Input
      className="hub-collect-input"
      data-testid={testId}
      value={value}
      placeholder={PLACEHOLDER[field.type]}
      inputMode={field.type === 'integer' || field.type === 'decimal' ? 'decimal' : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function HouseholdPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const invalidate = useInvalidate();
  const sheet = useApiQuery({
    queryKey: keys.collect.of('sheet', id),
    queryFn: ({ signal }) => collectApi.sheet(id, signal),
  });
  const [values, setValues] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  if (sheet.error) return <ProblemAlert error={sheet.error} onRetry={sheet.reload} />;
  const s = sheet.data;
  if (!s) return <Card loading />;

  // Group the fields by the person (or the household) they are about, in the order the server gives.
  const groups = new Map<number, { name: string; fields: CollectField[] }>();
  for (const f of s.fields) {
    const g = groups.get(f.subjectId) ?? { name: f.subjectName, fields: [] };
    g.fields.push(f);
    groups.set(f.subjectId, g);
  }
  const relationOf = (subjectId: number) =>
    subjectId === s.household.id
      ? t('hub.subjectTypes.household')
      : s.members.find((m) => m.id === subjectId)?.relation;

  const save = async () => {
    const entries = s.fields
      .map((f) => ({ subjectId: f.subjectId, element: f.element, value: (values[fieldKey(f)] ?? '').trim() }))
      .filter((e) => e.value !== '');
    setFieldErrors({});
    setError(null);
    if (entries.length === 0) {
      void message.warning(t('hub.collect.nothing'));
      return;
    }
    setSaving(true);
    try {
      const r = await collectApi.save(id, entries);
      void message.success(t('hub.collect.saved', { n: r.saved }));
      setValues({});
      void invalidate(keys.collect, keys.hub, keys.forms);
    } catch (err) {
      if (isApiError(err) && err.problem.errors?.length) {
        // entries.<i>.value → the field of the i-th entry sent.
        const byField: Record<string, string> = {};
        for (const e of err.problem.errors) {
          const m = /^entries\.(\d+)\./.exec(e.field);
          const entry = m ? entries[Number(m[1])] : undefined;
          // The server words the message in the language the client asked for (Accept-Language).
          if (entry) byField[fieldKey(entry)] = e.message;
        }
        setFieldErrors(byField);
        if (Object.keys(byField).length === 0) setError(err);
      } else setError(err as ApiError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page">
      <PageHeader
        title={t('hub.collect.title', { name: s.household.name })}
        subtitle={t('hub.collect.intro')}
        testId="collect-title"
        extra={
          <Link to="/subjects">
            <Button icon={<ArrowLeftOutlined />}>{t('hub.collect.back')}</Button>
          </Link>
        }
      />
      <Card className="hub-card">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('hub.collect.household')}>
            <span className="mono">{s.household.key}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('hub.collect.members')}>
            <Space wrap size={4}>
              {s.members.map((m) => (
                <Tag key={m.id}>
                  {m.name}
                  {m.relation ? `（${m.relation}）` : ''}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        className="hub-card"
        title={t('hub.collect.missing', { n: s.fields.length })}
        data-testid="collect-sheet"
        data-count={s.fields.length}
      >
        {s.fields.length === 0 ? (
          <Empty description={t('hub.collect.none')} data-testid="collect-empty" />
        ) : (
          <Form layout="vertical" onFinish={() => void save()}>
            {[...groups.entries()].map(([subjectId, g]) => (
              <div key={subjectId} className="hub-collect-group">
                <Typography.Title level={5}>
                  {g.name}
                  {relationOf(subjectId) && <span className="muted small inline-tag">{relationOf(subjectId)}</span>}
                </Typography.Title>
                <div className="hub-collect-grid">
                  {g.fields.map((f) => {
                    const k = fieldKey(f);
                    return (
                      <Form.Item
                        key={k}
                        label={f.name}
                        data-testid={`collect-field-${k}`}
                        validateStatus={fieldErrors[k] ? 'error' : undefined}
                        help={
                          fieldErrors[k] ?? (
                            <span className="small muted">
                              {t('hub.collect.forms', { forms: f.forms.join(t('common.enumSeparator')) })}
                            </span>
                          )
                        }
                      >
                        <FieldInput
                          field={f}
                          value={values[k] ?? ''}
                          onChange={(v) => {
                            setValues((x) => ({ ...x, [k]: v }));
                            setFieldErrors((x) => ({ ...x, [k]: '' }));
                          }}
                        />
                      </Form.Item>
                    );
                  })}
                </div>
              </div>
            ))}
            {error && <ProblemAlert error={error} testId="collect-error" />}
            {Object.values(fieldErrors).some(Boolean) && (
              <Alert
                type="error"
                showIcon
                className="hub-gap"
                title={t('hub.collect.fixErrors')}
                data-testid="collect-field-errors"
              />
            )}
            <Button
              type="primary"
              htmlType="submit"
              icon={<SaveOutlined />}
              loading={saving}
              className="hub-gap"
              data-testid="collect-save"
            >
              {t('hub.collect.save')}
            </Button>
          </Form>
        )}
      </Card>
    </div>
  );
}
