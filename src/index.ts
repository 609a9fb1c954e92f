import { REST } from '@discordjs/rest';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { buildCommands } from './commands/index.ts';
import type { CommandContext } from './commands/types.ts';
import { buildComponents } from './components/index.ts';
import { jobsPagesComponent } from './components/jobsPages.ts';
import { resultActionButtons, resultComponent } from './components/result.ts';
import { ConfigError, loadConfig, secretsOf, type Config } from './config.ts';
import { interactionCreateHandler } from './events/interactionCreate.ts';
import { createLogger, type Logger } from './logger.ts';
import { ResultCopies } from './services/delivery/copy.ts';
import { ResultSender } from './services/delivery/result.ts';
import { Delivery } from './services/delivery/routes.ts';
import { ActiveJobs } from './services/jobs/activeJobs.ts';
import type { Job } from './services/jobs/job.ts';
import { JobHistory } from './services/jobs/history.ts';
import { JobStore } from './services/jobs/jobStore.ts';
import { MemberJobs } from './services/jobs/memberJobs.ts';
import { PollPlanner } from './services/jobs/pollPlan.ts';
import { settleOrphanHolds } from './services/jobs/recovery.ts';
import { ResultButtons } from './services/jobs/resultButtons.ts';
import { JOB_KIND, JobRunner } from './services/jobs/runner.ts';
import { Jobs } from './services/jobs/service.ts';
import { Settlement } from './services/jobs/settle.ts';
import { StatusUpdates } from './services/jobs/statusUpdates.ts';
import { JobTiming } from './services/jobs/timing.ts';
import { KieClient } from './services/kie/client.ts';
import type { KiePort } from './services/kie/types.ts';
import { Ledger, type Account, type JournalEntry } from './services/ledger/ledger.ts';
import { PauseMemory } from './services/models/pauses.ts';
import { ModelRegistry } from './services/models/registry.ts';
import { Scheduler, type Entry } from './services/scheduler.ts';
import { openStore, StoreError, type Store } from './services/store.ts';

export interface App {
  readonly client: Client;
  readonly ledger: Ledger;
  readonly jobs: Jobs;
  readonly store: Store;
  readonly logger: Logger;
  start(): Promise<void>;
  /** Stops taking commands, lets in-flight work finish, closes the gateway and the store. */
  stop(): Promise<void>;
}

export interface AppOverrides {
  logger?: Logger;
  kie?: KiePort;
  now?: () => number;
}

/** The composition root: config → logger → store → services → Discord client. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config) });
  const now = overrides.now ?? Date.now;
  const registry = new ModelRegistry({ enabled: config.MODELS_ENABLED, priceOverrides: config.MODEL_PRICES });
  if (!registry.get(config.DEFAULT_MODEL)) {
    throw new ConfigError([`DEFAULT_MODEL is invalid: "${config.DEFAULT_MODEL}" is not an enabled model (enabled: ${registry.list().map((f) => f.id).join(', ')})`]);
  }
  const store = await openStore(config.DATABASE_URL);

  const kie = overrides.kie ?? new KieClient({ baseUrl: config.KIE_API_URL, apiKey: config.KIE_API_KEY, logger, timeoutMs: config.KIE_TIMEOUT_MS });
  const ledger = new Ledger({
    accounts: store.collection<Account>('accounts') as never,
    journalArchive: store.collection<JournalEntry[]>('journal'),
    defaultCredits: config.DEFAULT_GUILD_CREDITS,
    dailyCeiling: config.DAILY_SPEND_CEILING,
    now,
  });
  const jobStore = new JobStore(store.collection<Job>('jobs'), now);
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  const delivery = new Delivery({ rest, logger, now });
  const planner = new PollPlanner({ minIntervalMs: config.POLL_INTERVAL_MS, meta: store.collection<number[]>('meta') });
  const active = new ActiveJobs({ maxPerMember: config.MAX_ACTIVE_JOBS_PER_MEMBER, maxPerGuild: config.MAX_ACTIVE_JOBS_PER_GUILD });
  const pauses = new PauseMemory(registry, now);
  const status = new StatusUpdates({ delivery, store: jobStore, logger, now });
  // Features add their buttons to delivered results here (result actions, challenges).
  const resultButtons = new ResultButtons();
  resultButtons.add(resultActionButtons);
  const settlement = new Settlement({ store: jobStore, ledger, active, logger, now });
  const memberJobs = new MemberJobs(store.collection<string[]>('memberJobs'));
  const scheduler = new Scheduler({ concurrency: config.POLL_CONCURRENCY, logger, now });
  const runner = new JobRunner({
    kie,
    store: jobStore,
    scheduler,
    timing: new JobTiming(planner, registry),
    pauses,
    results: new ResultSender({ delivery, freshUrl: (url) => kie.getDownloadUrl(url), logger }),
    buttons: resultButtons,
    delivery,
    settlement,
    status,
    active,
    logger,
    now,
    jobTimeoutMs: config.JOB_TIMEOUT_MS,
    minPollIntervalMs: config.POLL_INTERVAL_MS,
  });
  // The open jobs' due times keep their old collection name, so an upgrade resumes them.
  scheduler.register(JOB_KIND, {
    entries: store.collection<Entry>('open'),
    run: (id) => runner.run(id),
    resumed: (id, entry) => runner.resumed(id, entry),
  });
  const jobs = new Jobs({ registry, pauses, ledger, active, logger, now, store: jobStore, scheduler, status, memberJobs });
  const history = new JobHistory({ store: jobStore, index: memberJobs, ledger, settlement, scheduler, status, delivery, buttons: resultButtons, logger, now });
  const copies = new ResultCopies({ rest, freshUrl: (url) => kie.getDownloadUrl(url), logger });

  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: config.DISCORD_API_URL } });
  const inFlight = new Set<Promise<unknown>>();
  let accepting = false;
  const context: CommandContext = {
    jobs,
    history,
    copies,
    ledger,
    registry,
    logger,
    defaultModel: config.DEFAULT_MODEL,
    now,
    track(work) {
      const tracked = work.catch((error: unknown) => logger.error({ err: error }, 'background job step failed')).finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    },
  };
  const commands = buildCommands(registry, config.DEFAULT_MODEL);
  const components = buildComponents([resultComponent(registry), jobsPagesComponent]);
  const onInteraction = interactionCreateHandler(commands, context, () => accepting, components);
  client.on(Events.InteractionCreate, (interaction) => {
    const handled = onInteraction(interaction);
    context.track(handled);
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
  client.on(Events.ShardDisconnect, (_event, shardId) => logger.warn({ shardId }, 'gateway disconnected; discord.js reconnects'));

  return {
    client,
    ledger,
    jobs,
    store,
    logger,
    async start() {
      await planner.load(registry.list().flatMap((f) => [f.textToVideo, f.imageToVideo]));
      const scheduled = await scheduler.resume();
      const settled = await settleOrphanHolds({ ledger, store: jobStore, isScheduled: (id) => scheduler.has(JOB_KIND, id) });
      const indexed = await memberJobs.buildOnce(store.collection<Job>('jobs').entries());
      if (indexed > 0) logger.info({ indexed }, 'indexed stored jobs for /jobs');
      logger.info({ store: store.description, open: scheduled[JOB_KIND] ?? 0, scheduled, settled }, 'jobs resumed');
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.DISCORD_TOKEN);
      await ready;
      accepting = true;
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, models: registry.list().map((f) => f.id) }, 'bot ready');
    },
    async stop() {
      accepting = false;
      await scheduler.stop();
      await runner.stop();
      await Promise.allSettled([...inFlight]);
      await client.destroy();
      await store.close();
      logger.info('bot stopped');
    },
  };
}

/** `npm start`: read the environment, start, and stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config) });
  let app: App;
  try {
    app = await createApp(config, { logger });
  } catch (error) {
    if (error instanceof StoreError || error instanceof ConfigError) {
      process.stderr.write(`The bot cannot start: ${error.message}\n`);
      process.exit(error instanceof StoreError ? 73 : 78);
    }
    throw error;
  }
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 9 s; exiting');
      process.exit(1);
    }, 9_000);
    force.unref();
    app
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  try {
    await app.start();
  } catch (error) {
    logger.error({ err: error }, 'the bot could not start');
    await app.stop().catch(() => undefined);
    process.exit(1);
  }
}

if (import.meta.main) {
  await main();
}
