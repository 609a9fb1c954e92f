import type { ModelRegistry } from '../services/models/registry.ts';
import { balanceCommand } from './balance.ts';
import { challengeCommand } from './challenge.ts';
import { creditsCommand } from './credits.ts';
import { soraCommand } from './sora.ts';
import type { Command } from './types.ts';

/** The explicit command registry: what deploy-commands registers and what interactionCreate dispatches. */
export function buildCommands(registry: ModelRegistry, defaultModel: string): Map<string, Command> {
  const commands = [soraCommand(registry, defaultModel), creditsCommand, balanceCommand, challengeCommand];
  return new Map(commands.map((c) => [c.data.name, c]));
}
