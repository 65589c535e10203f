// /forms/:id — one form: for a chosen community its coverage (which columns the hub fills, the share
// of cells known) and the generated ledger, with XLSX export of the community or (the department) of
// every community at once.
import { Alert, Button, Card, Descriptions, Space, Tabs, Tag } from 'antd';
import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formsApi, hubApi } from '../../api/hubEndpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { CommunityPicker, useCommunityParam } from '../../components/hub/CommunityPicker.js';
import { CoverageCard } from '../../components/hub/CoverageCard.js';
import { LedgerTable } from '../../components/hub/LedgerTable.js';
import { filterText } from '../../components/hub/formText.js';
import { hubLabel } from '../../components/hub/labels.js';

export function FormDetailPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'ledger' ? 'ledger' : 'coverage';
  const [community, setCommunity] = useCommunityParam();
  const forms = useApiQuery({ queryKey: keys.forms.of('list'), queryFn: ({ signal }) => formsApi.list(signal) });
  const elements = useApiQuery({ queryKey: keys.hub.of('elements'), queryFn: ({ signal }) => hubApi.elements(signal) });
  const form = forms.data?.find((f) => f.id === id);
  const coverage = useApiQuery({
    queryKey: keys.forms.of('coverage', id, community),
    queryFn: community && tab === 'coverage' ? ({ signal }) => formsApi.coverage(id, community, signal) : skipToken,
  });
  const ledger = useApiQuery({
    queryKey: keys.forms.of('ledger', id, community, tab),
    queryFn: community && tab === 'ledger' ? ({ signal }) => formsApi.ledger(id, community, signal) : skipToken,
  });
  const own = me.role === 'department_officer' && form?.department.code === me.departmentCode;

  if (forms.error) return <ProblemAlert error={forms.error} onRetry={forms.reload} />;
  if (!forms.data) return <Card loading />;
  if (!form) return <Alert type="warning" showIcon title={t('errors.notFoundTitle')} />;

  const setTab = (k: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('tab', k);
        return next;
      },
      { replace: true },
    );

  return (
    <div className="page">
      <PageHeader
        title={form.title}
        subtitle={form.department.name}
        testId="form-detail-title"
        extra={
          <Space>
            {own && (
              <Button
                icon={<EditOutlined />}
                onClick={() => void navigate(`/forms/${id}/edit`)}
                data-testid="form-edit-button"
              >
                {t('common.edit')}
              </Button>
            )}
            {community && (
              <Button
                icon={<DownloadOutlined />}
                href={formsApi.ledgerXlsxUrl(id, community)}
                data-testid="ledger-export"
              >
                {t('hub.formDetail.exportCommunity')}
              </Button>
            )}
            {own && (
              <Button
                type="primary"
                icon={<DownloadOutlined />}
                href={formsApi.ledgerXlsxUrl(id)}
                data-testid="ledger-export-all"
              >
                {t('hub.formDetail.exportAll')}
              </Button>
            )}
          </Space>
        }
      />
      <Card className="hub-card">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('hub.forms.admission')}>
            <span className="mono">{form.admissionNumber ?? t('hub.forms.noAdmission')}</span>
            <Tag color={form.issuable ? 'success' : 'warning'} className="inline-tag" data-testid="form-issuable">
              {form.issuable ? t('hub.forms.issuable') : t('hub.forms.notIssuable')}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('hub.forms.subjectType')}>
            {hubLabel(t, 'subjectTypes', form.subjectType)}
          </Descriptions.Item>
          <Descriptions.Item label={t('hub.forms.filter')}>
            {filterText(t, form.filter, elements.data)}
          </Descriptions.Item>
        </Descriptions>
        {!form.issuable && <Alert type="warning" showIcon title={t('hub.forms.notIssuableHint')} />}
      </Card>
      <Card>
        <Space wrap className="hub-filters">
          <span>{t('hub.formDetail.community')}</span>
          <CommunityPicker value={community} onChange={setCommunity} testId="form-community" />
        </Space>
        {!community ? (
          <Alert type="info" showIcon title={t('hub.formDetail.pickCommunity')} />
        ) : (
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'coverage',
                label: <span data-testid="form-tab-coverage">{t('hub.formDetail.coverage')}</span>,
                children: coverage.error ? (
                  <ProblemAlert error={coverage.error} onRetry={coverage.reload} />
                ) : coverage.data ? (
                  <CoverageCard data={coverage.data} />
                ) : (
                  <Card loading variant="borderless" />
                ),
              },
              {
                key: 'ledger',
                label: <span data-testid="form-tab-ledger">{t('hub.formDetail.ledger')}</span>,
                children: ledger.error ? (
                  <ProblemAlert error={ledger.error} onRetry={ledger.reload} />
                ) : ledger.data ? (
                  <LedgerTable data={ledger.data} />
                ) : (
                  <Card loading variant="borderless" />
                ),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
