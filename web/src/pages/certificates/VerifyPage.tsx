// /public/certificates/verify/:code — anyone (a bank clerk, a school) checks a certificate's code: what it
// is, who issued it and when, until when it is valid, and the holder's family name only.
import { useState } from 'react';
import { Button, Card, Descriptions, Input, Result, Space, Spin } from 'antd';
import { skipToken } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { certificatesApi } from '../../api/certificatesEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

export function VerifyPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const navigate = useNavigate();
  const [text, setText] = useState(code ?? '');
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.certificates.of('verify', code),
    queryFn: code ? ({ signal }) => certificatesApi.verify(code, signal) : skipToken,
  });
  const go = () => {
    const v = text.trim().toUpperCase();
    if (v) void navigate(`/public/certificates/verify/${encodeURIComponent(v)}`);
  };
  return (
    <div className="page public-page cert-guide" data-testid="cert-verify">
      <Card title={t('cert.verify.title')}>
        <Space.Compact className="check-form">
          <Input
            size="large"
            data-testid="verify-input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPressEnter={go}
            placeholder="ABCD-2345"
            aria-label={t('cert.verify.title')}
          />
          <Button size="large" type="primary" onClick={go} data-testid="verify-submit">
            {t('cert.verify.submit')}
          </Button>
        </Space.Compact>
      </Card>
      {error && <ProblemAlert error={error} onRetry={reload} />}
      {loading && !!code && <Spin />}
      {data && (
        <Card data-testid="verify-result" data-state={data.state}>
          <Result
            status={data.state === 'valid' ? 'success' : data.state === 'expired' ? 'warning' : 'error'}
            title={t(`cert.verify.${data.state}`)}
          />
          {data.name && (
            <Descriptions
              column={1}
              bordered
              size="small"
              items={[
                { key: 'name', label: t('cert.verify.name'), children: data.name },
                { key: 'issuer', label: t('cert.verify.issuer'), children: data.issuer },
                { key: 'holder', label: t('cert.verify.holder'), children: data.holder },
                { key: 'issuedOn', label: t('cert.verify.issuedOn'), children: data.issuedOn },
                { key: 'validUntil', label: t('cert.verify.validUntil'), children: data.validUntil },
              ]}
            />
          )}
        </Card>
      )}
    </div>
  );
}
