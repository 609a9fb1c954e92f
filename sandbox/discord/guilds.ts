// Guilds and their channels, DM channels, members and their roles: adding a server (GUILD_CREATE
// when the bot is connected), GET /channels/:id, POST /users/@me/channels (open a DM), and
// PUT/DELETE /guilds/:g/members/:u/roles/:r. Where the coming guild features go: many synthetic
// servers (seed them through `add`), a guild's locale and a member's locale (stored here, sent by
// interactions/send.ts), roles with positions and channel permission overwrites (stored here,
// computed in permissions.ts), AutoMod rules (their own module beside this one, over state.ts).
import { isLive, sessionFor, type Gateway } from './gateway.ts';
import { channelJson, guildJson, roleJson, userJson } from './json.ts';
import { FAKE_PERMISSIONS } from './permissions.ts';
import { apiError, invalidFormBody, isRecord, methodNotAllowed, type Route } from './rest/http.ts';
import { iso, snowflake, type ChannelState, type DiscordState, type GuildState } from './state.ts';
import type { FakeGuildSpec, FakeOverwrite, FakeRole } from './types.ts';

/** The first text channel of a guild (the first guild when omitted). */
export function firstChannelOf(state: DiscordState, guildId?: string): string {
  const guild = guildId === undefined ? state.guilds.values().next().value : state.guilds.get(guildId);
  const channelId = guild?.channelIds[0];
  if (channelId === undefined) throw new Error(`FakeDiscord: no guild/channel for ${guildId ?? '(first guild)'}`);
  return channelId;
}

/** The bot's DM channel with a user, opened on first use. */
export function dmChannelFor(state: DiscordState, userId: string): ChannelState {
  let id = state.dmChannelByUser.get(userId);
  if (id === undefined) {
    id = snowflake();
    state.dmChannelByUser.set(userId, id);
    state.channels.set(id, { id, type: 1, guildId: null, name: '', recipientId: userId });
  }
  const channel = state.channels.get(id);
  if (!channel) throw new Error('unreachable: DM channel vanished');
  return channel;
}

export class Guilds {
  readonly #state: DiscordState;
  readonly #gateway: Gateway;

  constructor(state: DiscordState, gateway: Gateway) {
    this.#state = state;
    this.#gateway = gateway;
  }

  /** Adds a guild; sends GUILD_CREATE when a client is connected (the bot joined a server). */
  add(spec: FakeGuildSpec): void {
    const state = this.#state;
    const channelIds = spec.channelIds?.length ? [...spec.channelIds] : [snowflake()];
    const botRoleId = snowflake();
    const guild: GuildState = {
      id: spec.id,
      name: spec.name ?? `Guild ${spec.id.slice(-4)}`,
      ownerId: spec.ownerId ?? snowflake(),
      channelIds,
      botRoleId,
      joinedAt: iso(Date.now()),
      roles: [
        { id: spec.id, name: '@everyone', permissions: FAKE_PERMISSIONS.member, position: 0, managed: false },
        { id: botRoleId, name: state.botUser.username, permissions: FAKE_PERMISSIONS.bot, position: 1, managed: true },
      ],
    };
    state.guilds.set(guild.id, guild);
    if (!state.users.has(guild.ownerId)) state.users.set(guild.ownerId, { id: guild.ownerId, username: 'owner' });
    channelIds.forEach((id, index) => {
      state.channels.set(id, { id, type: 0, guildId: guild.id, name: index === 0 ? 'general' : `channel-${index}`, recipientId: null });
    });
    if (isLive(sessionFor(state, guild.id))) this.#gateway.dispatch('GUILD_CREATE', guildJson(state, guild));
  }

  /** Adds a role to a guild (GUILD_ROLE_CREATE when connected); returns it. */
  addRole(guildId: string, spec: Partial<Omit<FakeRole, 'id'>>): FakeRole {
    const guild = this.#state.guilds.get(guildId);
    if (!guild) throw new Error(`FakeDiscord: unknown guild ${guildId}`);
    const role: FakeRole = { id: snowflake(), name: spec.name ?? 'role', permissions: spec.permissions ?? '0', position: spec.position ?? guild.roles.length, managed: spec.managed ?? false };
    guild.roles.push(role);
    if (isLive(sessionFor(this.#state, guild.id))) this.#gateway.dispatch('GUILD_ROLE_CREATE', { guild_id: guild.id, role: roleJson(this.#state, guild, role) });
    return role;
  }

  /** Replaces a guild channel's permission overwrites. */
  setOverwrites(channelId: string, overwrites: FakeOverwrite[]): void {
    const channel = this.#state.channels.get(channelId);
    if (!channel || channel.guildId === null) throw new Error(`FakeDiscord: unknown guild channel ${channelId}`);
    channel.overwrites = structuredClone(overwrites);
  }

  /** A channel an interaction names that the guild does not have yet: Discord knows it, so the fake learns it. */
  ensureChannel(guild: GuildState, channelId: string): void {
    if (this.#state.channels.has(channelId)) return;
    this.#state.channels.set(channelId, { id: channelId, type: 0, guildId: guild.id, name: 'extra', recipientId: null });
    guild.channelIds.push(channelId);
  }

  routes(): Route[] {
    const state = this.#state;
    return [
      {
        methods: ['POST'],
        path: /^\/users\/@me\/channels$/,
        auth: 'bot',
        handle: (ctx) => {
          const recipientId = isRecord(ctx.json) ? ctx.json.recipient_id : undefined;
          if (typeof recipientId !== 'string' || !/^\d+$/.test(recipientId)) {
            return invalidFormBody('recipient_id', 'NUMBER_TYPE_COERCE', 'Value is not snowflake.');
          }
          if (!state.users.has(recipientId)) state.users.set(recipientId, { id: recipientId, username: `user${recipientId.slice(-4)}` });
          return { status: 200, body: channelJson(state, dmChannelFor(state, recipientId)) };
        },
      },
      {
        methods: ['PUT', 'DELETE'],
        path: /^\/guilds\/(\d+)\/members\/(\d+)\/roles\/(\d+)$/,
        auth: 'bot',
        handle: (ctx, m) => {
          if (!state.guilds.has(m[1] ?? '')) return apiError(404, 10004, 'Unknown Guild');
          const key = `${m[1]}/${m[2]}`;
          const roles = state.memberRoles.get(key) ?? new Set<string>();
          if (ctx.method === 'PUT') roles.add(m[3] ?? '');
          else roles.delete(m[3] ?? '');
          state.memberRoles.set(key, roles);
          return { status: 204 };
        },
      },
      {
        // GET /guilds/:g (what REST sends: no members or channels), /guilds/:g/roles, /guilds/:g/members/:u.
        path: /^\/guilds\/(\d+)(\/roles|\/members\/(\d+))?$/,
        auth: 'bot',
        handle: (ctx, m) => {
          const guild = state.guilds.get(m[1] ?? '');
          if (!guild) return apiError(404, 10004, 'Unknown Guild');
          if (ctx.method !== 'GET') return methodNotAllowed();
          if (m[2] === '/roles') return { status: 200, body: guild.roles.map((r) => roleJson(state, guild, r)) };
          if (m[3] !== undefined) {
            const user = state.users.get(m[3]);
            if (!user) return apiError(404, 10007, 'Unknown Member');
            const roles = [...(state.memberRoles.get(`${guild.id}/${user.id}`) ?? [])];
            return { status: 200, body: { user: userJson(state, user), roles, joined_at: guild.joinedAt, nick: null, deaf: false, mute: false, flags: 0 } };
          }
          const { members: _members, channels: _channels, ...rest } = guildJson(state, guild);
          return { status: 200, body: rest };
        },
      },
      {
        path: /^\/channels\/(\d+)$/,
        auth: 'bot',
        handle: (ctx, m) => {
          const channel = state.channels.get(m[1] ?? '');
          if (!channel) return apiError(404, 10003, 'Unknown Channel');
          return ctx.method === 'GET' ? { status: 200, body: channelJson(state, channel) } : methodNotAllowed();
        },
      },
    ];
  }
}
