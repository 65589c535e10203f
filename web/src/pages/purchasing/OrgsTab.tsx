// The registry of social organisations of the caller's district (or city), with 登记社会组织 for those who
// may register one: the credit code is checked on the server (GB 32100-2015) and its error shown under it.
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, List, Select, Spin, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SocialOrgBody } from '#common/api/purchasing.js';
import { SERVICE_AREAS, SOCIAL_ORG_GRADES, SOCIAL_ORG_TYPES } from '#common/purchasing.js';
import { isApiError } from '../../api/client.js';
import { purchasingApi } from '../../api/purchasingEndpoints.js';
import { keys, useApiMutation, useApiQuery } from '../../api/queries.js';
import { useMe } from '../../api/session.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { LinkAccountModal } from './LinkAccountModal.js';
import { problemLine, useFieldErrors } from '../../components/forms/useFieldErrors.js';
import { OrgImportButton, OrgRecordLine } from './OrgImport.js';

const FIELDS = ['name', 'creditCode', 'type', 'registeredWith', 'jurisdictionCode', 'grade', 'gradedOn'] as const;
const REGISTRARS = ['street_officer', 'department_officer', 'data_steward', 'admin'];

export function OrgsTab() {
  const { t } = useTranslation();
  const me = useMe();
  const jurisdiction = me.orgCode.slice(0, 6);
  const [adding, setAdding] = useState(false);
  const [linking, setLinking] = useState<{ id: number; name: string } | null>(null);
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.purchasing.of('orgs', jurisdiction),
    queryFn: ({ signal }) => purchasingApi.orgs(jurisdiction, signal),
  });
  return (
    <div data-testid="social-orgs">
      {REGISTRARS.includes(me.role) && (
        <div className="actions-row">
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="org-new">
            {t('pur.registerOrg')}
          </Button>
          <OrgImportButton />
        </div>
      )}
      {error && <ProblemAlert error={error} onRetry={reload} />}
      {loading && !data && <Spin />}
      {data && (
        <List
          dataSource={data.items}
          locale={{ emptyText: <Empty description={t('pur.orgsEmpty')} /> }}
          renderItem={(o) => (
            <Card size="small" className="delib-topic">
              <Typography.Text strong>{o.name}</Typography.Text> {o.grade && <Tag color="gold">{o.grade}</Tag>}
              <div className="small">
                {t(`pur.types.${o.type}`)} · <span className="mono">{o.creditCode ?? '—'}</span>
              </div>
              <div className="muted small">
                {o.registeredWith} · {o.jurisdiction.name} · {o.serviceAreas.map((a) => t(`pur.areas.${a}`)).join('、')}
              </div>
              <div className="muted small">
                {o.contactName} {o.contactPhone} · {t('pur.contracts', { n: o.contracts })}
              </div>
              <OrgRecordLine record={o.record} />
              {REGISTRARS.includes(me.role) && (
                <Button size="small" type="link" onClick={() => setLinking(o)} data-testid={`org-link-${o.id}`}>
                  {t('pur.link.button')}
                </Button>
              )}
            </Card>
          )}
        />
      )}
      {adding && <OrgModal jurisdiction={me.orgCode} onClose={() => setAdding(false)} />}
      {linking && <LinkAccountModal org={linking} onClose={() => setLinking(null)} />}
    </div>
  );
}

function OrgModal({ jurisdiction, onClose }: { jurisdiction: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SocialOrgBody>();
  const show = useFieldErrors(form, FIELDS);
  const [error, setError] = useState<string | null>(null);
  const save = useApiMutation((b: SocialOrgBody) => purchasingApi.registerOrg(b), [keys.purchasing]);
  return (
    <FormModal<SocialOrgBody>
      form={form}
      title={t('pur.registerOrg')}
      okText={t('pur.registerOrg')}
      okTestId="org-submit"
      formTestId="org-form"
      error={error}
      busy={save.isPending}
      initialValues={{ type: 'social_service', jurisdictionCode: jurisdiction, serviceAreas: [] }}
      onClose={onClose}
      onFinish={(v) =>
        void save
          .mutateAsync({
            ...v,
            creditCode: v.creditCode?.trim() || undefined,
            grade: v.grade || undefined,
            gradedOn: v.gradedOn || undefined,
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
      <Form.Item name="name" label={t('pur.name')} rules={[{ required: true, message: t('pur.required') }]}>
        <Input maxLength={80} data-testid="org-name" />
      </Form.Item>
      <Form.Item name="type" label={t('pur.type')} rules={[{ required: true }]}>
        <Select options={SOCIAL_ORG_TYPES.map((v) => ({ value: v, label: t(`pur.types.${v}`) }))} />
      </Form.Item>
      <Form.Item name="creditCode" label={t('pur.creditCode')} extra={t('pur.creditCodeHint')}>
        <Input maxLength={40} className="mono" data-testid="org-credit" />
      </Form.Item>
      <Form.Item
        name="registeredWith"
        label={t('pur.registeredWith')}
        rules={[{ required: true, message: t('pur.required') }]}
      >
        <Input maxLength={80} data-testid="org-registered" />
      </Form.Item>
      <Form.Item name="jurisdictionCode" label={t('pur.jurisdiction')} rules={[{ required: true }]}>
        <Input maxLength={12} className="mono" />
      </Form.Item>
      <Form.Item name="grade" label={t('pur.grade')}>
        <Select allowClear options={SOCIAL_ORG_GRADES.map((g) => ({ value: g, label: g }))} />
      </Form.Item>
      <Form.Item name="gradedOn" label={t('pur.gradedOn')}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="serviceAreas" label={t('pur.serviceAreas')}>
        <Select mode="multiple" options={SERVICE_AREAS.map((a) => ({ value: a, label: t(`pur.areas.${a}`) }))} />
      </Form.Item>
      <Form.Item
        name="contactName"
        label={t('pur.contactName')}
        rules={[{ required: true, message: t('pur.required') }]}
      >
        <Input maxLength={40} data-testid="org-contact" />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label={t('pur.contactPhone')}
        rules={[{ required: true, message: t('pur.required') }]}
      >
        <Input maxLength={20} data-testid="org-phone" />
      </Form.Item>
    </FormModal>
  );
}
