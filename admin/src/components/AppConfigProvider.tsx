import type { PropsWithChildren } from 'react';
import { App as AntdApp, ConfigProvider } from 'antd';
import type { Locale as AntdLocale } from 'antd/es/locale';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@dossier/shared';
import { isLocale } from '../i18n';

const ANTD_LOCALES: Record<Locale, AntdLocale> = { 'zh-CN': zhCN, en: enUS };

/** antd theme + locale, following the i18next language. */
export function AppConfigProvider({ children }: PropsWithChildren) {
  const { i18n, t } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  return (
    <ConfigProvider
      locale={ANTD_LOCALES[locale]}
      theme={{ token: { colorPrimary: '#1d4ed8' } }}
      // antd's default names the regular expression; a rule without its own message says this.
      form={{ validateMessages: { pattern: { mismatch: t('forms.validation.patternMismatch') } } }}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
