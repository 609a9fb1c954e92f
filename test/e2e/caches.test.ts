// The bot's gateway client keeps the servers and its own member in each, and nothing else Discord
// sends (channels, roles, emojis, other members, users): what it reads arrives with each interaction
// or through REST. A server sent with 30 channels, 40 roles and 50 emojis still serves /sora.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../support/wait.ts';
import { startWorld, type World } from './world.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld({ discord: { synthetic: { count: 3 } } });
});
afterAll(async () => {
  await world.close();
});

describe('the gateway client’s caches', () => {
  it('keeps each server and the bot’s own member, and none of their channels, roles, emojis or other members', async () => {
    const client = world.app.client;
    await until(() => client.guilds.cache.size === 4, 5_000, 'every server available');
    const synthetic = client.guilds.cache.get(world.discord.synthetic!.materialize(0))!;
    expect(synthetic.available).toBe(true);
    expect(synthetic.name).toBe('Synthetic server 0');
    for (const guild of client.guilds.cache.values()) {
      expect(guild.channels.cache.size).toBe(0);
      expect(guild.roles.cache.size).toBe(0);
      expect(guild.emojis.cache.size).toBe(0);
      expect([...guild.members.cache.keys()]).toEqual([client.user!.id]);
    }
    expect(client.channels.cache.size).toBe(0);
    expect([...client.users.cache.keys()]).toEqual([client.user!.id]);
  });

  it('serves /sora in such a server, with the member’s roles from the interaction', async () => {
    const guildId = world.discord.synthetic!.materialize(1);
    const sent = await world.discord.sendCommand({ name: 'sora', guildId, user: world.member, options: [{ name: 'prompt', type: 3, value: 'a paper boat on a rainy street' }] });
    await until(() => world.discord.interaction(sent.token)?.acknowledgedAt != null, 5_000, 'the defer');
    await until(() => world.kie.created().length === 1, 10_000, 'the Kie task');
    expect(world.app.client.guilds.cache.get(guildId)?.members.cache.size).toBe(1);
    // Nothing the interaction carried was kept either.
    expect(world.app.client.channels.cache.size).toBe(0);
  });
});
