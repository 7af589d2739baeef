import { Button, Result } from 'antd';
import { useGo, useTranslate } from '@refinedev/core';

/**
 * A customer link that finds nothing. The server answers the same for a missing customer and one
 * the caller may not read, so this page names neither and offers both ways on.
 */
export function CustomerNotFound() {
  const translate = useTranslate();
  const go = useGo();
  return (
    <div data-testid="customer-not-found">
      <Result
        status="404"
        title={translate('customerActions.notFound.title')}
        subTitle={translate('customerActions.notFound.description')}
        extra={[
          <Button
            key="request"
            type="primary"
            onClick={() => go({ to: '/access-requests/create' })}
            data-testid="customer-not-found-request"
          >
            {translate('customerActions.notFound.request')}
          </Button>,
          <Button key="list" onClick={() => go({ to: '/customers' })}>
            {translate('customerActions.notFound.back')}
          </Button>,
        ]}
      />
    </div>
  );
}
