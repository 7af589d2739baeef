import { Button, Layout, Space, Typography } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useGetIdentity, useLogout, useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import type { Identity } from '../providers/auth-provider';
import { LanguageSwitch } from './LanguageSwitch';
import { GlobalSearch } from './GlobalSearch';

export function Header() {
  const translate = useTranslate();
  const { data: user } = useGetIdentity<Identity>();
  const { mutate: logout, isPending } = useLogout();
  return (
    <Layout.Header
      style={{
        display: 'flex',
        justifyContent: 'flex-end',
        alignItems: 'center',
        padding: '0 24px',
        height: 64,
        background: '#fff',
        borderBottom: '1px solid #f0f0f0',
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      <Space size="middle">
        <GlobalSearch />
        <LanguageSwitch />
        {user && (
          <Space size={4}>
            <UserOutlined />
            <Link to="/account" title={translate('header.account')}>
              <Typography.Text strong data-testid="current-user">
                {user.displayName || user.username}
              </Typography.Text>
            </Link>
          </Space>
        )}
        <Button icon={<LogoutOutlined />} loading={isPending} onClick={() => logout()}>
          {translate('header.logout')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
