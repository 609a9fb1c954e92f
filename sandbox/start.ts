import { readFileSync } from 'node:fs';
import type { DestinationStream } from 'pino';
import { fileURLToPath } from 'node:url';
import { configSchema, secretsOf, type Config } from '../src/config.ts';
import { deployCommands } from '../src/deploy-commands.ts';
import { createApp, type App } from '../src/index.ts';
import { createLogger } from '../src/logger.ts';
import { FAKE_PERMISSIONS, FakeDiscord } from './discord.ts';
import { SandboxFaults } from './faults.ts';
import { fakeModelSpecs, FakeKie } from './kie.ts';
import { startPageServer, type PageServer, type SandboxMember } from './server.ts';

export interface SandboxOptions {
  /** Port of the page; 0 picks a free one. */
  port: number;
  /** sqlite://data/sandbox.sqlite, or memory:// for a run that forgets everything. */
  databaseUrl: string;
  /** How long a Kie task takes from create to result. */
  taskSeconds: number;
  /** Credits the sandbox server starts with (a fresh database only). */
  startingCredits: number;
  logLevel: Config['LOG_LEVEL'];
  /** Where the bot's log lines go; stdout when omitted. */
  logDestination?: DestinationStream;
}

export interface Sandbox {
  /** The page, e.g. http://127.0.0.1:3000/ */
  readonly url: string;
  readonly discord: FakeDiscord;
  readonly kie: FakeKie;
  readonly app: App;
  readonly faults: SandboxFaults;
  readonly members: SandboxMember[];
  close(): Promise<void>;
}

// Fixed ids, so a sandbox restarted on the same database finds its server's balance again.
const APPLICATION_ID = '1440000000000000001';
const GUILD_ID = '1440000000000000002';
const CHANNEL_ID = '1440000000000000003';
export const SANDBOX_MEMBERS: SandboxMember[] = [
  { id: '1440000000000000011', username: 'ada', displayName: 'Ada (admin)', permissions: FAKE_PERMISSIONS.admin, admin: true },
  { id: '1440000000000000012', username: 'ben', displayName: 'Ben', permissions: FAKE_PERMISSIONS.member, admin: false },
  { id: '1440000000000000013', username: 'cleo', displayName: 'Cleo', permissions: FAKE_PERMISSIONS.member, admin: false },
];
const KIE_KEY = 'sandbox-kie-key';
const mediaDir = fileURLToPath(new URL('./media/', import.meta.url));
const pageDir = fileURLToPath(new URL('./page/', import.meta.url));

/**
 * Starts the Discord and Kie stand-ins, the real bot (createApp: ledger, store, jobs, delivery) logged
 * in to them, and the page. Only the URLs and keys differ from production; no code path does.
 */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const admin = SANDBOX_MEMBERS[0]!;
  const discord = await FakeDiscord.start({
    applicationId: APPLICATION_ID,
    // The admin owns the application, so they are the bot's operator and may add credits.
    applicationOwner: { id: admin.id, username: admin.username },
    botUsername: 'Kie Video',
    guilds: [{ id: GUILD_ID, name: 'Sandbox Server', channelIds: [CHANNEL_ID], ownerId: admin.id }],
  });
  const taskMs = Math.max(1, options.taskSeconds) * 1000;
  const kie = await FakeKie.start({
    apiKey: KIE_KEY,
    fixturesDir: mediaDir,
    plan: { waitingMs: Math.round(taskMs * 0.15), queueMs: Math.round(taskMs * 0.15), generateMs: Math.round(taskMs * 0.7) },
  });
  kie.addFile('sample-square.mp4', readFileSync(`${mediaDir}/sample-square.mp4`), 'video/mp4');
  const closeFakes = async (): Promise<void> => {
    await discord.close();
    await kie.close();
  };

  let app: App | undefined;
  let page: PageServer | undefined;
  let ready!: (app: App) => void;
  const started = new Promise<App>((resolve) => (ready = resolve));
  try {
    // The page's port first: a second sandbox on the same port stops here, before touching the database.
    const faults = new SandboxFaults(discord, kie);
    page = await startPageServer({
      port: options.port,
      discord,
      guildId: GUILD_ID,
      channelId: CHANNEL_ID,
      members: SANDBOX_MEMBERS,
      faults,
      pageDir,
      ready: started.then(() => undefined),
      async balance() {
        const account = await (await started).ledger.account(GUILD_ID);
        return { balance: account.balance, held: Object.values(account.holds).reduce((sum, h) => sum + h.amount, 0) };
      },
    });

    const config = configSchema.parse({
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: GUILD_ID,
      KIE_API_KEY: KIE_KEY,
      KIE_API_URL: kie.url,
      DATABASE_URL: options.databaseUrl,
      POLL_INTERVAL_MS: '1000',
      // Jobs left open by an earlier run refer to tasks this run's Kie stand-in never saw: give up
      // (and refund) soon instead of after production's 30 minutes.
      JOB_TIMEOUT_MS: String(Math.max(120_000, taskMs * 8)),
      LOG_LEVEL: options.logLevel,
      DEFAULT_GUILD_CREDITS: String(options.startingCredits),
      // Ada owns the application: the page shows her /operator in the sandbox server.
      OPERATOR_GUILD_ID: GUILD_ID,
    });
    const logger = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config), ...(options.logDestination ? { destination: options.logDestination } : {}) });
    // The same registration `npm run deploy-commands` does, so the page offers exactly what Discord would.
    await deployCommands(config);
    app = await createApp(config, { logger });
    // What a running bot would have learned about completion times, spread out so that its first
    // checks come early and the status line shows progress while the video is made.
    const meta = app.store.collection<number[]>('meta');
    const learned = Array.from({ length: 10 }, (_, i) => Math.round(taskMs * (0.4 + 0.12 * i)));
    for (const model of Object.keys(fakeModelSpecs)) await meta.set(`completion:${model}`, learned);
    await app.start();
    ready(app);

    const running = app;
    const server = page;
    return {
      url: server.url,
      discord,
      kie,
      app: running,
      faults,
      members: SANDBOX_MEMBERS,
      async close() {
        await server.close();
        await running.stop();
        await closeFakes();
      },
    };
  } catch (error) {
    await page?.close().catch(() => undefined);
    await app?.stop().catch(() => undefined);
    await closeFakes();
    throw error;
  }
}
