import type { BaseInteraction } from 'discord.js';
import type { InteractionContext } from './context.ts';
import { localeOf, translator, type T } from '../i18n/index.ts';

/** Private answers speak the language of the member who acted (their Discord language). */
export function memberT(interaction: Pick<BaseInteraction, 'locale'>): T {
  return translator(localeOf(interaction.locale));
}

/** Public messages speak the server's language (`/settings language`, else Discord's guild_locale). */
export function serverT(context: Pick<InteractionContext, 'languages'>, interaction: Pick<BaseInteraction, 'guildId' | 'guildLocale'>): T {
  return translator(context.languages.of(interaction.guildId, interaction.guildLocale));
}
