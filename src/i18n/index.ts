import i18next from 'i18next';
import type { MessageKey, T } from './types.ts';
import { en } from './en-US/index.ts';
import { LOCALES, SOURCE_LOCALE, type Locale } from './locales.ts';
import { translations } from './translations.ts';

export { en } from './en-US/index.ts';
export { formatList, isMessage, message, render, type Item, type Message, type Param } from './message.ts';
export type { MessageKey, T } from './types.ts';
export { DISCORD_LOCALES, isLocale, LANGUAGE_NAMES, LOCALES, localeOf, SOURCE_LOCALE, type Locale } from './locales.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    /** English is the source: a key it lacks, or a misspelt one, fails the typecheck. */
    resources: { translation: typeof en };
    enableSelector: false;
  }
}



const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(LOCALES.map((locale) => [locale, { translation: locale === 'en-US' ? en : translations[locale] }])),
  lng: SOURCE_LOCALE,
  fallbackLng: SOURCE_LOCALE,
  supportedLngs: [...LOCALES],
  // Discord is not HTML: nothing is escaped here, and nothing twice. Mention safety is the
  // messages' own (allowed_mentions, and member text made inert before it is interpolated).
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const fixed = new Map<Locale, T>();

/** The translator for `locale`: every message, numbers and dates formatted for that language. */
export function translator(locale: Locale): T {
  let t = fixed.get(locale);
  if (!t) {
    const fixedT = instance.getFixedT(locale);
    t = Object.assign((key: MessageKey, params?: Record<string, string | number>) => String(fixedT(key, params as never)), { locale });
    fixed.set(locale, t);
  }
  return t;
}

/** Whether `key` names an English message (e.g. a zod schema's message that is a key). */
export function hasMessage(key: string): key is MessageKey {
  return instance.exists(key, { lng: SOURCE_LOCALE });
}

/** Numbers as the language writes them (1,234 · 1.234 · 1 234). */
export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}
