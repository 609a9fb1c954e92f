import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { Client, Events, GatewayIntentBits, type ChatInputCommandInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { FakeDiscord, shardOf } from '../../sandbox/discord.ts';

/** A guild id on shard `k % count`: Discord routes by (id >> 22) % count. */
const guildOn = (k: number) => String((1_000_000_000n + BigInt(k)) << 22n);
const GUILDS = [0, 1, 2, 3, 4, 5].map(guildOn);

let fake: FakeDiscord;
const clients: Client[] = [];

async function login(options: { shards: number[]; shardCount: number }): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl }, ...options });
  clients.push(client);
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.token);
  await ready;
  return client;
}

function interactions(client: Client): ChatInputCommandInteraction[] {
  const seen: ChatInputCommandInteraction[] = [];
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) seen.push(interaction);
  });
  return seen;
}

beforeAll(async () => {
  fake = await FakeDiscord.start({ guilds: GUILDS.map((id) => ({ id })), recommendedShards: 4, maxConcurrency: 16 });
});

afterAll(async () => {
  for (const client of clients) await client.destroy();
  await fake?.close();
});

describe('FakeDiscord with several shards', () => {
  it('recommends the configured shard count on GET /gateway/bot', async () => {
    const body = (await new REST({ api: fake.apiUrl }).setToken(fake.token).get(Routes.gatewayBot())) as { shards: number; session_start_limit: { max_concurrency: number } };
    expect(body.shards).toBe(4);
    expect(body.session_start_limit.max_concurrency).toBe(16);
  });

  it('gives each of two clients (two processes) only the guilds of its shards, and each guild’s interactions only on its shard', async () => {
    const even = await login({ shards: [0], shardCount: 2 });
    const odd = await login({ shards: [1], shardCount: 2 });
    await fake.waitForShards(2);
    expect(fake.connectedShards).toEqual([0, 1]);
    expect([...even.guilds.cache.keys()].sort()).toEqual(GUILDS.filter((id) => shardOf(id, 2) === 0).sort());
    expect([...odd.guilds.cache.keys()].sort()).toEqual(GUILDS.filter((id) => shardOf(id, 2) === 1).sort());
    const identifies = fake.gatewayMessages(2).map((m) => (m.json as { d: { shard: number[] } }).d.shard);
    expect(identifies).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));

    const atEven = interactions(even);
    const atOdd = interactions(odd);
    for (const guildId of GUILDS) await fake.sendCommand({ name: 'sora', guildId });
    await new Promise<void>((resolve) => {
      const check = () => (atEven.length + atOdd.length === GUILDS.length ? resolve() : setTimeout(check, 10));
      check();
    });
    expect(atEven.map((i) => i.guildId).sort()).toEqual(GUILDS.filter((id) => shardOf(id, 2) === 0).sort());
    expect(atOdd.map((i) => i.guildId).sort()).toEqual(GUILDS.filter((id) => shardOf(id, 2) === 1).sort());
    expect(fake.shardOfGuild(GUILDS[3]!)).toBe(1);

    // A guild the bot joins later arrives on its own shard only.
    const joined = guildOn(7);
    const created = new Promise<string>((resolve) => odd.once(Events.GuildCreate, (guild) => resolve(guild.id)));
    fake.addGuild({ id: joined });
    expect(await created).toBe(joined);
    expect(even.guilds.cache.has(joined)).toBe(false);
  });

  it('serves one client that holds several shards every guild', async () => {
    const both = await login({ shards: [0, 1, 2], shardCount: 3 });
    expect(both.guilds.cache.size).toBe(GUILDS.length + 1);
    expect(both.ws.shards.size).toBe(3);
  });

  it('closes a connection that identifies with an impossible shard (4010)', async () => {
    const socket = new WebSocket(fake.gatewayUrl);
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.once('message', () => socket.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 1, properties: {}, shard: [2, 2] } })));
    expect(await closed).toBe(4010);
  });
});
