// /forms — 表单与台账: a department's own forms (define new ones here); communities, streets and the
// data office see the ledgers issued to their area. Each opens to coverage and the generated ledger.
import { Button, Card, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formsApi, hubApi } from '../../api/hubEndpoints.js';
import type { FormView } from '#common/api/hub.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { filterText } from '../../components/hub/formText.js';
import { hubLabel } from '../../components/hub/labels.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

export function FormsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const dept = me.role === 'department_officer';
  const forms = useApiQuery({ queryKey: keys.forms.of('list'), queryFn: ({ signal }) => formsApi.list(signal) });
  const elements = useApiQuery({ queryKey: keys.hub.of('elements'), queryFn: ({ signal }) => hubApi.elements(signal) });

  const columns: TableColumnsType<FormView> = [
    {
      key: 'title',
      title: t('hub.forms.formTitle'),
      width: 260,
      render: (_, f) => (
        <div className="cell-stack">
          <Link to={`/forms/${f.id}`} data-testid={`form-row-${f.id}`}>
            <Typography.Text strong className="link-text">
              {f.title}
            </Typography.Text>
            {f.isDemo && <Tag className="inline-tag">{t('common.demoTag')}</Tag>}
          </Link>
          <span className="muted small">{f.department.name}</span>
        </div>
      ),
    },
    {
      key: 'subject',
      title: t('hub.forms.subjectType'),
      width: 110,
      render: (_, f) => hubLabel(t, 'subjectTypes', f.subjectType),
    },
    {
      key: 'filter',
      title: t('hub.forms.filter'),
      width: 220,
      render: (_, f) => <span className="small">{filterText(t, f.filter, elements.data)}</span>,
    },
    {
      key: 'columns',
      title: t('hub.forms.columns'),
      render: (_, f) => (
        <span className="small">
          <strong>{t('hub.forms.columnCount', { n: f.columns.length })}</strong>
          {'：'}
          {f.columns.map((c) => c.label).join(t('common.enumSeparator'))}
        </span>
      ),
    },
    {
      key: 'admission',
      title: t('hub.forms.admission'),
      width: 230,
      render: (_, f) => (
        <div className="cell-stack">
          <span className="mono small">{f.admissionNumber ?? t('hub.forms.noAdmission')}</span>
          {f.issuable ? (
            <Tag color="success" className="hub-tag">
              {t('hub.forms.issuable')}
            </Tag>
          ) : (
            <Tooltip title={t('hub.forms.notIssuableHint')}>
              <Tag color="warning" className="hub-tag">
                {t('hub.forms.notIssuable')}
              </Tag>
            </Tooltip>
          )}
        </div>
      ),
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('hub.forms.title')}
        subtitle={dept ? t('hub.forms.introDept') : t('hub.forms.introOther')}
        testId="forms-title"
        extra={
          dept && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate('/forms/new')}
              data-testid="form-new"
            >
              {t('hub.forms.create')}
            </Button>
          )
        }
      />
      <Card>
        {forms.error ? (
          <ProblemAlert error={forms.error} onRetry={forms.reload} />
        ) : (
          <ResponsiveTable<FormView>
            rowKey="id"
            size="middle"
            data-testid="forms-list"
            loading={forms.loading}
            columns={columns}
            dataSource={forms.data ?? []}
            locale={{ emptyText: t('hub.forms.empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
          />
        )}
      </Card>
    </div>
  );
}
