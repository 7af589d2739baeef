import { useMemo } from 'react';
import { Button, Layout, Menu, theme, type MenuProps } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useThemedLayoutContext } from '@refinedev/antd';
import { useLink, useMenu, usePermissions, useTranslate, type TreeMenuItem } from '@refinedev/core';
import {
  MENU_ANY_PERMISSIONS,
  MENU_PERMISSIONS,
  RESOURCE_PERMISSIONS,
} from '../providers/access-control-provider';
import { Title } from './Title';

type MenuItem = Required<MenuProps>['items'][number];

/**
 * Refine's resource menu rendered through antd's `items` API, without the entries the
 * signed-in user has no permission for. Shown in the side bar, or in the phone drawer.
 */
export function SiderMenu() {
  const Link = useLink();
  const { menuItems, selectedKey, defaultOpenKeys } = useMenu();
  const { data: permissions } = usePermissions<string[]>({});

  const items = useMemo(() => {
    const allowed = (item: TreeMenuItem) => {
      const anyOf = MENU_ANY_PERMISSIONS[item.name];
      if (anyOf) return anyOf.some((permission) => (permissions ?? []).includes(permission));
      const needed = RESOURCE_PERMISSIONS[item.name] ?? MENU_PERMISSIONS[item.name];
      return !needed || (permissions ?? []).includes(needed);
    };
    const toItem = (item: TreeMenuItem): MenuItem | null => {
      if (!allowed(item)) return null;
      const children = item.children
        .map(toItem)
        .filter((child): child is MenuItem => child !== null);
      if (item.children.length > 0) {
        return children.length > 0
          ? { key: item.key, icon: item.icon, label: item.label, children }
          : null;
      }
      return {
        key: item.key,
        icon: item.icon,
        label: <Link to={item.route ?? '/'}>{item.label}</Link>,
      };
    };
    return menuItems.map(toItem).filter((item): item is MenuItem => item !== null);
  }, [menuItems, permissions, Link]);

  return (
    <Menu
      mode="inline"
      selectedKeys={selectedKey ? [selectedKey] : []}
      defaultOpenKeys={defaultOpenKeys}
      items={items}
      style={{ border: 'none', paddingTop: 8 }}
    />
  );
}

/** The side bar of tablets and desktops (phones get the drawer, see AppLayout). */
export function Sider() {
  const { token } = theme.useToken();
  const translate = useTranslate();
  const { siderCollapsed, setSiderCollapsed } = useThemedLayoutContext();

  return (
    <Layout.Sider
      collapsible
      collapsed={siderCollapsed}
      onCollapse={(collapsed, type) => {
        if (type === 'clickTrigger') setSiderCollapsed(collapsed);
      }}
      collapsedWidth={80}
      breakpoint="lg"
      style={{
        backgroundColor: token.colorBgContainer,
        borderRight: `1px solid ${token.colorBgElevated}`,
        position: 'sticky',
        top: 0,
        height: '100vh',
      }}
      trigger={
        <Button
          type="text"
          aria-label={translate(siderCollapsed ? 'phone.menu.expand' : 'phone.menu.collapse')}
          aria-expanded={!siderCollapsed}
          style={{
            borderRadius: 0,
            height: '100%',
            width: '100%',
            backgroundColor: token.colorBgElevated,
          }}
        >
          {siderCollapsed ? (
            <RightOutlined style={{ color: token.colorPrimary }} />
          ) : (
            <LeftOutlined style={{ color: token.colorPrimary }} />
          )}
        </Button>
      }
    >
      <div
        style={{
          height: 64,
          display: 'flex',
          alignItems: 'center',
          justifyContent: siderCollapsed ? 'center' : 'flex-start',
          padding: siderCollapsed ? 0 : '0 16px',
          backgroundColor: token.colorBgElevated,
        }}
      >
        <Title collapsed={siderCollapsed} />
      </div>
      <SiderMenu />
    </Layout.Sider>
  );
}
