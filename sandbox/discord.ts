// A fake Discord (REST under /api/v10 + gateway WebSocket) on 127.0.0.1 that the real discord.js 14
// Client and @discordjs/rest talk to. Shapes and error codes follow ../shared/reference/discord.md.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer, type RawData } from 'ws';

export interface FakeGuildSpec {
  id: string;
  name?: string;
  channelIds?: string[];
  ownerId?: string;
}

export interface FakeUser {
  id: string;
  username: string;
}

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface RecordedRequest {
  kind: 'http' | 'gateway';
  /** HTTP method; 'WS' for a gateway message sent by the client. */
  method: string;
  /** Without the /api/vN prefix, e.g. '/interactions/123/tok/callback'; the socket's path for gateway messages. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON body, the parsed `payload_json` of a multipart body, or the gateway payload. */
  json?: unknown;
  files?: RecordedFile[];
  /** The raw body exactly as received, so tests can scan every byte for leaked secrets. */
  body: Buffer;
  /** What the fake answered (0 for gateway messages). */
  status: number;
  /** The JSON the fake answered with, if any. */
  response?: unknown;
  /** Gateway opcode, for gateway messages. */
  op?: number;
  at: number;
}

export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  contentType: string;
  url: string;
  proxyUrl: string;
  data: Buffer;
  description?: string;
  width?: number;
  height?: number;
}

export interface FakeMessageReference {
  messageId: string;
  channelId: string;
  guildId: string | null;
  failIfNotExists: boolean;
}

export interface FakeMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  content: string;
  embeds: unknown[];
  components: unknown[];
  attachments: FakeAttachment[];
  flags: number;
  /** 0 default, 19 reply, 20 chat input command (interaction reply). */
  type: number;
  messageReference: FakeMessageReference | null;
  /** `allowed_mentions` of the latest payload that set it. */
  allowedMentions: unknown;
  interactionId: string | null;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
  /** Every JSON payload applied to this message, creation first, so tests can check each edit. */
  payloads: unknown[];
}

export interface FakeInteraction {
  id: string;
  token: string;
  /** 2 application command, 4 autocomplete. */
  type: number;
  commandName: string;
  guildId: string | null;
  channelId: string;
  user: FakeUser;
  attachmentSizeLimit: number;
  dispatchedAt: number;
  acknowledgedAt: number | null;
  callbackType: number | null;
  callbackData: unknown;
  ephemeral: boolean;
  originalMessageId: string | null;
  followUpIds: string[];
  expired: boolean;
  /** Components and modals: the custom id, and the message that carries the component. */
  customId: string | null;
  messageId: string | null;
}

export interface RegisteredCommand {
  id: string;
  application_id: string;
  guild_id?: string;
  name: string;
  description: string;
  type: number;
  version: string;
  [key: string]: unknown;
}

export interface FakeCommandOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: FakeCommandOption[];
}

export interface FakeAttachmentInput {
  /** The command option's name. */
  name: string;
  filename: string;
  contentType: string;
  data: Buffer;
  width?: number;
  height?: number;
}

export interface SendCommandOptions {
  name: string;
  /** null = a DM with the bot. Defaults to the first guild. */
  guildId?: string | null;
  channelId?: string;
  user?: FakeUser;
  memberPermissions?: string;
  options?: FakeCommandOption[];
  attachments?: FakeAttachmentInput[];
  attachmentSizeLimit?: number;
  appPermissions?: string;
  locale?: string;
  guildLocale?: string;
  /** When the member joined the server (default: when the bot joined it). */
  memberJoinedAt?: number;
}

/** A button press or select-menu choice on a message (interaction type 3). */
export interface SendComponentOptions extends Omit<SendCommandOptions, 'name' | 'options' | 'attachments'> {
  customId: string;
  /** The message that carries the component. */
  messageId: string;
  /** 2 button (default), 3 string select. */
  componentType?: number;
  values?: string[];
}

/** A submitted modal (interaction type 5): text input values by custom id. */
export interface SendModalOptions extends Omit<SendCommandOptions, 'name' | 'options' | 'attachments'> {
  customId: string;
  fields: Record<string, string>;
  /** The message whose component opened the modal, if any. */
  messageId?: string;
}

/** What changed, for a live view of the fake's state (the sandbox page). */
export type FakeDiscordEvent =
  | { kind: 'message-create' | 'message-update' | 'message-delete'; message: FakeMessage }
  | { kind: 'interaction-callback'; interaction: FakeInteraction };

export interface SentInteraction {
  interactionId: string;
  token: string;
  dispatchedAt: number;
}

export interface FaultMatch {
  method?: string;
  path: RegExp;
}

export interface FaultResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeDiscordOptions {
  applicationId?: string;
  botUserId?: string;
  botUsername?: string;
  token?: string;
  guilds?: FakeGuildSpec[];
  /** Real Discord: 3 s. */
  callbackWindowMs?: number;
  /** Real Discord: 15 min. */
  interactionTokenLifetimeMs?: number;
  /** Discord's default upload limit (10 MiB since 2025), applied to bot-token channel routes. */
  channelUploadLimit?: number;
  heartbeatIntervalMs?: number;
  /** What GET /gateway/bot recommends as `shards` (real Discord: about one per 1,000 guilds). */
  recommendedShards?: number;
  /** `session_start_limit.max_concurrency`: shards a client may IDENTIFY at once (real: 1, or 16+ for big bots). */
  maxConcurrency?: number;
}

const PERMISSION = {
  createInstantInvite: 1n << 0n,
  administrator: 1n << 3n,
  manageGuild: 1n << 5n,
  addReactions: 1n << 6n,
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
  attachFiles: 1n << 15n,
  readMessageHistory: 1n << 16n,
  useExternalEmojis: 1n << 18n,
  changeNickname: 1n << 26n,
  useApplicationCommands: 1n << 31n,
  sendMessagesInThreads: 1n << 38n,
} as const;

const memberBits =
  PERMISSION.createInstantInvite |
  PERMISSION.addReactions |
  PERMISSION.viewChannel |
  PERMISSION.sendMessages |
  PERMISSION.embedLinks |
  PERMISSION.attachFiles |
  PERMISSION.readMessageHistory |
  PERMISSION.useExternalEmojis |
  PERMISSION.changeNickname |
  PERMISSION.useApplicationCommands |
  PERMISSION.sendMessagesInThreads;

/** Permission bitfield strings as Discord sends them. */
export const FAKE_PERMISSIONS = {
  /** An ordinary member: no Manage Server. */
  member: memberBits.toString(),
  /** A server admin: Administrator + Manage Server on top of the member bits. */
  admin: (memberBits | PERMISSION.administrator | PERMISSION.manageGuild).toString(),
  /** Only Manage Server, no Administrator. */
  manager: (memberBits | PERMISSION.manageGuild).toString(),
  /** What the bot has in a channel by default (can send, embed and attach). */
  bot: memberBits.toString(),
  /** A bot that may not attach files here. */
  botWithoutAttach: (memberBits & ~PERMISSION.attachFiles).toString(),
} as const;

export const MESSAGE_FLAGS = { ephemeral: 1 << 6, loading: 1 << 7, componentsV2: 1 << 15 } as const;

const DEFAULT_UPLOAD_LIMIT = 10 * 1024 * 1024;
const DISCORD_EPOCH = 1420070400000n;

let lastSnowflake = 0n;
/** Realistic 18–19 digit snowflakes, unique and increasing within the process. */
export function snowflake(): string {
  let next = ((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n);
  if (next <= lastSnowflake) next = lastSnowflake + 1n;
  lastSnowflake = next;
  return next.toString();
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw bytes instead of JSON (attachment downloads). */
  raw?: { data: Buffer; contentType: string };
}

interface RequestContext {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  json: unknown;
  files: RecordedFile[];
}

interface ChannelState {
  id: string;
  type: number;
  guildId: string | null;
  name: string;
  recipientId: string | null;
}

interface GuildState {
  id: string;
  name: string;
  ownerId: string;
  channelIds: string[];
  botRoleId: string;
  joinedAt: string;
}

export interface GatewayEvent {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  seq: number;
  events: GatewayEvent[];
  resumable: boolean;
  /** IDENTIFY's `shard: [shard, shardCount]` ([0, 1] when the client sent none). */
  shard: number;
  shardCount: number;
  /** The live connection of this session (null while dropped). */
  current: Connection | null;
}

/** The shard Discord sends a guild's events to: (guild_id >> 22) % shard count. DMs go to shard 0. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

interface Connection {
  socket: WebSocket;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  state: 'hello' | 'identified' | 'resumed';
}

interface Waiter {
  check: () => boolean;
  abort: (error: Error) => void;
}

interface StoredFile {
  data: Buffer;
  contentType: string;
}

function apiError(status: number, code: number, message: string, extra?: Record<string, unknown>): Reply {
  return { status, body: { message, code, ...extra } };
}

function invalidFormBody(field: string, code: string, message: string): Reply {
  return apiError(400, 50035, 'Invalid Form Body', {
    errors: { [field]: { _errors: [{ code, message }] } },
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flattenHeaders(raw: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+00:00');
}

export class FakeDiscord {
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: FakeUser;
  /** Member used by sendCommand when no user is given. */
  readonly defaultUser: FakeUser;
  readonly requests: RecordedRequest[] = [];
  /** Every dispatch the fake sent on the gateway (READY, GUILD_CREATE, INTERACTION_CREATE, ...). */
  readonly dispatched: GatewayEvent[] = [];
  /** Tunable at runtime, e.g. set to 0 to make every callback late. */
  callbackWindowMs: number;
  interactionTokenLifetimeMs: number;
  channelUploadLimit: number;
  heartbeatIntervalMs: number;
  recommendedShards: number;
  maxConcurrency: number;

  #server: Server;
  #wss: WebSocketServer;
  #origin: string;
  #guilds = new Map<string, GuildState>();
  #channels = new Map<string, ChannelState>();
  #users = new Map<string, FakeUser>();
  #dmChannelByUser = new Map<string, string>();
  #closedDms = new Set<string>();
  #messages = new Map<string, FakeMessage>();
  #channelMessageIds = new Map<string, string[]>();
  #interactions = new Map<string, FakeInteraction>();
  #interactionByToken = new Map<string, FakeInteraction>();
  #expiredTokens = new Set<string>();
  #files = new Map<string, StoredFile>();
  #commands = new Map<string, RegisteredCommand[]>();
  #commandIds = new Map<string, string>();
  #faults: Array<{ match: FaultMatch; response: FaultResponse; remaining: number }> = [];
  #memberRoles = new Map<string, Set<string>>();
  #waiters = new Set<Waiter>();
  #listeners = new Set<(event: FakeDiscordEvent) => void>();
  #connections = new Set<Connection>();
  /** One gateway session per shard id. */
  #sessions = new Map<number, Session>();
  #closed = false;

  private constructor(server: Server, wss: WebSocketServer, port: number, options: FakeDiscordOptions) {
    this.#server = server;
    this.#wss = wss;
    this.#origin = `http://127.0.0.1:${port}`;
    this.apiUrl = `${this.#origin}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
    this.token = options.token ?? 'fake-bot-token.abc.def';
    this.applicationId = options.applicationId ?? snowflake();
    this.botUser = { id: options.botUserId ?? this.applicationId, username: options.botUsername ?? 'Kie Video' };
    this.defaultUser = { id: snowflake(), username: 'member' };
    this.callbackWindowMs = options.callbackWindowMs ?? 3000;
    this.interactionTokenLifetimeMs = options.interactionTokenLifetimeMs ?? 15 * 60 * 1000;
    this.channelUploadLimit = options.channelUploadLimit ?? DEFAULT_UPLOAD_LIMIT;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41250;
    this.recommendedShards = options.recommendedShards ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? 1;
    this.#users.set(this.botUser.id, this.botUser);
    this.#users.set(this.defaultUser.id, this.defaultUser);

    const specs = options.guilds ?? [{ id: snowflake(), name: 'Fake Guild' }];
    for (const spec of specs) this.addGuild(spec);

    server.on('request', (req, res) => void this.#onHttp(req, res));
    wss.on('connection', (socket, req) => this.#onSocket(socket, req));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return new FakeDiscord(server, wss, port, options);
  }

  // ---- state a test can read -------------------------------------------------------------------

  get guildIds(): string[] {
    return [...this.#guilds.keys()];
  }

  /** The first text channel of a guild (the first guild when omitted). */
  channelIdOf(guildId?: string): string {
    const guild = guildId === undefined ? this.#guilds.values().next().value : this.#guilds.get(guildId);
    const channelId = guild?.channelIds[0];
    if (channelId === undefined) throw new Error(`FakeDiscord: no guild/channel for ${guildId ?? '(first guild)'}`);
    return channelId;
  }

  /** Adds a guild; sends GUILD_CREATE when a client is connected (the bot joined a server). */
  addGuild(spec: FakeGuildSpec): void {
    const channelIds = spec.channelIds?.length ? [...spec.channelIds] : [snowflake()];
    const guild: GuildState = {
      id: spec.id,
      name: spec.name ?? `Guild ${spec.id.slice(-4)}`,
      ownerId: spec.ownerId ?? snowflake(),
      channelIds,
      botRoleId: snowflake(),
      joinedAt: iso(Date.now()),
    };
    this.#guilds.set(guild.id, guild);
    if (!this.#users.has(guild.ownerId)) this.#users.set(guild.ownerId, { id: guild.ownerId, username: 'owner' });
    channelIds.forEach((id, index) => {
      this.#channels.set(id, { id, type: 0, guildId: guild.id, name: index === 0 ? 'general' : `channel-${index}`, recipientId: null });
    });
    const state = this.#sessionFor(guild.id)?.current?.state;
    if (state === 'identified' || state === 'resumed') {
      this.dispatch('GUILD_CREATE', this.#guildJson(guild));
    }
  }

  /** Roles given to a member through REST (PUT /guilds/:g/members/:u/roles/:r). */
  memberRoles(guildId: string, userId: string): string[] {
    return [...(this.#memberRoles.get(`${guildId}/${userId}`) ?? [])];
  }

  message(id: string): FakeMessage | undefined {
    return this.#messages.get(id);
  }

  /** Messages of a channel in creation order, deleted ones left out. */
  channelMessages(channelId: string): FakeMessage[] {
    const ids = this.#channelMessageIds.get(channelId) ?? [];
    return ids.map((id) => this.#messages.get(id)).filter((m): m is FakeMessage => m !== undefined && !m.deleted);
  }

  originalFor(interactionToken: string): FakeMessage | undefined {
    const id = this.#interactionByToken.get(interactionToken)?.originalMessageId;
    return id === null || id === undefined ? undefined : this.#messages.get(id);
  }

  interaction(idOrToken: string): FakeInteraction | undefined {
    return this.#interactions.get(idOrToken) ?? this.#interactionByToken.get(idOrToken);
  }

  dms(userId: string): FakeMessage[] {
    const channelId = this.#dmChannelByUser.get(userId);
    return channelId === undefined ? [] : this.channelMessages(channelId);
  }

  /** Registered commands: global when guildId is omitted. */
  commands(guildId?: string): RegisteredCommand[] {
    return this.#commands.get(guildId ?? 'global') ?? [];
  }

  /** Gateway messages the client sent with this opcode (1 heartbeat, 2 identify, 6 resume). */
  gatewayMessages(op?: number): RecordedRequest[] {
    return this.requests.filter((r) => r.kind === 'gateway' && (op === undefined || r.op === op));
  }

  // ---- faults ---------------------------------------------------------------------------------

  /** Answers the next `times` matching HTTP requests with `response`, before any normal handling. */
  fail(match: FaultMatch, response: FaultResponse, times = 1): void {
    this.#faults.push({ match, response, remaining: times });
  }

  clearFaults(): void {
    this.#faults.length = 0;
  }

  expireToken(token: string): void {
    this.#expiredTokens.add(token);
  }

  /** As if someone deleted the message in Discord: later reads and edits get 404/10008. */
  deleteMessage(channelId: string, messageId: string): void {
    const message = this.#messages.get(messageId);
    if (message && message.channelId === channelId && !message.deleted) {
      message.deleted = true;
      this.#emit({ kind: 'message-delete', message });
    }
  }

  /** The user does not accept DMs from the bot: channel messages to their DM get 403/50007. */
  closeDms(userId: string): void {
    this.#closedDms.add(userId);
  }

  /**
   * Closes the bot's WebSocket. With the default code 4000 discord.js reconnects to
   * resume_gateway_url and RESUMEs; `resumable: false` answers that RESUME with op 9, which makes
   * discord.js IDENTIFY again (throttled by its identify limiter: about 5 s after the last one).
   */
  dropConnection(options: { code?: number; resumable?: boolean; shard?: number } = {}): void {
    const session = this.#sessions.get(options.shard ?? 0);
    if (!session) return;
    if (options.resumable === false) session.resumable = false;
    const connection = session.current;
    session.current = null;
    connection?.socket.close(options.code ?? 4000, 'fake: dropped');
  }

  /** Shard ids with a live, IDENTIFYed or RESUMEd connection. */
  get connectedShards(): number[] {
    return [...this.#sessions.values()].filter((s) => s.current?.state === 'identified' || s.current?.state === 'resumed').map((s) => s.shard).sort((a, b) => a - b);
  }

  /** The shard id a guild's events go to (by the shard count its shard identified with). */
  shardOfGuild(guildId: string): number | undefined {
    return this.#sessionFor(guildId)?.shard;
  }

  // ---- waiting --------------------------------------------------------------------------------

  /** Resolves once a live connection has IDENTIFYed and received READY and every GUILD_CREATE. */
  waitForIdentify(timeoutMs = 5000): Promise<void> {
    return this.#waitFor(() => this.#sessions.get(0)?.current?.state === 'identified', timeoutMs, 'an IDENTIFYed gateway connection').then(() => undefined);
  }

  /** Resolves once shards 0..count-1 each have a live connection (IDENTIFYed or RESUMEd). */
  waitForShards(count: number, timeoutMs = 5000): Promise<void> {
    const all = () => Array.from({ length: count }, (_, shard) => this.#sessions.get(shard)?.current?.state).every((s) => s === 'identified' || s === 'resumed');
    return this.#waitFor(all, timeoutMs, `${count} connected shards`);
  }

  /** Resolves once a live connection has RESUMEd (after dropConnection). */
  waitForResume(timeoutMs = 5000): Promise<void> {
    return this.#waitFor(() => this.#sessions.get(0)?.current?.state === 'resumed', timeoutMs, 'a RESUMEd gateway connection').then(() => undefined);
  }

  /** Resolves with the first recorded request (already recorded ones included) that matches. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    let found: RecordedRequest | undefined;
    let scanned = 0;
    return this.#waitFor(
      () => {
        for (; scanned < this.requests.length; scanned++) {
          const request = this.requests[scanned];
          if (request && predicate(request)) {
            found = request;
            return true;
          }
        }
        return false;
      },
      timeoutMs,
      'a matching request',
    ).then(() => found as RecordedRequest);
  }

  #waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
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

  #poke(): void {
    for (const waiter of this.#waiters) {
      if (waiter.check()) this.#waiters.delete(waiter);
    }
  }

  #record(request: RecordedRequest): void {
    this.requests.push(request);
    this.#poke();
  }

  // ---- interactions ---------------------------------------------------------------------------

  /** Dispatches a slash command (INTERACTION_CREATE, type 2) to the connected client. */
  async sendCommand(options: SendCommandOptions): Promise<SentInteraction> {
    return this.#sendInteraction(2, options);
  }

  /** Dispatches an autocomplete interaction (type 4); mark the focused option with `focused: true`. */
  async sendAutocomplete(options: SendCommandOptions): Promise<SentInteraction> {
    return this.#sendInteraction(4, options);
  }

  /** Presses a button (or picks from a select menu) on a message (type 3). */
  async sendComponent(options: SendComponentOptions): Promise<SentInteraction> {
    const message = this.#messages.get(options.messageId);
    if (!message) throw new Error(`FakeDiscord: unknown message ${options.messageId}`);
    const data = { custom_id: options.customId, component_type: options.componentType ?? 2, ...(options.values ? { values: options.values } : {}) };
    return this.#sendInteraction(3, { ...options, name: '', channelId: options.channelId ?? message.channelId }, { data, message: this.#messageJson(message) });
  }

  /** Submits a modal (type 5) with its text inputs' values. */
  async sendModalSubmit(options: SendModalOptions): Promise<SentInteraction> {
    const message = options.messageId === undefined ? undefined : this.#messages.get(options.messageId);
    const data = {
      custom_id: options.customId,
      components: Object.entries(options.fields).map(([customId, value]) => ({ type: 1, components: [{ type: 4, custom_id: customId, value }] })),
    };
    return this.#sendInteraction(5, { ...options, name: '', ...(message ? { channelId: options.channelId ?? message.channelId } : {}) }, { data, ...(message ? { message: this.#messageJson(message) } : {}) });
  }

  /** Calls `listener` on every message create/edit/delete and interaction callback; returns an unsubscribe. */
  onChange(listener: (event: FakeDiscordEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(event: FakeDiscordEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // A broken observer must not break the fake.
      }
    }
  }

  #sendInteraction(type: number, options: SendCommandOptions, component?: { data: Record<string, unknown>; message?: Record<string, unknown> }): SentInteraction {
    if (this.#sessions.size === 0) throw new Error('FakeDiscord: no client has identified yet; await waitForIdentify() first');
    const inGuild = options.guildId !== null;
    const guildId = inGuild ? (options.guildId ?? this.guildIds[0]) : null;
    const guild = guildId === null || guildId === undefined ? undefined : this.#guilds.get(guildId);
    if (inGuild && !guild) throw new Error(`FakeDiscord: unknown guild ${String(guildId)}`);
    if (!this.#sessionFor(guild?.id ?? null)) throw new Error(`FakeDiscord: no session holds the shard of guild ${String(guildId)}`);
    const user = options.user ?? this.defaultUser;
    this.#users.set(user.id, user);
    const channelId = options.channelId ?? (guild ? this.channelIdOf(guild.id) : this.#dmChannelFor(user.id).id);
    if (guild && !this.#channels.has(channelId)) {
      this.#channels.set(channelId, { id: channelId, type: 0, guildId: guild.id, name: 'extra', recipientId: null });
      guild.channelIds.push(channelId);
    }

    const id = snowflake();
    // Shaped like Discord's: base64 of "interaction:<id>:<secret>".
    const token = Buffer.from(`interaction:${id}:${randomBytes(48).toString('base64url')}`).toString('base64url');
    const attachmentSizeLimit = options.attachmentSizeLimit ?? DEFAULT_UPLOAD_LIMIT;
    const memberPermissions = options.memberPermissions ?? FAKE_PERMISSIONS.member;
    const appPermissions = options.appPermissions ?? FAKE_PERMISSIONS.bot;

    const commandOptions = structuredClone(options.options ?? []);
    const resolvedAttachments: Record<string, unknown> = {};
    for (const input of options.attachments ?? []) {
      const attachmentId = snowflake();
      const { url, proxyUrl } = this.#storeFile(channelId, attachmentId, input.filename, input.data, input.contentType);
      resolvedAttachments[attachmentId] = {
        id: attachmentId,
        filename: input.filename,
        size: input.data.length,
        url,
        proxy_url: proxyUrl,
        content_type: input.contentType,
        ephemeral: true,
        ...(input.width === undefined ? {} : { width: input.width }),
        ...(input.height === undefined ? {} : { height: input.height }),
      };
      leafOptions(commandOptions).push({ name: input.name, type: 11, value: attachmentId });
    }

    // User options (type 6) arrive with the user (and member) in `resolved`, as Discord sends them.
    const resolvedUsers: Record<string, FakeUser> = {};
    for (const option of leafOptions(commandOptions)) {
      if (option.type === 6 && typeof option.value === 'string') resolvedUsers[option.value] = this.#users.get(option.value) ?? { id: option.value, username: `user${option.value.slice(-4)}` };
    }
    const userJson = this.#userJson(user);
    const channel = this.#channels.get(channelId);
    const data: Record<string, unknown> = component?.data ?? {
      id: this.#commandIdFor(options.name, guildId ?? null),
      name: options.name,
      type: 1,
      ...(commandOptions.length ? { options: commandOptions } : {}),
      ...(Object.keys(resolvedAttachments).length || Object.keys(resolvedUsers).length
        ? { resolved: { ...(Object.keys(resolvedAttachments).length ? { attachments: resolvedAttachments } : {}), ...this.#resolvedUsers(resolvedUsers, guild?.joinedAt) } }
        : {}),
      ...(guildId ? { guild_id: guildId } : {}),
    };
    const payload: Record<string, unknown> = {
      id,
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      channel_id: channelId,
      channel: channel ? this.#channelJson(channel, guild ? memberPermissions : undefined) : { id: channelId, type: 0 },
      app_permissions: appPermissions,
      locale: options.locale ?? 'en-US',
      attachment_size_limit: attachmentSizeLimit,
      entitlements: [],
      data,
      ...(component?.message ? { message: component.message } : {}),
    };
    if (guild) {
      Object.assign(payload, {
        guild_id: guild.id,
        guild: { id: guild.id, locale: options.guildLocale ?? 'en-US', features: [] },
        guild_locale: options.guildLocale ?? 'en-US',
        member: {
          user: userJson,
          roles: [],
          permissions: memberPermissions,
          joined_at: options.memberJoinedAt === undefined ? guild.joinedAt : iso(options.memberJoinedAt),
          premium_since: null,
          nick: null,
          avatar: null,
          deaf: false,
          mute: false,
          pending: false,
          flags: 0,
          communication_disabled_until: null,
        },
        authorizing_integration_owners: { '0': guild.id },
        context: 0,
      });
    } else {
      // A guild-installed app used in the bot's DM: the owner value is "0" (Discord docs).
      Object.assign(payload, { user: userJson, authorizing_integration_owners: { '0': '0' }, context: 1 });
    }

    const dispatchedAt = Date.now();
    const interaction: FakeInteraction = {
      id,
      token,
      type,
      commandName: options.name,
      guildId: guild?.id ?? null,
      channelId,
      user,
      attachmentSizeLimit,
      dispatchedAt,
      acknowledgedAt: null,
      callbackType: null,
      callbackData: undefined,
      ephemeral: false,
      originalMessageId: null,
      followUpIds: [],
      expired: false,
      customId: typeof component?.data.custom_id === 'string' ? component.data.custom_id : null,
      messageId: typeof component?.message?.id === 'string' ? component.message.id : null,
    };
    this.#interactions.set(id, interaction);
    this.#interactionByToken.set(token, interaction);
    this.dispatch('INTERACTION_CREATE', payload);
    return { interactionId: id, token, dispatchedAt };
  }

  #resolvedUsers(users: Record<string, FakeUser>, joinedAt: string | undefined): Record<string, unknown> {
    const ids = Object.keys(users);
    if (ids.length === 0) return {};
    return {
      users: Object.fromEntries(ids.map((id) => [id, this.#userJson(users[id]!)])),
      ...(joinedAt ? { members: Object.fromEntries(ids.map((id) => [id, { roles: [], joined_at: joinedAt, nick: null, avatar: null, premium_since: null, pending: false, flags: 0, permissions: FAKE_PERMISSIONS.member, communication_disabled_until: null }])) } : {}),
    };
  }

  #commandIdFor(name: string, guildId: string | null): string {
    const registered = [...this.commands(guildId ?? undefined), ...this.commands()].find((c) => c.name === name);
    if (registered) return registered.id;
    let id = this.#commandIds.get(name);
    if (id === undefined) {
      id = snowflake();
      this.#commandIds.set(name, id);
    }
    return id;
  }

  // ---- gateway --------------------------------------------------------------------------------

  /**
   * Sends a dispatch on the session of the shard it belongs to: a guild's events (GUILD_CREATE's
   * `id`, else `guild_id`) on (guild_id >> 22) % shard count, anything else on shard 0. With no live
   * connection (dropped), it is kept in the session and replayed on RESUME, as Discord does.
   */
  dispatch(t: string, d: unknown): void {
    const guildId = isRecord(d) ? (t === 'GUILD_CREATE' ? d.id : d.guild_id) : undefined;
    const session = this.#sessionFor(typeof guildId === 'string' ? guildId : null);
    if (!session) throw new Error('FakeDiscord: no gateway session');
    this.#dispatchOn(session, t, d);
  }

  #dispatchOn(session: Session, t: string, d: unknown): void {
    const event: GatewayEvent = { op: 0, t, s: ++session.seq, d };
    session.events.push(event);
    this.dispatched.push(event);
    const connection = session.current;
    if (connection && connection.socket.readyState === WebSocket.OPEN) connection.socket.send(JSON.stringify(event));
  }

  /** The session that receives a guild's events (shard 0 for DMs); the latest IDENTIFY wins. */
  #sessionFor(guildId: string | null): Session | undefined {
    let found: Session | undefined;
    for (const session of this.#sessions.values()) {
      const shard = guildId === null ? 0 : shardOf(guildId, session.shardCount);
      if (session.shard === shard) found = session;
    }
    return found;
  }

  #onSocket(socket: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', this.#origin);
    const connection: Connection = {
      socket,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: flattenHeaders(req.headers),
      state: 'hello',
    };
    this.#connections.add(connection);
    socket.on('close', () => {
      this.#connections.delete(connection);
      for (const session of this.#sessions.values()) if (session.current === connection) session.current = null;
    });
    socket.on('error', () => undefined);
    socket.on('message', (raw: RawData) => this.#onGatewayMessage(connection, raw));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null }));
  }

  #onGatewayMessage(connection: Connection, raw: RawData): void {
    const body = Array.isArray(raw) ? Buffer.concat(raw) : Buffer.from(raw as ArrayBuffer);
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      payload = undefined;
    }
    const op = isRecord(payload) && typeof payload.op === 'number' ? payload.op : -1;
    this.#record({
      kind: 'gateway',
      method: 'WS',
      path: connection.path,
      query: connection.query,
      headers: connection.headers,
      json: payload,
      body,
      status: 0,
      op,
      at: Date.now(),
    });
    const d = isRecord(payload) ? payload.d : undefined;
    const send = (message: unknown): void => connection.socket.send(JSON.stringify(message));
    switch (op) {
      case 1:
        send({ op: 11, d: null, s: null, t: null });
        return;
      case 2: {
        if (!isRecord(d) || d.token !== this.token) {
          connection.socket.close(4004, 'Authentication failed.');
          return;
        }
        if (connection.state !== 'hello') {
          connection.socket.close(4005, 'Already authenticated.');
          return;
        }
        const shard = d.shard === undefined ? [0, 1] : d.shard;
        if (!Array.isArray(shard) || shard.length !== 2 || !shard.every(Number.isInteger) || shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]) {
          connection.socket.close(4010, 'Invalid shard.');
          return;
        }
        this.#identify(connection, shard[0] as number, shard[1] as number);
        return;
      }
      case 6: {
        if (!isRecord(d) || d.token !== this.token) {
          connection.socket.close(4004, 'Authentication failed.');
          return;
        }
        const session = [...this.#sessions.values()].find((s) => s.id === d.session_id);
        if (!session || !session.resumable || typeof d.seq !== 'number') {
          send({ op: 9, d: false, s: null, t: null });
          return;
        }
        session.current = connection;
        connection.state = 'resumed';
        for (const event of session.events) if (event.s > d.seq) send(event);
        this.#dispatchOn(session, 'RESUMED', {});
        this.#poke();
        return;
      }
      case 3:
      case 4:
      case 8:
        if (connection.state === 'hello') connection.socket.close(4003, 'Not authenticated.');
        return;
      default:
        connection.socket.close(op === -1 ? 4002 : 4001, op === -1 ? 'Error while decoding payload.' : 'Unknown opcode.');
    }
  }

  #identify(connection: Connection, shard: number, shardCount: number): void {
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, events: [], resumable: true, shard, shardCount, current: connection };
    this.#sessions.set(shard, session);
    // Only the guilds of this shard: each guild's events reach one shard.
    const guilds = [...this.#guilds.values()].filter((g) => shardOf(g.id, shardCount) === shard);
    this.#dispatchOn(session, 'READY', {
      v: 10,
      user: { ...this.#userJson(this.botUser), bot: true, verified: true, mfa_enabled: false, email: null, flags: 0 },
      user_settings: {},
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: `${this.gatewayUrl}/resume`,
      shard: [shard, shardCount],
      application: { id: this.applicationId, flags: 0 },
      auth: {},
    });
    for (const guild of guilds) this.#dispatchOn(session, 'GUILD_CREATE', this.#guildJson(guild));
    connection.state = 'identified';
    this.#poke();
  }

  // ---- JSON shapes ----------------------------------------------------------------------------

  #userJson(user: FakeUser): Record<string, unknown> {
    const isBot = user.id === this.botUser.id;
    return {
      id: user.id,
      username: user.username,
      discriminator: '0',
      global_name: isBot ? null : user.username,
      avatar: null,
      public_flags: 0,
      ...(isBot ? { bot: true } : {}),
    };
  }

  #channelJson(channel: ChannelState, permissions?: string): Record<string, unknown> {
    if (channel.type === 1) {
      const recipient = this.#users.get(channel.recipientId ?? '') ?? { id: channel.recipientId ?? '0', username: 'user' };
      return { id: channel.id, type: 1, last_message_id: null, flags: 0, recipients: [this.#userJson(recipient)] };
    }
    const guild = this.#guilds.get(channel.guildId ?? '');
    return {
      id: channel.id,
      type: channel.type,
      guild_id: channel.guildId,
      name: channel.name,
      position: guild ? guild.channelIds.indexOf(channel.id) : 0,
      permission_overwrites: [],
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
      flags: 0,
      ...(permissions === undefined ? {} : { permissions }),
    };
  }

  #guildJson(guild: GuildState): Record<string, unknown> {
    const role = (id: string, name: string, permissions: string, position: number, extra: Record<string, unknown> = {}): unknown => ({
      id,
      name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position,
      permissions,
      managed: false,
      mentionable: false,
      flags: 0,
      ...extra,
    });
    const member = (user: FakeUser, roles: string[]): unknown => ({
      user: this.#userJson(user),
      roles,
      nick: null,
      avatar: null,
      joined_at: guild.joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      pending: false,
      flags: 0,
      communication_disabled_until: null,
    });
    const owner = this.#users.get(guild.ownerId) ?? { id: guild.ownerId, username: 'owner' };
    const members = [member(this.botUser, [guild.botRoleId])];
    if (owner.id !== this.botUser.id) members.push(member(owner, []));
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: guild.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        role(guild.id, '@everyone', FAKE_PERMISSIONS.member, 0),
        role(guild.botRoleId, this.botUser.username, FAKE_PERMISSIONS.bot, 1, { managed: true, tags: { bot_id: this.botUser.id } }),
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: guild.channelIds[0] ?? null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      max_members: 500000,
      vanity_url_code: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      joined_at: guild.joinedAt,
      large: false,
      unavailable: false,
      member_count: members.length,
      voice_states: [],
      members,
      channels: guild.channelIds.flatMap((id) => {
        const channel = this.#channels.get(id);
        return channel ? [this.#channelJson(channel)] : [];
      }),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  #messageJson(message: FakeMessage, withReferenced = true): Record<string, unknown> {
    const interaction = message.interactionId === null ? undefined : this.#interactions.get(message.interactionId);
    const referenced = message.messageReference ? this.#messages.get(message.messageReference.messageId) : undefined;
    return {
      id: message.id,
      type: message.type,
      channel_id: message.channelId,
      author: this.#userJson(this.botUser),
      content: message.content,
      timestamp: iso(message.createdAt),
      edited_timestamp: message.editedAt === null ? null : iso(message.editedAt),
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      mention_channels: [],
      attachments: message.attachments.map((a) => ({
        id: a.id,
        filename: a.filename,
        size: a.size,
        url: a.url,
        proxy_url: a.proxyUrl,
        content_type: a.contentType,
        ...(a.description === undefined ? {} : { description: a.description }),
        ...(a.width === undefined ? {} : { width: a.width }),
        ...(a.height === undefined ? {} : { height: a.height }),
      })),
      embeds: message.embeds,
      components: message.components,
      pinned: false,
      flags: message.flags,
      ...(message.messageReference
        ? {
            message_reference: {
              type: 0,
              message_id: message.messageReference.messageId,
              channel_id: message.messageReference.channelId,
              ...(message.messageReference.guildId ? { guild_id: message.messageReference.guildId } : {}),
            },
            referenced_message: withReferenced && referenced && !referenced.deleted ? this.#messageJson(referenced, false) : null,
          }
        : {}),
      ...(interaction
        ? {
            webhook_id: this.applicationId,
            application_id: this.applicationId,
            interaction_metadata: {
              id: interaction.id,
              type: interaction.type,
              name: interaction.commandName,
              command_type: 1,
              user: this.#userJson(interaction.user),
              authorizing_integration_owners: interaction.guildId ? { '0': interaction.guildId } : { '0': '0' },
            },
            interaction: { id: interaction.id, type: interaction.type, name: interaction.commandName, user: this.#userJson(interaction.user) },
          }
        : {}),
    };
  }

  // ---- messages -------------------------------------------------------------------------------

  #storeFile(channelId: string, attachmentId: string, filename: string, data: Buffer, contentType: string): { url: string; proxyUrl: string } {
    this.#files.set(`${channelId}/${attachmentId}`, { data, contentType });
    const name = encodeURIComponent(filename);
    const ex = Math.floor(Date.now() / 1000 + 86400).toString(16);
    const signature = `?ex=${ex}&is=${Math.floor(Date.now() / 1000).toString(16)}&hm=${randomBytes(32).toString('hex')}&`;
    return {
      url: `${this.#origin}/cdn/attachments/${channelId}/${attachmentId}/${name}${signature}`,
      proxyUrl: `${this.#origin}/media/attachments/${channelId}/${attachmentId}/${name}${signature}`,
    };
  }

  #dmChannelFor(userId: string): ChannelState {
    let id = this.#dmChannelByUser.get(userId);
    if (id === undefined) {
      id = snowflake();
      this.#dmChannelByUser.set(userId, id);
      this.#channels.set(id, { id, type: 1, guildId: null, name: '', recipientId: userId });
    }
    const channel = this.#channels.get(id);
    if (!channel) throw new Error('unreachable: DM channel vanished');
    return channel;
  }

  /** Attachments after a create/edit: `attachments` in the payload lists what to keep and names new files. */
  #attachmentsFor(channelId: string, existing: FakeAttachment[], payload: Record<string, unknown>, files: RecordedFile[]): FakeAttachment[] {
    const byIndex = new Map<string, RecordedFile>();
    files.forEach((file, order) => {
      const index = /^files?\[(\d+)\]$/.exec(file.field)?.[1] ?? String(order);
      byIndex.set(index, file);
    });
    const used = new Set<RecordedFile>();
    const result: FakeAttachment[] = [];
    const add = (file: RecordedFile, meta: Record<string, unknown>): void => {
      used.add(file);
      const id = snowflake();
      const filename = typeof meta.filename === 'string' && meta.filename ? meta.filename : file.filename;
      const { url, proxyUrl } = this.#storeFile(channelId, id, filename, file.data, file.contentType);
      result.push({
        id,
        filename,
        size: file.data.length,
        contentType: file.contentType,
        url,
        proxyUrl,
        data: file.data,
        ...(typeof meta.description === 'string' ? { description: meta.description } : {}),
      });
    };
    if (Array.isArray(payload.attachments)) {
      for (const entry of payload.attachments) {
        if (!isRecord(entry)) continue;
        const id = String(entry.id);
        const kept = existing.find((a) => a.id === id);
        const file = byIndex.get(id);
        if (kept) result.push(kept);
        else if (file && !used.has(file)) add(file, entry);
      }
    } else {
      result.push(...existing);
    }
    // Discord attaches uploaded files even when `attachments` does not mention them.
    for (const file of files) if (!used.has(file)) add(file, {});
    return result;
  }

  /** Discord's own refusals for a message create/edit payload; undefined when acceptable. */
  #validate(payload: Record<string, unknown>, fileCount: number, creating: boolean): Reply | undefined {
    const content = typeof payload.content === 'string' ? payload.content : '';
    if (content.length > 2000) return invalidFormBody('content', 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
    const embeds = Array.isArray(payload.embeds) ? payload.embeds : [];
    if (embeds.length > 10) return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
    let embedChars = 0;
    for (const embed of embeds) {
      if (!isRecord(embed)) continue;
      const text = (v: unknown): string => (typeof v === 'string' ? v : '');
      const title = text(embed.title);
      const description = text(embed.description);
      if (title.length > 256) return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', 'Embed title must be 256 or fewer in length.');
      if (description.length > 4096) return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', 'Embed description must be 4096 or fewer in length.');
      const fields = Array.isArray(embed.fields) ? embed.fields : [];
      if (fields.length > 25) return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', 'Embed fields must be 25 or fewer in length.');
      embedChars += title.length + description.length;
      for (const field of fields) {
        if (!isRecord(field)) continue;
        if (text(field.name).length > 256 || text(field.value).length > 1024) {
          return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', 'Embed field name ≤ 256 and value ≤ 1024.');
        }
        embedChars += text(field.name).length + text(field.value).length;
      }
      if (isRecord(embed.footer)) embedChars += text(embed.footer.text).length;
      if (isRecord(embed.author)) embedChars += text(embed.author.name).length;
    }
    if (embedChars > 6000) return invalidFormBody('embeds', 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
    const flags = typeof payload.flags === 'number' ? payload.flags : 0;
    const components = Array.isArray(payload.components) ? payload.components : [];
    if ((flags & MESSAGE_FLAGS.componentsV2) === 0) {
      if (components.length > 5) return invalidFormBody('components', 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
      for (const row of components) {
        const children = isRecord(row) && Array.isArray(row.components) ? row.components : [];
        if (children.length > 5) return invalidFormBody('components', 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
        for (const child of children) {
          if (isRecord(child) && typeof child.custom_id === 'string' && child.custom_id.length > 100) {
            return invalidFormBody('components', 'BASE_TYPE_MAX_LENGTH', 'custom_id must be 100 or fewer in length.');
          }
        }
      }
    }
    const attachmentCount = Math.max(fileCount, Array.isArray(payload.attachments) ? payload.attachments.length : 0);
    if (attachmentCount > 10) return invalidFormBody('attachments', 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
    const hasBody = content.length > 0 || embeds.length > 0 || components.length > 0 || fileCount > 0 || payload.sticker_ids !== undefined || payload.poll !== undefined;
    if (creating && !hasBody) return apiError(400, 50006, 'Cannot send an empty message');
    return undefined;
  }

  #createMessage(
    channel: ChannelState,
    payload: Record<string, unknown>,
    files: RecordedFile[],
    extra: { type: number; flags: number; interactionId: string | null; reference: FakeMessageReference | null },
  ): FakeMessage {
    const now = Date.now();
    const message: FakeMessage = {
      id: snowflake(),
      channelId: channel.id,
      guildId: channel.guildId,
      content: typeof payload.content === 'string' ? payload.content : '',
      embeds: Array.isArray(payload.embeds) ? payload.embeds : [],
      components: Array.isArray(payload.components) ? payload.components : [],
      attachments: [],
      flags: extra.flags,
      type: extra.type,
      messageReference: extra.reference,
      allowedMentions: payload.allowed_mentions,
      interactionId: extra.interactionId,
      createdAt: now,
      editedAt: null,
      deleted: false,
      payloads: [payload],
    };
    message.attachments = this.#attachmentsFor(channel.id, [], payload, files);
    this.#messages.set(message.id, message);
    const ids = this.#channelMessageIds.get(channel.id) ?? [];
    ids.push(message.id);
    this.#channelMessageIds.set(channel.id, ids);
    this.#emit({ kind: 'message-create', message });
    return message;
  }

  #editMessage(message: FakeMessage, payload: Record<string, unknown>, files: RecordedFile[]): Reply | undefined {
    const wasLoading = (message.flags & MESSAGE_FLAGS.loading) !== 0;
    const next = {
      content: 'content' in payload ? (typeof payload.content === 'string' ? payload.content : '') : message.content,
      embeds: 'embeds' in payload ? (Array.isArray(payload.embeds) ? payload.embeds : []) : message.embeds,
      components: 'components' in payload ? (Array.isArray(payload.components) ? payload.components : []) : message.components,
      attachments: this.#attachmentsFor(message.channelId, message.attachments, payload, files),
    };
    const empty = !next.content && next.embeds.length === 0 && next.components.length === 0 && next.attachments.length === 0;
    if (empty) return apiError(400, 50006, 'Cannot send an empty message');
    Object.assign(message, next);
    if ('allowed_mentions' in payload) message.allowedMentions = payload.allowed_mentions;
    message.flags &= ~MESSAGE_FLAGS.loading;
    // The first edit of a deferred reply is its real content, not an edit a user would see as such.
    if (!wasLoading) message.editedAt = Date.now();
    message.payloads.push(payload);
    this.#emit({ kind: 'message-update', message });
    return undefined;
  }

  #reference(payload: Record<string, unknown>, channel: ChannelState): FakeMessageReference | Reply | null {
    const ref = payload.message_reference;
    if (!isRecord(ref) || typeof ref.message_id !== 'string') return null;
    const channelId = typeof ref.channel_id === 'string' ? ref.channel_id : channel.id;
    const failIfNotExists = ref.fail_if_not_exists !== false;
    const target = this.#messages.get(ref.message_id);
    if ((!target || target.deleted || target.channelId !== channelId) && failIfNotExists) {
      return invalidFormBody('message_reference', 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
    }
    return { messageId: ref.message_id, channelId, guildId: channel.guildId, failIfNotExists };
  }

  // ---- HTTP -----------------------------------------------------------------------------------

  async #onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const url = new URL(req.url ?? '/', this.#origin);
    const method = (req.method ?? 'GET').toUpperCase();
    // @discordjs/rest percent-encodes segments ('%40original'); record and route the decoded form.
    const path = url.pathname
      .replace(/^\/api\/v\d+(?=\/)/, '')
      .replace(/^\/api(?=\/)/, '')
      .split('/')
      .map(safeDecode)
      .join('/');
    const query = Object.fromEntries(url.searchParams);
    const headers = flattenHeaders(req.headers);
    let body: Buffer = Buffer.alloc(0);
    let json: unknown;
    let files: RecordedFile[] = [];
    let reply: Reply;
    try {
      body = await readBody(req);
      const parsed = await parseBody(headers['content-type'] ?? '', body);
      json = parsed.json;
      files = parsed.files;
      reply = this.#takeFault(method, path) ?? this.#route({ method, path, query, headers, json, files });
    } catch (error) {
      reply = error instanceof SyntaxError ? apiError(400, 50109, 'The request body contains invalid JSON.') : { status: 500, body: { message: String(error), code: 0 } };
    }

    const request: RecordedRequest = { kind: 'http', method, path, query, headers, body, status: reply.status, at };
    if (json !== undefined) request.json = json;
    if (files.length) request.files = files;
    if (reply.body !== undefined) request.response = reply.body;
    this.#record(request);

    if (res.destroyed) return;
    const responseHeaders: Record<string, string> = { ...reply.headers };
    if (reply.raw) {
      res.writeHead(reply.status, { 'content-type': reply.raw.contentType, 'content-length': String(reply.raw.data.length), ...responseHeaders });
      res.end(reply.raw.data);
    } else if (reply.body === undefined) {
      res.writeHead(reply.status, responseHeaders);
      res.end();
    } else {
      const text = JSON.stringify(reply.body);
      res.writeHead(reply.status, { 'content-type': 'application/json', ...responseHeaders });
      res.end(text);
    }
  }

  #takeFault(method: string, path: string): Reply | undefined {
    const fault = this.#faults.find((f) => f.remaining > 0 && (f.match.method === undefined || f.match.method.toUpperCase() === method) && f.match.path.test(path));
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) this.#faults.splice(this.#faults.indexOf(fault), 1);
    const headers = { ...fault.response.headers };
    const body = fault.response.body;
    // A 429 without Retry-After would make @discordjs/rest retry at once; Discord always sends it.
    if (fault.response.status === 429 && !Object.keys(headers).some((h) => h.toLowerCase() === 'retry-after') && isRecord(body) && typeof body.retry_after === 'number') {
      headers['Retry-After'] = String(body.retry_after);
    }
    return { status: fault.response.status, body, headers };
  }

  #authorized(ctx: RequestContext): boolean {
    return ctx.headers.authorization === `Bot ${this.token}`;
  }

  #route(ctx: RequestContext): Reply {
    const { method, path } = ctx;
    let m: RegExpExecArray | null;

    if ((m = /^\/(cdn|media)\/attachments\/(\d+)\/(\d+)\/[^/]+$/.exec(path)) && (method === 'GET' || method === 'HEAD')) {
      const file = this.#files.get(`${m[2]}/${m[3]}`);
      if (!file) return { status: 404, raw: { data: Buffer.from('Not Found'), contentType: 'text/plain' } };
      return { status: 200, raw: { data: method === 'HEAD' ? Buffer.alloc(0) : file.data, contentType: file.contentType } };
    }

    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path)) && method === 'POST') {
      return this.#interactionCallback(m[1] ?? '', m[2] ?? '', ctx);
    }

    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path))) {
      return this.#webhookRoute(m[1] ?? '', m[2] ?? '', m[3], ctx);
    }

    if (path === '/gateway' && method === 'GET') return { status: 200, body: { url: this.gatewayUrl } };

    // Everything below needs the bot token.
    const knownBotRoute =
      path === '/gateway/bot' || path.startsWith('/channels/') || path.startsWith('/users/') || path.startsWith('/applications/') || path.startsWith('/guilds/');
    if (!knownBotRoute) return apiError(404, 0, '404: Not Found');
    if (!this.#authorized(ctx)) return apiError(401, 0, '401: Unauthorized');

    if (path === '/gateway/bot' && method === 'GET') {
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: this.recommendedShards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: this.maxConcurrency },
        },
      };
    }
    if (path === '/users/@me' && method === 'GET') {
      return { status: 200, body: { ...this.#userJson(this.botUser), bot: true, verified: true, mfa_enabled: false, flags: 0 } };
    }
    if (path === '/applications/@me' && method === 'GET') {
      return { status: 200, body: { id: this.applicationId, name: this.botUser.username, description: '', bot_public: false, bot_require_code_grant: false, flags: 0, bot: this.#userJson(this.botUser) } };
    }
    if (path === '/users/@me/channels' && method === 'POST') {
      const recipientId = isRecord(ctx.json) ? ctx.json.recipient_id : undefined;
      if (typeof recipientId !== 'string' || !/^\d+$/.test(recipientId)) {
        return invalidFormBody('recipient_id', 'NUMBER_TYPE_COERCE', 'Value is not snowflake.');
      }
      if (!this.#users.has(recipientId)) this.#users.set(recipientId, { id: recipientId, username: `user${recipientId.slice(-4)}` });
      return { status: 200, body: this.#channelJson(this.#dmChannelFor(recipientId)) };
    }
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      return this.#commandsRoute(m[1] ?? '', m[2], ctx);
    }
    if ((m = /^\/guilds\/(\d+)\/members\/(\d+)\/roles\/(\d+)$/.exec(path)) && (method === 'PUT' || method === 'DELETE')) {
      if (!this.#guilds.has(m[1] ?? '')) return apiError(404, 10004, 'Unknown Guild');
      const key = `${m[1]}/${m[2]}`;
      const roles = this.#memberRoles.get(key) ?? new Set<string>();
      if (method === 'PUT') roles.add(m[3] ?? '');
      else roles.delete(m[3] ?? '');
      this.#memberRoles.set(key, roles);
      return { status: 204 };
    }
    if ((m = /^\/channels\/(\d+)(?:\/messages(?:\/(\d+))?)?$/.exec(path))) {
      return this.#channelRoute(m[1] ?? '', path.includes('/messages'), m[2], ctx);
    }
    return apiError(404, 0, '404: Not Found');
  }

  #interactionCallback(id: string, token: string, ctx: RequestContext): Reply {
    if (this.#expiredTokens.has(token)) return apiError(401, 50027, 'Invalid Webhook Token');
    const interaction = this.#interactions.get(id);
    if (!interaction || interaction.token !== token) return apiError(404, 10062, 'Unknown interaction');
    if (interaction.acknowledgedAt !== null) return apiError(400, 40060, 'Interaction has already been acknowledged.');
    if (Date.now() - interaction.dispatchedAt > this.callbackWindowMs) return apiError(404, 10062, 'Unknown interaction');
    const body = isRecord(ctx.json) ? ctx.json : {};
    const type = typeof body.type === 'number' ? body.type : NaN;
    const data = isRecord(body.data) ? body.data : {};
    if (![4, 5, 6, 7, 8, 9].includes(type)) return invalidFormBody('type', 'BASE_TYPE_CHOICES', `Value must be one of (1, 4, 5, 6, 7, 8, 9, 10, 12).`);

    if (type === 9) {
      const refusal = modalProblem(data);
      if (refusal) return refusal;
    }
    const flags = typeof data.flags === 'number' ? data.flags : 0;
    const ephemeral = (flags & MESSAGE_FLAGS.ephemeral) !== 0;
    let message: FakeMessage | undefined;
    if (type === 4 || type === 5) {
      const channel = this.#channels.get(interaction.channelId) ?? this.#dmChannelFor(interaction.user.id);
      if (type === 4) {
        const refusal = this.#validate(data, ctx.files.length, true) ?? this.#uploadLimit(ctx.files, interaction.attachmentSizeLimit);
        if (refusal) return refusal;
      }
      message = this.#createMessage(channel, type === 4 ? data : {}, type === 4 ? ctx.files : [], {
        type: 20,
        flags: (ephemeral ? MESSAGE_FLAGS.ephemeral : 0) | (type === 5 ? MESSAGE_FLAGS.loading : 0),
        interactionId: interaction.id,
        reference: null,
      });
      if (type === 5) message.payloads = [];
      interaction.originalMessageId = message.id;
    } else if ((type === 6 || type === 7) && interaction.messageId) {
      // After a deferred update, @original is the message that carries the component.
      interaction.originalMessageId = interaction.messageId;
    }
    if (type === 7 && interaction.messageId) {
      // Updates the message that carries the pressed component.
      const target = this.#messages.get(interaction.messageId);
      if (target) {
        const refusal = this.#validate(data, ctx.files.length, false) ?? this.#editMessage(target, data, ctx.files);
        if (refusal) return refusal;
      }
    }
    interaction.acknowledgedAt = Date.now();
    interaction.callbackType = type;
    interaction.callbackData = body.data;
    interaction.ephemeral = ephemeral;
    this.#emit({ kind: 'interaction-callback', interaction });

    if (ctx.query.with_response !== 'true') return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: interaction.id,
          type: interaction.type,
          ...(message
            ? {
                response_message_id: message.id,
                response_message_loading: type === 5,
                response_message_ephemeral: ephemeral,
              }
            : {}),
        },
        resource: { type, ...(message ? { message: this.#messageJson(message) } : {}) },
      },
    };
  }

  #uploadLimit(files: RecordedFile[], limit: number): Reply | undefined {
    const total = files.reduce((sum, f) => sum + f.data.length, 0);
    return total > limit ? apiError(413, 40005, 'Request entity too large') : undefined;
  }

  #webhookRoute(applicationId: string, token: string, messageRef: string | undefined, ctx: RequestContext): Reply {
    const { method } = ctx;
    if (applicationId !== this.applicationId) return apiError(404, 10015, 'Unknown Webhook');
    const interaction = this.#interactionByToken.get(token);
    if (this.#expiredTokens.has(token) || !interaction || Date.now() - interaction.dispatchedAt > this.interactionTokenLifetimeMs) {
      if (interaction) interaction.expired = true;
      return apiError(401, 50027, 'Invalid Webhook Token');
    }
    const payload = isRecord(ctx.json) ? ctx.json : {};

    if (messageRef === undefined) {
      if (method !== 'POST') return apiError(405, 0, '405: Method Not Allowed');
      if (interaction.acknowledgedAt === null) return apiError(404, 10015, 'Unknown Webhook');
      const refusal = this.#validate(payload, ctx.files.length, true) ?? this.#uploadLimit(ctx.files, interaction.attachmentSizeLimit);
      if (refusal) return refusal;
      const channel = this.#channels.get(interaction.channelId) ?? this.#dmChannelFor(interaction.user.id);
      const flags = typeof payload.flags === 'number' ? payload.flags & MESSAGE_FLAGS.ephemeral : 0;
      const message = this.#createMessage(channel, payload, ctx.files, { type: 20, flags, interactionId: interaction.id, reference: null });
      interaction.followUpIds.push(message.id);
      return ctx.query.wait === 'true' ? { status: 200, body: this.#messageJson(message) } : { status: 204 };
    }

    const messageId = messageRef === '@original' ? interaction.originalMessageId : messageRef;
    const belongs = messageId !== null && (messageId === interaction.originalMessageId || interaction.followUpIds.includes(messageId));
    const message = belongs ? this.#messages.get(messageId) : undefined;
    if (!message || message.deleted) return apiError(404, 10008, 'Unknown Message');

    if (method === 'GET') return { status: 200, body: this.#messageJson(message) };
    if (method === 'DELETE') {
      message.deleted = true;
      this.#emit({ kind: 'message-delete', message });
      return { status: 204 };
    }
    if (method === 'PATCH') {
      const refusal = this.#validate(payload, ctx.files.length, false) ?? this.#uploadLimit(ctx.files, interaction.attachmentSizeLimit);
      if (refusal) return refusal;
      const emptied = this.#editMessage(message, payload, ctx.files);
      if (emptied) return emptied;
      return { status: 200, body: this.#messageJson(message) };
    }
    return apiError(405, 0, '405: Method Not Allowed');
  }

  #channelRoute(channelId: string, messages: boolean, messageId: string | undefined, ctx: RequestContext): Reply {
    const { method } = ctx;
    const channel = this.#channels.get(channelId);
    if (!channel) return apiError(404, 10003, 'Unknown Channel');
    if (!messages) return method === 'GET' ? { status: 200, body: this.#channelJson(channel) } : apiError(405, 0, '405: Method Not Allowed');
    const payload = isRecord(ctx.json) ? ctx.json : {};

    if (messageId === undefined) {
      if (method === 'GET') return { status: 200, body: this.channelMessages(channelId).filter(visibleToBotToken).reverse().map((msg) => this.#messageJson(msg)) };
      if (method !== 'POST') return apiError(405, 0, '405: Method Not Allowed');
      if (channel.recipientId !== null && this.#closedDms.has(channel.recipientId)) return apiError(403, 50007, 'Cannot send messages to this user');
      const refusal = this.#validate(payload, ctx.files.length, true) ?? this.#uploadLimit(ctx.files, this.channelUploadLimit);
      if (refusal) return refusal;
      const reference = this.#reference(payload, channel);
      if (reference !== null && 'status' in reference) return reference;
      const flags = typeof payload.flags === 'number' ? payload.flags & (1 << 2 | 1 << 12) : 0;
      const message = this.#createMessage(channel, payload, ctx.files, { type: reference ? 19 : 0, flags, interactionId: null, reference });
      return { status: 200, body: this.#messageJson(message) };
    }

    const message = this.#messages.get(messageId);
    // Ephemeral messages exist only for the interaction token; the bot token cannot see them.
    if (!message || message.deleted || message.channelId !== channelId || !visibleToBotToken(message)) return apiError(404, 10008, 'Unknown Message');
    if (method === 'GET') return { status: 200, body: this.#messageJson(message) };
    if (method === 'DELETE') {
      message.deleted = true;
      this.#emit({ kind: 'message-delete', message });
      return { status: 204 };
    }
    if (method === 'PATCH') {
      const refusal = this.#validate(payload, ctx.files.length, false) ?? this.#uploadLimit(ctx.files, this.channelUploadLimit);
      if (refusal) return refusal;
      const emptied = this.#editMessage(message, payload, ctx.files);
      if (emptied) return emptied;
      return { status: 200, body: this.#messageJson(message) };
    }
    return apiError(405, 0, '405: Method Not Allowed');
  }

  #commandsRoute(applicationId: string, guildId: string | undefined, ctx: RequestContext): Reply {
    if (applicationId !== this.applicationId) return apiError(403, 50001, 'Missing Access');
    if (guildId !== undefined && !this.#guilds.has(guildId)) return apiError(403, 50001, 'Missing Access');
    const key = guildId ?? 'global';
    if (ctx.method === 'GET') return { status: 200, body: this.#commands.get(key) ?? [] };
    if (ctx.method !== 'PUT') return apiError(405, 0, '405: Method Not Allowed');
    if (!Array.isArray(ctx.json)) return invalidFormBody('_errors', 'BASE_TYPE_ARRAY', 'Must be an array.');
    if (ctx.json.length > 100) return invalidFormBody('_errors', 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    const previous = this.#commands.get(key) ?? [];
    const registered: RegisteredCommand[] = [];
    for (const [index, raw] of ctx.json.entries()) {
      if (!isRecord(raw)) return invalidFormBody(String(index), 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      const problem = commandProblem(raw);
      if (problem) return invalidFormBody(`${index}.${problem.field}`, 'APPLICATION_COMMAND_INVALID', problem.message);
      const type = typeof raw.type === 'number' ? raw.type : 1;
      const name = String(raw.name);
      const id = previous.find((c) => c.name === name && c.type === type)?.id ?? snowflake();
      registered.push({
        default_member_permissions: null,
        nsfw: false,
        contexts: null,
        integration_types: [0],
        options: [],
        ...raw,
        id,
        application_id: this.applicationId,
        ...(guildId === undefined ? {} : { guild_id: guildId }),
        name,
        description: typeof raw.description === 'string' ? raw.description : '',
        type,
        version: snowflake(),
      });
    }
    this.#commands.set(key, registered);
    return { status: 200, body: registered };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const waiter of this.#waiters) waiter.abort(new Error('FakeDiscord: closed while a test was still waiting'));
    this.#waiters.clear();
    for (const connection of this.#connections) connection.socket.terminate();
    this.#connections.clear();
    for (const session of this.#sessions.values()) session.current = null;
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

function visibleToBotToken(message: FakeMessage): boolean {
  return (message.flags & MESSAGE_FLAGS.ephemeral) === 0;
}

/** The options list that new attachment options belong in: the innermost subcommand's, if any. */
function leafOptions(options: FakeCommandOption[]): FakeCommandOption[] {
  const sub = options.find((o) => o.type === 1 || o.type === 2);
  if (!sub) return options;
  sub.options ??= [];
  return leafOptions(sub.options);
}

const COMMAND_NAME = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** The checks Discord makes on a chat-input command that a bot's command data can plausibly fail. */
function commandProblem(command: Record<string, unknown>, depth = 0): { field: string; message: string } | undefined {
  const type = typeof command.type === 'number' ? command.type : 1;
  const name = command.name;
  const chatInput = depth > 0 || type === 1;
  if (typeof name !== 'string' || (chatInput ? !COMMAND_NAME.test(name) : name.length < 1 || name.length > 32)) {
    return { field: 'name', message: `Invalid command name ${JSON.stringify(name)}` };
  }
  if (chatInput) {
    const description = command.description;
    if (typeof description !== 'string' || description.length < 1 || description.length > 100) {
      return { field: 'description', message: 'Must be between 1 and 100 in length.' };
    }
  }
  const options = Array.isArray(command.options) ? command.options : [];
  if (options.length > 25) return { field: 'options', message: 'Must be 25 or fewer in length.' };
  let optionalSeen = false;
  const names = new Set<string>();
  for (const [index, option] of options.entries()) {
    if (!isRecord(option)) return { field: `options.${index}`, message: 'Must be an object.' };
    if (typeof option.name === 'string') {
      if (names.has(option.name)) return { field: `options.${index}.name`, message: 'Option names must be unique.' };
      names.add(option.name);
    }
    const nested = commandProblem({ ...option, type: 1 }, depth + 1);
    if (nested) return { field: `options.${index}.${nested.field}`, message: nested.message };
    const isGroup = option.type === 1 || option.type === 2;
    if (!isGroup) {
      if (option.required === true && optionalSeen) {
        return { field: `options.${index}.required`, message: 'Required options must be placed before non-required options' };
      }
      if (option.required !== true) optionalSeen = true;
    }
    if (Array.isArray(option.choices) && option.choices.length > 25) return { field: `options.${index}.choices`, message: 'Must be 25 or fewer in length.' };
    if (typeof option.max_length === 'number' && option.max_length > 6000) {
      return { field: `options.${index}.max_length`, message: 'int value should be less than or equal to 6000.' };
    }
    if (Array.isArray(option.choices) && option.autocomplete === true) {
      return { field: `options.${index}.autocomplete`, message: 'Autocomplete cannot be set when choices are present.' };
    }
  }
  return undefined;
}

async function parseBody(contentType: string, raw: Buffer): Promise<{ json: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { json: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    // Node's fetch Request parses multipart exactly as a server would, with no extra dependency.
    const form = await new Request('http://fake.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: raw }).formData();
    const files: RecordedFile[] = [];
    const fields: Record<string, unknown> = {};
    let json: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') json = JSON.parse(value);
        else fields[field] = value;
      } else {
        files.push({ field, filename: value.name, contentType: value.type || 'application/octet-stream', data: Buffer.from(await value.arrayBuffer()) });
      }
    }
    return { json: json ?? fields, files };
  }
  if (contentType.startsWith('application/json')) return { json: JSON.parse(raw.toString('utf8')), files: [] };
  return { json: undefined, files: [] };
}

/** Discord's limits on a modal: title and labels ≤ 45, 1–5 rows, text input values ≤ 4000 and within max_length. */
function modalProblem(data: Record<string, unknown>): Reply | undefined {
  const title = typeof data.title === 'string' ? data.title : '';
  if (title.length < 1 || title.length > 45) return invalidFormBody('data.title', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 45 in length.');
  if (typeof data.custom_id !== 'string' || data.custom_id.length > 100) return invalidFormBody('data.custom_id', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  const rows = Array.isArray(data.components) ? data.components : [];
  if (rows.length < 1 || rows.length > 5) return invalidFormBody('data.components', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
  for (const row of rows) {
    const inputs = isRecord(row) && Array.isArray(row.components) ? row.components : [];
    for (const input of inputs) {
      if (!isRecord(input)) continue;
      const label = typeof input.label === 'string' ? input.label : '';
      const value = typeof input.value === 'string' ? input.value : '';
      const max = typeof input.max_length === 'number' ? input.max_length : 4000;
      if (label.length > 45) return invalidFormBody('data.components', 'BASE_TYPE_BAD_LENGTH', 'Label must be 45 or fewer in length.');
      if (max > 4000 || value.length > max) return invalidFormBody('data.components', 'BASE_TYPE_BAD_LENGTH', 'Value must be 4000 or fewer in length.');
    }
  }
  return undefined;
}
