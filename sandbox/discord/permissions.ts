// Permission bits, the bitfields the fake hands out (an ordinary member, an admin, the bot), and a
// member's permissions in a channel computed as Discord does: the guild-level permissions, then the
// channel's overwrites for @everyone, for the member's roles, and for the member. The roles
// themselves (with their positions) are kept by guilds.ts.
import type { DiscordState } from './state.ts';
import type { FakeOverwrite } from './types.ts';

export const PERMISSION = {
  createInstantInvite: 1n << 0n,
  kickMembers: 1n << 1n,
  banMembers: 1n << 2n,
  administrator: 1n << 3n,
  manageChannels: 1n << 4n,
  manageGuild: 1n << 5n,
  addReactions: 1n << 6n,
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  manageMessages: 1n << 13n,
  embedLinks: 1n << 14n,
  attachFiles: 1n << 15n,
  readMessageHistory: 1n << 16n,
  mentionEveryone: 1n << 17n,
  useExternalEmojis: 1n << 18n,
  changeNickname: 1n << 26n,
  manageRoles: 1n << 28n,
  manageWebhooks: 1n << 29n,
  useApplicationCommands: 1n << 31n,
  sendMessagesInThreads: 1n << 38n,
} as const;

const ALL = (1n << 53n) - 1n;

/** The guild-level permissions of the bot: @everyone's and its own role's. */
export function botGuildPermissions(state: DiscordState, guildId: string): bigint {
  const guild = state.guilds.get(guildId);
  if (!guild) return 0n;
  return guild.roles.filter((r) => r.id === guild.id || r.id === guild.botRoleId).reduce((bits, r) => bits | BigInt(r.permissions), 0n);
}

/** The member's permissions in a channel: `base` (their guild-level permissions) with the channel's overwrites applied. */
export function channelPermissions(base: bigint, overwrites: FakeOverwrite[], guildId: string, userId: string, roleIds: string[]): bigint {
  if ((base & PERMISSION.administrator) !== 0n) return ALL;
  let permissions = base;
  const apply = (allow: bigint, deny: bigint) => {
    permissions = (permissions & ~deny) | allow;
  };
  const everyone = overwrites.find((o) => o.type === 0 && o.id === guildId);
  if (everyone) apply(BigInt(everyone.allow), BigInt(everyone.deny));
  let allow = 0n;
  let deny = 0n;
  for (const o of overwrites) {
    if (o.type === 0 && o.id !== guildId && roleIds.includes(o.id)) {
      allow |= BigInt(o.allow);
      deny |= BigInt(o.deny);
    }
  }
  apply(allow, deny);
  const own = overwrites.find((o) => o.type === 1 && o.id === userId);
  if (own) apply(BigInt(own.allow), BigInt(own.deny));
  return permissions;
}

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
  /** Manage Server and Manage Roles, no Administrator. */
  roleManager: (memberBits | PERMISSION.manageGuild | PERMISSION.manageRoles).toString(),
} as const;
