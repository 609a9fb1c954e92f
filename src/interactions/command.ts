import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { InteractionContext } from './context.ts';

/** A slash command: its definition (what deploy-commands registers) and its handlers. */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: InteractionContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: InteractionContext): Promise<void>;
}
