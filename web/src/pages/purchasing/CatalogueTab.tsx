// 政府购买服务指导性目录 of the caller's jurisdiction (and those above it): what may be delivered by purchase,
// each item's matching 清单 item and what applications set aside for it; stewards, streets and
// departments add and withdraw items (the server checks the jurisdiction).
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, List, Select, Spin, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CatalogueItemBody } from '#common/api/purchasing-catalogue.js';
import { SERVICE_AREAS } from '#common/purchasing.js';
import { isApiError } from '../../api/client.js';
import { purchasingBApi } from '../../api/purchasingEndpoints.js';
import { keys, useApiMutation, useApiQuery } from '../../api/queries.js';
import { useMe } from '../../api/session.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { problemLine, useFieldErrors } from '../../components/forms/useFieldErrors.js';
import { formatYuan } from '../../i18n/format.js';

const KEEPERS = ['street_officer', 'department_officer', 'data_steward', 'admin'];
const FIELDS = ['name', 'description', 'serviceArea', 'catalogueCode'] as const;

export function CatalogueTab() {
  const { t } = useTranslation();
  const me = useMe();
  const [adding, setAdding] = useState(false);
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.purchasing.of('catalogue', me.orgCode),
    queryFn: ({ signal }) => purchasingBApi.catalogue(me.orgCode, signal),
  });
  const withdraw = useApiMutation((id: number) => purchasingBApi.withdrawItem(id), [keys.purchasing]);
  const keeps = (code: string) => KEEPERS.includes(me.role) && code.startsWith(me.orgCode);
  return (
    <div data-testid="purchase-catalogue">
      <Typography.Paragraph type="secondary">{t('purb.catalogueIntro')}</Typography.Paragraph>
      {KEEPERS.includes(me.role) && (
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="catalogue-add">
          {t('purb.addItem')}
        </Button>
      )}
      {error && <ProblemAlert error={error} onRetry={reload} />}
      {loading && !data && <Spin />}
      {data && (
        <List
          dataSource={data.items}
          locale={{ emptyText: <Empty description={t('purb.catalogueEmpty')} /> }}
          renderItem={(i) => (
            <Card size="small" className="delib-topic" data-testid={`catalogue-item-${i.id}`}>
              <Typography.Text strong>{i.name}</Typography.Text>{' '}
              <span className="muted small">
                {i.jurisdiction.name}
                {i.serviceArea && <> · {t(`pur.areas.${i.serviceArea}`)}</>}
              </span>
              {i.description && <div className="small">{i.description}</div>}
              {i.catalogueItem && (
                <div className="muted small">
                  {t('purb.linked', { code: i.catalogueItem.code, name: i.catalogueItem.name })}
                </div>
              )}
              <div className="muted small">
                {t('purb.itemUses', { n: i.admissions, budget: formatYuan(i.budgetYuan) })}
                {keeps(i.jurisdiction.code) && (
                  <Button
                    type="link"
                    size="small"
                    danger
                    loading={withdraw.isPending}
                    onClick={() => void withdraw.mutateAsync(i.id)}
                  >
                    {t('purb.withdraw')}
                  </Button>
                )}
              </div>
            </Card>
          )}
        />
      )}
      {adding && <ItemModal jurisdiction={me.orgCode} onClose={() => setAdding(false)} />}
    </div>
  );
}

function ItemModal({ jurisdiction, onClose }: { jurisdiction: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CatalogueItemBody>();
  const show = useFieldErrors(form, FIELDS);
  const [error, setError] = useState<string | null>(null);
  const save = useApiMutation((b: CatalogueItemBody) => purchasingBApi.addItem(b), [keys.purchasing]);
  return (
    <FormModal<CatalogueItemBody>
      form={form}
      title={t('purb.addItem')}
      okText={t('purb.addItem')}
      okTestId="catalogue-submit"
      formTestId="catalogue-form"
      error={error}
      busy={save.isPending}
      initialValues={{ jurisdictionCode: jurisdiction }}
      onClose={onClose}
      onFinish={(v) =>
        void save
          .mutateAsync({
            ...v,
            jurisdictionCode: jurisdiction,
            catalogueCode: v.catalogueCode?.trim() || null,
            serviceArea: v.serviceArea ?? null,
          })
          .then(() => {
            void message.success(t('pur.saved'));
            onClose();
          })
          .catch((e: unknown) => {
            if (isApiError(e)) {
              const rest = show(e);
              setError(rest.length || !e.problem.errors?.length ? problemLine(e, '；') : null);
            }
          })
      }
    >
      <Form.Item name="name" label={t('purb.itemName')} rules={[{ required: true, message: t('pur.required') }]}>
        <Input maxLength={80} data-testid="catalogue-name" />
      </Form.Item>
      <Form.Item name="serviceArea" label={t('purb.serviceArea')}>
        <Select allowClear options={SERVICE_AREAS.map((a) => ({ value: a, label: t(`pur.areas.${a}`) }))} />
      </Form.Item>
      <Form.Item name="description" label={t('purb.itemDescription')}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
      <Form.Item name="catalogueCode" label={t('purb.catalogueCode')}>
        <Input maxLength={40} className="mono" />
      </Form.Item>
    </FormModal>
  );
}
