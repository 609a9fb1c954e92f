import { isLocale, localeOf, type Locale } from '../../i18n/index.ts';
import type { Collection } from '../store.ts';

/** A server's chosen language (`/settings language`); absent = `auto`. */
export interface ServerLanguageRecord {
  language: Locale;
  updatedAt: number;
  updatedBy?: string;
}

/**
 * The language a server's public messages speak (status lines, results, challenge announcements):
 * its own choice from `/settings language`, or (`auto`, the default) Discord's `guild_locale`, the
 * Community server's preferred language. Reads are synchronous from memory: `load()` at start and
 * again from a Refresher for other processes sharing the store; writes go through to the store.
 */
export class ServerLanguages {
  readonly #records = new Map<string, ServerLanguageRecord>();
  /** Discord's guild_locale of each server, as its last interaction said (messages sent without one use it). */
  readonly #guildLocales = new Map<string, string>();
  readonly #collection: Collection<ServerLanguageRecord>;
  readonly #now: () => number;

  constructor(options: { collection: Collection<ServerLanguageRecord>; now?: () => number }) {
    this.#collection = options.collection;
    this.#now = options.now ?? Date.now;
  }

  async load(): Promise<void> {
    const seen = new Set<string>();
    for await (const [guildId, record] of this.#collection.entries()) {
      if (!isLocale(record.language)) continue;
      seen.add(guildId);
      const mine = this.#records.get(guildId);
      if (!mine || mine.updatedAt <= record.updatedAt) this.#records.set(guildId, record);
    }
    for (const guildId of [...this.#records.keys()]) if (!seen.has(guildId)) this.#records.delete(guildId);
  }

  /** The server's own choice, or undefined for `auto`. */
  chosen(guildId: string): Locale | undefined {
    return this.#records.get(guildId)?.language;
  }

  /**
   * The language of the server's public messages: its choice, else Discord's guild_locale (given, or
   * as the server's last interaction said), else English.
   */
  of(guildId: string | null | undefined, guildLocale?: string | null): Locale {
    if (!guildId) return localeOf(guildLocale);
    return this.chosen(guildId) ?? localeOf(guildLocale ?? this.#guildLocales.get(guildId));
  }

  /** Remembers the server's guild_locale from an interaction. */
  seen(guildId: string | null | undefined, guildLocale: string | null | undefined): void {
    if (guildId && guildLocale && this.#guildLocales.get(guildId) !== guildLocale) this.#guildLocales.set(guildId, guildLocale);
  }

  /** `auto` forgets the choice. */
  async set(guildId: string, language: Locale | 'auto', by: string): Promise<void> {
    if (language === 'auto') {
      await this.#collection.delete(guildId);
      this.#records.delete(guildId);
      return;
    }
    const record: ServerLanguageRecord = { language, updatedAt: this.#now(), updatedBy: by };
    await this.#collection.set(guildId, record);
    this.#records.set(guildId, record);
  }
}
