import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import { UserError } from '../errors/index.ts';
import { buildCommand } from '../i18n/commands.ts';
import { message } from '../i18n/index.ts';
import type { Job } from '../services/jobs/job.ts';
import type { Scope } from '../services/jobs/history.ts';
import type { Command } from '../interactions/command.ts';
import type { InteractionContext } from '../interactions/context.ts';
import { cancelAnswer, choiceName, detailEmbed, listPage, messageLink } from '../interactions/jobsView.ts';
import { memberT } from '../interactions/locale.ts';

const idOption = { type: ApplicationCommandOptionType.String, name: 'id', required: true, autocomplete: true, max_length: 32 } as const;

export const jobsCommandData = buildCommand({
  name: 'jobs',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    { type: ApplicationCommandOptionType.Subcommand, name: 'list', options: [{ type: ApplicationCommandOptionType.User, name: 'member' }] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'show', options: [idOption] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'cancel', options: [idOption] },
  ],
});

const isAdmin = (interaction: { memberPermissions: { has(bit: bigint): boolean } | null }) => interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true;

/** Admins see every job in their server; members their own. */
function scopeOf(interaction: ChatInputCommandInteraction | { guildId: string | null; user: { id: string }; memberPermissions: { has(bit: bigint): boolean } | null }): Scope {
  if (!interaction.guildId) throw new UserError(message('history.serverOnly'));
  return { guildId: interaction.guildId, memberId: isAdmin(interaction) ? undefined : interaction.user.id };
}

async function list(interaction: ChatInputCommandInteraction, context: InteractionContext): Promise<void> {
  const guildId = scopeOf(interaction).guildId;
  const target = interaction.options.getUser('member');
  if (target && target.id !== interaction.user.id && !isAdmin(interaction)) {
    throw new UserError(message('history.othersHint'));
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await interaction.editReply(await listPage(context, guildId, target?.id ?? interaction.user.id, interaction.user.id, 0, memberT(interaction)));
}

async function show(interaction: ChatInputCommandInteraction, context: InteractionContext): Promise<void> {
  const job = await context.history.find(scopeOf(interaction), interaction.options.getString('id', true));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const t = memberT(interaction);
  const embeds = [detailEmbed(job, t)];
  if (job.state !== 'delivered') {
    await interaction.editReply({ embeds, allowedMentions: { parse: [] } });
    return;
  }
  const copy = await context.copies.fetch(job, interaction.attachmentSizeLimit);
  switch (copy.kind) {
    case 'file':
      await interaction.editReply({
        content: t('history.show.again'),
        embeds,
        files: [{ attachment: copy.data, name: `${job.familyId}-${job.id}.mp4` }],
        allowedMentions: { parse: [] },
      });
      return;
    case 'link':
      await interaction.editReply({
        content: t('history.show.link', { url: copy.url.slice(0, 1800) }),
        embeds,
        allowedMentions: { parse: [] },
      });
      return;
    case 'gone': {
      const link = messageLink(job);
      const where = link ? t('history.show.stillThere', { link }) : t('history.show.deletedToo');
      await interaction.editReply({ content: t('history.show.gone', { where }), embeds, allowedMentions: { parse: [] } });
      return;
    }
  }
}

async function cancel(interaction: ChatInputCommandInteraction, context: InteractionContext): Promise<void> {
  const job = await context.history.find(scopeOf(interaction), interaction.options.getString('id', true));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const outcome = await context.cancel.cancel(job.id, interaction.user.id);
  await interaction.editReply({ content: cancelAnswer(outcome, memberT(interaction)), allowedMentions: { parse: [] } });
}

/** `/jobs list | show | cancel`, all answered privately. */
export const jobsCommand: Command = {
  data: jobsCommandData,
  async execute(interaction, context) {
    switch (interaction.options.getSubcommand()) {
      case 'list':
        return list(interaction, context);
      case 'show':
        return show(interaction, context);
      case 'cancel':
        return cancel(interaction, context);
      default:
        throw new UserError(message('history.unknownSubcommand'));
    }
  },
  async autocomplete(interaction, context) {
    if (!interaction.guildId) return interaction.respond([]);
    const scope: Scope = { guildId: interaction.guildId, memberId: isAdmin(interaction) ? undefined : interaction.user.id };
    const cancelling = interaction.options.getSubcommand(false) === 'cancel';
    // For cancel, queued jobs first (the only ones that can be); otherwise an admin's own first.
    const prefer = (job: Job) => (cancelling ? job.state === 'queued' : job.memberId === interaction.user.id);
    const jobs = await context.history.suggest(scope, String(interaction.options.getFocused()), 25, prefer);
    const t = memberT(interaction);
    await interaction.respond(jobs.map((job) => ({ name: choiceName(job, t), value: job.id })));
  },
};
