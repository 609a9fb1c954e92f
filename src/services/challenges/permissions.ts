import { PermissionFlagsBits } from 'discord-api-types/v10';
import { message, type en, type Message, type Param } from '../../i18n/index.ts';
import { listOf } from './messages.ts';

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

/** A permission by its message name (`challenges.posts.permission.<name>`, as Discord calls it). */
export type PermissionName = keyof (typeof en)['challenges']['posts']['permission'];

/** What a winner role must never grant: it is given by the bot, at the end, to whoever wins. */
const DANGEROUS: ReadonlyArray<[bigint, PermissionName]> = [
  [PermissionFlagsBits.Administrator, 'administrator'],
  [PermissionFlagsBits.ManageGuild, 'manageGuild'],
  [PermissionFlagsBits.ManageRoles, 'manageRoles'],
  [PermissionFlagsBits.ManageChannels, 'manageChannels'],
  [PermissionFlagsBits.BanMembers, 'banMembers'],
  [PermissionFlagsBits.KickMembers, 'kickMembers'],
  [PermissionFlagsBits.ManageMessages, 'manageMessages'],
  [PermissionFlagsBits.MentionEveryone, 'mentionEveryone'],
  [PermissionFlagsBits.ManageWebhooks, 'manageWebhooks'],
];

const has = (permissions: bigint, flag: bigint): boolean => (permissions & PermissionFlagsBits.Administrator) !== 0n || (permissions & flag) === flag;

/** Discord's order: higher position first, and on a tie the role created first (smaller id). */
function above(a: RoleFacts, b: RoleFacts): boolean {
  return a.position !== b.position ? a.position > b.position : BigInt(a.id) < BigInt(b.id);
}

/** The permissions of `role` that a winner role must not grant, by name. */
export function dangerousGrants(role: Pick<RoleFacts, 'permissions'>): PermissionName[] {
  return DANGEROUS.filter(([flag]) => (role.permissions & flag) === flag).map(([, name]) => name);
}

/** "Administrator, Manage Roles", as Discord names them in the reader's language. */
export const permissionList = (names: readonly PermissionName[]): Param => listOf(names.map((name) => message(`challenges.posts.permission.${name}`)));

/** Why the member may not have the bot give `role` to a winner, or undefined when they may. */
export function winnerRoleRefusal(input: {
  guildId: string;
  memberId: string;
  ownerId: string;
  memberPermissions: bigint;
  memberRoleIds: readonly string[];
  role: RoleFacts;
  roles: readonly RoleFacts[];
}): Message | undefined {
  const { role } = input;
  if (role.id === input.guildId) return message('challenges.refusals.everyoneRole');
  if (role.managed) return message('challenges.refusals.managedRole', { roleId: role.id });
  const grants = dangerousGrants(role);
  if (grants.length > 0) return message('challenges.refusals.dangerousRole', { roleId: role.id, grants: permissionList(grants) });
  if (input.memberId === input.ownerId) return undefined;
  if (!has(input.memberPermissions, PermissionFlagsBits.ManageRoles)) return message('challenges.refusals.needManageRoles');
  const own = input.roles.filter((r) => input.memberRoleIds.includes(r.id));
  const highest = own.reduce<RoleFacts | undefined>((top, r) => (top === undefined || above(r, top) ? r : top), undefined);
  if (!highest || !above(highest, role)) return message('challenges.refusals.roleNotBelow', { roleId: role.id });
  return undefined;
}

/** Why the member may not have the bot post a challenge in a channel (their permissions there), or undefined. */
export function channelRefusal(channelId: string, memberPermissions: bigint | null): Message | undefined {
  if (memberPermissions === null) return message('challenges.refusals.channelUnchecked', { channelId });
  if (!has(memberPermissions, PermissionFlagsBits.ViewChannel) || !has(memberPermissions, PermissionFlagsBits.SendMessages)) {
    return message('challenges.refusals.channelNotYours', { channelId });
  }
  return undefined;
}
