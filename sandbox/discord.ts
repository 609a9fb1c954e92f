// A fake Discord (REST under /api/v10 + gateway WebSocket) on 127.0.0.1 that the real discord.js 14
// Client and @discordjs/rest talk to. Shapes and error codes follow ../shared/reference/discord.md.
//
// This file only composes: one module per resource of Discord's API under discord/, over one store
// (discord/state.ts), their routes registered with one router (discord/rest/router.ts). FakeDiscord is
// the test API: the reads (lookups, waits) are in discord/reads.ts, what makes Discord act is here.
// Where a new endpoint, event or fault goes: sandbox/README.md.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { Application } from './discord/application.ts';
import { AutoModRules } from './discord/automod.ts';
import { Cdn } from './discord/cdn.ts';
import { Commands } from './discord/commands.ts';
import { Faults } from './discord/faults.ts';
import { Gateway } from './discord/gateway.ts';
import { Guilds } from './discord/guilds.ts';
import { InteractionCallbacks } from './discord/interactions/callbacks.ts';
import { InteractionSender } from './discord/interactions/send.ts';
import { InteractionWebhooks } from './discord/interactions/webhooks.ts';
import { Messages } from './discord/messages.ts';
import { DiscordReads } from './discord/reads.ts';
import { ChannelMessageRoutes } from './discord/rest/messages.ts';
import { Router } from './discord/rest/router.ts';
import { DEFAULT_UPLOAD_LIMIT, DiscordState, snowflake } from './discord/state.ts';
import { SyntheticGuilds } from './discord/synthetic.ts';
import { UserGuilds } from './discord/userGuilds.ts';
import type {
  DiscordSettings,
  FakeDiscordOptions,
  FakeGuildSpec,
  FakeOverwrite,
  FakeRole,
  FakeTeam,
  FakeUser,
  FaultMatch,
  FaultResponse,
  SlowAnswer,
  SendCommandOptions,
  SendComponentOptions,
  SendModalOptions,
  SentInteraction,
} from './discord/types.ts';

export type * from './discord/types.ts';
export { shardOf } from './discord/gateway.ts';
export { MESSAGE_FLAGS } from './discord/messages.ts';
export { FAKE_PERMISSIONS, PERMISSION as FAKE_PERMISSION_BITS } from './discord/permissions.ts';
export { snowflake } from './discord/state.ts';

export class FakeDiscord extends DiscordReads implements DiscordSettings {
  /** Tunable at runtime, e.g. set to 0 to make every callback late. */
  callbackWindowMs: number;
  interactionTokenLifetimeMs: number;
  channelUploadLimit: number;
  heartbeatIntervalMs: number;
  recommendedShards: number;
  maxConcurrency: number;

  readonly #state: DiscordState;
  readonly #server: Server;
  readonly #gateway: Gateway;
  readonly #guilds: Guilds;
  readonly #messages: Messages;
  readonly #interactions: InteractionSender;
  readonly #faults: Faults;
  /** The guilds' AutoMod rules: `add`, `update`, `remove` as an admin would (events included), `rules` to read. */
  readonly automod: AutoModRules;
  /**
   * The synthetic servers (options.synthetic), if any: `id(i)`, and `materialize(i)` to put one in the
   * store so members can act there (commands, roles, channels as it was sent in GUILD_CREATE).
   */
  readonly synthetic: SyntheticGuilds | undefined;
  #closed = false;

  private constructor(server: Server, wss: WebSocketServer, state: DiscordState, options: FakeDiscordOptions) {
    super(state);
    this.#state = state;
    this.#server = server;
    this.callbackWindowMs = options.callbackWindowMs ?? 3000;
    this.interactionTokenLifetimeMs = options.interactionTokenLifetimeMs ?? 15 * 60 * 1000;
    this.channelUploadLimit = options.channelUploadLimit ?? DEFAULT_UPLOAD_LIMIT;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41250;
    this.recommendedShards = options.recommendedShards ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? 1;

    // Every module reads the knobs above from `this` when it needs them, so tests may change them live.
    const cdn = new Cdn(state);
    const commands = new Commands(state);
    this.synthetic = options.synthetic ? new SyntheticGuilds(state, options.synthetic) : undefined;
    this.#gateway = new Gateway(state, this, wss, this.synthetic);
    this.#guilds = new Guilds(state, this.#gateway);
    this.#messages = new Messages(state, cdn);
    this.#interactions = new InteractionSender(state, { gateway: this.#gateway, guilds: this.#guilds, cdn, commands });
    this.#faults = new Faults(state);
    this.automod = new AutoModRules(state, this.#gateway);
    const router = new Router(state, this.#faults, [
      ...cdn.routes(),
      ...new InteractionCallbacks(state, this.#messages, this).routes(),
      ...new InteractionWebhooks(state, this.#messages, this).routes(),
      ...this.#gateway.routes(),
      ...new Application(state).routes(),
      ...this.#guilds.routes(),
      ...commands.routes(),
      ...new ChannelMessageRoutes(state, this.#messages, this).routes(),
      ...this.automod.routes(),
      ...new UserGuilds(state, this.#gateway).routes(),
    ]);

    const specs = options.guilds ?? [{ id: snowflake(), name: 'Fake Guild' }];
    for (const spec of specs) this.addGuild(spec);
    server.on('request', (req, res) => void router.handle(req, res));
    server.on('connection', (socket) => {
      state.connections.add(socket);
      socket.once('close', () => state.connections.delete(socket));
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return new FakeDiscord(server, wss, new DiscordState(port, options), options);
  }

  /** Adds a guild; sends GUILD_CREATE when a client is connected (the bot joined a server). */
  addGuild(spec: FakeGuildSpec): void {
    this.#guilds.add(spec);
  }

  /** Adds a role (above the existing ones unless `position` says otherwise); returns it. */
  addRole(guildId: string, spec: Partial<Omit<FakeRole, 'id'>>): FakeRole {
    return this.#guilds.addRole(guildId, spec);
  }

  /** Gives a member exactly these roles (what their interactions and GET member then carry). */
  setMemberRoles(guildId: string, userId: string, roleIds: string[]): void {
    this.#state.memberRoles.set(`${guildId}/${userId}`, new Set(roleIds));
  }

  /** Sets the bot's own role's permissions (e.g. Manage Server for AutoMod); interactions then carry them as app_permissions. */
  setBotPermissions(guildId: string, permissions: string): void {
    const guild = this.#state.guilds.get(guildId);
    const role = guild?.roles.find((r) => r.id === guild.botRoleId);
    if (!role) throw new Error(`FakeDiscord: unknown guild ${guildId}`);
    role.permissions = permissions;
  }

  /** Adds a text channel to a guild. */
  addGuildChannel(guildId: string, channelId: string): void {
    const guild = this.#state.guilds.get(guildId);
    if (!guild) throw new Error(`FakeDiscord: unknown guild ${guildId}`);
    this.#guilds.ensureChannel(guild, channelId);
  }

  /** Replaces a channel's permission overwrites (a role's or a member's allow and deny bits). */
  setChannelOverwrites(channelId: string, overwrites: FakeOverwrite[]): void {
    this.#guilds.setOverwrites(channelId, overwrites);
  }

  // ---- the application's owner (operators) and the servers the bot left ----------------------------

  /** Who GET /applications/@me reports as the owner; `team` (or null) takes precedence when set. */
  setApplicationOwner(owner: FakeUser, team: FakeTeam | null = null): void {
    this.#state.applicationOwner = owner;
    this.#state.applicationTeam = team;
  }

  // ---- a member acts (INTERACTION_CREATE) -------------------------------------------------------

  /** Dispatches a slash command (INTERACTION_CREATE, type 2) to the connected client. */
  async sendCommand(options: SendCommandOptions): Promise<SentInteraction> {
    return this.#interactions.send(2, options);
  }

  /** Dispatches an autocomplete interaction (type 4); mark the focused option with `focused: true`. */
  async sendAutocomplete(options: SendCommandOptions): Promise<SentInteraction> {
    return this.#interactions.send(4, options);
  }

  /** Presses a button (or picks from a select menu) on a message (type 3). */
  async sendComponent(options: SendComponentOptions): Promise<SentInteraction> {
    return this.#interactions.component(options);
  }

  /** Submits a modal (type 5) with its text inputs' values. */
  async sendModalSubmit(options: SendModalOptions): Promise<SentInteraction> {
    return this.#interactions.modal(options);
  }

  /**
   * Sends a dispatch on the session of the shard it belongs to: a guild's events on
   * (guild_id >> 22) % shard count, anything else on shard 0; kept and replayed on RESUME.
   */
  dispatch(t: string, d: unknown): void {
    this.#gateway.dispatch(t, d);
  }

  // ---- faults -----------------------------------------------------------------------------------

  /**
   * Answers the next `times` matching HTTP requests with `response`, before any normal handling; or,
   * with `{ delayMs }`, handles them as usual but answers each that much later (Discord slow to answer).
   */
  fail(match: FaultMatch, response: FaultResponse | SlowAnswer, times = 1): void {
    this.#faults.fail(match, response, times);
  }

  clearFaults(): void {
    this.#faults.clear();
  }

  expireToken(token: string): void {
    this.#faults.expireToken(token);
  }

  /** The user does not accept DMs from the bot: channel messages to their DM get 403/50007. */
  closeDms(userId: string): void {
    this.#faults.closeDms(userId);
  }

  /** As if someone deleted the message in Discord: later reads and edits get 404/10008. */
  deleteMessage(channelId: string, messageId: string): void {
    const message = this.#state.messages.get(messageId);
    if (message && message.channelId === channelId && !message.deleted) this.#messages.remove(message);
  }

  /**
   * Closes the bot's WebSocket. With the default code 4000 discord.js reconnects to
   * resume_gateway_url and RESUMEs; `resumable: false` answers that RESUME with op 9, which makes
   * discord.js IDENTIFY again (throttled by its identify limiter: about 5 s after the last one).
   */
  dropConnection(options: { code?: number; resumable?: boolean; shard?: number } = {}): void {
    this.#gateway.drop(options);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#state.abortWaiters(new Error('FakeDiscord: closed while a test was still waiting'));
    await this.#gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
