// Where the work goes: the whole jurisdiction, named streets or named communities, with the count.
import { useTranslation } from 'react-i18next';
import type { Scope } from '#common/api/admission.js';
import { formatNumber } from '../../i18n/format.js';
import { useOrgNames } from './useOrgNames.js';

interface Props {
  scope: Scope;
  communityCount: number;
  jurisdictionName: string;
  /** How many names to spell out before "等". */
  max?: number;
}

export function ScopeSummary({ scope, communityCount, jurisdictionName, max = 8 }: Props) {
  const { t } = useTranslation();
  const names = useOrgNames(scope.type === 'all' ? [] : scope.codes, max);
  const count = t('adm.scope.communityCount', { n: formatNumber(communityCount) });
  if (scope.type === 'all') return <span>{t('adm.scope.allOf', { name: jurisdictionName, count })}</span>;
  const shown = scope.codes.slice(0, max).map((c) => names.get(c) ?? c);
  const list = shown.join(t('common.enumSeparator'));
  const more = scope.codes.length > max ? t('adm.scope.andMore', { n: scope.codes.length }) : '';
  const key = scope.type === 'streets' ? 'adm.scope.streetsList' : 'adm.scope.communitiesList';
  return <span>{t(key, { list: `${list}${more}`, count })}</span>;
}
