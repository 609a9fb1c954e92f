// The member's side of interactions: what Discord sends on INTERACTION_CREATE when a member uses a
// slash command (2), presses a button or picks from a menu (3), types into an autocompleted option
// (4) or submits a modal (5): the token, the resolved attachments and users, the member with their
// permissions, the channel, locales. The member's and the guild's locale, a member's roles and
// an AutoMod-blocked command would be decided here. Answers to interactions: callbacks.ts, webhooks.ts.
import { randomBytes } from 'node:crypto';
import type { Cdn } from '../cdn.ts';
import type { Commands } from '../commands.ts';
import { sessionFor, type Gateway } from '../gateway.ts';
import { dmChannelFor, firstChannelOf, type Guilds } from '../guilds.ts';
import { channelJson, messageJson, roleJson, userJson } from '../json.ts';
import { botGuildPermissions, channelPermissions, FAKE_PERMISSIONS } from '../permissions.ts';
import { DEFAULT_UPLOAD_LIMIT, iso, snowflake, type DiscordState, type GuildState } from '../state.ts';
import type { FakeCommandOption, FakeInteraction, FakeUser, SendCommandOptions, SendComponentOptions, SendModalOptions, SentInteraction } from '../types.ts';

interface ComponentPart {
  data: Record<string, unknown>;
  message?: Record<string, unknown>;
}

/** The options list that new attachment options belong in: the innermost subcommand's, if any. */
function leafOptions(options: FakeCommandOption[]): FakeCommandOption[] {
  const sub = options.find((o) => o.type === 1 || o.type === 2);
  if (!sub) return options;
  sub.options ??= [];
  return leafOptions(sub.options);
}

export class InteractionSender {
  readonly #state: DiscordState;
  readonly #gateway: Gateway;
  readonly #guilds: Guilds;
  readonly #cdn: Cdn;
  readonly #commands: Commands;

  constructor(state: DiscordState, parts: { gateway: Gateway; guilds: Guilds; cdn: Cdn; commands: Commands }) {
    this.#state = state;
    this.#gateway = parts.gateway;
    this.#guilds = parts.guilds;
    this.#cdn = parts.cdn;
    this.#commands = parts.commands;
  }

  /** A button press or select-menu choice on a message (type 3). */
  component(options: SendComponentOptions): SentInteraction {
    const message = this.#state.messages.get(options.messageId);
    if (!message) throw new Error(`FakeDiscord: unknown message ${options.messageId}`);
    const data = { custom_id: options.customId, component_type: options.componentType ?? 2, ...(options.values ? { values: options.values } : {}) };
    return this.send(3, { ...options, name: '', channelId: options.channelId ?? message.channelId }, { data, message: messageJson(this.#state, message) });
  }

  /** A modal submit (type 5) with its text inputs' values. */
  modal(options: SendModalOptions): SentInteraction {
    const message = options.messageId === undefined ? undefined : this.#state.messages.get(options.messageId);
    const data = {
      custom_id: options.customId,
      components: Object.entries(options.fields).map(([customId, value]) => ({ type: 1, components: [{ type: 4, custom_id: customId, value }] })),
    };
    const where = message ? { channelId: options.channelId ?? message.channelId } : {};
    return this.send(5, { ...options, name: '', ...where }, { data, ...(message ? { message: messageJson(this.#state, message) } : {}) });
  }

  /** Dispatches INTERACTION_CREATE of `type` as the given member, and remembers the interaction and its token. */
  send(type: number, options: SendCommandOptions, component?: ComponentPart): SentInteraction {
    const state = this.#state;
    if (state.sessions.size === 0) throw new Error('FakeDiscord: no client has identified yet; await waitForIdentify() first');
    const inGuild = options.guildId !== null;
    const guildId = inGuild ? (options.guildId ?? [...state.guilds.keys()][0]) : null;
    const guild = guildId === null || guildId === undefined ? undefined : state.guilds.get(guildId);
    if (inGuild && !guild) throw new Error(`FakeDiscord: unknown guild ${String(guildId)}`);
    if (!sessionFor(state, guild?.id ?? null)) throw new Error(`FakeDiscord: no session holds the shard of guild ${String(guildId)}`);
    const user = options.user ?? state.defaultUser;
    state.users.set(user.id, user);
    const channelId = options.channelId ?? (guild ? firstChannelOf(state, guild.id) : dmChannelFor(state, user.id).id);
    if (guild) this.#guilds.ensureChannel(guild, channelId);

    const id = snowflake();
    // Shaped like Discord's: base64 of "interaction:<id>:<secret>".
    const token = Buffer.from(`interaction:${id}:${randomBytes(48).toString('base64url')}`).toString('base64url');
    const attachmentSizeLimit = options.attachmentSizeLimit ?? DEFAULT_UPLOAD_LIMIT;
    const memberPermissions = options.memberPermissions ?? FAKE_PERMISSIONS.member;
    const channel = state.channels.get(channelId);
    const payload: Record<string, unknown> = {
      id,
      application_id: state.applicationId,
      type,
      token,
      version: 1,
      channel_id: channelId,
      channel: channel ? channelJson(state, channel, guild ? memberPermissions : undefined) : { id: channelId, type: 0 },
      // The bot's own permissions (its role's), unless the test says what they are in this channel.
      app_permissions: options.appPermissions ?? (guild ? botGuildPermissions(state, guild.id).toString() : FAKE_PERMISSIONS.bot),
      locale: options.locale ?? 'en-US',
      attachment_size_limit: attachmentSizeLimit,
      entitlements: [],
      data: component?.data ?? this.#commandData(options, channelId, guild, user.id, memberPermissions),
      ...(component?.message ? { message: component.message } : {}),
    };
    Object.assign(payload, guild ? this.#inGuild(guild, user, memberPermissions, options) : this.#inDm(user));

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
    state.interactions.set(id, interaction);
    state.interactionByToken.set(token, interaction);
    this.#gateway.dispatch('INTERACTION_CREATE', payload);
    return { interactionId: id, token, dispatchedAt };
  }

  /** `data` of a command or autocomplete: options, and uploaded attachments and named users in `resolved`. */
  #commandData(options: SendCommandOptions, channelId: string, guild: GuildState | undefined, userId: string, memberPermissions: string): Record<string, unknown> {
    const commandOptions = structuredClone(options.options ?? []);
    const resolvedAttachments: Record<string, unknown> = {};
    for (const input of options.attachments ?? []) {
      const attachmentId = snowflake();
      const { url, proxyUrl } = this.#cdn.store(channelId, attachmentId, input.filename, input.data, input.contentType);
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
      if (option.type === 6 && typeof option.value === 'string') resolvedUsers[option.value] = this.#state.users.get(option.value) ?? { id: option.value, username: `user${option.value.slice(-4)}` };
    }
    const guildId = guild?.id ?? null;
    const resolved = {
      ...(Object.keys(resolvedAttachments).length ? { attachments: resolvedAttachments } : {}),
      ...this.#resolvedUsers(resolvedUsers, guild?.joinedAt),
      ...(guild ? this.#resolvedRolesAndChannels(leafOptions(commandOptions), guild, userId, memberPermissions) : {}),
    };
    return {
      id: this.#commands.idFor(options.name, guildId),
      name: options.name,
      type: 1,
      ...(commandOptions.length ? { options: commandOptions } : {}),
      ...(Object.keys(resolved).length ? { resolved } : {}),
      ...(guildId ? { guild_id: guildId } : {}),
    };
  }

  /**
   * Role options (8) arrive with the role, channel options (7) with the channel and the acting
   * member's permissions in it (their guild permissions with the channel's overwrites applied).
   */
  #resolvedRolesAndChannels(options: FakeCommandOption[], guild: GuildState, userId: string, memberPermissions: string): Record<string, unknown> {
    const roles: Record<string, unknown> = {};
    const channels: Record<string, unknown> = {};
    const memberRoles = [...(this.#state.memberRoles.get(`${guild.id}/${userId}`) ?? [])];
    for (const option of options) {
      if (typeof option.value !== 'string') continue;
      if (option.type === 8) {
        const role = guild.roles.find((r) => r.id === option.value);
        if (role) roles[role.id] = roleJson(this.#state, guild, role);
      }
      if (option.type === 7) {
        this.#guilds.ensureChannel(guild, option.value);
        const channel = this.#state.channels.get(option.value)!;
        const permissions = channelPermissions(BigInt(memberPermissions), channel.overwrites ?? [], guild.id, userId, memberRoles);
        const { id, type, name, parent_id } = channelJson(this.#state, channel);
        channels[channel.id] = { id, type, name, parent_id, permissions: permissions.toString() };
      }
    }
    return { ...(Object.keys(roles).length ? { roles } : {}), ...(Object.keys(channels).length ? { channels } : {}) };
  }

  #resolvedUsers(users: Record<string, FakeUser>, joinedAt: string | undefined): Record<string, unknown> {
    const ids = Object.keys(users);
    if (ids.length === 0) return {};
    const member = { roles: [], joined_at: joinedAt, nick: null, avatar: null, premium_since: null, pending: false, flags: 0, permissions: FAKE_PERMISSIONS.member, communication_disabled_until: null };
    return {
      users: Object.fromEntries(ids.map((id) => [id, userJson(this.#state, users[id]!)])),
      ...(joinedAt ? { members: Object.fromEntries(ids.map((id) => [id, { ...member }])) } : {}),
    };
  }

  /** The guild, its locale and the acting member with their permissions. */
  #inGuild(guild: GuildState, user: FakeUser, permissions: string, options: SendCommandOptions): Record<string, unknown> {
    return {
      guild_id: guild.id,
      guild: { id: guild.id, locale: options.guildLocale ?? 'en-US', features: [] },
      guild_locale: options.guildLocale ?? 'en-US',
      member: {
        user: userJson(this.#state, user),
        roles: [...(this.#state.memberRoles.get(`${guild.id}/${user.id}`) ?? [])],
        permissions,
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
    };
  }

  /** A guild-installed app used in the bot's DM: the owner value is "0" (Discord docs). */
  #inDm(user: FakeUser): Record<string, unknown> {
    return { user: userJson(this.#state, user), authorizing_integration_owners: { '0': '0' }, context: 1 };
  }
}
