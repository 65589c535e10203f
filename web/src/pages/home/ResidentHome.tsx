// / for a resident: her own home, not the staff 工作台 — her data, who looked at it, and the things she
// can do (更正申请, checking an admission number, the community's work list).
import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';
import {
  EditOutlined,
  EyeOutlined,
  IdcardOutlined,
  RightOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session.js';

function Entry({
  to,
  icon,
  title,
  desc,
  testId,
}: {
  to: string;
  icon: ReactNode;
  title: string;
  desc: string;
  testId: string;
}) {
  return (
    <Link to={to} className="resident-entry" data-testid={testId}>
      <span className="resident-entry-icon">{icon}</span>
      <span className="resident-entry-text">
        <span className="resident-entry-title">{title}</span>
        <span className="muted small">{desc}</span>
      </span>
      <RightOutlined className="shortcut-arrow" />
    </Link>
  );
}

export function ResidentHome() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <div className="page resident-home" data-testid="resident-home">
      <Card className="home-hero" variant="borderless">
        <Typography.Title level={3} className="home-greeting" data-testid="home-greeting">
          {t('mobile.resident.greeting', { name: me.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">
          {me.org.name} · {t('mobile.resident.intro')}
        </Typography.Text>
      </Card>
      <div className="resident-sections">
        <Card title={t('mobile.resident.myData')} size="small">
          <Entry
            to="/me/data"
            icon={<IdcardOutlined />}
            title={t('privacy.menu.myData')}
            desc={t('privacy.menu.myDataDesc')}
            testId="resident-my-data"
          />
          <Entry
            to="/me/access-log"
            icon={<EyeOutlined />}
            title={t('privacy.menu.accessLog')}
            desc={t('privacy.menu.accessLogDesc')}
            testId="resident-access-log"
          />
        </Card>
        <Card title={t('mobile.resident.services')} size="small" data-testid="resident-services">
          <Entry
            to="/corrections"
            icon={<EditOutlined />}
            title={t('mobile.resident.corrections')}
            desc={t('mobile.resident.correctionsDesc')}
            testId="resident-corrections"
          />
          <Entry
            to="/check"
            icon={<SafetyCertificateOutlined />}
            title={t('mobile.resident.check')}
            desc={t('mobile.resident.checkDesc')}
            testId="resident-check"
          />
          <Entry
            to="/public/catalogue"
            icon={<SolutionOutlined />}
            title={t('mobile.resident.catalogue')}
            desc={t('mobile.resident.catalogueDesc')}
            testId="resident-catalogue"
          />
        </Card>
      </div>
    </div>
  );
}
