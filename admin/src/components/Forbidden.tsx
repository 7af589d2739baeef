import { Button, Result } from 'antd';
import { useGo, useTranslate } from '@refinedev/core';

/** Shown instead of a page the signed-in user has no permission for. */
export function Forbidden() {
  const translate = useTranslate();
  const go = useGo();
  return (
    <Result
      status="403"
      title="403"
      subTitle={translate('pages.error.403')}
      extra={
        <Button type="primary" onClick={() => go({ to: '/' })}>
          {translate('pages.error.backHome')}
        </Button>
      }
    />
  );
}
