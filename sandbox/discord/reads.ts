// The read half of FakeDiscord's test API: what a test looks up (messages, DMs, interactions,
// commands, member roles, shards, recorded requests) and waits for (IDENTIFY, shards, RESUME, a
// request). Everything here only reads the store; what makes Discord act is in discord.ts.
// A lookup for a new resource (a guild's AutoMod rules, the application's owner) is added here.
import { firstChannelOf } from './guilds.ts';
import { isLive, sessionFor } from './gateway.ts';
import type { ChannelState, DiscordState } from './state.ts';
import type { FakeDiscordEvent, FakeInteraction, FakeMessage, FakeRole, FakeUser, GatewayEvent, RecordedRequest, RegisteredCommand } from './types.ts';

export class DiscordReads {
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: FakeUser;
  /** Member used by sendCommand when no user is given. */
  readonly defaultUser: FakeUser;
  readonly requests: RecordedRequest[];
  /** Every dispatch the fake sent on the gateway (READY, GUILD_CREATE, INTERACTION_CREATE, ...). */
  readonly dispatched: GatewayEvent[];
  /** Every channel by id: guild text channels (with their names) and DM channels. */
  readonly channels: ReadonlyMap<string, Readonly<ChannelState>>;
  /** TCP connections to this fake open now: HTTP ones (kept alive or busy) and gateway ones. */
  readonly connections: ReadonlySet<object>;
  readonly #state: DiscordState;

  constructor(state: DiscordState) {
    this.#state = state;
    this.apiUrl = `${state.origin}/api`;
    this.gatewayUrl = state.gatewayUrl;
    this.token = state.token;
    this.applicationId = state.applicationId;
    this.botUser = state.botUser;
    this.defaultUser = state.defaultUser;
    this.requests = state.requests;
    this.dispatched = state.dispatched;
    this.channels = state.channels;
    this.connections = state.connections;
  }

  get guildIds(): string[] {
    return [...this.#state.guilds.keys()];
  }

  /** The first text channel of a guild (the first guild when omitted). */
  channelIdOf(guildId?: string): string {
    return firstChannelOf(this.#state, guildId);
  }

  /** Roles given to a member through REST (PUT /guilds/:g/members/:u/roles/:r). */
  /** Servers the bot left (DELETE /users/@me/guilds/:g), in order. */
  get leftGuilds(): string[] {
    return [...this.#state.leftGuilds];
  }

  /** A guild's roles, @everyone first. */
  guildRoles(guildId: string): FakeRole[] {
    return structuredClone(this.#state.guilds.get(guildId)?.roles ?? []);
  }

  guildOwnerId(guildId: string): string {
    const guild = this.#state.guilds.get(guildId);
    if (!guild) throw new Error(`FakeDiscord: unknown guild ${guildId}`);
    return guild.ownerId;
  }

  memberRoles(guildId: string, userId: string): string[] {
    return [...(this.#state.memberRoles.get(`${guildId}/${userId}`) ?? [])];
  }

  message(id: string): FakeMessage | undefined {
    return this.#state.messages.get(id);
  }

  /** Messages of a channel in creation order, deleted ones left out. */
  channelMessages(channelId: string): FakeMessage[] {
    return this.#state.channelMessages(channelId);
  }

  originalFor(interactionToken: string): FakeMessage | undefined {
    const id = this.#state.interactionByToken.get(interactionToken)?.originalMessageId;
    return id === null || id === undefined ? undefined : this.#state.messages.get(id);
  }

  interaction(idOrToken: string): FakeInteraction | undefined {
    return this.#state.interactions.get(idOrToken) ?? this.#state.interactionByToken.get(idOrToken);
  }

  dms(userId: string): FakeMessage[] {
    const channelId = this.#state.dmChannelByUser.get(userId);
    return channelId === undefined ? [] : this.#state.channelMessages(channelId);
  }

  /** Registered commands: global when guildId is omitted. */
  commands(guildId?: string): RegisteredCommand[] {
    return this.#state.commands.get(guildId ?? 'global') ?? [];
  }

  /** Gateway messages the client sent with this opcode (1 heartbeat, 2 identify, 6 resume). */
  gatewayMessages(op?: number): RecordedRequest[] {
    return this.requests.filter((r) => r.kind === 'gateway' && (op === undefined || r.op === op));
  }

  /** Shard ids with a live, IDENTIFYed or RESUMEd connection. */
  get connectedShards(): number[] {
    return [...this.#state.sessions.values()]
      .filter(isLive)
      .map((s) => s.shard)
      .sort((a, b) => a - b);
  }

  /** The shard id a guild's events go to (by the shard count its shard identified with). */
  shardOfGuild(guildId: string): number | undefined {
    return sessionFor(this.#state, guildId)?.shard;
  }

  /** Calls `listener` on every message create/edit/delete and interaction callback; returns an unsubscribe. */
  onChange(listener: (event: FakeDiscordEvent) => void): () => void {
    return this.#state.onChange(listener);
  }

  /** Resolves once a live connection has IDENTIFYed and received READY and every GUILD_CREATE. */
  waitForIdentify(timeoutMs = 5000): Promise<void> {
    return this.#state.waitFor(() => this.#state.sessions.get(0)?.current?.state === 'identified', timeoutMs, 'an IDENTIFYed gateway connection');
  }

  /** Resolves once shards 0..count-1 each have a live connection (IDENTIFYed or RESUMEd). */
  waitForShards(count: number, timeoutMs = 5000): Promise<void> {
    const all = () => Array.from({ length: count }, (_, shard) => this.#state.sessions.get(shard)).every(isLive);
    return this.#state.waitFor(all, timeoutMs, `${count} connected shards`);
  }

  /** Resolves once a live connection has RESUMEd (after dropConnection). */
  waitForResume(timeoutMs = 5000): Promise<void> {
    return this.#state.waitFor(() => this.#state.sessions.get(0)?.current?.state === 'resumed', timeoutMs, 'a RESUMEd gateway connection');
  }

  /** Resolves with the first recorded request (already recorded ones included) that matches. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    let found: RecordedRequest | undefined;
    let scanned = 0;
    const check = (): boolean => {
      for (; scanned < this.requests.length; scanned++) {
        const request = this.requests[scanned];
        if (request && predicate(request)) {
          found = request;
          return true;
        }
      }
      return false;
    };
    return this.#state.waitFor(check, timeoutMs, 'a matching request').then(() => found as RecordedRequest);
  }
}
