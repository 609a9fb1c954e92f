import type { Locale } from './locales.ts';
import type { Messages } from './en-US/index.ts';
import { es } from './es-ES/index.ts';

/** Every language but the source, each the same shape as English (a missing key fails the typecheck). */
export const translations: Record<Exclude<Locale, 'en-US'>, Messages> = {
  'es-ES': es,
} as never;
