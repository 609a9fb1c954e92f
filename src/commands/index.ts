import type { ModelRegistry } from '../services/models/registry.ts';
import { balanceCommand } from './balance.ts';
import { creditsCommand } from './credits.ts';
import { jobsCommand } from './jobs.ts';
import { soraCommand } from './sora.ts';
import type { Command } from './types.ts';

/** The explicit command registry: what deploy-commands registers and what interactionCreate dispatches. */
export function buildCommands(registry: ModelRegistry, defaultModel: string): Map<string, Command> {
  const commands = [soraCommand(registry, defaultModel), creditsCommand, balanceCommand, jobsCommand];
  return new Map(commands.map((c) => [c.data.name, c]));
}
