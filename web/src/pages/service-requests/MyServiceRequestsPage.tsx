// /me/service-requests — the resident reports a request (category, what happened, where, an optional photo,
// anonymously if she wishes), follows every step of it, and rates the outcome once closed. Phone first.
import { useState } from 'react';
import { Button, Empty, Input, List, Rate, Space, Spin } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ServiceRequestView } from '#common/api/open311.js';
import { isApiError } from '../../api/client.js';
import { serviceRequestsApi } from '../../api/serviceRequestsEndpoints.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ReportModal } from './ReportModal.js';
import { RequestCard } from './RequestCard.js';

function RateBox({ r, onDone }: { r: ServiceRequestView; onDone: () => void }) {
  const { t } = useTranslation();
  const [stars, setStars] = useState(0);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    setBusy(true);
    try {
      await serviceRequestsApi.rate(r.id, { rating: stars, note: note.trim() || undefined });
      onDone();
    } catch (err) {
      if (!isApiError(err)) throw err;
      setError(err.problem.title);
      setBusy(false);
    }
  };
  return (
    <div className="small" data-testid="service-request-rate" style={{ marginTop: 8 }}>
      <div>{t('sr.rate.ask')}</div>
      <Rate value={stars} onChange={setStars} data-testid="rate-stars" />
      <Space.Compact block style={{ marginTop: 8 }}>
        <Input
          placeholder={t('sr.rate.note')}
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
          data-testid="rate-note"
        />
        <Button
          type="primary"
          disabled={stars === 0}
          loading={busy}
          onClick={() => void send()}
          data-testid="rate-submit"
        >
          {t('sr.rate.submit')}
        </Button>
      </Space.Compact>
      {error && <div className="error small">{error}</div>}
    </div>
  );
}

export function MyServiceRequestsPage() {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [reporting, setReporting] = useState(false);
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.serviceRequests.of('mine'),
    queryFn: ({ signal }) => serviceRequestsApi.mine(signal),
  });
  const refresh = () => void invalidate(keys.serviceRequests);
  return (
    <div className="page" data-testid="my-service-requests">
      <PageHeader
        title={t('sr.mine.title')}
        subtitle={t('sr.mine.intro')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setReporting(true)} data-testid="report-new">
            {t('sr.mine.new')}
          </Button>
        }
      />
      {error && <ProblemAlert error={error} onRetry={reload} />}
      {loading && !data && <Spin />}
      {data && (
        <List
          dataSource={data}
          locale={{ emptyText: <Empty description={t('sr.mine.empty')} /> }}
          renderItem={(r) => (
            <RequestCard
              r={r}
              staff={false}
              actions={r.status === 'closed' && r.rating === null ? <RateBox r={r} onDone={refresh} /> : null}
            />
          )}
        />
      )}
      {reporting && (
        <ReportModal
          onClose={() => setReporting(false)}
          onDone={() => {
            setReporting(false);
            refresh();
          }}
        />
      )}
    </div>
  );
}
