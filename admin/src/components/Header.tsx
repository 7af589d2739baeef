import { Button, Layout, Space, Typography } from 'antd';
import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useThemedLayoutContext } from '@refinedev/antd';
import { useGetIdentity, useLogout, useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import type { Identity } from '../providers/auth-provider';
import { LanguageSwitch } from './LanguageSwitch';
import { GlobalSearch } from './GlobalSearch';

/** The top bar; on phones (`phone`) it gets the menu button and drops button texts. */
export function Header({ phone = false }: { phone?: boolean }) {
  const translate = useTranslate();
  const { data: user } = useGetIdentity<Identity>();
  const { mutate: logout, isPending } = useLogout();
  const { mobileSiderOpen, setMobileSiderOpen } = useThemedLayoutContext();
  const userName = user ? user.displayName || user.username : undefined;
  return (
    <Layout.Header className="app-header" data-phone={phone || undefined}>
      {phone && (
        <Button
          type="text"
          icon={<MenuOutlined />}
          aria-label={translate('phone.menu.open')}
          aria-expanded={mobileSiderOpen}
          title={translate('phone.menu.open')}
          onClick={() => setMobileSiderOpen(true)}
          data-testid="menu-toggle"
        />
      )}
      <div className="app-header-search">
        <GlobalSearch />
      </div>
      <Space size={phone ? 8 : 'middle'} className="app-header-actions">
        <LanguageSwitch compact={phone} />
        {userName && (
          <Space size={4} title={userName}>
            <UserOutlined aria-hidden />
            <Link to="/account" title={translate('header.account')}>
              <Typography.Text strong data-testid="current-user" className="app-header-user">
                {userName}
              </Typography.Text>
            </Link>
          </Space>
        )}
        <Button
          icon={<LogoutOutlined />}
          loading={isPending}
          onClick={() => logout()}
          aria-label={translate('header.logout')}
          title={phone ? translate('header.logout') : undefined}
          data-testid="logout"
        >
          {phone ? null : translate('header.logout')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
