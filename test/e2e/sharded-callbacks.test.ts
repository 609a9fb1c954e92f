// Issue 17, item 4: sharded, Kie's callback reaches one process (here process 0, where PUBLIC_URL
// points), and the process that owns the job's guild learns of it from the shared store. Two bot
// instances in this process stand in for two shard processes on one Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema, type Config } from '../../src/config.ts';
import { createApp, type App } from '../../src/index.ts';
import { createLogger } from '../../src/logger.ts';
import { ModelRegistry } from '../../src/services/models/registry.ts';
import { shardOf } from '../../src/services/sharding/layout.ts';
import { openStore } from '../../src/services/store.ts';
import { FakeDiscord, type FakeMessage } from '../../sandbox/discord.ts';
import { FakeKie } from '../../sandbox/kie.ts';
import { startRedis, type TestServer } from '../support/servers.ts';
import { freePortPair } from '../support/shardedBot.ts';
import { until } from '../support/wait.ts';

const KEY = 'kie-relay-key-0123456789abcdef';
const WEBHOOK_KEY = 'webhook-relay-key-0123456789';
const ON_SHARD_0 = String(1_000_000_000n << 22n);
const ON_SHARD_1 = String(1_000_000_001n << 22n);

let redis: TestServer;
let discord: FakeDiscord;
let kie: FakeKie;
const apps: App[] = [];

const hasVideo = (m: FakeMessage | undefined) => m?.attachments.some((a) => a.filename.endsWith('.mp4')) ?? false;

beforeAll(async () => {
  redis = await startRedis();
  discord = await FakeDiscord.start({ guilds: [{ id: ON_SHARD_0 }, { id: ON_SHARD_1 }], maxConcurrency: 16 });
  kie = await FakeKie.start({ apiKey: KEY, plan: { waitingMs: 100, queueMs: 100, generateMs: 500 }, webhookHmacKey: WEBHOOK_KEY, callbackIntervalMs: 50 });
  // Learned: tasks take a minute, so the first safety-net poll is 90 s away; only a callback can be quicker.
  const seed = await openStore(redis.url);
  for (const model of new ModelRegistry().kieModels()) await seed.collection<number[]>('meta').set(`completion:${model}`, Array(10).fill(60_000));
  await seed.close();
  const port = await freePortPair();
  const configOf = (process: number): Config =>
    configSchema.parse({
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      KIE_API_KEY: KEY,
      KIE_API_URL: kie.url,
      // The start-up model check would add creates to the ones this test counts.
      MODEL_CHECK: 'off',
      DATABASE_URL: redis.url,
      DEFAULT_GUILD_CREDITS: '1000',
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      KIE_WEBHOOK_HMAC_KEY: WEBHOOK_KEY,
      LOG_LEVEL: 'silent',
      // What discord.js's ShardingManager sets in the processes it starts.
      SHARDING_MANAGER: 'true',
      SHARDS: String(process),
      SHARD_COUNT: '2',
      SHARDS_PER_PROCESS: '1',
    });
  for (const index of [0, 1]) {
    const config = configOf(index);
    const app = await createApp(config, { logger: createLogger({ level: 'silent', secrets: [] }) });
    apps.push(app);
    await app.start();
  }
  await discord.waitForShards(2);
}, 60_000);

afterAll(async () => {
  for (const app of apps) await app.stop();
  await discord?.close();
  await kie?.close();
  await redis?.stop();
}, 30_000);

describe('Kie callbacks when sharded', () => {
  it('gives each process its own HTTP port and its own guilds', () => {
    expect(new URL(apps[1]!.http!.url).port).toBe(String(Number(new URL(apps[0]!.http!.url).port) + 1));
    expect(shardOf(ON_SHARD_1, 2)).toBe(1);
    expect([...apps[0]!.client.guilds.cache.keys()]).toEqual([ON_SHARD_0]);
    expect([...apps[1]!.client.guilds.cache.keys()]).toEqual([ON_SHARD_1]);
  });

  it('reach the owner of the job’s guild through the store: one confirming read, the video long before any poll', async () => {
    const sent = await discord.sendCommand({ name: 'sora', guildId: ON_SHARD_1, options: [{ name: 'prompt', type: 3, value: 'a lighthouse in a storm' }] });
    await until(() => hasVideo(discord.originalFor(sent.token)), 20_000, 'the video');
    // Kie called process 0, which does not own the guild; the one read came from the relayed hint.
    expect(kie.callbacks.map((c) => c.url)).toEqual([`${apps[0]!.http!.url}/kie/callback`]);
    expect(kie.callbacks[0]?.status).toBe(200);
    expect(kie.count('recordInfo')).toBe(1);
    await until(async () => Object.keys((await apps[1]!.ledger.account(ON_SHARD_1)).holds).length === 0, 5_000, 'the capture');
  });

  it('still reach the owner directly when the callback lands on it', async () => {
    const reads = kie.count('recordInfo');
    const sent = await discord.sendCommand({ name: 'sora', guildId: ON_SHARD_0, options: [{ name: 'prompt', type: 3, value: 'a quiet harbour' }] });
    await until(() => hasVideo(discord.originalFor(sent.token)), 20_000, 'the video');
    expect(kie.count('recordInfo')).toBe(reads + 1);
  });
});
