import { Select } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useGetLocale, useSetLocale, useTranslate } from '@refinedev/core';
import { LOCALES } from '@dossier/shared';

const LANGUAGE_NAMES: Record<(typeof LOCALES)[number], string> = {
  'zh-CN': '简体中文',
  en: 'English',
};

/** The language picker; `compact` (phones) shows short names in a narrower box. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const translate = useTranslate();
  const locale = useGetLocale()();
  const setLocale = useSetLocale();
  return (
    <Select
      aria-label={translate('header.language')}
      data-testid="language-switch"
      size="small"
      value={locale}
      suffixIcon={<GlobalOutlined />}
      style={{ width: compact ? 96 : 120 }}
      popupMatchSelectWidth={false}
      onChange={(value: string) => setLocale(value)}
      options={LOCALES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
    />
  );
}
