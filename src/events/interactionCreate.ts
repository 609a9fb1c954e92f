import { MessageFlags, type Interaction, type RepliableInteraction } from 'discord.js';
import type { Command } from '../interactions/command.ts';
import type { InteractionContext } from '../interactions/context.ts';
import { parseCustomId, type Component } from '../interactions/component.ts';
import { passGates, type Gate } from '../interactions/gates.ts';
import { describeForMember } from '../errors/index.ts';
import { memberT } from '../interactions/locale.ts';

/**
 * The single dispatcher: narrows the interaction, finds its command, and is the one place that turns
 * an error into a reply. A UserError is shown privately as it is; anything else becomes
 * "unexpected error (ref …)" for the member and a full log line under the same ref.
 */
export function interactionCreateHandler(
  commands: Map<string, Command>,
  context: InteractionContext,
  isAccepting: () => boolean,
  components: Map<string, Component> = new Map(),
  gates: readonly Gate[] = [],
) {
  return async (interaction: Interaction): Promise<void> => {
    context.languages.seen(interaction.guildId, interaction.guildLocale);
    if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      await command?.autocomplete?.(interaction, context).catch((error: unknown) => context.logger.debug({ err: error }, 'autocomplete failed'));
      return;
    }
    if (interaction.isButton() || interaction.isStringSelectMenu() || interaction.isModalSubmit()) {
      if (!isAccepting()) return answer(interaction, memberT(interaction)('common.restarting'));
      const { prefix, args } = parseCustomId(interaction.customId);
      const component = components.get(prefix);
      try {
        await passGates(gates, { kind: 'component', name: prefix, action: args[0], interaction }, context);
        if (interaction.isButton() && component?.button) await component.button(interaction, context, args);
        else if (interaction.isStringSelectMenu() && component?.select) await component.select(interaction, context, args);
        else if (interaction.isModalSubmit() && component?.modal) await component.modal(interaction, context, args);
        else await answer(interaction, memberT(interaction)('common.oldButton'));
      } catch (error) {
        await fail(interaction, error, context, { customId: interaction.customId.slice(0, 100) });
      }
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    if (!isAccepting()) {
      await answer(interaction, memberT(interaction)('common.restarting'));
      return;
    }
    const command = commands.get(interaction.commandName);
    if (!command) {
      await answer(interaction, memberT(interaction)('common.unknownCommand', { name: interaction.commandName.slice(0, 32) }));
      return;
    }
    try {
      await passGates(gates, { kind: 'command', name: interaction.commandName, action: interaction.options.getSubcommand(false) ?? undefined, interaction }, context);
      await command.execute(interaction, context);
    } catch (error) {
      await fail(interaction, error, context, { command: interaction.commandName });
    }
  };
}

async function fail(interaction: RepliableInteraction, error: unknown, context: InteractionContext, where: Record<string, string>): Promise<void> {
  const ref = interaction.id.slice(-8);
  const { content, fault } = describeForMember(error, ref, memberT(interaction));
  if (fault) context.logger.error({ err: error, ref, interactionId: interaction.id, guildId: interaction.guildId, ...where }, 'command failed');
  await answer(interaction, content);
}

/** A private answer, whatever state the interaction is in. */
async function answer(interaction: RepliableInteraction, content: string): Promise<void> {
  const body = { content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } } as const;
  try {
    if (interaction.deferred && interaction.ephemeral === false) {
      // The public "thinking…" placeholder goes; the answer is for the member only.
      await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp(body);
    } else if (interaction.deferred && interaction.ephemeral === null) {
      // A button or form deferred an update of its own message (`ephemeral` is only set by a
      // deferred reply): never delete or overwrite that message, answer beside it.
      await interaction.followUp(body);
    } else if (interaction.deferred) {
      await interaction.editReply({ content, allowedMentions: { parse: [] } });
    } else if (interaction.replied) {
      await interaction.followUp(body);
    } else {
      await interaction.reply(body);
    }
  } catch {
    // The interaction may have expired; nothing more to tell.
  }
}
