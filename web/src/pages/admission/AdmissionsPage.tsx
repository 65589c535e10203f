// /admissions — the department's applications: search, status filter, paging; new application.
import { useState } from 'react';
import { Button, Card, Input, Select, Space } from 'antd';
import { EditOutlined, EyeOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ADMISSION_STATUSES, type AdmissionStatus } from '#common/admission.js';
import type { AdmissionQuery } from '#common/api/admission.js';
import { admissionsApi } from '../../api/endpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useDebounced } from '../../components/useDebounced.js';
import { useLabels } from '../../i18n/labels.js';
import { AdmissionsTable } from './AdmissionsTable.js';

const EDITABLE: readonly AdmissionStatus[] = ['draft', 'returned'];

export function AdmissionsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useMe();
  const navigate = useNavigate();
  const [query, setQuery] = useState<AdmissionQuery>({ page: 1, pageSize: 20 });
  const [text, setText] = useState('');
  const typed = useDebounced(text.trim(), 300);
  // The search follows the typing once it pauses (state that follows a value: updated during render).
  const [searched, setSearched] = useState(typed);
  if (searched !== typed) {
    setSearched(typed);
    setQuery((q) => ((q.q ?? '') === typed ? q : { ...q, q: typed || undefined, page: 1 }));
  }
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.admissions.of('list', JSON.stringify(query)),
    queryFn: ({ signal }) => admissionsApi.list(query, signal),
  });

  return (
    <div className="page">
      <PageHeader
        title={t('adm.list.title')}
        subtitle={t('adm.list.intro', { dept: me.departmentName ?? me.org.name })}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/admissions/new')}
            data-testid="adm-new"
          >
            {t('adm.list.create')}
          </Button>
        }
      />
      <Card>
        <Space wrap size={12} className="table-filters">
          <Input
            data-testid="adm-search"
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('adm.list.searchPlaceholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            className="filter-search"
          />
          <Select<AdmissionStatus>
            data-testid="adm-status-filter"
            allowClear
            placeholder={t('adm.list.allStatuses')}
            value={query.status?.[0]}
            onChange={(s) => setQuery((q) => ({ ...q, status: s ? [s] : undefined, page: 1 }))}
            options={ADMISSION_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))}
            className="filter-select"
          />
        </Space>
        {error ? (
          <ProblemAlert error={error} onRetry={reload} />
        ) : (
          <AdmissionsTable
            testId="adm-table"
            data={data}
            loading={loading}
            page={query.page ?? 1}
            pageSize={query.pageSize ?? 20}
            onPage={(page, pageSize) => setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize }))}
            actions={(a) => (
              <Space size={0} className="row-actions">
                <Link to={`/admissions/${a.id}`}>
                  <Button type="link" size="small" icon={<EyeOutlined />}>
                    {t('common.view')}
                  </Button>
                </Link>
                {EDITABLE.includes(a.status) && (
                  <Link to={`/admissions/${a.id}/edit`}>
                    <Button type="link" size="small" icon={<EditOutlined />} data-testid={`adm-edit-${a.id}`}>
                      {t('common.edit')}
                    </Button>
                  </Link>
                )}
              </Space>
            )}
          />
        )}
      </Card>
    </div>
  );
}
