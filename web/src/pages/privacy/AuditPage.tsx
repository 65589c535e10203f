// /privacy/audit — 审计记录: every read of personal data and every refused attempt, searchable by user,
// action, outcome, date and subject; 校验哈希链 walks the whole chain and names the first broken entry.
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Input, InputNumber, Select, Space, Table, Tag, Tooltip } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { privacyApi, type AuditEntry, type AuditQuery, type AuditVerify } from '../../api/privacyEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDateTime } from '../../i18n/format.js';

/** The actions routes record (server: `config.audit` and `audit.record`). */
const ACTIONS = [
  'subjects.list',
  'subjects.detail',
  'subjects.unmask',
  'ledger.json',
  'ledger.xlsx',
  'collect.sheet',
  'import.errors',
  'import.errors.xlsx',
  'corrections.list',
  'me.data',
  'me.export',
  'dataset.withdraw',
  'attest',
  'certificate_requests.read',
  'certificate.pdf',
];

type Filters = Omit<AuditQuery, 'page' | 'pageSize'>;

export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [verify, setVerify] = useState<AuditVerify | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [verifyError, setVerifyError] = useState<string | null>(null);
  const list = useApiQuery({
    queryKey: keys.privacy.of('audit', JSON.stringify(filters), paging.page, paging.pageSize),
    queryFn: ({ signal }) => privacyApi.audit({ ...filters, ...paging }, signal),
  });
  const set = (f: Partial<Filters>) => {
    setFilters((old) => ({ ...old, ...f }));
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const actionLabel = (a: string) => t(`privacy.audit.actions.${a.replace(/\./g, '_')}`, { defaultValue: a });

  const runVerify = async () => {
    setVerifying(true);
    setVerifyError(null);
    try {
      setVerify(await privacyApi.verifyAudit());
    } catch (err) {
      setVerifyError(isApiError(err) ? err.problem.title : String(err));
    } finally {
      setVerifying(false);
    }
  };

  const columns = [
    { title: t('privacy.audit.id'), dataIndex: 'id', key: 'id', width: 80 },
    {
      title: t('privacy.audit.at'),
      key: 'at',
      width: 160,
      render: (_: unknown, e: AuditEntry) => formatDateTime(e.at),
    },
    {
      title: t('privacy.audit.who'),
      key: 'who',
      width: 210,
      render: (_: unknown, e: AuditEntry) => (
        <div className="cell-stack">
          <span>{e.username || '—'}</span>
          <span className="small muted">
            {t(`roles.${e.role}`, { defaultValue: e.role })} · {e.departmentCode ?? e.orgCode}
          </span>
        </div>
      ),
    },
    {
      title: t('privacy.audit.action'),
      key: 'action',
      width: 140,
      render: (_: unknown, e: AuditEntry) => actionLabel(e.action),
    },
    {
      title: t('privacy.audit.outcome'),
      key: 'outcome',
      width: 90,
      render: (_: unknown, e: AuditEntry) =>
        e.outcome === 'allowed' ? (
          <Tag color="blue">{t('privacy.audit.allowed')}</Tag>
        ) : (
          <Tag color="red">{t('privacy.audit.denied')}</Tag>
        ),
    },
    {
      title: t('privacy.audit.subjects'),
      key: 'subjects',
      width: 110,
      render: (_: unknown, e: AuditEntry) =>
        e.subjectIds.length > 0 && e.subjectIds.length <= 3 ? (
          <span className="small">{e.subjectIds.map((id) => `#${id}`).join(' ')}</span>
        ) : (
          t('privacy.audit.subjectCount', { n: e.subjectCount })
        ),
    },
    {
      title: t('privacy.audit.purpose'),
      key: 'purpose',
      render: (_: unknown, e: AuditEntry) => (
        <div className="cell-stack">
          <span>{e.purpose || '—'}</span>
          {e.admissionNumber && <span className="small muted">{e.admissionNumber}</span>}
        </div>
      ),
    },
    {
      title: t('privacy.audit.hash'),
      key: 'hash',
      width: 110,
      render: (_: unknown, e: AuditEntry) => (
        <Tooltip title={e.fileSha256 ? `${e.hash} · ${t('privacy.audit.file')} ${e.fileSha256}` : e.hash}>
          <code className="small">{e.hash.slice(0, 10)}</code>
        </Tooltip>
      ),
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('privacy.audit.title')}
        subtitle={t('privacy.audit.intro')}
        extra={
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verifying}
            onClick={() => void runVerify()}
            data-testid="audit-verify"
          >
            {t('privacy.audit.verify')}
          </Button>
        }
      />
      {verify && (
        <Alert
          className="hub-gap"
          showIcon
          closable
          onClose={() => setVerify(null)}
          type={verify.ok ? 'success' : 'error'}
          data-testid="audit-verify-result"
          title={
            verify.ok
              ? t('privacy.audit.intact', { n: verify.entries, checkpoints: verify.checkpoints })
              : verify.brokenAt !== null
                ? t('privacy.audit.brokenAt', {
                    id: verify.brokenAt,
                    reason: t(`privacy.audit.reasons.${verify.reason}`),
                  })
                : t('privacy.audit.brokenHead', { reason: t(`privacy.audit.reasons.${verify.reason}`) })
          }
          description={
            verify.ok
              ? undefined
              : t('privacy.audit.ranges', {
                  list: verify.breaks
                    .map((b) =>
                      t('privacy.audit.range', {
                        from: b.from,
                        to: b.to ?? '…',
                        reason: t(`privacy.audit.reasons.${b.reason}`),
                      }),
                    )
                    .join('；'),
                })
          }
        />
      )}
      {verifyError && <Alert className="hub-gap" type="error" showIcon title={verifyError} />}
      <Card>
        <Space wrap className="hub-gap-bottom">
          <Input.Search
            allowClear
            placeholder={t('privacy.audit.userPlaceholder')}
            onSearch={(v) => set({ username: v.trim() || undefined })}
            data-testid="audit-user"
            style={{ width: 200 }}
          />
          <Select
            allowClear
            placeholder={t('privacy.audit.actionPlaceholder')}
            style={{ width: 180 }}
            value={filters.action}
            onChange={(v?: string) => set({ action: v })}
            options={ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }))}
            data-testid="audit-action"
          />
          <Select
            allowClear
            placeholder={t('privacy.audit.outcomePlaceholder')}
            style={{ width: 130 }}
            value={filters.outcome}
            onChange={(v?: 'allowed' | 'denied') => set({ outcome: v })}
            options={[
              { value: 'allowed', label: t('privacy.audit.allowed') },
              { value: 'denied', label: t('privacy.audit.denied') },
            ]}
            data-testid="audit-outcome"
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            onChange={(v: [Dayjs | null, Dayjs | null] | null) =>
              set({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })
            }
          />
          <InputNumber
            min={1}
            placeholder={t('privacy.audit.subjectPlaceholder')}
            style={{ width: 150 }}
            onChange={(v: number | null) => set({ subject: v ?? undefined })}
            data-testid="audit-subject"
          />
        </Space>
        {list.error ? (
          <ProblemAlert error={list.error} onRetry={list.reload} />
        ) : (
          <Table<AuditEntry>
            rowKey="id"
            size="small"
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            columns={columns}
            data-testid="audit-table"
            locale={{ emptyText: t('privacy.audit.empty') }}
            pagination={{
              current: paging.page,
              pageSize: paging.pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (page, pageSize) => setPaging({ page, pageSize }),
            }}
          />
        )}
      </Card>
    </div>
  );
}
