// The shapes a test sees: records of what happened (requests, messages, interactions, commands)
// and the options of the public test API. Plain data only; the store that holds them is state.ts.
// A new field a test should read (a member's locale, a guild's AutoMod rules) is declared here first.

export interface FakeGuildSpec {
  id: string;
  name?: string;
  channelIds?: string[];
  ownerId?: string;
}

/**
 * Many servers of one shape (scale benchmarks): built when the gateway sends them, never stored
 * (sandbox/discord/synthetic.ts). Defaults: 30 channels, 40 roles (with @everyone and the bot's), 50
 * emojis, 10 members with 3 roles each.
 */
export interface SyntheticGuildsSpec {
  count: number;
  channels?: number;
  roles?: number;
  emojis?: number;
  members?: number;
  rolesPerMember?: number;
}

/** A role of a guild, as Discord keeps it: higher `position` is higher in the hierarchy. */
export interface FakeRole {
  id: string;
  name: string;
  /** Permission bitfield as a decimal string. */
  permissions: string;
  position: number;
  /** Managed by an integration (a bot's own role, a booster role): nobody can give it. */
  managed: boolean;
}

/** A channel permission overwrite: for a role (`type` 0) or a member (1). */
export interface FakeOverwrite {
  id: string;
  type: 0 | 1;
  allow: string;
  deny: string;
}

/** An AutoMod rule as Discord keeps and sends it (GET /guilds/:g/auto-moderation/rules, gateway events). */
export interface FakeAutoModRule {
  id: string;
  guild_id: string;
  name: string;
  creator_id: string;
  /** 1 message send. */
  event_type: number;
  /** 1 keyword, 3 spam, 4 keyword preset, 5 mention spam, 6 member profile. */
  trigger_type: number;
  trigger_metadata: { keyword_filter?: string[]; regex_patterns?: string[]; allow_list?: string[]; presets?: number[] };
  actions: Array<{ type: number; metadata?: Record<string, unknown> }>;
  enabled: boolean;
  exempt_roles: string[];
  exempt_channels: string[];
}

/** What a test (or the page) sets when it adds or edits a rule; the rest gets Discord's defaults. */
export interface FakeAutoModRuleSpec {
  name?: string;
  trigger_type?: number;
  keyword_filter?: string[];
  regex_patterns?: string[];
  allow_list?: string[];
  presets?: number[];
  enabled?: boolean;
  exempt_roles?: string[];
  exempt_channels?: string[];
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
  /** When the fake wrote its answer (later than `at` for a request a slow fault held). */
  answeredAt?: number;
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

/** A fault that answers as usual, this much later: Discord slow to answer. */
export interface SlowAnswer {
  delayMs: number;
}

/** A team that owns the application: its members are the application's owners. */
export interface FakeTeam {
  id: string;
  name: string;
  ownerUserId: string;
  /** `membershipState` 1 invited, 2 accepted (default); `role` admin (default), developer or read_only. */
  members: Array<{ user: FakeUser; membershipState?: 1 | 2; role?: 'admin' | 'developer' | 'read_only' }>;
}

export interface FakeDiscordOptions {
  applicationId?: string;
  botUserId?: string;
  botUsername?: string;
  token?: string;
  guilds?: FakeGuildSpec[];
  /** Synthetic servers besides `guilds`, sent in GUILD_CREATE to the shard each belongs to. */
  synthetic?: SyntheticGuildsSpec;
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
  /** Who owns the application (GET /applications/@me `owner`); default: a new user. */
  applicationOwner?: FakeUser;
  /** A team that owns the application instead (its members are the owners); default none. */
  applicationTeam?: FakeTeam;
}

/** A dispatch (op 0) as the gateway sent it, with its sequence number in its session. */
export interface GatewayEvent {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

/** FakeDiscord's knobs, tunable at runtime; each module reads the ones it needs when it needs them. */
export interface DiscordSettings {
  /** How long an interaction may wait for its callback (real Discord: 3 s); 0 makes every callback late. */
  callbackWindowMs: number;
  /** How long an interaction token edits and follows up (real Discord: 15 min). */
  interactionTokenLifetimeMs: number;
  /** Upload limit of bot-token channel routes. */
  channelUploadLimit: number;
  heartbeatIntervalMs: number;
  /** What GET /gateway/bot recommends as `shards`. */
  recommendedShards: number;
  /** `session_start_limit.max_concurrency`. */
  maxConcurrency: number;
}
