import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.ts';
import { deployCommands } from '../../src/deploy-commands.ts';
import { FakeDiscord } from '../../sandbox/discord.ts';

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await FakeDiscord.start();
});
afterAll(async () => {
  await discord.close();
});

const config = (env: Record<string, string>) =>
  configSchema.parse({ DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl, KIE_API_KEY: 'k', ...env });

describe('deploy-commands', () => {
  it('registers /sora and /credits in one guild when DISCORD_GUILD_ID is set', async () => {
    const guildId = discord.guildIds[0]!;
    const result = await deployCommands(config({ DISCORD_GUILD_ID: guildId }));
    expect(result).toEqual({ scope: 'guild', names: ['sora', 'credits', 'balance', 'models', 'challenge', 'jobs', 'settings', 'moderation'] });
    const registered = discord.commands(guildId);
    expect(registered.map((c) => c.name)).toEqual(['sora', 'credits', 'balance', 'models', 'challenge', 'jobs', 'settings', 'moderation']);
    // Admin commands are hidden from members by default (Manage Server = 1 << 5); /balance is not.
    expect(registered.find((c) => c.name === 'credits')!.default_member_permissions).toBe('32');
    expect(registered.find((c) => c.name === 'balance')!.default_member_permissions ?? null).toBeNull();
    expect(discord.commands()).toEqual([]);
    const sora = registered.find((c) => c.name === 'sora')!;
    expect(sora.contexts).toEqual([0]);
    const options = sora.options as Array<{ name: string; required?: boolean; choices?: Array<{ name: string; value: unknown }> }>;
    expect(options.map((o) => o.name)).toEqual(['prompt', 'duration', 'aspect', 'model', 'quality', 'image']);
    // Models are autocomplete (read live), not choices frozen at deploy time.
    expect(options.find((o) => o.name === 'model')).toMatchObject({ autocomplete: true });
    expect(options.find((o) => o.name === 'model')!.choices).toBeUndefined();
  });

  it('registers globally otherwise, with durations that follow the enabled models', async () => {
    const result = await deployCommands(config({ MODELS_ENABLED: 'kling-3.0,grok-imagine', DEFAULT_MODEL: 'kling-3.0' }));
    expect(result.scope).toBe('global');
    const sora = discord.commands().find((c) => c.name === 'sora')!;
    const options = sora.options as Array<{ name: string; choices?: Array<{ value: unknown }> }>;
    expect(options.find((o) => o.name === 'duration')!.choices!.map((c) => c.value)).toEqual([5, 6, 10, 15]);
    expect(options.find((o) => o.name === 'aspect')!.choices!.map((c) => c.value)).toEqual(['portrait', 'landscape', 'square']);
    // Registering twice is a bulk overwrite, not a second copy.
    await deployCommands(config({ MODELS_ENABLED: 'kling-3.0,grok-imagine', DEFAULT_MODEL: 'kling-3.0' }));
    expect(discord.commands().map((c) => c.name)).toEqual(['sora', 'credits', 'balance', 'models', 'challenge', 'jobs', 'settings', 'moderation']);
  });
});

describe('deploy-commands: /operator', () => {
  it('registers /operator only in OPERATOR_GUILD_ID, as a guild command hidden from members; nowhere when it is unset', async () => {
    const operatorGuild = '1700000000000000001';
    discord.addGuild({ id: operatorGuild, name: 'Operator HQ' });
    const result = await deployCommands(config({ OPERATOR_GUILD_ID: operatorGuild }));
    expect(result).toMatchObject({ scope: 'global', operatorGuild: { id: operatorGuild, names: ['operator'] } });
    expect(result.names).not.toContain('operator');
    expect(discord.commands().map((c) => c.name)).not.toContain('operator');
    const registered = discord.commands(operatorGuild);
    expect(registered.map((c) => c.name)).toEqual(['operator']);
    expect(registered[0]!.default_member_permissions).toBe('0');
    const subcommands = (registered[0]!.options as Array<{ name: string; options?: Array<{ name: string; autocomplete?: boolean }> }>);
    expect(subcommands.map((o) => o.name)).toEqual(['servers', 'grant', 'set', 'allowance', 'kie']);
    expect(subcommands.find((o) => o.name === 'allowance')!.options!.map((o) => o.name)).toEqual(['server', 'amount', 'every', 'off']);
    expect(subcommands.find((o) => o.name === 'grant')!.options!.find((o) => o.name === 'server')!.autocomplete).toBe(true);

    // The same server for testing (DISCORD_GUILD_ID): one list with every command and /operator.
    const both = await deployCommands(config({ OPERATOR_GUILD_ID: operatorGuild, DISCORD_GUILD_ID: operatorGuild }));
    expect(both.operatorGuild).toEqual({ id: operatorGuild, names: ['operator'] });
    expect(discord.commands(operatorGuild).map((c) => c.name)).toEqual([...both.names, 'operator']);

    const none = await deployCommands(config({}));
    expect(none.operatorGuild).toBeUndefined();
    expect(discord.commands().map((c) => c.name)).not.toContain('operator');
  });
});
