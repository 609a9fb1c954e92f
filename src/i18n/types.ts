import type { ParseKeys } from 'i18next';
import type { Locale } from './locales.ts';

/** Another language's messages: the same keys as English's, any strings. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Any message key of the English source, e.g. `jobs.failure.noResult`. */
export type MessageKey = ParseKeys;

/** A translator fixed to one language: `t('jobs.delivered.ready', { memberId })`; `t.locale` says which. */
export type T = ((key: MessageKey, params?: Record<string, string | number>) => string) & { readonly locale: Locale };
