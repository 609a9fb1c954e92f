import { PermissionFlagsBits } from 'discord-api-types/v10';

/**
 * What the bot does with its own permissions for the admin who starts a challenge (posting in a
 * channel, giving a role at the end) must be what that admin could do themselves: nobody gets
 * further through the bot than their own permissions.
 */

export interface RoleFacts {
  id: string;
  position: number;
  permissions: bigint;
  managed: boolean;
}

/** What a winner role must never grant: it is given by the bot, at the end, to whoever wins. */
const DANGEROUS: ReadonlyArray<[bigint, string]> = [
  [PermissionFlagsBits.Administrator, 'Administrator'],
  [PermissionFlagsBits.ManageGuild, 'Manage Server'],
  [PermissionFlagsBits.ManageRoles, 'Manage Roles'],
  [PermissionFlagsBits.ManageChannels, 'Manage Channels'],
  [PermissionFlagsBits.BanMembers, 'Ban Members'],
  [PermissionFlagsBits.KickMembers, 'Kick Members'],
  [PermissionFlagsBits.ManageMessages, 'Manage Messages'],
  [PermissionFlagsBits.MentionEveryone, 'Mention @everyone'],
  [PermissionFlagsBits.ManageWebhooks, 'Manage Webhooks'],
];

const has = (permissions: bigint, flag: bigint): boolean => (permissions & PermissionFlagsBits.Administrator) !== 0n || (permissions & flag) === flag;

/** Discord's order: higher position first, and on a tie the role created first (smaller id). */
function above(a: RoleFacts, b: RoleFacts): boolean {
  return a.position !== b.position ? a.position > b.position : BigInt(a.id) < BigInt(b.id);
}

/** The permissions of `role` that a winner role must not grant, by name. */
export function dangerousGrants(role: Pick<RoleFacts, 'permissions'>): string[] {
  return DANGEROUS.filter(([flag]) => (role.permissions & flag) === flag).map(([, name]) => name);
}

/** Why the member may not have the bot give `role` to a winner, or undefined when they may. */
export function winnerRoleRefusal(input: {
  guildId: string;
  memberId: string;
  ownerId: string;
  memberPermissions: bigint;
  memberRoleIds: readonly string[];
  role: RoleFacts;
  roles: readonly RoleFacts[];
}): string | undefined {
  const { role } = input;
  const mention = `<@&${role.id}>`;
  if (role.id === input.guildId) return 'The winner role cannot be @everyone: everyone has it already.';
  if (role.managed) return `${mention} is managed by an integration (a bot or a subscription), so nobody can give it. Pick another role.`;
  const grants = dangerousGrants(role);
  if (grants.length > 0) return `${mention} grants ${grants.join(', ')}: a challenge cannot hand out moderator or admin powers. Pick a role without them.`;
  if (input.memberId === input.ownerId) return undefined;
  if (!has(input.memberPermissions, PermissionFlagsBits.ManageRoles)) {
    return 'You need the Manage Roles permission to give a role to the winner: I give it in your name.';
  }
  const own = input.roles.filter((r) => input.memberRoleIds.includes(r.id));
  const highest = own.reduce<RoleFacts | undefined>((top, r) => (top === undefined || above(r, top) ? r : top), undefined);
  if (!highest || !above(highest, role)) return `${mention} is not below your highest role, so you could not give it yourself. Pick a role below yours.`;
  return undefined;
}

/** Why the member may not have the bot post a challenge in a channel (their permissions there), or undefined. */
export function channelRefusal(channelId: string, memberPermissions: bigint | null): string | undefined {
  if (memberPermissions === null) return `I could not check your permissions in <#${channelId}>. Try again, or pick another channel.`;
  if (!has(memberPermissions, PermissionFlagsBits.ViewChannel) || !has(memberPermissions, PermissionFlagsBits.SendMessages)) {
    return `You cannot post in <#${channelId}> yourself, so I will not post a challenge there for you. Pick a channel where you can send messages.`;
  }
  return undefined;
}
