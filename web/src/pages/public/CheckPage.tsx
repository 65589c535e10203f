// /check and /check/:number — anyone (a community worker handed a task, a resident) checks whether an
// admission number is valid. What has no valid number, the community may refuse.
import { useState } from 'react';
import { Button, Card, Input, Space, Spin, Typography } from 'antd';
import { SafetyCertificateOutlined, SearchOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { publicApi } from '../../api/endpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { CheckResultCard } from './CheckResultCard.js';

export function CheckPage() {
  const { t } = useTranslation();
  const { number } = useParams();
  const navigate = useNavigate();
  const [text, setText] = useState(number ?? '');
  // A new number in the URL replaces what is typed.
  const [shown, setShown] = useState(number);
  if (shown !== number) {
    setShown(number);
    setText(number ?? '');
  }
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.public.of('check', number),
    queryFn: number ? ({ signal }) => publicApi.check(number, signal) : skipToken,
  });
  const go = () => {
    const v = text.trim();
    if (v) void navigate(`/check/${encodeURIComponent(v)}`);
  };

  return (
    <div className="page public-page check-page">
      <Card className="check-hero" variant="borderless">
        <div className="check-hero-icon">
          <SafetyCertificateOutlined />
        </div>
        <Typography.Title level={3} className="check-hero-title">
          {t('pub.check.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="check-hero-intro">
          {t('pub.check.intro')}
        </Typography.Paragraph>
        <Space.Compact className="check-form">
          <Input
            size="large"
            data-testid="check-input"
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPressEnter={go}
            placeholder={t('pub.check.placeholder')}
            aria-label={t('pub.check.inputLabel')}
          />
          <Button size="large" type="primary" icon={<SearchOutlined />} onClick={go} data-testid="check-submit">
            {t('pub.check.submit')}
          </Button>
        </Space.Compact>
        <div className="check-rule" data-testid="check-rule">
          {t('pub.check.rule')}
        </div>
      </Card>
      {number && (
        <div className="check-answer">
          {error ? (
            <ProblemAlert error={error} onRetry={reload} />
          ) : loading || !data ? (
            <div className="center-block">
              <Spin size="large" />
            </div>
          ) : (
            <CheckResultCard result={data} />
          )}
        </div>
      )}
      <Card size="small" className="check-help">
        <Typography.Title level={5} className="check-help-title">
          {t('pub.check.howTitle')}
        </Typography.Title>
        <ul className="check-how">
          <li>{t('pub.check.how1')}</li>
          <li>{t('pub.check.how2')}</li>
          <li>{t('pub.check.how3')}</li>
        </ul>
        <Link to="/public/admissions">
          <Button icon={<UnorderedListOutlined />}>{t('pub.check.listLink')}</Button>
        </Link>
      </Card>
    </div>
  );
}
