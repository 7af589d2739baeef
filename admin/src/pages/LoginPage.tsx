import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Layout, Space, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useLogin, useTranslate } from '@refinedev/core';
import type { LoginParams } from '../providers/auth-provider';
import { LanguageSwitch } from '../components/LanguageSwitch';

export function LoginPage() {
  const translate = useTranslate();
  const [error, setError] = useState<string | null>(null);
  const { mutate: login, isPending } = useLogin<LoginParams>();

  const onFinish = (values: LoginParams) => {
    setError(null);
    login(values, {
      onSuccess: (result) => {
        if (!result.success) setError(result.error?.message ?? translate('login.failed'));
      },
      onError: (err) => setError(err.message),
    });
  };

  return (
    <Layout
      style={{
        minHeight: '100vh',
        justifyContent: 'center',
        alignItems: 'center',
        background: '#f5f7fb',
      }}
    >
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: 380 }}>
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <div style={{ textAlign: 'center' }}>
            <Typography.Title level={3} style={{ marginBottom: 4 }}>
              Dossier
            </Typography.Title>
            <Typography.Text type="secondary">{translate('login.title')}</Typography.Text>
          </div>
          {error && <Alert type="error" showIcon message={error} data-testid="login-error" />}
          <Form<LoginParams>
            layout="vertical"
            onFinish={onFinish}
            requiredMark={false}
            autoComplete="on"
          >
            <Form.Item
              name="username"
              label={translate('login.username')}
              rules={[{ required: true, message: translate('login.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              name="password"
              label={translate('login.password')}
              rules={[{ required: true, message: translate('login.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={isPending}>
              {translate('login.submit')}
            </Button>
          </Form>
        </Space>
      </Card>
    </Layout>
  );
}
