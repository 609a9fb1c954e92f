import type { RepliableInteraction } from 'discord.js';
import type { InteractionContext } from './context.ts';

/** What a member is doing, as the gates see it: a command (and subcommand) or a component press. */
export interface Attempt {
  kind: 'command' | 'component';
  /** The command's name, or the component's custom-id prefix (`result`, `challenge`, `jobs`, …). */
  name: string;
  /** The subcommand, or the component's action (`again`, `remix`, `vote`, …), when there is one. */
  action: string | undefined;
  interaction: RepliableInteraction;
}

/**
 * A check every command and component passes before its handler runs (the server is served, the
 * member is not blocked, the channel is allowed, …): throws a UserError to refuse, privately, with
 * nothing held and nothing sent. Each gate decides which attempts it concerns. Gates are listed in
 * app/interactions.ts, in order; autocomplete is never gated.
 */
export type Gate = (attempt: Attempt, context: InteractionContext) => Promise<void> | void;

export async function passGates(gates: readonly Gate[], attempt: Attempt, context: InteractionContext): Promise<void> {
  for (const gate of gates) await gate(attempt, context);
}
