import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { buildCommands } from './commands/index.ts';
import { operatorCommandData } from './commands/operator.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { ModelRegistry } from './services/models/registry.ts';

/**
 * Registers the command registry with one idempotent bulk overwrite: to one guild when
 * DISCORD_GUILD_ID is set (appears at once; for testing), globally otherwise. `/operator` is
 * registered only in OPERATOR_GUILD_ID, as a guild command (with the others when that is also
 * DISCORD_GUILD_ID, since a bulk overwrite replaces a guild's whole list).
 */
export async function deployCommands(config: Config): Promise<{ scope: 'guild' | 'global'; names: string[]; operatorGuild?: { id: string; names: string[] } }> {
  const registry = new ModelRegistry({ enabled: config.MODELS_ENABLED, priceOverrides: config.MODEL_PRICES });
  const body = [...buildCommands(registry).values()].map((c) => c.data);
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  const app = config.DISCORD_APPLICATION_ID;
  const operatorGuild = config.OPERATOR_GUILD_ID;
  const sameGuild = operatorGuild !== undefined && operatorGuild === config.DISCORD_GUILD_ID;
  const route = config.DISCORD_GUILD_ID ? Routes.applicationGuildCommands(app, config.DISCORD_GUILD_ID) : Routes.applicationCommands(app);
  const saved = (await rest.put(route, { body: sameGuild ? [...body, operatorCommandData] : body })) as Array<{ name: string }>;
  const result = { scope: config.DISCORD_GUILD_ID ? ('guild' as const) : ('global' as const), names: saved.map((c) => c.name) };
  if (operatorGuild === undefined) return result;
  if (sameGuild) {
    const names = result.names.filter((name) => name !== operatorCommandData.name);
    return { ...result, names, operatorGuild: { id: operatorGuild, names: result.names.filter((name) => name === operatorCommandData.name) } };
  }
  const operatorSaved = (await rest.put(Routes.applicationGuildCommands(app, operatorGuild), { body: [operatorCommandData] })) as Array<{ name: string }>;
  return { ...result, operatorGuild: { id: operatorGuild, names: operatorSaved.map((c) => c.name) } };
}

if (import.meta.main) {
  try {
    const config = loadConfig();
    const result = await deployCommands(config);
    process.stdout.write(
      `Registered ${result.names.map((n) => `/${n}`).join(', ')} ${result.scope === 'guild' ? `in guild ${config.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear everywhere)'}.\n`,
    );
    if (result.operatorGuild) process.stdout.write(`Registered /operator in the operator's server ${result.operatorGuild.id} only.\n`);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    const status = (error as { status?: number }).status;
    process.stderr.write(`Could not register the commands${status ? ` (Discord answered ${status})` : ''}: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
