// 下派范围: the whole jurisdiction, chosen streets, or chosen communities (by street), inside the
// applicant's district; with how many communities that is.
import { Alert, Button, Form, Radio, Select, Space, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScopeType } from '#common/admission.js';
import { useStreetCommunities, type JurisdictionStreets } from '../../../components/admission/useScopeOrgs.js';
import { formatNumber } from '../../../i18n/format.js';
import { FormSection } from './FormSection.js';
import type { FormValues } from './formValues.js';

interface Props {
  jurisdictionName: string;
  streets: JurisdictionStreets | undefined;
  scopeType: ScopeType | undefined;
  communityCount: number;
  setCodes: (patch: Pick<FormValues, 'streetCodes'>) => void;
}

export function ScopeSection({ jurisdictionName, streets, scopeType, communityCount, setCodes }: Props) {
  const { t } = useTranslation();
  const list = streets?.streets ?? [];
  const communities = useStreetCommunities(
    list.map((s) => s.code),
    scopeType === 'communities',
  );
  const treeData = list.map((s) => ({
    value: s.code,
    title: s.parentName ? `${s.parentName} ${s.name}` : s.name,
    key: s.code,
    children: (communities.data?.get(s.code) ?? []).map((c) => ({ value: c.code, title: c.name, key: c.code })),
  }));

  return (
    <FormSection id="scope" title={t('adm.form.sections.scope')}>
      <Form.Item name="scopeType" label={t('adm.fields.scopeType')} rules={[{ required: true }]}>
        <Radio.Group data-testid="adm-scope-type" optionType="button" buttonStyle="solid">
          <Radio.Button value="all">
            <span data-testid="adm-scope-all">{t('adm.scope.all', { name: jurisdictionName })}</span>
          </Radio.Button>
          <Radio.Button value="streets">
            <span data-testid="adm-scope-streets">{t('adm.scope.streets')}</span>
          </Radio.Button>
          <Radio.Button value="communities">
            <span data-testid="adm-scope-communities">{t('adm.scope.communities')}</span>
          </Radio.Button>
        </Radio.Group>
      </Form.Item>
      {scopeType === 'streets' && (
        <Form.Item
          label={t('adm.scope.pickStreets')}
          required
          extra={
            <Space size={4}>
              <Button size="small" type="link" onClick={() => setCodes({ streetCodes: list.map((s) => s.code) })}>
                {t('adm.scope.selectAll')}
              </Button>
              <Button size="small" type="link" onClick={() => setCodes({ streetCodes: [] })}>
                {t('adm.scope.clear')}
              </Button>
            </Space>
          }
        >
          <Form.Item
            name="streetCodes"
            noStyle
            rules={[{ type: 'array', min: 1, message: t('adm.scope.pickStreetsRequired') }]}
          >
            <Select
              mode="multiple"
              data-testid="adm-scope-street-picker"
              placeholder={t('adm.scope.pickStreets')}
              loading={!streets}
              showSearch={{ optionFilterProp: 'label' }}
              options={list.map((s) => ({
                value: s.code,
                label: s.parentName ? `${s.parentName} ${s.name}` : s.name,
                title: t('adm.scope.communityCount', { n: formatNumber(s.communityCount) }),
              }))}
              maxTagCount="responsive"
            />
          </Form.Item>
        </Form.Item>
      )}
      {scopeType === 'communities' && (
        <Form.Item
          name="communityCodes"
          label={t('adm.scope.pickCommunities')}
          rules={[{ type: 'array', min: 1, message: t('adm.scope.pickCommunitiesRequired') }]}
        >
          <TreeSelect
            data-testid="adm-scope-community-picker"
            treeCheckable
            showCheckedStrategy={TreeSelect.SHOW_CHILD}
            treeData={treeData}
            loading={communities.loading}
            placeholder={t('adm.scope.pickCommunities')}
            showSearch
            treeNodeFilterProp="title"
            maxTagCount="responsive"
            listHeight={320}
          />
        </Form.Item>
      )}
      <Alert
        type="info"
        showIcon
        className="scope-summary"
        data-testid="adm-scope-count"
        title={t('adm.scope.summary', { n: formatNumber(communityCount) })}
      />
    </FormSection>
  );
}
