import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { buildCommands } from './commands/index.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { ModelRegistry } from './services/models/registry.ts';

/**
 * Registers the command registry with one idempotent bulk overwrite: to one guild when
 * DISCORD_GUILD_ID is set (appears at once; for testing), globally otherwise.
 */
export async function deployCommands(config: Config): Promise<{ scope: 'guild' | 'global'; names: string[] }> {
  const registry = new ModelRegistry({ enabled: config.MODELS_ENABLED, priceOverrides: config.MODEL_PRICES });
  const body = [...buildCommands(registry, config.DEFAULT_MODEL).values()].map((c) => c.data);
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_APPLICATION_ID);
  const saved = (await rest.put(route, { body })) as Array<{ name: string }>;
  return { scope: config.DISCORD_GUILD_ID ? 'guild' : 'global', names: saved.map((c) => c.name) };
}

if (import.meta.main) {
  try {
    const config = loadConfig();
    const result = await deployCommands(config);
    process.stdout.write(
      `Registered ${result.names.map((n) => `/${n}`).join(', ')} ${result.scope === 'guild' ? `in guild ${config.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear everywhere)'}.\n`,
    );
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
