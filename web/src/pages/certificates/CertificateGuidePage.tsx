// /public/certificates/:jurisdiction/:code?org= — one certificate's guide. Allowed: who may ask, what to
// bring, the steps, the time limit, no fee. Forbidden: "社区不再出具", the rule, what to do instead and
// which department checks it — and a way to report a body that still asks for it.
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Result, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, FlagOutlined } from '@ant-design/icons';
import { skipToken } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CertificateGuide } from '#common/api/certificates.js';
import { certificatesApi } from '../../api/certificatesEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { useSession } from '../../api/session.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ForbiddenAskModal } from './ForbiddenAskModal.js';
import { RequestModal } from './RequestModal.js';

function AllowedGuide({ g }: { g: CertificateGuide }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const guide = g.guide;
  return (
    <>
      <Descriptions column={1} bordered size="small" className="cert-facts" data-testid="cert-facts">
        <Descriptions.Item label={t('cert.whoMayAsk')}>{guide?.whoMayAsk || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('cert.timeLimit')}>
          {guide?.timeLimitDays ? t('cert.timeLimitDays', { n: guide.timeLimitDays }) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('cert.fee')}>{t('cert.free')}</Descriptions.Item>
        <Descriptions.Item label={t('cert.legalBasis')}>{g.legalBasis || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('cert.contact')}>{guide?.contact || '—'}</Descriptions.Item>
      </Descriptions>
      {!guide && <Alert type="info" showIcon title={t('cert.noGuide')} />}
      {guide && guide.materials.length > 0 && (
        <Card size="small" title={t('cert.materials')}>
          <ul className="cert-materials" data-testid="cert-materials">
            {guide.materials.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Card>
      )}
      {guide && guide.steps.length > 0 && (
        <Card size="small" title={t('cert.steps')}>
          <ol className="cert-steps" data-testid="cert-steps">
            {guide.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </Card>
      )}
      {guide?.sample && (
        <Card size="small" title={t('cert.sample')}>
          <Typography.Paragraph className="cert-sample">{guide.sample}</Typography.Paragraph>
        </Card>
      )}
      <Alert type="success" showIcon title={t('cert.howToAsk')} />
      {me?.role === 'resident' ? (
        <Button type="primary" size="large" block onClick={() => setAsking(true)} data-testid="cert-request">
          {t('cert.request.open')}
        </Button>
      ) : (
        !me && (
          <Button size="large" block onClick={() => void navigate('/login')} data-testid="cert-login">
            {t('cert.request.login')}
          </Button>
        )
      )}
      {asking && (
        <RequestModal guide={g} onClose={() => setAsking(false)} onDone={() => void navigate('/me/certificates')} />
      )}
    </>
  );
}

function ForbiddenGuide({ g, onReport }: { g: CertificateGuide; onReport: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const mayReport = me?.role === 'resident' || me?.role === 'community_worker';
  return (
    <>
      <Alert type="warning" showIcon title={t('cert.noLongerIssued')} data-testid="cert-not-issued" />
      <Card size="small" title={t('cert.instead')}>
        <Typography.Paragraph data-testid="cert-instead">{g.instead}</Typography.Paragraph>
      </Card>
      <Descriptions column={1} bordered size="small" className="cert-facts">
        <Descriptions.Item label={t('cert.whoChecks')}>{g.departmentName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('cert.contact')}>{g.guide?.contact || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('cert.why')}>{g.legalBasis || '—'}</Descriptions.Item>
      </Descriptions>
      <Card size="small" className="cert-report">
        <Typography.Paragraph type="secondary">{t('cert.someoneAskedIntro')}</Typography.Paragraph>
        {mayReport ? (
          <Button icon={<FlagOutlined />} onClick={onReport} data-testid="cert-report" block>
            {t('cert.someoneAsked')}
          </Button>
        ) : (
          <Button onClick={() => void navigate('/login')} data-testid="cert-login" block>
            {t('cert.loginToReport')}
          </Button>
        )}
      </Card>
    </>
  );
}

export function CertificateGuidePage() {
  const { t } = useTranslation();
  const { jurisdiction, code } = useParams();
  const [params] = useSearchParams();
  const org = params.get('org') ?? undefined;
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState(false);
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.certificates.of('guide', jurisdiction, code, org),
    queryFn: jurisdiction && code ? ({ signal }) => certificatesApi.guide(jurisdiction, code, org, signal) : skipToken,
  });
  const back = `/public/certificates${org ? `?org=${encodeURIComponent(org)}` : ''}`;
  return (
    <div className="page public-page cert-guide" data-testid="cert-guide">
      <Link to={back} className="cert-back">
        <ArrowLeftOutlined /> {t('cert.back')}
      </Link>
      {error && <ProblemAlert error={error} onRetry={reload} />}
      {loading && !data && <Spin />}
      {data && (
        <div className="cert-guide-body">
          <div className="cert-guide-head">
            <Typography.Title level={3} data-testid="cert-name">
              {data.name}
            </Typography.Title>
            <Tag
              color={data.allowed ? 'green' : 'volcano'}
              data-testid="cert-state"
              data-allowed={String(data.allowed)}
            >
              {data.allowed ? t('cert.allowedTag') : t('cert.forbiddenTag')}
            </Tag>
            <span className="muted small">
              {data.jurisdictionName} · {data.code}
            </span>
          </div>
          {reported ? <Result status="success" title={t('cert.report.done')} data-testid="cert-reported" /> : null}
          {data.allowed ? <AllowedGuide g={data} /> : <ForbiddenGuide g={data} onReport={() => setReporting(true)} />}
          {reporting && (
            <ForbiddenAskModal
              guide={data}
              onClose={() => setReporting(false)}
              onDone={() => {
                setReporting(false);
                setReported(true);
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
