import { MessageFlags } from 'discord.js';
import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import { buildCommand } from '../i18n/commands.ts';
import { balanceText } from '../interactions/balanceView.ts';
import type { Command } from '../interactions/command.ts';
import { memberT } from '../interactions/locale.ts';

export const balanceCommand: Command = {
  data: buildCommand({ name: 'balance', contexts: [InteractionContextType.Guild], integration_types: [ApplicationIntegrationType.GuildInstall] }),
  async execute(interaction, context) {
    const t = memberT(interaction);
    const content = interaction.inGuild() && interaction.guildId ? await balanceText(context, interaction.guildId, interaction.user.id, t) : t('balance.serverOnly');
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  },
};
