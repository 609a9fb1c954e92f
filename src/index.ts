import { REST, RESTEvents } from '@discordjs/rest';
import { Client, Events, GatewayIntentBits, Status } from 'discord.js';
import { buildCommands } from './commands/index.ts';
import type { InteractionContext } from './interactions/context.ts';
import { challengeComponent } from './components/challenge.ts';
import { buildComponents } from './components/index.ts';
import { jobsPagesComponent } from './components/jobsPages.ts';
import { resultActionButtons, resultComponent } from './components/result.ts';
import { ConfigError, secretsOf, type Config } from './config.ts';
import { interactionCreateHandler } from './events/interactionCreate.ts';
import { HttpServer } from './http/server.ts';
import { createLogger } from './logger.ts';
import { ChallengeDiscord } from './services/challenges/discord.ts';
import { CHALLENGE_CLOSE_KIND, Challenges } from './services/challenges/service.ts';
import { ChallengeStore } from './services/challenges/store.ts';
import { ResultCopies } from './services/delivery/copy.ts';
import { ResultSender } from './services/delivery/result.ts';
import { Delivery } from './services/delivery/routes.ts';
import { ActiveJobs } from './services/jobs/activeJobs.ts';
import type { Job } from './services/jobs/job.ts';
import { HintRelay } from './services/jobs/hintRelay.ts';
import { TaskHints } from './services/jobs/hints.ts';
import { JobHistory } from './services/jobs/history.ts';
import { JobStore } from './services/jobs/jobStore.ts';
import { MemberJobs } from './services/jobs/memberJobs.ts';
import { KieRouter } from './services/kie/router.ts';
import { VeoAdapter } from './services/kie/veo.ts';
import { checkModels, ModelCheckSchedule } from './services/models/check.ts';
import { ServerChoices, type ServerModelsRecord } from './services/models/serverChoices.ts';
import { ModelState, type ModelStateRecord } from './services/models/state.ts';
import { chooseDefault } from './services/models/advice.ts';
import { Refresher } from './services/refresh.ts';
import { PollPlanner } from './services/jobs/pollPlan.ts';
import { LegacyHoldSweep } from './services/jobs/recovery.ts';
import { CancelQueued } from './services/jobs/cancel.ts';
import { ResultButtons } from './services/jobs/resultButtons.ts';
import { JOB_KIND, JobRunner } from './services/jobs/runner.ts';
import { Jobs } from './services/jobs/service.ts';
import { Settlement } from './services/jobs/settle.ts';
import { JobStateCounts } from './services/jobs/stateCounts.ts';
import { StatusUpdates } from './services/jobs/statusUpdates.ts';
import { JobTiming } from './services/jobs/timing.ts';
import { KieClient } from './services/kie/client.ts';
import { Ledger, type Account, type JournalEntry } from './services/ledger/ledger.ts';
import { ModelRegistry } from './services/models/registry.ts';
import { Scheduler, type Entry } from './services/scheduler.ts';
import { clientShardOptions, GuildOwnership } from './services/sharding/layout.ts';
import { ServerOwner } from './services/sharding/owner.ts';
import { openSharedLimits } from './services/shared/index.ts';
import { openStore } from './services/store.ts';
import type { App, AppOverrides } from './app.ts';

export type { App, AppOverrides } from './app.ts';

/** The composition root: config → logger → store → services → Discord client. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config) });
  const now = overrides.now ?? Date.now;
  const registry = new ModelRegistry({ enabled: config.MODELS_ENABLED, priceOverrides: config.MODEL_PRICES });
  if (config.DEFAULT_MODEL !== undefined && !registry.get(config.DEFAULT_MODEL)) {
    throw new ConfigError([`DEFAULT_MODEL is invalid: "${config.DEFAULT_MODEL}" is not an enabled model (enabled: ${registry.list().map((f) => f.id).join(', ')})`]);
  }
  const store = overrides.store ?? (await openStore(config.DATABASE_URL));
  // Kie's per-account limits and the operator's ceiling: in-process on SQLite, atomic in the store on Postgres/Redis.
  const limits = await openSharedLimits(store, { onError: (err, limiter) => logger.warn({ err, limiter }, 'shared limit store error; retrying') });
  const models = new ModelState({ registry, collection: store.collection<ModelStateRecord>('models'), now });
  // Each server's allowed models and default (`/settings models`), inside the operator's bound.
  const serverModels = new ServerChoices({ registry, models, collection: store.collection<ServerModelsRecord>('serverModels'), operatorDefault: config.DEFAULT_MODEL, now });
  // In-memory copies of records other processes on a shared store may change: re-read each minute.
  const modelsRefresh = new Refresher(() => models.load());
  const serverModelsRefresh = new Refresher(() => serverModels.load());

  const stateCounts = new JobStateCounts();
  // prom-client is loaded only when /metrics can be served: a bot without HTTP saves its memory.
  const metrics =
    config.HTTP_PORT === undefined ? undefined : new (await import('./http/metrics.ts')).Metrics({ processMetrics: true, jobStates: () => stateCounts.counts() });
  const callbackUrl = config.PUBLIC_URL === undefined ? undefined : `${config.PUBLIC_URL}/kie/callback`;
  const kieClient = new KieClient({
    baseUrl: config.KIE_API_URL,
    apiKey: config.KIE_API_KEY,
    logger,
    timeoutMs: config.KIE_TIMEOUT_MS,
    callbackUrl,
    onRequest: (op, outcome) => metrics?.kieCall(op, outcome),
    createLimiter: limits.limiter('kie-create', config.KIE_CREATE_LIMIT),
    readLimiter: limits.limiter('kie-read', config.KIE_READ_LIMIT),
  });
  // One client (one create limit per account) behind both API shapes; the registry says which serves a model.
  const kie = overrides.kie ?? new KieRouter({ jobs: kieClient, veo: new VeoAdapter(kieClient, logger), apiOf: (model) => registry.apiOf(model) });
  // MODEL_CHECK: which models are live, asked of Kie for free at start and hourly (not with a stand-in
  // Kie port). Sharded: the first process only; the others read its answers from the shared store.
  const modelCheck =
    config.MODEL_CHECK && overrides.kie === undefined && (config.SHARDING?.process ?? 0) === 0
      ? new ModelCheckSchedule(
          async (signal) => {
            const results = await checkModels({ kie: kieClient, registry, models, signal, membersWaiting: () => kieClient.queuedCreates });
            const count = (answer: string) => results.filter((r) => r.answer === answer).map((r) => r.kieModel);
            logger.info({ live: count('live'), paused: count('paused'), unknown: count('unknown') }, 'model check');
          },
          60 * 60_000,
          (error) => logger.warn({ err: error }, 'model check failed'),
        )
      : undefined;
  const ledger = new Ledger({
    accounts: store.collection<Account>('accounts'),
    journalArchive: store.collection<JournalEntry[]>('journal'),
    defaultCredits: config.DEFAULT_GUILD_CREDITS,
    ceiling: config.DAILY_SPEND_CEILING === undefined ? undefined : limits.operatorCeiling(config.DAILY_SPEND_CEILING),
    now,
    observe: (operation) => metrics?.ledger(operation),
  });
  const jobStore = new JobStore(store.collection<Job>('jobs'), now);
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  const countRestErrors = (_request: unknown, response: { status: number }) => {
    if (response.status >= 400) metrics?.discordRestError(response.status);
  };
  rest.on(RESTEvents.Response, countRestErrors);
  const delivery = new Delivery({ rest, logger, now });
  const planner = new PollPlanner({ minIntervalMs: config.POLL_INTERVAL_MS, meta: store.collection<number[]>('meta') });
  const active = new ActiveJobs({ maxPerMember: config.MAX_ACTIVE_JOBS_PER_MEMBER, maxPerGuild: config.MAX_ACTIVE_JOBS_PER_GUILD });
  // Features add their buttons to delivered results here (result actions, challenges).
  const resultButtons = new ResultButtons();
  resultButtons.add(resultActionButtons);
  const status = new StatusUpdates({ delivery, store: jobStore, logger, now, buttons: resultButtons });
  const settlement = new Settlement({ store: jobStore, ledger, active, logger, now });
  const memberJobs = new MemberJobs(store.collection<string[]>('memberJobs'));
  const scheduler = new Scheduler({ concurrency: config.POLL_CONCURRENCY, logger, now });
  // Sharded (npm run start:sharded), this process does the work of its shards' guilds only.
  const ownership = new GuildOwnership(config.SHARDING);
  const owner = new ServerOwner({ store, layout: config.SHARDING, logger, lease: overrides.lease });
  const owns = (guildId: string) => ownership.owns(guildId);
  const relay = ownership.sharded ? new HintRelay({ hints: store.collection('hints'), owns, wake: (id) => scheduler.wake(JOB_KIND, id), logger, now }) : undefined;
  // Kie's callbacks: a second way to learn a task may be done (only a hint; see TaskHints).
  // The open jobs' due times keep their old collection name, so an upgrade resumes them.
  const jobEntries = store.collection<Entry>('open');
  const hints = new TaskHints({ tasks: store.collection<string>('tasks'), store: jobStore, scheduler, logger, now, relay });
  const runner = new JobRunner({
    kie,
    store: jobStore,
    scheduler,
    entries: jobEntries,
    // With callbacks on, polls are only the safety net for a lost callback.
    timing: new JobTiming(planner, registry, { safetyNet: callbackUrl !== undefined }),
    models,
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
    events: {
      taskStarted: (taskId, jobId) => hints.taskStarted(taskId, jobId),
      changed: (job) => stateCounts.changed(job),
      finished(job, outcome) {
        stateCounts.forget(job.id);
        metrics?.jobEnded(outcome, job, now());
      },
    },
  });
  scheduler.register(JOB_KIND, {
    entries: jobEntries,
    run: (id) => runner.run(id),
    resumed: (id, entry) => runner.resumed(id, entry),
  });
  const legacyHolds = new LegacyHoldSweep(store.collection<{ at: number }>('lifecycle'));
  const challenges = new Challenges({
    store: new ChallengeStore(store.collection('challenges')),
    ledger,
    scheduler,
    // Members quote the short id from a video's footer; `history` is built below, used only later.
    jobs: { get: (id) => jobStore.get(id), byShortId: (guildId, typed) => history.find({ guildId, memberId: undefined }, typed).catch(() => undefined) },
    discord: new ChallengeDiscord(rest),
    freshUrl: (url) => kie.getDownloadUrl(url),
    logger,
    now,
  });
  scheduler.register(CHALLENGE_CLOSE_KIND, { entries: store.collection<Entry>('challenge_close'), run: (id) => challenges.runClose(id) });
  resultButtons.add(challenges.resultButtons());
  const jobs = new Jobs({ registry, models, choices: serverModels, ledger, active, logger, now, store: jobStore, scheduler, status, memberJobs, payer: (guildId, channelId) => challenges.payer(guildId, channelId) });
  const history = new JobHistory({ store: jobStore, index: memberJobs, now });
  const cancel = new CancelQueued({ store: jobStore, settlement, scheduler, status, logger, now });
  const copies = new ResultCopies({ rest, freshUrl: (url) => kie.getDownloadUrl(url), logger });

  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: config.DISCORD_API_URL }, ...clientShardOptions(config) });
  const inFlight = new Set<Promise<unknown>>();
  let accepting = false;
  const context: InteractionContext = {
    jobs,
    challenges,
    history,
    cancel,
    copies,
    ledger,
    registry,
    logger,
    // A fresh install must not greet its first member with a dead default.
    get defaultModel() {
      return config.DEFAULT_MODEL ?? chooseDefault(models, registry.list().map((f) => f.id)) ?? registry.list()[0]!.id;
    },
    models,
    serverModels,
    metrics,
    now,
    track(work) {
      const tracked = work.catch((error: unknown) => logger.error({ err: error }, 'background job step failed')).finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    },
  };
  const commands = buildCommands(registry, config.DEFAULT_MODEL, models);
  const components = buildComponents([resultComponent(registry), jobsPagesComponent, challengeComponent]);
  const onInteraction = interactionCreateHandler(commands, context, () => accepting, components);
  client.on(Events.InteractionCreate, (interaction) => {
    const handled = onInteraction(interaction);
    context.track(handled);
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
  client.on(Events.ShardDisconnect, (_event, shardId) => logger.warn({ shardId }, 'gateway disconnected; discord.js reconnects'));
  client.rest.on(RESTEvents.Response, countRestErrors);

  const probe = store.collection<number[]>('meta');
  const http =
    config.HTTP_PORT === undefined || metrics === undefined
      ? undefined
      : new HttpServer({
          host: config.HTTP_HOST,
          port: config.HTTP_PORT,
          metrics,
          webhookKey: config.KIE_WEBHOOK_HMAC_KEY,
          logger,
          async ready() {
            if (!accepting || client.ws.status !== Status.Ready) return { ok: false, reason: 'the Discord gateway is not ready' };
            try {
              await probe.get('readyz');
            } catch {
              return { ok: false, reason: 'the store does not answer' };
            }
            return { ok: true };
          },
          // Dropped while another process serves these servers (hints are only hints).
          onTaskHint: overrides.onTaskHint ?? ((taskId) => (owner.held ? hints.hint(taskId) : Promise.resolve())),
        });

  return {
    client,
    ledger,
    jobs,
    store,
    logger,
    metrics,
    http,
    models,
    scheduler,
    lease: owner.lease,
    async start() {
      // Up first, so /healthz answers (and /readyz says why not) while the bot starts.
      await http?.start();
      // One owner per server: nothing is loaded, resumed or settled while another process serves them.
      await owner.take();
      await models.load();
      // Other processes on a shared store report too; their news reaches this one within a minute.
      modelsRefresh.start(60_000, (error) => logger.warn({ err: error }, 'could not re-read the model state'));
      await serverModels.load();
      // In the background: members are served while it runs, and its creates wait for free slots.
      modelCheck?.start();
      serverModelsRefresh.start(60_000, (error) => logger.warn({ err: error }, 'could not re-read the servers’ model settings'));
      await planner.load(registry.kieModels());
      const scheduled = await scheduler.resume({ owns: (entry) => ownership.ownsEntry(entry) });
      // Every hold has a schedule entry until it is settled, so the resumed entries settle them all.
      // Holds from versions before that are swept once per store.
      const settled = await legacyHolds.sweepOnce({ ledger, store: jobStore, isScheduled: (id) => scheduler.has(JOB_KIND, id), owns, layout: ownership.description });
      const indexed = await memberJobs.buildOnce(store.collection<Job>('jobs').entries());
      if (indexed > 0) logger.info({ indexed }, 'indexed stored jobs for /jobs');
      relay?.start();
      logger.info({ store: store.description, open: scheduled[JOB_KIND] ?? 0, scheduled, settled, shards: config.SHARDING?.ids }, 'jobs resumed');
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.DISCORD_TOKEN);
      await ready;
      accepting = true;
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, models: registry.list().map((f) => f.id) }, 'bot ready');
    },
    async stop() {
      accepting = false;
      // No callback starts new work after this; hints under way finish first.
      await http?.stop();
      await relay?.stop();
      await scheduler.stop();
      modelCheck?.stop();
      modelsRefresh.stop();
      serverModelsRefresh.stop();
      await runner.stop();
      await challenges.stop();
      await Promise.allSettled([...inFlight]);
      await client.destroy();
      await owner.release();
      await store.close();
      logger.info('bot stopped');
    },
  };
}

if (import.meta.main) {
  // `npm start` and `node src/index.ts`: the process around the app lives in main.ts, which imports
  // this module, so it is loaded once this one has finished evaluating (no top-level await here).
  void import('./main.ts').then(({ main }) => main());
}
