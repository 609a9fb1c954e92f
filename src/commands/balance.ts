import { MessageFlags } from 'discord.js';
import { ApplicationIntegrationType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { balanceText } from '../interactions/balanceView.ts';
import type { Command } from '../interactions/command.ts';

export const balanceCommand: Command = {
  data: {
    name: 'balance',
    description: 'This server’s video credits and your use today',
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  async execute(interaction, context) {
    const content =
      interaction.inGuild() && interaction.guildId
        ? await balanceText(context, interaction.guildId, interaction.user.id)
        : 'Credits belong to a server. Use `/balance` inside one.';
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  },
};
