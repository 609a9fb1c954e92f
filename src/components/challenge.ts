import { GuildMember, MessageFlags, type ButtonInteraction } from 'discord.js';
import { UserError } from '../errors/index.ts';
import { formatNumber, message } from '../i18n/index.ts';
import { memberT } from '../interactions/locale.ts';
import { entryUrl, VOTE_PREFIX } from '../services/challenges/messages.ts';
import type { Component } from '../interactions/component.ts';

/** When the presser joined the server, from the interaction's member (cached or raw). */
function joinedAt(interaction: ButtonInteraction): number | undefined {
  const member = interaction.member;
  if (member instanceof GuildMember) return member.joinedTimestamp ?? undefined;
  const raw = (member as { joined_at?: string } | null)?.joined_at;
  const ms = raw ? Date.parse(raw) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

/** `Vote · N` on entries (`challenge:vote:<n>:<job>`) and `Submit to challenge` on results (`challenge:submit:<job>`). */
export const challengeComponent: Component = {
  prefix: VOTE_PREFIX,
  async button(interaction, context, args) {
    if (!interaction.guildId) throw new UserError(message('challenges.refusals.buttonNotInServer'));
    const t = memberT(interaction);
    const [action, first = '', second = ''] = args;
    if (action === 'vote') {
      const result = await context.challenges.vote({ guildId: interaction.guildId, number: Number(first), jobId: second, memberId: interaction.user.id, joinedAt: joinedAt(interaction) });
      const content = t(result.kind === 'counted' ? 'challenges.replies.voteCounted' : 'challenges.replies.voteRemoved', { votes: formatNumber(t.locale, result.votes) });
      await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }
    if (action === 'submit') {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const usage = message('challenges.refusals.usageCommand', { video: first.slice(0, 16) });
      const { challenge, entry } = await context.challenges.submit({ guildId: interaction.guildId, memberId: interaction.user.id, video: first, usage });
      const content = t('challenges.replies.enteredByButton', { number: challenge.number, url: entryUrl(challenge, entry.messageId ?? '') });
      await interaction.editReply({ content, allowedMentions: { parse: [] } });
      return;
    }
    throw new UserError(message('common.oldButton'));
  },
};
