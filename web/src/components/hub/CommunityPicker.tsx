// Which community a hub page shows: a community worker's own (fixed); a street officer picks one of its
// street's communities; departments and the data office search their area. The choice lives in ?community=.
import { Select, Tag } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { orgsApi } from '../../api/endpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { OrgSelect } from '../OrgSelect.js';

/** The community in the URL, or the worker's own. */
export function useCommunityParam(): [string | undefined, (code: string | undefined) => void] {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const own = me.role === 'community_worker' ? me.orgCode : undefined;
  const value = own ?? params.get('community') ?? undefined;
  const set = (code: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (code) next.set('community', code);
        else next.delete('community');
        return next;
      },
      { replace: true },
    );
  return [value, set];
}

interface Props {
  value: string | undefined;
  onChange: (code: string | undefined) => void;
  testId?: string;
}

export function CommunityPicker({ value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const street = me.role === 'street_officer';
  const children = useApiQuery({
    queryKey: keys.orgs.of('children', me.orgCode, 1, 100),
    queryFn: street ? ({ signal }) => orgsApi.children(me.orgCode, 1, 100, signal) : skipToken,
  });
  if (me.role === 'community_worker')
    return (
      <Tag color="blue" data-testid={testId}>
        {me.org.name}
      </Tag>
    );
  if (street)
    return (
      <Select
        data-testid={testId}
        className="hub-community-select"
        value={value}
        onChange={onChange}
        loading={children.loading}
        placeholder={t('hub.subjects.communityPlaceholder')}
        options={(children.data?.items ?? []).map((o) => ({ value: o.code, label: o.name }))}
      />
    );
  return (
    <div className="hub-community-select">
      <OrgSelect
        value={value}
        onChange={(code) => onChange(code)}
        levels={['community']}
        within={me.orgCode}
        testId={testId}
      />
    </div>
  );
}
