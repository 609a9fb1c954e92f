// The page's language pickers: each member's Discord language (`locale` on their interactions) and
// the server's (`guild_locale`), kept by the page server for as long as the sandbox runs, so a reload,
// a second tab and an API client all send the same ones.
import { z } from 'zod';
import { DISCORD_LOCALES, LOCALES } from '../src/i18n/locales.ts';

/** Every locale Discord's client offers (https://discord.com/developers/docs/reference#locales). */
export const DISCORD_LOCALE_CODES = [
  'id', 'da', 'de', 'en-GB', 'en-US', 'es-ES', 'es-419', 'fr', 'hr', 'it', 'lt', 'hu', 'nl', 'no', 'pl', 'pt-BR',
  'ro', 'fi', 'sv-SE', 'vi', 'tr', 'cs', 'el', 'bg', 'ru', 'uk', 'hi', 'th', 'zh-CN', 'ja', 'zh-TW', 'ko',
] as const;

export const discordLocaleSchema = z.enum(DISCORD_LOCALE_CODES, { error: (issue) => `not one of Discord's locales: ${String(issue.input)}` });

export interface LocaleChoice {
  code: string;
  /** The language's own name, as Discord's language setting lists it. */
  name: string;
  /** False: the bot answers in English. */
  spoken: boolean;
}

/** The picker's list: the locales the bot speaks in its own order, then the others Discord has. */
export function localeChoices(): LocaleChoice[] {
  const spoken = LOCALES.flatMap((locale) => DISCORD_LOCALES[locale]);
  const others = DISCORD_LOCALE_CODES.filter((code) => !spoken.includes(code));
  const choice = (code: string, isSpoken: boolean): LocaleChoice => ({ code, name: new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code, spoken: isSpoken });
  return [...spoken.map((code) => choice(code, true)), ...others.map((code) => choice(code, false))];
}

export interface LocalesState {
  /** The server's guild_locale. */
  guild: string;
  /** Each member's locale, by member id. */
  members: Record<string, string>;
}

export class SandboxLocales {
  readonly #members = new Map<string, string>();
  #guild = 'en-US';

  constructor(memberIds: readonly string[]) {
    for (const id of memberIds) this.#members.set(id, 'en-US');
  }

  get state(): LocalesState {
    return { guild: this.#guild, members: Object.fromEntries(this.#members) };
  }

  /** What an interaction by this member carries: their `locale` and the server's `guild_locale`. */
  of(memberId: string): { locale: string; guildLocale: string } {
    return { locale: this.#members.get(memberId) ?? 'en-US', guildLocale: this.#guild };
  }

  /** Sets a member's locale, or the server's when `memberId` is null. */
  set(memberId: string | null, locale: string): LocalesState {
    if (memberId === null) this.#guild = locale;
    else if (this.#members.has(memberId)) this.#members.set(memberId, locale);
    else throw new Error(`no member ${memberId}`);
    return this.state;
  }
}
