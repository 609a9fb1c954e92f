import type { Logger } from '../../logger.ts';
import type { BotServers } from './servers.ts';

/**
 * ALLOWED_GUILDS: the servers the bot serves (unset: every server). Elsewhere every command and
 * button is refused by the server gate (interactions/serverGate.ts) before anything is held or
 * sent; with LEAVE_OTHER_GUILDS the bot also leaves them, at start and when it joins one. The
 * operator's server (OPERATOR_GUILD_ID) is always served.
 */
export class AllowedServers {
  readonly #allowed: ReadonlySet<string> | undefined;
  readonly #leave: boolean;
  readonly #servers: Pick<BotServers, 'list' | 'leave'>;
  readonly #owns: (guildId: string) => boolean;
  readonly #log: Logger;

  constructor(options: {
    allowed: readonly string[] | undefined;
    operatorGuildId?: string | undefined;
    leaveOthers: boolean;
    servers: Pick<BotServers, 'list' | 'leave'>;
    /** Sharded, each process speaks for its own shards' servers only. */
    owns: (guildId: string) => boolean;
    logger: Logger;
  }) {
    this.#allowed = options.allowed === undefined ? undefined : new Set([...options.allowed, ...(options.operatorGuildId ? [options.operatorGuildId] : [])]);
    this.#leave = options.leaveOthers;
    this.#servers = options.servers;
    this.#owns = options.owns;
    this.#log = options.logger;
  }

  /** True when every server is served (no ALLOWED_GUILDS). */
  get everywhere(): boolean {
    return this.#allowed === undefined;
  }

  allows(guildId: string | null): boolean {
    return guildId === null || this.#allowed === undefined || this.#allowed.has(guildId);
  }

  /** At start: names the servers not on the list, and leaves them with LEAVE_OTHER_GUILDS. */
  async sweep(): Promise<void> {
    if (this.#allowed === undefined) return;
    const others = (await this.#servers.list({ fresh: true })).filter((s) => !this.allows(s.id) && this.#owns(s.id));
    if (others.length === 0) return;
    const servers = others.map((s) => `${s.name} (${s.id})`);
    // The line names them; past 20 the rest are in its `servers` field.
    const named = servers.length > 20 ? `${servers.slice(0, 20).join(', ')} and ${servers.length - 20} more` : servers.join(', ');
    this.#log.warn({ servers, leaving: this.#leave }, `the bot is in ${others.length} server(s) not in ALLOWED_GUILDS: ${named}${this.#leave ? '; leaving them' : '; commands there are refused'}`);
    if (this.#leave) for (const s of others) await this.#leaveOne(s.id, s.name);
  }

  /** The bot was added to a server (GUILD_CREATE for a new one). */
  async joined(guildId: string, name: string): Promise<void> {
    if (this.allows(guildId)) return;
    this.#log.warn({ guildId, name, leaving: this.#leave }, 'the bot was added to a server not in ALLOWED_GUILDS');
    if (this.#leave) await this.#leaveOne(guildId, name);
  }

  async #leaveOne(guildId: string, name: string): Promise<void> {
    try {
      await this.#servers.leave(guildId);
      this.#log.info({ guildId, name }, 'left a server not in ALLOWED_GUILDS');
    } catch (error) {
      this.#log.warn({ err: error, guildId }, 'could not leave a server not in ALLOWED_GUILDS');
    }
  }
}
