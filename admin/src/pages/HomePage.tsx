import { Card, Typography } from 'antd';
import { useGetIdentity, useTranslate } from '@refinedev/core';
import type { Identity } from '../providers/auth-provider';

export function HomePage() {
  const translate = useTranslate();
  const { data: user } = useGetIdentity<Identity>();
  return (
    <Card>
      <Typography.Title level={2}>Dossier</Typography.Title>
      <Typography.Paragraph>{translate('home.welcome')}</Typography.Paragraph>
      {user && (
        <Typography.Paragraph strong>
          {translate('home.greeting', { name: user.displayName || user.username })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{translate('home.hint')}</Typography.Paragraph>
    </Card>
  );
}
