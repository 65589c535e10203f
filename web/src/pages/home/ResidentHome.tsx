// / for a resident: her own home, not the staff 工作台 — her data, who looked at it, and the things she
// can do: every page of her menu (更正申请, 证明, 诉求, 议事, 网格, 购买服务 — taken from the menu, so that a
// new one shows here too), checking an admission number, the community's work list.
import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';
import {
  EyeOutlined,
  IdcardOutlined,
  RightOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session.js';
import { descOf, labelOf, menuFor } from '../../app/menu.js';

// Shown in the card of her data above, or the home itself.
const NOT_SERVICES = new Set(['home', 'myData', 'accessLog']);

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
  const services = menuFor(me.role, me.departmentCode).filter(
    (e) => e.group === 'workspace' && !NOT_SERVICES.has(e.key),
  );
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
          {services.map((e) => {
            const desc = descOf(e, me.role);
            return (
              <Entry
                key={e.key}
                to={e.path}
                icon={e.icon}
                title={t(labelOf(e, me.role))}
                desc={desc ? t(desc) : ''}
                testId={`resident-${e.key}`}
              />
            );
          })}
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
