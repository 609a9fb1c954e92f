import type { Locale } from './locales.ts';
import type { Messages } from './en-US/index.ts';
import { de } from './de/index.ts';
import { es } from './es-ES/index.ts';
import { fr } from './fr/index.ts';
import { ja } from './ja/index.ts';
import { ptBR } from './pt-BR/index.ts';

/** Every language but the source, each the same shape as English (a missing key fails the typecheck). */
export const translations: Record<Exclude<Locale, 'en-US'>, Messages> = {
  de,
  'es-ES': es,
  fr,
  'pt-BR': ptBR,
  ja,
};
