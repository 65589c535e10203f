// / — the 工作台: greeting, where the user sits in the tree, what the role is for, shortcuts.
import { Card, Col, Row, Typography } from 'antd';
import { ApartmentOutlined, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useMe } from '../../api/session.js';
import { descOf, menuFor } from '../../app/menu.js';
import { OrgPath } from '../../components/OrgPath.js';
import { RoleTag } from '../../components/RoleTag.js';
import { AccountCard } from './AccountCard.js';
import { JurisdictionCard } from './JurisdictionCard.js';
import { ResidentHome } from './ResidentHome.js';
import { TodoPanel } from './TodoPanel.js';

function greetingKey(hour: number): 'home.morning' | 'home.afternoon' | 'home.evening' {
  if (hour < 12) return 'home.morning';
  if (hour < 18) return 'home.afternoon';
  return 'home.evening';
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  // A resident has her own home (her data, who looked, 办事), not the staff 工作台.
  if (me.role === 'resident') return <ResidentHome />;
  const now = dayjs();
  const shortcuts = menuFor(me.role, me.departmentCode)
    .map((m) => ({ m, desc: descOf(m, me.role) }))
    .filter((x) => x.desc);
  const unit = me.departmentName ?? me.org.name;

  return (
    <div className="page home-page">
      <Card className="home-hero" variant="borderless">
        <div className="home-hero-row">
          <div>
            <Typography.Title level={3} className="home-greeting" data-testid="home-greeting">
              {t(greetingKey(now.hour()), { name: me.displayName })}
            </Typography.Title>
            <Typography.Text type="secondary">{now.format(t('home.dateFormat'))}</Typography.Text>
          </div>
          <div className="home-hero-role">
            <RoleTag role={me.role} />
            <span>{unit}</span>
          </div>
        </div>
        <div className="home-path">
          <OrgPath path={me.org.path} self={{ code: me.org.code, name: me.org.name }} testId="home-org-path" />
        </div>
        <div className="home-duty">
          <Typography.Text strong>{t('home.duty')}</Typography.Text>
          <Typography.Text>{t(`roleDuties.${me.role}`)}</Typography.Text>
        </div>
      </Card>

      <TodoPanel />

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <JurisdictionCard code={me.org.code} name={me.org.name} />
        </Col>
        <Col xs={24} xl={8}>
          <AccountCard />
        </Col>
        <Col xs={24}>
          <Card title={t('home.quickLinks')} className="home-card">
            <div className="shortcut-grid">
              <Link to={`/orgs/${me.org.code}`} className="shortcut" data-testid="shortcut-my-org">
                <span className="shortcut-icon">
                  <ApartmentOutlined />
                </span>
                <span className="shortcut-text">
                  <span className="shortcut-title">{t('home.myOrg')}</span>
                  <span className="shortcut-desc">{t('home.myOrgDesc', { org: me.org.name })}</span>
                </span>
                <RightOutlined className="shortcut-arrow" />
              </Link>
              {shortcuts.map(({ m, desc }) => (
                <Link key={m.key} to={m.path} className="shortcut" data-testid={`shortcut-${m.key}`}>
                  <span className="shortcut-icon">{m.icon}</span>
                  <span className="shortcut-text">
                    <span className="shortcut-title">{t(m.labelKey)}</span>
                    {desc && <span className="shortcut-desc">{t(desc)}</span>}
                  </span>
                  <RightOutlined className="shortcut-arrow" />
                </Link>
              ))}
            </div>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
