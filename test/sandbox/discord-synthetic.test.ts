// Synthetic servers in the fake Discord: sent in GUILD_CREATE to the shard each belongs to, with their
// channels (and overwrites), roles, emojis and members, to a default-cache discord.js client; the
// same ids once a test materializes one to act in it.
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, shardOf } from '../../sandbox/discord.ts';
import { until } from '../support/wait.ts';

const COUNT = 9;
const SHAPE = { count: COUNT, channels: 4, roles: 6, emojis: 5, members: 3, rolesPerMember: 2 };
let fake: FakeDiscord;
let client: Client;

beforeAll(async () => {
  fake = await FakeDiscord.start({ guilds: [], synthetic: SHAPE, maxConcurrency: 2 });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl }, shards: [0, 1], shardCount: 2 });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.token);
  await ready;
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

describe('FakeDiscord: synthetic servers', () => {
  it('sends every server, each to its own shard, of the shape asked for', async () => {
    await until(() => client.guilds.cache.size === COUNT, 5_000, 'every synthetic server');
    const perShard = [0, 0];
    for (const guild of client.guilds.cache.values()) {
      expect(guild.shardId).toBe(shardOf(guild.id, 2));
      perShard[guild.shardId]!++;
      expect(guild.available).toBe(true);
      expect(guild.channels.cache.size).toBe(4);
      expect(guild.roles.cache.size).toBe(6);
      expect(guild.emojis.cache.size).toBe(5);
      // The bot's own member and three others, each with two roles.
      expect(guild.members.cache.size).toBe(4);
      expect(guild.members.me?.roles.cache.size).toBe(2);
      const others = [...guild.members.cache.values()].filter((m) => m.id !== client.user!.id);
      for (const member of others) expect(member.roles.cache.size).toBe(3);
      const overwrites = [...guild.channels.cache.values()].flatMap((c) => ('permissionOverwrites' in c ? [...c.permissionOverwrites.cache.values()] : []));
      expect(overwrites.length).toBe(8);
    }
    expect(perShard[0]! + perShard[1]!).toBe(COUNT);
    expect(Math.abs(perShard[0]! - perShard[1]!)).toBeLessThanOrEqual(1);
  });

  it('materializes a server with the ids it was sent with: its roles over REST, commands in it', async () => {
    const guildId = fake.synthetic!.materialize(3);
    const sent = client.guilds.cache.get(guildId)!;
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    const roles = (await rest.get(Routes.guildRoles(guildId))) as Array<{ id: string; position: number }>;
    expect(roles.map((r) => r.id).sort()).toEqual([...sent.roles.cache.keys()].sort());
    const channelId = [...sent.channels.cache.keys()].sort()[0]!;
    const received = new Promise<string | null>((resolve) => client.once(Events.InteractionCreate, (i) => resolve(i.guildId)));
    await fake.sendCommand({ name: 'ping', guildId, channelId });
    expect(await received).toBe(guildId);
    // Materializing twice changes nothing.
    expect(fake.synthetic!.materialize(3)).toBe(guildId);
    expect(() => fake.synthetic!.materialize(COUNT)).toThrow(/no synthetic server/);
  });
});
