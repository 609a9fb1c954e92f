import type { BaseInteraction } from 'discord.js';
import { localeOf, translator, type T } from '../i18n/index.ts';

/** Private answers speak the language of the member who acted (their Discord language). */
export function memberT(interaction: Pick<BaseInteraction, 'locale'>): T {
  return translator(localeOf(interaction.locale));
}
