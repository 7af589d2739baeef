import { useEffect, type ReactNode } from 'react';
import { Drawer, Grid, Layout } from 'antd';
import { ThemedLayoutContextProvider, useThemedLayoutContext } from '@refinedev/antd';
import { useTranslate } from '@refinedev/core';
import { useLocation } from 'react-router';
import { Header } from './Header';
import { Sider, SiderMenu } from './Sider';
import { Title } from './Title';

/** True below antd's `md` breakpoint (768 px): phones get the drawer menu and compact header. */
export function usePhone(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}

function PhoneMenuDrawer() {
  const translate = useTranslate();
  const { mobileSiderOpen, setMobileSiderOpen } = useThemedLayoutContext();
  const { pathname, search } = useLocation();
  // Navigating from the drawer (or anywhere) closes it.
  useEffect(() => setMobileSiderOpen(false), [pathname, search, setMobileSiderOpen]);
  return (
    <Drawer
      placement="left"
      width={280}
      open={mobileSiderOpen}
      onClose={() => setMobileSiderOpen(false)}
      title={<Title collapsed={false} />}
      closeIcon={null}
      rootClassName="app-menu-drawer"
      styles={{ body: { padding: 0 } }}
    >
      <nav aria-label={translate('phone.menu.title')} data-testid="menu-drawer">
        <SiderMenu />
      </nav>
    </Drawer>
  );
}

/**
 * The console frame: the side menu on tablets and desktops, a drawer opened from the header's
 * menu button on phones (see docs/console/phone-keyboard.md).
 */
export function AppLayout({ children }: { children: ReactNode }) {
  const phone = usePhone();
  return (
    <ThemedLayoutContextProvider>
      <Layout style={{ minHeight: '100vh' }} hasSider={!phone} className="app-layout">
        {phone ? <PhoneMenuDrawer /> : <Sider />}
        <Layout style={{ minWidth: 0 }}>
          <Header phone={phone} />
          <Layout.Content className="app-content">{children}</Layout.Content>
        </Layout>
      </Layout>
    </ThemedLayoutContextProvider>
  );
}
