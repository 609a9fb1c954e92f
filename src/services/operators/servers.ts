import type { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';

/** A server the bot is in: what `/operator` lists and autocompletes. */
export interface ServerInfo {
  id: string;
  name: string;
}

/** Discord's largest page of GET /users/@me/guilds. */
const PAGE = 200;
/** A listing is reused this long: autocomplete asks on every keystroke. */
const FRESH_MS = 60_000;

/**
 * The servers the bot is in, read over REST (GET /users/@me/guilds, a page of 200 at a time): every
 * server, whichever shard or process holds it, without depending on the gateway client's caches.
 */
export class BotServers {
  readonly #rest: Pick<REST, 'get' | 'delete'>;
  readonly #now: () => number;
  #cached: { at: number; servers: ServerInfo[] } | undefined;
  #reading: Promise<ServerInfo[]> | undefined;

  constructor(options: { rest: Pick<REST, 'get' | 'delete'>; now: () => number }) {
    this.#rest = options.rest;
    this.#now = options.now;
  }

  /** Every server, oldest first; a listing under a minute old is reused unless `fresh`. */
  async list(options: { fresh?: boolean } = {}): Promise<ServerInfo[]> {
    const cached = this.#cached;
    if (!options.fresh && cached && this.#now() - cached.at < FRESH_MS) return cached.servers;
    this.#reading ??= this.#read().finally(() => (this.#reading = undefined));
    return this.#reading;
  }

  /** The server's name as last listed, or undefined when the bot is not (or no longer) in it. */
  async name(guildId: string): Promise<string | undefined> {
    return (await this.list()).find((s) => s.id === guildId)?.name;
  }

  /** The bot leaves the server (DELETE /users/@me/guilds/:g). */
  async leave(guildId: string): Promise<void> {
    await this.#rest.delete(Routes.userGuild(guildId));
    if (this.#cached) this.#cached = { ...this.#cached, servers: this.#cached.servers.filter((s) => s.id !== guildId) };
  }

  async #read(): Promise<ServerInfo[]> {
    const servers: ServerInfo[] = [];
    for (let after = '0'; ; ) {
      const page = (await this.#rest.get(Routes.userGuilds(), { query: new URLSearchParams({ limit: String(PAGE), after }) })) as Array<{ id: string; name: string }>;
      servers.push(...page.map((g) => ({ id: g.id, name: g.name })));
      if (page.length < PAGE) break;
      after = page.at(-1)!.id;
    }
    this.#cached = { at: this.#now(), servers };
    return servers;
  }
}
