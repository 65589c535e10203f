// Search box of the org browser: name, pinyin initials (jjjy) or a code prefix; a hit opens the org.
import { useState } from 'react';
import { AutoComplete, Input, Spin } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { orgsApi } from '../../api/endpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { useDebounced } from '../../components/useDebounced.js';
import { OrgHit } from './OrgHit.js';

export function OrgSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const { data, loading } = useApiQuery({
    queryKey: keys.orgs.of('search', q),
    queryFn: q ? ({ signal }) => orgsApi.search({ q, pageSize: 20 }, signal) : skipToken,
  });
  const options = q && data ? data.items.map((hit) => ({ value: hit.code, label: <OrgHit hit={hit} /> })) : [];

  return (
    <AutoComplete
      className="org-search"
      value={text}
      options={options}
      onChange={(v: string) => setText(v)}
      showSearch={{ filterOption: false }}
      onSelect={(code: string) => {
        setText('');
        void navigate(`/orgs/${code}`);
      }}
      notFoundContent={q ? loading ? <Spin size="small" /> : t('orgs.noResults') : null}
      popupMatchSelectWidth={380}
    >
      <Input
        prefix={<SearchOutlined />}
        allowClear
        placeholder={t('orgs.searchPlaceholder')}
        data-testid="org-search"
      />
    </AutoComplete>
  );
}
