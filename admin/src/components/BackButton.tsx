import { Button } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';

/** The page header's back arrow with an accessible name (Refine's default has none). */
export function BackButton() {
  const translate = useTranslate();
  return (
    <Button
      type="text"
      icon={<ArrowLeftOutlined />}
      aria-label={translate('phone.back')}
      title={translate('phone.back')}
    />
  );
}
