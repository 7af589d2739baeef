import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@dossier/shared';
import zhCN from './zh-CN.json';
import en from './en.json';
import { LOCALE_KEY } from '../providers/session';

export const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The stored choice, or zh-CN. */
export function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(LOCALE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // storage unavailable: fall through to the default
  }
  return DEFAULT_LOCALE;
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

type Messages = { [key: string]: string | Messages };

/** Copies `part` into `into`, key by key, so several files can add to one namespace. */
function mergeMessages(into: Messages, part: Messages): Messages {
  for (const [key, value] of Object.entries(part)) {
    const current = into[key];
    into[key] =
      typeof value === 'object' && typeof current === 'object'
        ? mergeMessages({ ...current }, value)
        : value;
  }
  return into;
}

// Feature areas keep their messages in parts/<area>.<locale>.json beside the main files.
const parts = import.meta.glob<Messages>('./parts/*.json', { eager: true, import: 'default' });

function messagesFor(locale: Locale, base: Messages): Messages {
  const merged = mergeMessages({}, base);
  for (const [file, messages] of Object.entries(parts).sort(([a], [b]) => a.localeCompare(b)))
    if (file.endsWith(`.${locale}.json`)) mergeMessages(merged, messages);
  return merged;
}

export const i18n = i18next.createInstance();

const startLocale = initialLocale();

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: messagesFor('zh-CN', zhCN) },
    en: { translation: messagesFor('en', en) },
  },
  lng: startLocale,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

function applyLocale(locale: Locale): void {
  dayjs.locale(DAYJS_LOCALES[locale]);
  document.documentElement.lang = locale;
}

applyLocale(startLocale);

/** Switches the console language, remembering the choice. */
export async function changeLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // not persisted; still switch for this session
  }
  applyLocale(locale);
  await i18n.changeLanguage(locale);
}
