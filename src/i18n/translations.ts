import type { Locale } from './locales.ts';
import type { Messages } from './en-US/index.ts';
import { de } from './de/index.ts';
import { es } from './es-ES/index.ts';
import { ja } from './ja/index.ts';
import { ptBR } from './pt-BR/index.ts';

/** Every language but the source, each the same shape as English (a missing key fails the typecheck). */
// Not yet here: fr (English meanwhile).
export const translations: Record<Exclude<Locale, 'en-US'>, Messages> = {
  de,
  'es-ES': es,
  'pt-BR': ptBR,
  ja,
} as never;
