// The one in-memory store every resource module of the fake Discord reads and writes, like
// localstack's per-service store: guilds, channels, users, messages, stored files, interactions,
// registered commands, member roles and gateway sessions, plus the record of every request, the
// change listeners and the waiters. Modules keep no state of their own, so any of them can see what
// another did. A new resource (AutoMod rules, role positions, channel overwrites, application
// owner/team) adds its map here and its behaviour in its own module.
import type { WebSocket } from 'ws';
import type { FakeAutoModRule, FakeDiscordEvent, FakeDiscordOptions, FakeInteraction, FakeMessage, FakeOverwrite, FakeRole, FakeTeam, FakeUser, GatewayEvent, RecordedRequest, RegisteredCommand } from './types.ts';

const DISCORD_EPOCH = 1420070400000n;

let lastSnowflake = 0n;
/** Realistic 18–19 digit snowflakes, unique and increasing within the process. */
export function snowflake(): string {
  let next = ((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n);
  if (next <= lastSnowflake) next = lastSnowflake + 1n;
  lastSnowflake = next;
  return next.toString();
}

/** Discord's timestamp format: ISO 8601 with an explicit +00:00. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+00:00');
}

/** Discord's default upload limit (10 MiB since 2025). */
export const DEFAULT_UPLOAD_LIMIT = 10 * 1024 * 1024;

export interface ChannelState {
  id: string;
  /** 0 guild text, 1 DM. */
  type: number;
  guildId: string | null;
  name: string;
  recipientId: string | null;
  /** Permission overwrites of a guild channel. */
  overwrites?: FakeOverwrite[];
}

export interface GuildState {
  id: string;
  name: string;
  ownerId: string;
  channelIds: string[];
  botRoleId: string;
  joinedAt: string;
  /** @everyone (id = the guild's) first, then the bot's own role, then any a test adds. */
  roles: FakeRole[];
}

/** One live WebSocket of the gateway. */
export interface Connection {
  socket: WebSocket;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  state: 'hello' | 'identified' | 'resumed';
}

export interface Session {
  id: string;
  seq: number;
  events: GatewayEvent[];
  resumable: boolean;
  /** IDENTIFY's `intents` bitfield: which events Discord sends this session (AutoMod's need 1 << 20). */
  intents: number;
  /** IDENTIFY's `shard: [shard, shardCount]` ([0, 1] when the client sent none). */
  shard: number;
  shardCount: number;
  /** The live connection of this session (null while dropped). */
  current: Connection | null;
}

export interface StoredFile {
  data: Buffer;
  contentType: string;
}

interface Waiter {
  check: () => boolean;
  abort: (error: Error) => void;
}

export class DiscordState {
  /** http://127.0.0.1:<port>: REST under /api, the CDN under /cdn and /media. */
  readonly origin: string;
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: FakeUser;
  readonly defaultUser: FakeUser;
  readonly requests: RecordedRequest[] = [];
  readonly dispatched: GatewayEvent[] = [];
  /** TCP connections open now (HTTP, kept alive or busy, and gateway): a stopped bot should leave none. */
  readonly connections = new Set<object>();

  readonly guilds = new Map<string, GuildState>();
  readonly channels = new Map<string, ChannelState>();
  readonly users = new Map<string, FakeUser>();
  readonly dmChannelByUser = new Map<string, string>();
  /** Users who do not accept DMs from the bot. */
  readonly closedDms = new Set<string>();
  readonly messages = new Map<string, FakeMessage>();
  readonly channelMessageIds = new Map<string, string[]>();
  readonly interactions = new Map<string, FakeInteraction>();
  readonly interactionByToken = new Map<string, FakeInteraction>();
  readonly expiredTokens = new Set<string>();
  /** CDN files by `<channelId>/<attachmentId>`. */
  readonly files = new Map<string, StoredFile>();
  /** Registered commands by guild id, or 'global'. */
  readonly commands = new Map<string, RegisteredCommand[]>();
  /** Ids for commands used before (or without) being registered, by name. */
  readonly commandIds = new Map<string, string>();
  /** Roles given through REST, by `<guildId>/<userId>`. */
  readonly memberRoles = new Map<string, Set<string>>();
  /** One gateway session per shard id. */
  readonly sessions = new Map<number, Session>();
  /** AutoMod rules by guild id (automod.ts). */
  readonly autoModRules = new Map<string, FakeAutoModRule[]>();

  // The application's owner or team (who operates the bot) and the servers the bot has left.
  applicationOwner: FakeUser;
  applicationTeam: FakeTeam | null;
  readonly leftGuilds: string[] = [];

  readonly #waiters = new Set<Waiter>();
  readonly #listeners = new Set<(event: FakeDiscordEvent) => void>();

  constructor(port: number, options: FakeDiscordOptions) {
    this.origin = `http://127.0.0.1:${port}`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
    this.token = options.token ?? 'fake-bot-token.abc.def';
    this.applicationId = options.applicationId ?? snowflake();
    this.botUser = { id: options.botUserId ?? this.applicationId, username: options.botUsername ?? 'Kie Video' };
    this.defaultUser = { id: snowflake(), username: 'member' };
    this.users.set(this.botUser.id, this.botUser);
    this.users.set(this.defaultUser.id, this.defaultUser);
    this.applicationOwner = options.applicationOwner ?? { id: snowflake(), username: 'app-owner' };
    this.applicationTeam = options.applicationTeam ?? null;
  }

  /** Messages of a channel in creation order, deleted ones left out. */
  channelMessages(channelId: string): FakeMessage[] {
    const ids = this.channelMessageIds.get(channelId) ?? [];
    return ids.map((id) => this.messages.get(id)).filter((m): m is FakeMessage => m !== undefined && !m.deleted);
  }

  record(request: RecordedRequest): void {
    this.requests.push(request);
    this.poke();
  }

  onChange(listener: (event: FakeDiscordEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(event: FakeDiscordEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // A broken observer must not break the fake.
      }
    }
  }

  /** Resolves once `check` holds; it is re-run whenever a request is recorded or a session changes. */
  waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        check: () => {
          if (!check()) return false;
          clearTimeout(timer);
          resolve();
          return true;
        },
        abort: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        const recent = this.requests
          .slice(-20)
          .map((r) => (r.kind === 'gateway' ? `  WS op ${r.op ?? '?'}` : `  ${r.method} ${r.path} -> ${r.status}`))
          .join('\n');
        reject(new Error(`FakeDiscord: timed out after ${timeoutMs} ms waiting for ${what}; last requests:\n${recent || '  (none)'}`));
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  poke(): void {
    for (const waiter of this.#waiters) {
      if (waiter.check()) this.#waiters.delete(waiter);
    }
  }

  abortWaiters(error: Error): void {
    for (const waiter of this.#waiters) waiter.abort(error);
    this.#waiters.clear();
  }
}
