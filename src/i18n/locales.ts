/**
 * The languages the bot speaks. English (`en-US`) is the source every other file translates; each
 * language also serves the Discord locales listed with it. Any other Discord locale gets English.
 */
export const LOCALES = ['en-US', 'de', 'fr', 'es-ES', 'pt-BR', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

export const SOURCE_LOCALE: Locale = 'en-US';

/** Discord's locale codes each language serves (Discord's list: https://discord.com/developers/docs/reference#locales). */
export const DISCORD_LOCALES: Readonly<Record<Locale, readonly string[]>> = {
  'en-US': ['en-US', 'en-GB'],
  de: ['de'],
  fr: ['fr'],
  'es-ES': ['es-ES', 'es-419'],
  'pt-BR': ['pt-BR'],
  ja: ['ja'],
};

/** Each language's own name, for `/settings language`. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  'en-US': 'English',
  de: 'Deutsch',
  fr: 'Français',
  'es-ES': 'Español',
  'pt-BR': 'Português (Brasil)',
  ja: '日本語',
};

const byDiscordLocale = new Map<string, Locale>(LOCALES.flatMap((locale) => DISCORD_LOCALES[locale].map((code) => [code, locale] as const)));

/** The language for a Discord locale (`interaction.locale`, `guild_locale`); English for any other. */
export function localeOf(discordLocale: string | null | undefined): Locale {
  return (discordLocale && byDiscordLocale.get(discordLocale)) || SOURCE_LOCALE;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
