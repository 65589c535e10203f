// /dispatches/:id — one dispatch for its department (or the reviewers): what was sent under which
// number, the counts across communities, each community's state, and the progress as XLSX.
import { Breadcrumb, Button, Card, Col, Descriptions, Result, Row, Space, Spin, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dispatchApi } from '../../api/dispatchEndpoints.js';
import type { DispatchCounts } from '#common/api/dispatch.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { AdmissionNumberLink } from '../../components/dispatch/AdmissionNumberLink.js';
import { AttachmentList } from '../../components/dispatch/AttachmentList.js';
import { ProgressBar, openCount } from '../../components/dispatch/ProgressBar.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatAmount, formatDateTime, formatNumber } from '../../i18n/format.js';
import { DispatchItemsTable } from './DispatchItemsTable.js';

function CountCards({ counts }: { counts: DispatchCounts }) {
  const { t } = useTranslation();
  const open = openCount(counts);
  const stats = [
    { key: 'total', n: counts.total, cls: '' },
    { key: 'open', n: open, cls: 'stat-info' },
    { key: 'done', n: counts.done, cls: 'stat-success' },
    { key: 'refused', n: counts.refused, cls: 'stat-warning' },
    { key: 'overdue', n: counts.overdue, cls: 'stat-danger' },
  ] as const;
  return (
    <div
      className="dispatch-stats"
      data-testid="dispatch-counts"
      data-open={open}
      data-refused={counts.refused}
      data-done={counts.done}
      data-overdue={counts.overdue}
    >
      {stats.map((s) => (
        <Card key={s.key} size="small" className={`review-stat ${s.cls}`} data-testid={`dispatch-count-${s.key}`}>
          <div className="review-stat-n">{formatNumber(s.n)}</div>
          <div className="review-stat-label">{t(`dispatch.counts.${s.key}`)}</div>
        </Card>
      ))}
    </div>
  );
}

export function DispatchDetailPage() {
  const { t } = useTranslation();
  const me = useMe();
  const id = Number(useParams().id);
  const {
    data: d,
    error,
    reload,
  } = useApiQuery({ queryKey: keys.dispatch.of('get', id), queryFn: ({ signal }) => dispatchApi.get(id, signal) });
  const back =
    me.role === 'reviewer'
      ? { to: '/refusals', label: t('dispatch.refusals.title') }
      : { to: '/dispatches', label: t('dispatch.detail.back') };

  if (error)
    return error.status === 403 || error.status === 404 ? (
      <Result
        status={error.status === 404 ? '404' : '403'}
        title={error.problem.title}
        subTitle={t('dispatch.detail.notFound')}
        extra={<Link to={back.to}>{back.label}</Link>}
      />
    ) : (
      <ProblemAlert error={error} onRetry={reload} />
    );
  if (!d || d.id !== id)
    return (
      <div className="center-block">
        <Spin size="large" />
      </div>
    );

  return (
    <div className="page dispatch-detail-page">
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { key: 'list', title: <Link to={back.to}>{back.label}</Link> },
          { key: 'self', title: d.title },
        ]}
      />
      <Card className="dispatch-head">
        <div className="dispatch-head-row">
          <div>
            <Typography.Title level={4} className="page-header-title" data-testid="dispatch-title-view">
              {d.title}
            </Typography.Title>
            <Space size={16} wrap className="muted">
              <span>{d.department.name}</span>
              <AdmissionNumberLink number={d.admission.number} code={d.admission.code} />
              <span>
                {t('dispatch.fields.createdAt')} {formatDateTime(d.createdAt)}
              </span>
            </Space>
          </div>
          <Button icon={<DownloadOutlined />} href={dispatchApi.exportUrl(d.id)} data-testid="dispatch-export">
            {t('dispatch.detail.export')}
          </Button>
        </div>
        <Row gutter={24}>
          <Col xs={24} xl={14}>
            <Typography.Paragraph className="pre-line dispatch-instructions">
              {d.instructions || <span className="muted">{t('inbox.noInstructions')}</span>}
            </Typography.Paragraph>
            {d.attachments.length > 0 && <AttachmentList files={d.attachments} testId="dispatch-attachments" />}
          </Col>
          <Col xs={24} xl={10}>
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'adm',
                  label: t('dispatch.detail.admission'),
                  children: `${d.admission.number} ${d.admission.title}`,
                },
                { key: 'due', label: t('dispatch.fields.due'), children: d.dueDate },
                {
                  key: 'burden',
                  label: t('dispatch.detail.burden'),
                  children: t('adm.burden.perCommunity', { n: formatAmount(d.burden.hoursPerCommunityYear) }),
                },
              ]}
            />
          </Col>
        </Row>
        <ProgressBar counts={d.counts} />
      </Card>
      <CountCards counts={d.counts} />
      <Card title={t('dispatch.detail.items')}>
        <DispatchItemsTable items={d.items} />
      </Card>
    </div>
  );
}
