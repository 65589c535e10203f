// The sider: product mark and the role's menu, grouped, from menu.tsx.
import { Layout, Menu } from 'antd';
import { Link } from 'react-router';
import { Brand } from '../components/Brand.js';
import { useRoleMenu } from './useRoleMenu.js';

export function SiderMenu({ collapsed, onCollapse }: { collapsed: boolean; onCollapse: (c: boolean) => void }) {
  const { items, active } = useRoleMenu({ collapsed });
  return (
    <Layout.Sider
      className="app-sider"
      width={224}
      collapsible
      trigger={null}
      collapsed={collapsed}
      onCollapse={onCollapse}
      breakpoint="lg"
      theme="dark"
    >
      <Link to="/" className="app-sider-brand">
        <Brand compact={collapsed} light />
      </Link>
      <Menu
        theme="dark"
        mode="inline"
        items={items}
        selectedKeys={active ? [active.key] : []}
        data-testid="sider-menu"
      />
    </Layout.Sider>
  );
}
