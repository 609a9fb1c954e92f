import { GuildMember, type RepliableInteraction } from 'discord.js';
import { UserError } from '../errors/index.ts';
import { message } from '../i18n/index.ts';
import { ruleWords } from '../services/moderation/logView.ts';
import type { TextKind } from '../services/moderation/service.ts';
import type { InteractionContext } from './context.ts';

/**
 * The member's role ids, from the interaction itself (never a cache: the bot may cache no roles).
 * discord.js keeps a cached member's ids in `_roles`; an uncached member arrives as Discord sent it.
 */
export function memberRoleIds(interaction: RepliableInteraction): string[] {
  const member = interaction.member;
  if (member instanceof GuildMember) return [...((member as unknown as { _roles?: string[] })._roles ?? member.roles.cache.keys())];
  const roles = (member as { roles?: unknown } | null)?.roles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}

/**
 * Moderation runs before money: the server's rules judge text a member makes the bot act on or
 * repeat in public. A refusal is private, names the rule, and nothing is held or sent.
 */
export async function checkText(interaction: RepliableInteraction, context: InteractionContext, text: string, what: TextKind, action: string): Promise<void> {
  if (!context.moderation || !interaction.guildId || !interaction.channelId) return;
  const verdict = await context.moderation.rules.check({
    guildId: interaction.guildId,
    memberId: interaction.user.id,
    channelId: interaction.channelId,
    roleIds: memberRoleIds(interaction),
    text,
    what,
    action,
    locale: context.languages.of(interaction.guildId, interaction.guildLocale),
  });
  if (!verdict.ok) throw new UserError(message('moderation.rules.refused', { subject: message(`moderation.rules.subject.${what}`), rule: ruleWords(verdict) }));
}
