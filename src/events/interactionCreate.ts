import { MessageFlags, type Interaction, type RepliableInteraction } from 'discord.js';
import type { Command, CommandContext } from '../commands/types.ts';

/**
 * The single dispatcher: narrows the interaction, finds its command, and is the one place that
 * turns an unexpected error into "unexpected error (ref …)" for the member and a full log line.
 */
export function interactionCreateHandler(commands: Map<string, Command>, context: CommandContext, isAccepting: () => boolean) {
  return async (interaction: Interaction): Promise<void> => {
    if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      await command?.autocomplete?.(interaction, context).catch(() => undefined);
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    if (!isAccepting()) {
      await answer(interaction, 'The bot is restarting. Please try again in a minute.');
      return;
    }
    const command = commands.get(interaction.commandName);
    if (!command) {
      await answer(interaction, `This bot does not know \`/${interaction.commandName.slice(0, 32)}\`. The command list may be out of date; try again shortly.`);
      return;
    }
    try {
      await command.execute(interaction, context);
    } catch (error) {
      const ref = interaction.id.slice(-8);
      context.logger.error({ err: error, ref, interactionId: interaction.id, guildId: interaction.guildId, command: interaction.commandName }, 'command failed');
      await answer(interaction, `Something went wrong on our side (ref ${ref}). You were not charged. Please try again.`);
    }
  };
}

async function answer(interaction: RepliableInteraction, content: string): Promise<void> {
  try {
    if (interaction.deferred || interaction.replied) {
      await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    } else {
      await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    }
  } catch {
    // The interaction may have expired; nothing more to tell.
  }
}
