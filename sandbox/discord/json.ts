// The objects Discord sends, built from the store: users, channels, guilds (GUILD_CREATE), messages.
// Only shapes, no decisions: a new field on the wire (a guild's locale, AutoMod rules in a guild,
// role positions) is added here, its state in state.ts.
import { iso, type ChannelState, type DiscordState, type GuildState } from './state.ts';
import type { FakeMessage, FakeRole, FakeUser } from './types.ts';

export function userJson(state: DiscordState, user: FakeUser): Record<string, unknown> {
  const isBot = user.id === state.botUser.id;
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

export function channelJson(state: DiscordState, channel: ChannelState, permissions?: string): Record<string, unknown> {
  if (channel.type === 1) {
    const recipient = state.users.get(channel.recipientId ?? '') ?? { id: channel.recipientId ?? '0', username: 'user' };
    return { id: channel.id, type: 1, last_message_id: null, flags: 0, recipients: [userJson(state, recipient)] };
  }
  const guild = state.guilds.get(channel.guildId ?? '');
  return {
    id: channel.id,
    type: channel.type,
    guild_id: channel.guildId,
    name: channel.name,
    position: guild ? guild.channelIds.indexOf(channel.id) : 0,
    permission_overwrites: channel.overwrites ?? [],
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: 0,
    ...(permissions === undefined ? {} : { permissions }),
  };
}

/** A role as Discord sends it (GUILD_CREATE, GET /guilds/:g/roles, resolved role options). */
export function roleJson(state: DiscordState, guild: GuildState, role: FakeRole): Record<string, unknown> {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions,
    managed: role.managed,
    mentionable: false,
    flags: 0,
    ...(role.id === guild.botRoleId ? { tags: { bot_id: state.botUser.id } } : {}),
  };
}

/** A guild member as GUILD_CREATE lists it. */
export function memberJson(state: DiscordState, guild: GuildState, user: FakeUser, roles: string[]): Record<string, unknown> {
  return {
    user: userJson(state, user),
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
  };
}

export function guildJson(state: DiscordState, guild: GuildState): Record<string, unknown> {
  const member = (user: FakeUser, roles: string[]) => memberJson(state, guild, user, roles);
  const owner = state.users.get(guild.ownerId) ?? { id: guild.ownerId, username: 'owner' };
  const members = [member(state.botUser, [guild.botRoleId])];
  if (owner.id !== state.botUser.id) members.push(member(owner, []));
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
    roles: guild.roles.map((r) => roleJson(state, guild, r)),
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
      const channel = state.channels.get(id);
      return channel ? [channelJson(state, channel)] : [];
    }),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export function messageJson(state: DiscordState, message: FakeMessage, withReferenced = true): Record<string, unknown> {
  const interaction = message.interactionId === null ? undefined : state.interactions.get(message.interactionId);
  const referenced = message.messageReference ? state.messages.get(message.messageReference.messageId) : undefined;
  return {
    id: message.id,
    type: message.type,
    channel_id: message.channelId,
    author: userJson(state, state.botUser),
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
          referenced_message: withReferenced && referenced && !referenced.deleted ? messageJson(state, referenced, false) : null,
        }
      : {}),
    ...(interaction
      ? {
          webhook_id: state.applicationId,
          application_id: state.applicationId,
          interaction_metadata: {
            id: interaction.id,
            type: interaction.type,
            name: interaction.commandName,
            command_type: 1,
            user: userJson(state, interaction.user),
            authorizing_integration_owners: interaction.guildId ? { '0': interaction.guildId } : { '0': '0' },
          },
          interaction: { id: interaction.id, type: interaction.type, name: interaction.commandName, user: userJson(state, interaction.user) },
        }
      : {}),
  };
}
