import type { REST, RawFile } from '@discordjs/rest';
import { Routes, type APIGuild, type APIGuildMember, type APIRole } from 'discord-api-types/v10';
import type { ChallengeMessage } from './messages.ts';
import type { RoleFacts } from './permissions.ts';

/** Discord refused a challenge message or role change; `status`/`code` say why (no URL: no token). */
export class ChallengeDiscordError extends Error {
  readonly status: number | undefined;
  readonly code: number | undefined;
  constructor(status: number | undefined, code: number | undefined) {
    super(`Discord refused (${status ?? 'no status'} ${code ?? ''})`.trim());
    this.name = 'ChallengeDiscordError';
    this.status = status;
    this.code = code;
  }
  /** Too big for the channel: post a link instead. */
  get tooLarge(): boolean {
    return this.status === 413 || this.code === 40005;
  }
  /** Worth trying again later (Discord down or throttling). */
  get passing(): boolean {
    return this.status === undefined || this.status >= 500 || this.status === 429;
  }
}

export interface ChallengeDiscordPort {
  post(channelId: string, body: ChallengeMessage & { nonce?: string; enforce_nonce?: boolean }, files?: RawFile[]): Promise<{ id: string }>;
  edit(channelId: string, messageId: string, body: Partial<ChallengeMessage>): Promise<void>;
  /** Deletes one of the bot's messages; one already gone counts as deleted. */
  remove(channelId: string, messageId: string): Promise<void>;
  /** The attachments of a message, with fresh signed URLs. */
  attachments(channelId: string, messageId: string): Promise<Array<{ url: string; filename: string; size: number }>>;
  /** `reason` shows in the server's audit log. */
  addRole(guildId: string, userId: string, roleId: string, reason?: string): Promise<void>;
  /** The guild's owner and roles (positions, permissions), read fresh: nothing is cached for it. */
  guild(guildId: string): Promise<{ ownerId: string; roles: RoleFacts[] }>;
  /** The roles a member has. */
  memberRoles(guildId: string, userId: string): Promise<string[]>;
}

/** Challenge messages go over REST with the bot token only, so closing can run without the gateway. */
export class ChallengeDiscord implements ChallengeDiscordPort {
  readonly #rest: REST;
  constructor(rest: REST) {
    this.#rest = rest;
  }

  async post(channelId: string, body: ChallengeMessage, files: RawFile[] = []): Promise<{ id: string }> {
    const payload = files.length > 0 ? { ...body, attachments: files.map((f, i) => ({ id: i, filename: f.name })) } : body;
    return wrap(() => this.#rest.post(Routes.channelMessages(channelId), { body: payload, files }) as Promise<{ id: string }>);
  }

  async edit(channelId: string, messageId: string, body: Partial<ChallengeMessage>): Promise<void> {
    await wrap(() => this.#rest.patch(Routes.channelMessage(channelId, messageId), { body }));
  }

  async remove(channelId: string, messageId: string): Promise<void> {
    await wrap(() => this.#rest.delete(Routes.channelMessage(channelId, messageId))).catch((error: unknown) => {
      if (!(error instanceof ChallengeDiscordError && error.status === 404)) throw error;
    });
  }

  async attachments(channelId: string, messageId: string): Promise<Array<{ url: string; filename: string; size: number }>> {
    const message = await wrap(() => this.#rest.get(Routes.channelMessage(channelId, messageId)) as Promise<{ attachments?: Array<{ url: string; filename: string; size: number }> }>);
    return message.attachments ?? [];
  }

  async addRole(guildId: string, userId: string, roleId: string, reason?: string): Promise<void> {
    await wrap(() => this.#rest.put(Routes.guildMemberRole(guildId, userId, roleId), reason ? { reason } : {}));
  }

  async guild(guildId: string): Promise<{ ownerId: string; roles: RoleFacts[] }> {
    const guild = await wrap(() => this.#rest.get(Routes.guild(guildId)) as Promise<APIGuild>);
    return { ownerId: guild.owner_id, roles: guild.roles.map(roleFacts) };
  }

  async memberRoles(guildId: string, userId: string): Promise<string[]> {
    const member = await wrap(() => this.#rest.get(Routes.guildMember(guildId, userId)) as Promise<APIGuildMember>);
    return member.roles;
  }
}

async function wrap<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const e = error as { status?: unknown; code?: unknown; name?: unknown };
    const status = typeof e.status === 'number' ? e.status : undefined;
    const code = typeof e.code === 'number' ? e.code : undefined;
    throw new ChallengeDiscordError(status, code);
  }
}

export function roleFacts(role: Pick<APIRole, 'id' | 'position' | 'permissions' | 'managed'>): RoleFacts {
  return { id: role.id, position: role.position, permissions: BigInt(role.permissions), managed: role.managed };
}
