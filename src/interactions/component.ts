import type { ButtonInteraction, ModalSubmitInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { InteractionContext } from './context.ts';

/**
 * A family of buttons, select menus and modals, routed by the prefix of their custom id
 * (`<prefix>:<action>:<args…>`, at most 100 characters). Custom ids carry everything a restart
 * needs (e.g. the job id); state lives in the store.
 */
export interface Component {
  prefix: string;
  button?(interaction: ButtonInteraction, context: InteractionContext, args: string[]): Promise<void>;
  select?(interaction: StringSelectMenuInteraction, context: InteractionContext, args: string[]): Promise<void>;
  modal?(interaction: ModalSubmitInteraction, context: InteractionContext, args: string[]): Promise<void>;
}

/** `prefix:action:arg…` → the parts; ids longer than Discord allows are refused at build time. */
export function customId(prefix: string, ...parts: string[]): string {
  const id = [prefix, ...parts].join(':');
  if (id.length > 100) throw new Error(`custom id too long (${id.length} > 100): ${id.slice(0, 40)}…`);
  return id;
}

export function parseCustomId(id: string): { prefix: string; args: string[] } {
  const [prefix = '', ...args] = id.split(':');
  return { prefix, args };
}
