// start_consultation asks which communities (of the application's scope) and how many working days.
import { Button, Form, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Admission } from '#common/api/admission.js';
import type { OrgView } from '#common/api/orgs.js';
import { useJurisdictionStreets, useStreetCommunities } from '../../../../components/admission/useScopeOrgs.js';
import { useOrgNames } from '../../../../components/admission/useOrgNames.js';

export interface ConsultationValues {
  codes: string[];
  workingDays: number;
}

/** The communities an application reaches, with their streets' names. */
function useScopeCommunities(a: Admission): { value: string; label: string }[] {
  const all = a.scope.type === 'all';
  const streets = useJurisdictionStreets(a.jurisdiction.code);
  const streetCodes = all
    ? (streets.data?.streets.map((s) => s.code) ?? [])
    : a.scope.type === 'streets'
      ? a.scope.codes
      : [];
  const byStreet = useStreetCommunities(streetCodes, a.scope.type !== 'communities');
  const names = useOrgNames(a.scope.type === 'communities' ? a.scope.codes : [], 2000);
  if (a.scope.type === 'communities') return a.scope.codes.map((c) => ({ value: c, label: names.get(c) ?? c }));
  const streetName = new Map(streets.data?.streets.map((s) => [s.code, s.name]));
  return [...(byStreet.data ?? new Map<string, OrgView[]>()).entries()].flatMap(([street, list]) =>
    list.map((c) => ({ value: c.code, label: `${c.name}（${streetName.get(street) ?? street}）` })),
  );
}

export function ConsultationFields({ a, onPickAll }: { a: Admission; onPickAll: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const options = useScopeCommunities(a);
  return (
    <>
      <Form.Item
        label={t('adm.consult.communities')}
        extra={
          <Space size={4} wrap>
            <span>{t('adm.consult.communitiesHint', { n: options.length })}</span>
            <span>{t('adm.consult.communitiesDefault')}</span>
            <Button size="small" type="link" onClick={() => onPickAll(options.map((o) => o.value))}>
              {t('adm.scope.selectAll')}
            </Button>
          </Space>
        }
      >
        <Form.Item name="codes" noStyle>
          <Select
            mode="multiple"
            data-testid="consult-communities"
            options={options}
            loading={options.length === 0}
            showSearch={{ optionFilterProp: 'label' }}
            maxTagCount="responsive"
            placeholder={t('adm.consult.communitiesPlaceholder')}
          />
        </Form.Item>
      </Form.Item>
      <Form.Item name="workingDays" label={t('adm.consult.workingDays')} rules={[{ required: true }]}>
        <InputNumber data-testid="consult-days" min={1} max={30} suffix={t('adm.units.workingDays')} />
      </Form.Item>
    </>
  );
}
