// /service-requests — the community's, the street's or the department's requests: accept, transfer (with
// a reason), update the status notes, close. The counts by status are the office's own service work.
// Phone first: one card per request.
import { useState } from 'react';
import { Button, Empty, Form, Input, List, Segmented, Select, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServiceRequestView, TransferBody } from '#common/api/open311.js';
import { isApiError } from '../../api/client.js';
import { serviceRequestsApi } from '../../api/serviceRequestsEndpoints.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { useFieldErrors, type FieldMap } from '../../components/forms/useFieldErrors.js';
import { RequestCard } from './RequestCard.js';

type Acting = { r: ServiceRequestView; kind: 'update' | 'close' | 'transfer' };

interface Values {
  note: string;
  toKind: TransferBody['toKind'];
  toCode: string;
  reason: string;
}

const FIELDS: FieldMap<Values> = { note: 'note', toKind: 'toKind', toCode: 'toCode', reason: 'reason' };

function ActModal({ acting, onClose, onDone }: { acting: Acting; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const fieldErrors = useFieldErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { r, kind } = acting;
  const run = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      if (kind === 'transfer')
        await serviceRequestsApi.transfer(r.id, { toKind: v.toKind, toCode: v.toCode.trim(), reason: v.reason.trim() });
      else if (kind === 'update') await serviceRequestsApi.update(r.id, v.note.trim());
      else await serviceRequestsApi.close(r.id, v.note.trim());
      onDone();
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      fieldErrors(err);
      setError(err.problem.title);
    }
  };
  const title =
    kind === 'transfer'
      ? t('sr.transfer.title')
      : kind === 'update'
        ? t('sr.note.updateTitle')
        : t('sr.note.closeTitle');
  return (
    <FormModal<Values>
      form={form}
      title={`${title} · ${r.serviceName}`}
      okText={
        kind === 'transfer' ? t('sr.inbox.transfer') : kind === 'update' ? t('sr.inbox.update') : t('sr.inbox.close')
      }
      okTestId="act-submit"
      formTestId="act-form"
      error={error}
      busy={busy}
      initialValues={{ toKind: 'street' }}
      onClose={onClose}
      onFinish={(v) => void run(v)}
    >
      {kind === 'transfer' ? (
        <>
          <Form.Item name="toKind" label={t('sr.transfer.toKind')} rules={[{ required: true }]}>
            <Select
              data-testid="transfer-kind"
              options={(['community', 'street', 'department'] as const).map((k) => ({
                value: k,
                label: t(`sr.routeTo.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="toCode"
            label={t('sr.transfer.toCode')}
            extra={t('sr.transfer.toCodeHint')}
            rules={[{ required: true, whitespace: true, message: t('sr.transfer.required') }]}
          >
            <Input data-testid="transfer-code" maxLength={60} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('sr.transfer.reason')}
            rules={[{ required: true, whitespace: true, message: t('sr.transfer.required') }]}
          >
            <Input.TextArea data-testid="transfer-reason" maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          name="note"
          label={t('sr.note.label')}
          rules={[{ required: true, whitespace: true, message: t('sr.note.required') }]}
        >
          <Input.TextArea data-testid="act-note" maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      )}
    </FormModal>
  );
}

export function ServiceRequestsInboxPage() {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [open, setOpen] = useState(true);
  const [acting, setActing] = useState<Acting | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [actError, setActError] = useState<string | null>(null);
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.serviceRequests.of('inbox', open),
    queryFn: ({ signal }) => serviceRequestsApi.inbox(open, signal),
  });
  const refresh = () => void invalidate(keys.serviceRequests);
  const accept = async (id: number) => {
    setBusy(id);
    setActError(null);
    try {
      await serviceRequestsApi.accept(id);
      refresh();
    } catch (err) {
      if (!isApiError(err)) throw err;
      setActError(err.problem.title);
    } finally {
      setBusy(null);
    }
  };
  const counts = data?.counts ?? {};
  return (
    <div className="page" data-testid="service-requests-inbox">
      <PageHeader
        title={t('sr.inbox.title')}
        subtitle={data ? t('sr.inbox.intro', { name: data.handler.name }) : undefined}
        extra={
          <Segmented
            data-testid="inbox-filter"
            value={open ? 'open' : 'closed'}
            onChange={(v) => setOpen(v === 'open')}
            options={[
              { value: 'open', label: t('sr.inbox.open') },
              { value: 'closed', label: t('sr.inbox.closed') },
            ]}
          />
        }
      />
      {data && (
        <Typography.Paragraph className="muted small" data-testid="inbox-counts">
          {t('sr.inbox.counts', {
            submitted: counts.submitted ?? 0,
            accepted: counts.accepted ?? 0,
            closed: counts.closed ?? 0,
          })}
        </Typography.Paragraph>
      )}
      {error && <ProblemAlert error={error} onRetry={reload} />}
      {actError && <Typography.Paragraph type="danger">{actError}</Typography.Paragraph>}
      {loading && !data && <Spin />}
      {data && (
        <List
          dataSource={data.items}
          locale={{ emptyText: <Empty description={t('sr.inbox.empty')} /> }}
          renderItem={(r) => (
            <RequestCard
              r={r}
              staff
              actions={
                r.status !== 'closed' && (
                  <Space wrap className="cert-request-actions" style={{ marginTop: 8 }}>
                    {r.status === 'submitted' && (
                      <Button
                        type="primary"
                        loading={busy === r.id}
                        onClick={() => void accept(r.id)}
                        data-testid="sr-accept"
                      >
                        {t('sr.inbox.accept')}
                      </Button>
                    )}
                    <Button onClick={() => setActing({ r, kind: 'update' })} data-testid="sr-update">
                      {t('sr.inbox.update')}
                    </Button>
                    <Button onClick={() => setActing({ r, kind: 'transfer' })} data-testid="sr-transfer">
                      {t('sr.inbox.transfer')}
                    </Button>
                    <Button
                      type={r.status === 'accepted' ? 'primary' : 'default'}
                      onClick={() => setActing({ r, kind: 'close' })}
                      data-testid="sr-close"
                    >
                      {t('sr.inbox.close')}
                    </Button>
                  </Space>
                )
              }
            />
          )}
        />
      )}
      {acting && (
        <ActModal
          acting={acting}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            refresh();
          }}
        />
      )}
    </div>
  );
}
