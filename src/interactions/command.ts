import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { InteractionContext } from './context.ts';

/** A slash command: its definition (what deploy-commands registers) and its handlers. */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: InteractionContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: InteractionContext): Promise<void>;
  /**
   * What the command does before it acknowledges, on made-up input, with no interaction and no
   * effect on anything: run before the gateway connects, so the first members' commands after a
   * start meet code V8 has already compiled and optimised (see README, Performance, measure 1).
   */
  warmUp?(context: InteractionContext): Promise<void>;
}
