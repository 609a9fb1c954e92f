import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { configSchema, secretsOf, type Config } from '../../src/config.ts';
import { createApp, type App } from '../../src/index.ts';
import { createLogger } from '../../src/logger.ts';
import { ModelRegistry } from '../../src/services/models/registry.ts';
import { openStore } from '../../src/services/store.ts';
import { FAKE_PERMISSIONS, FakeDiscord, type FakeCommandOption, type FakeDiscordOptions, type FakeUser, type SendCommandOptions } from '../../sandbox/discord.ts';
import { FakeKie, type FakeKieOptions } from '../../sandbox/kie.ts';

export const KIE_KEY = 'kie-secret-key-0123456789abcdef';

/** Kie models the bot is told it has seen finish in about this long, so polls come quickly in tests. */
const LEARNED_MS = 300;

export interface World {
  discord: FakeDiscord;
  kie: FakeKie;
  app: App;
  config: Config;
  /** Every log line the bot wrote, raw. */
  logs: string[];
  admin: FakeUser;
  member: FakeUser;
  guildId: string;
  /** Stops the bot (not the fakes) and starts a new one on the same database; `env` replaces the extra settings. */
  restart(env?: Record<string, string>): Promise<App>;
  stopBot(): Promise<void>;
  close(): Promise<void>;
  sora(options: Record<string, string | number>, extra?: Partial<SendCommandOptions>): ReturnType<FakeDiscord['sendCommand']>;
  credits(sub: string, options?: Record<string, string | number>, extra?: Partial<SendCommandOptions>): ReturnType<FakeDiscord['sendCommand']>;
  parsedLogs(): Array<Record<string, unknown>>;
}

export interface WorldOptions {
  /** Extra or overriding settings, applied last (e.g. KIE_TIMEOUT_MS, or KIE_API_URL to put something in front of the fake). */
  env?: Record<string, string>;
  startingCredits?: number;
  learnedMs?: number;
  /** Start options of the fake Kie (plan, fileTtlMs, createRateLimit, …); the API key is the world's. */
  kie?: Omit<FakeKieOptions, 'apiKey'>;
  /** Start options of the fake Discord (by default the world's admin owns the application: an operator). */
  discord?: FakeDiscordOptions;
  /** The bot's clock (e.g. moved forward to pass a deadline while the bot is down). */
  now?: () => number;
  /** How often the bot reads the Kie account's balance (default 10 minutes). */
  kieWatchMs?: number;
  /**
   * Kie callbacks on: the bot's HTTP server on a free loopback port, PUBLIC_URL pointing at it, and
   * the fake Kie sending callbacks signed with `key` (default: the world's WEBHOOK_KEY) every 50 ms.
   */
  callbacks?: boolean | { key?: string };
}

export const WEBHOOK_KEY = 'webhook-hmac-key-0123456789abcdef';

/** A loopback port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'bot-e2e-'));
  const databaseUrl = `sqlite://${join(dir, 'bot.sqlite')}`;
  const admin: FakeUser = { id: '400000000000000001', username: 'admin' };
  const member: FakeUser = { id: '400000000000000002', username: 'member' };
  const discord = await FakeDiscord.start({ applicationOwner: admin, ...options.discord });
  const callbacks = options.callbacks === undefined || options.callbacks === false ? undefined : options.callbacks === true ? {} : options.callbacks;
  const callbackEnv: Record<string, string> = {};
  if (callbacks) {
    const port = await freePort();
    Object.assign(callbackEnv, { HTTP_PORT: String(port), HTTP_HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}`, KIE_WEBHOOK_HMAC_KEY: WEBHOOK_KEY });
  }
  const kie = await FakeKie.start({
    ...(callbacks ? { webhookHmacKey: callbacks.key ?? WEBHOOK_KEY, callbackIntervalMs: 50 } : {}),
    ...options.kie,
    apiKey: KIE_KEY,
  });

  const baseEnv = {
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    KIE_API_KEY: KIE_KEY,
    KIE_API_URL: kie.url,
    DATABASE_URL: databaseUrl,
    POLL_INTERVAL_MS: '50',
    JOB_TIMEOUT_MS: '20000',
    LOG_LEVEL: 'debug',
    DEFAULT_GUILD_CREDITS: String(options.startingCredits ?? 1000),
    MAX_ACTIVE_JOBS_PER_MEMBER: '50',
    MAX_ACTIVE_JOBS_PER_GUILD: '500',
    // The start-up model check would race the tests' own pauses; tests that want it turn it on.
    MODEL_CHECK: 'off',
    ...callbackEnv,
  };
  let config = configSchema.parse({ ...baseEnv, ...options.env });

  // Seed what a running bot would have learned about completion times.
  const seed = await openStore(databaseUrl);
  const meta = seed.collection<number[]>('meta');
  for (const model of new ModelRegistry().kieModels()) {
    await meta.set(`completion:${model}`, Array(10).fill(options.learnedMs ?? LEARNED_MS));
  }
  await seed.close();

  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: 'debug', secrets: secretsOf(config), destination: sink });

  const overrides = { logger, ...(options.now ? { now: options.now } : {}), ...(options.kieWatchMs ? { kieWatchMs: options.kieWatchMs } : {}) };
  let app = await createApp(config, overrides);
  await app.start();
  let running = true;

  const guildId = discord.guildIds[0]!;

  const toOptions = (values: Record<string, string | number>): FakeCommandOption[] =>
    Object.entries(values).map(([name, value]) => ({ name, type: typeof value === 'number' ? 4 : 3, value }));

  return {
    discord,
    kie,
    get app() {
      return app;
    },
    get config() {
      return config;
    },
    logs,
    admin,
    member,
    guildId,
    async restart(env) {
      if (running) await app.stop();
      if (env) config = configSchema.parse({ ...baseEnv, ...env });
      app = await createApp(config, overrides);
      await app.start();
      running = true;
      return app;
    },
    async stopBot() {
      if (running) await app.stop();
      running = false;
    },
    async close() {
      if (running) await app.stop().catch(() => undefined);
      running = false;
      await discord.close();
      await kie.close();
      rmSync(dir, { recursive: true, force: true });
    },
    sora(values, extra = {}) {
      return discord.sendCommand({ name: 'sora', guildId, user: member, options: toOptions(values), ...extra });
    },
    credits(sub, values = {}, extra = {}) {
      return discord.sendCommand({
        name: 'credits',
        guildId,
        user: admin,
        memberPermissions: FAKE_PERMISSIONS.admin,
        options: [{ name: sub, type: 1, options: toOptions(values) }],
        ...extra,
      });
    },
    parsedLogs() {
      return logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    },
  };
}
