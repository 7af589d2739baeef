import { useState } from 'react';
import { Alert, Button, Input, Modal, Space, Typography } from 'antd';
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';

interface Props {
  secret: string | null;
  onClose: () => void;
}

/** Shows a freshly created secret once, with a copy button. */
export function SecretModal({ secret, onClose }: Props) {
  const translate = useTranslate();
  const [copied, setCopied] = useState<boolean | 'failed'>(false);

  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Modal
      open={secret !== null}
      title={translate('apiKeys.secretTitle')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      afterClose={() => setCopied(false)}
      footer={
        <Button type="primary" onClick={onClose} data-testid="secret-done">
          {translate('apiKeys.done')}
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="warning" showIcon message={translate('apiKeys.secretHint')} />
        <Space.Compact style={{ width: '100%' }}>
          <Input
            readOnly
            value={secret ?? ''}
            data-testid="api-key-secret"
            onFocus={(e) => e.target.select()}
          />
          <Button icon={copied === true ? <CheckOutlined /> : <CopyOutlined />} onClick={copy}>
            {translate(copied === true ? 'common.copied' : 'common.copy')}
          </Button>
        </Space.Compact>
        {copied === 'failed' && (
          <Typography.Text type="danger">{translate('common.copyFailed')}</Typography.Text>
        )}
      </Space>
    </Modal>
  );
}
