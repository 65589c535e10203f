// Where work goes, limited to the admission's scope: all its communities, some of its streets, or
// chosen communities (picked one by one or a whole street at a time). Fields: targetType, streetCodes,
// communityCodes.
import { Alert, Form, Radio, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScopeType } from '#common/admission.js';
import type { Admission } from '#common/api/admission.js';
import { formatNumber } from '../../i18n/format.js';
import { useJurisdictionStreets, useStreetCommunities } from '../admission/useScopeOrgs.js';
import { ScopeSummary } from '../admission/ScopeSummary.js';

export interface TargetValues {
  targetType?: ScopeType;
  streetCodes?: string[];
  communityCodes?: string[];
}

interface Props {
  admission: Pick<Admission, 'scope' | 'jurisdiction' | 'communityCount'>;
  values: TargetValues;
  /** data-testid prefix: <prefix>-target-type-<type>, <prefix>-streets, <prefix>-communities. */
  testPrefix: string;
  /** Only the community picker (an inspection names its communities). */
  communitiesOnly?: boolean;
  /** The summary line for n communities (default: 将派往 n 个社区). */
  countText?: (n: number) => string;
  /** The label of the target choice (default: 派单对象). */
  typeLabel?: string;
}

export function TargetsFields({ admission, values, testPrefix, communitiesOnly, countText, typeLabel }: Props) {
  const { t } = useTranslation();
  const { scope } = admission;
  const streets = useJurisdictionStreets(admission.jurisdiction.code);
  const all = streets.data?.streets ?? [];
  const inScope = (street: string) =>
    scope.type === 'all' ||
    (scope.type === 'streets' ? scope.codes.includes(street) : scope.codes.some((c) => c.startsWith(street)));
  const scopeStreets = all.filter((s) => inScope(s.code));
  const type = communitiesOnly ? 'communities' : values.targetType;
  const communities = useStreetCommunities(
    scopeStreets.map((s) => s.code),
    type === 'communities',
  );
  const treeData = scopeStreets.map((s) => ({
    value: s.code,
    key: s.code,
    title: s.parentName ? `${s.parentName} ${s.name}` : s.name,
    children: (communities.data?.get(s.code) ?? [])
      .filter((c) => scope.type !== 'communities' || scope.codes.includes(c.code))
      .map((c) => ({ value: c.code, key: c.code, title: c.name })),
  }));
  const count =
    type === 'communities'
      ? (values.communityCodes?.length ?? 0)
      : type === 'streets'
        ? scopeStreets.filter((s) => values.streetCodes?.includes(s.code)).reduce((n, s) => n + s.communityCount, 0)
        : admission.communityCount;
  const typeOption = (v: ScopeType, label: string, disabled = false) => (
    <Radio.Button value={v} disabled={disabled}>
      <span data-testid={`${testPrefix}-target-type-${v}`}>{label}</span>
    </Radio.Button>
  );

  return (
    <>
      {!communitiesOnly && (
        <Form.Item name="targetType" label={typeLabel ?? t('dispatch.form.targetType')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid">
            {typeOption('all', t('dispatch.form.targetAll'))}
            {typeOption('streets', t('dispatch.form.targetStreets'), scope.type === 'communities')}
            {typeOption('communities', t('dispatch.form.targetCommunities'))}
          </Radio.Group>
        </Form.Item>
      )}
      {!communitiesOnly && scope.type === 'communities' && (
        <Alert type="info" showIcon className="section-alert" title={t('dispatch.form.streetsDisabled')} />
      )}
      {type === 'streets' && (
        <Form.Item
          name="streetCodes"
          label={t('dispatch.form.pickStreets')}
          rules={[{ type: 'array', min: 1, required: true, message: t('dispatch.form.pickRequired') }]}
        >
          <Select
            mode="multiple"
            data-testid={`${testPrefix}-streets`}
            loading={streets.loading}
            placeholder={t('dispatch.form.pickStreets')}
            showSearch={{ optionFilterProp: 'label' }}
            maxTagCount="responsive"
            options={scopeStreets.map((s) => ({
              value: s.code,
              label: s.parentName ? `${s.parentName} ${s.name}` : s.name,
              title: t('adm.scope.communityCount', { n: formatNumber(s.communityCount) }),
            }))}
          />
        </Form.Item>
      )}
      {type === 'communities' && (
        <Form.Item
          name="communityCodes"
          label={t('dispatch.form.pickCommunities')}
          rules={[{ type: 'array', min: 1, required: true, message: t('dispatch.form.pickRequired') }]}
        >
          <TreeSelect
            data-testid={`${testPrefix}-communities`}
            treeCheckable
            showCheckedStrategy={TreeSelect.SHOW_CHILD}
            treeData={treeData}
            loading={communities.loading}
            placeholder={t('dispatch.form.pickCommunities')}
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
        data-testid={`${testPrefix}-target-count`}
        title={countText ? countText(count) : t('dispatch.form.summary', { n: formatNumber(count) })}
        description={
          <span>
            {t('dispatch.form.scopeNote')}
            <ScopeSummary
              scope={scope}
              communityCount={admission.communityCount}
              jurisdictionName={admission.jurisdiction.name}
            />
          </span>
        }
      />
    </>
  );
}
