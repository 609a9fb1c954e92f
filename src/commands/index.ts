import type { ModelRegistry } from '../services/models/registry.ts';
import type { ModelState } from '../services/models/state.ts';
import { balanceCommand } from './balance.ts';
import { challengeCommand } from './challenge.ts';
import { creditsCommand } from './credits.ts';
import { jobsCommand } from './jobs.ts';
import { modelsCommand } from './models.ts';
import { moderationCommand } from './moderation.ts';
import { settingsCommand } from './settings.ts';
import { soraCommand } from './sora.ts';
import type { Command } from '../interactions/command.ts';

/** The explicit command registry: what deploy-commands registers and what interactionCreate dispatches. */
export function buildCommands(registry: ModelRegistry, modelState?: ModelState): Map<string, Command> {
  const commands = [soraCommand(registry), creditsCommand, balanceCommand, modelsCommand(registry, modelState), challengeCommand, jobsCommand, settingsCommand, moderationCommand];
  return new Map(commands.map((c) => [c.data.name, c]));
}
