// Many synthetic servers of one shape (channels with permission overwrites, roles, emojis, members
// with roles), for scale benchmarks: none is stored. Every id is computed from the server's index, so
// the gateway builds each GUILD_CREATE when it sends it (gateway.ts) and forgets it; a server a test
// acts in is `materialize`d into the store like any other, with the same ids it was sent with.
import { channelJson, guildJson, memberJson } from './json.ts';
import { FAKE_PERMISSIONS, PERMISSION } from './permissions.ts';
import type { ChannelState, DiscordState, GuildState } from './state.ts';
import type { FakeOverwrite, FakeRole, SyntheticGuildsSpec } from './types.ts';

const DISCORD_EPOCH = 1420070400000n;
/** Offsets of a server's own ids from its id (its @everyone role is the server's id, as on Discord). */
const CHANNELS = 4096n;
const EMOJIS = 8192n;
const MEMBERS = 12288n;
const LOW_BITS = (1n << 22n) - 1n;

interface Built {
  guild: GuildState;
  channels: ChannelState[];
  members: Array<{ id: string; roles: string[] }>;
}

export class SyntheticGuilds {
  readonly count: number;
  readonly #state: DiscordState;
  readonly #spec: Required<SyntheticGuildsSpec>;
  /** Server i's id is (base + i) << 22: a day-old timestamp, so consecutive servers land on consecutive shards. */
  readonly #base: bigint;

  constructor(state: DiscordState, spec: SyntheticGuildsSpec) {
    this.#state = state;
    this.#spec = { channels: 30, roles: 40, emojis: 50, members: 10, rolesPerMember: 3, ...spec };
    if (this.#spec.roles < 2 || this.#spec.channels < 1) throw new Error('FakeDiscord: a synthetic server has at least 2 roles (@everyone, the bot) and 1 channel');
    this.count = spec.count;
    this.#base = BigInt(Date.now() - 86_400_000) - DISCORD_EPOCH;
  }

  /** The id of server `index` (0 ≤ index < count). */
  id(index: number): string {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) throw new Error(`FakeDiscord: no synthetic server ${index}`);
    return ((this.#base + BigInt(index)) << 22n).toString();
  }

  /** The index of a synthetic server's id, or undefined for any other id. */
  indexOf(guildId: string): number | undefined {
    const id = BigInt(guildId);
    const index = Number((id >> 22n) - this.#base);
    return (id & LOW_BITS) === 0n && index >= 0 && index < this.count ? index : undefined;
  }

  /** The indexes of the servers on one shard ((id >> 22) % shardCount), in order. */
  *onShard(shard: number, shardCount: number): Generator<number> {
    const first = (((shard - Number(this.#base % BigInt(shardCount))) % shardCount) + shardCount) % shardCount;
    for (let i = first; i < this.count; i += shardCount) yield i;
  }

  /** GUILD_CREATE for server `index`, built now (nothing of it is kept). */
  guildCreate(index: number): Record<string, unknown> {
    const { guild, channels, members } = this.#build(index);
    const state = this.#state;
    const member = (id: string, roles: string[]) => memberJson(state, guild, id === state.botUser.id ? state.botUser : { id, username: `member${id.slice(-4)}` }, roles);
    const emojis = Array.from({ length: this.#spec.emojis }, (_, j) => ({
      id: (BigInt(guild.id) + EMOJIS + BigInt(j)).toString(),
      name: `emoji_${j}`,
      roles: [],
      require_colons: true,
      managed: false,
      animated: j % 10 === 0,
      available: true,
    }));
    const everyMember = [member(state.botUser.id, [guild.botRoleId]), ...members.map((m) => member(m.id, m.roles))];
    return {
      ...guildJson(state, guild),
      emojis,
      members: everyMember,
      member_count: everyMember.length,
      channels: channels.map((c, position) => ({ ...channelJson(state, c), position })),
    };
  }

  /** Puts server `index` into the store (roles, channels, members' roles), as if it were added; returns its id. */
  materialize(index: number): string {
    const state = this.#state;
    const id = this.id(index);
    if (state.guilds.has(id)) return id;
    const { guild, channels, members } = this.#build(index);
    state.guilds.set(id, guild);
    for (const channel of channels) state.channels.set(channel.id, channel);
    for (const m of members) {
      if (!state.users.has(m.id)) state.users.set(m.id, { id: m.id, username: `member${m.id.slice(-4)}` });
      state.memberRoles.set(`${id}/${m.id}`, new Set(m.roles));
    }
    return id;
  }

  #build(index: number): Built {
    const spec = this.#spec;
    const id = this.id(index);
    const g = BigInt(id);
    const sub = (offset: bigint, j: number) => (g + offset + BigInt(j)).toString();
    const roles: FakeRole[] = Array.from({ length: spec.roles }, (_, r) => {
      if (r === 0) return { id, name: '@everyone', permissions: FAKE_PERMISSIONS.member, position: 0, managed: false };
      if (r === 1) return { id: sub(0n, 1), name: this.#state.botUser.username, permissions: FAKE_PERMISSIONS.bot, position: 1, managed: true };
      return { id: sub(0n, r), name: `role-${r}`, permissions: '0', position: r, managed: false };
    });
    const ordinary = roles.slice(2);
    const roleAt = (k: number) => ordinary[k % Math.max(1, ordinary.length)]?.id ?? id;
    const channels: ChannelState[] = Array.from({ length: spec.channels }, (_, j) => {
      const overwrites: FakeOverwrite[] = [
        { id, type: 0, allow: '0', deny: j % 5 === 4 ? PERMISSION.viewChannel.toString() : '0' },
        { id: roleAt(j), type: 0, allow: (PERMISSION.viewChannel | PERMISSION.sendMessages).toString(), deny: '0' },
      ];
      return { id: sub(CHANNELS, j), type: 0, guildId: id, name: j === 0 ? 'general' : `channel-${j}`, recipientId: null, overwrites };
    });
    const members = Array.from({ length: spec.members }, (_, j) => ({
      id: sub(MEMBERS, j),
      roles: ordinary.length === 0 ? [] : Array.from({ length: Math.min(spec.rolesPerMember, ordinary.length) }, (_, k) => roleAt(j + k)),
    }));
    const guild: GuildState = {
      id,
      name: `Synthetic server ${index}`,
      ownerId: members[0]?.id ?? this.#state.botUser.id,
      channelIds: channels.map((c) => c.id),
      botRoleId: sub(0n, 1),
      joinedAt: '2026-01-01T00:00:00.000000+00:00',
      roles,
    };
    return { guild, channels, members };
  }
}
