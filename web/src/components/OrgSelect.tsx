// A searchable select of orgs (name, pinyin initials or code) limited to some levels and to a
// jurisdiction; each option shows the org's path so that namesakes can be told apart.
import { useState } from 'react';
import { Select, Spin, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgLevel } from '#common/roles.js';
import { orgsApi } from '../api/endpoints.js';
import type { OrgSearchHit } from '#common/api/orgs.js';
import { keys, useApiQuery } from '../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { levelsPhrase } from '../i18n/format.js';
import { OrgHit } from '../pages/orgs/OrgHit.js';
import { useDebounced } from './useDebounced.js';

export interface OrgChoice {
  code: string;
  name: string;
  level: OrgLevel;
  pathNames: string[];
}

interface Props {
  value?: string;
  onChange?: (code: string | undefined, org: OrgChoice | undefined) => void;
  levels: readonly OrgLevel[];
  within?: string;
  status?: '' | 'error' | 'warning';
  disabled?: boolean;
  testId?: string;
}

async function searchLevels(q: string, levels: readonly OrgLevel[], within: string | undefined, signal: AbortSignal) {
  const pages = await Promise.all(levels.map((level) => orgsApi.search({ q, level, within, pageSize: 20 }, signal)));
  return pages.flatMap((p) => p.items);
}

export function OrgSelect({ value, onChange, levels, within, status, disabled, testId }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<OrgChoice | undefined>(undefined);
  const q = useDebounced(text.trim());
  const levelKey = levels.join(',');
  // An org chosen before (editing a user) shows with its path, looked up once.
  const known = value !== undefined && chosen?.code === value;
  const detail = useApiQuery({
    queryKey: keys.orgs.of('get', value),
    queryFn: value && !known ? ({ signal }) => orgsApi.get(value, signal) : skipToken,
  });
  const shown =
    known || !detail.data
      ? chosen
      : {
          code: detail.data.code,
          name: detail.data.name,
          level: detail.data.level,
          pathNames: detail.data.path.map((p) => p.name),
        };
  const { data, loading } = useApiQuery({
    queryKey: keys.orgs.of('searchLevels', q, levelKey, within),
    queryFn: q ? ({ signal }) => searchLevels(q, levels, within, signal) : skipToken,
  });

  const hits: OrgSearchHit[] = data ?? [];
  const toOption = (o: OrgChoice) => ({
    value: o.code,
    label: t('users.orgOption', { name: o.name, where: o.pathNames.slice(-2).join(' / ') || t(`levels.${o.level}`) }),
  });
  const byLevel = levels
    .map((level) => ({ level, items: hits.filter((h) => h.level === level) }))
    .filter((g) => g.items.length > 0);
  const selectedOption = shown && shown.code === value ? [toOption(shown)] : [];
  const options: SelectProps['options'] =
    q && byLevel.length > 1
      ? byLevel.map((g) => ({ label: t(`levels.${g.level}`), title: g.level, options: g.items.map(toOption) }))
      : q
        ? hits.map(toOption)
        : selectedOption;

  return (
    <Select
      data-testid={testId}
      value={value}
      status={status}
      disabled={disabled}
      allowClear
      placeholder={t('users.orgPlaceholder', { levels: levelsPhrase(t, levels) })}
      showSearch={{ filterOption: false, onSearch: setText }}
      options={options}
      optionRender={(option) => {
        const hit = hits.find((h) => h.code === option.value);
        return hit ? <OrgHit hit={hit} /> : option.label;
      }}
      notFoundContent={q ? loading ? <Spin size="small" /> : t('orgs.noResults') : null}
      onChange={(code: string | undefined) => {
        const hit = hits.find((h) => h.code === code);
        const next = hit ? { code: hit.code, name: hit.name, level: hit.level, pathNames: hit.pathNames } : undefined;
        setChosen(next);
        setText('');
        onChange?.(code, next);
      }}
    />
  );
}
