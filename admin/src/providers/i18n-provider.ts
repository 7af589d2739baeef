import type { I18nProvider } from '@refinedev/core';
import { changeLocale, currentLocale, i18n, isLocale } from '../i18n';

/** Refine's i18n bridge to the console's i18next instance. */
export const i18nProvider: I18nProvider = {
  translate: (key: string, options?: unknown, defaultMessage?: string) => {
    const params =
      typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
    const fallback = typeof options === 'string' ? options : defaultMessage;
    return String(i18n.t(key, { ...params, defaultValue: fallback ?? key }));
  },
  changeLocale: async (lang: string) => {
    if (isLocale(lang)) await changeLocale(lang);
  },
  getLocale: () => currentLocale(),
};
