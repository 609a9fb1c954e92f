import { ConfigError, secretsOf, type Config } from '../config.ts';
import type { Metrics } from '../http/metrics.ts';
import { Acknowledgements } from '../interactions/acknowledgements.ts';
import { createLogger, type Logger } from '../logger.ts';
import { JobStateCounts } from '../services/jobs/stateCounts.ts';
import { Ledger, type Account, type JournalEntry } from '../services/ledger/ledger.ts';
import { ModelRegistry } from '../services/models/registry.ts';
import { Scheduler } from '../services/scheduler.ts';
import { GuildOwnership } from '../services/sharding/layout.ts';
import { ServerOwner } from '../services/sharding/owner.ts';
import { openSharedLimits, type SharedLimits } from '../services/shared/index.ts';
import { openStore, type Store } from '../services/store.ts';
import type { AppOverrides } from './types.ts';

/** What every area is wired on: settings, log, clock, store, the limits shared by processes, money, schedule. */
export interface Base {
  config: Config;
  overrides: AppOverrides;
  logger: Logger;
  now: () => number;
  registry: ModelRegistry;
  store: Store;
  limits: SharedLimits;
  ledger: Ledger;
  scheduler: Scheduler;
  /** Members' acknowledgements in flight: scheduled work and the work behind a defer wait for them. */
  acknowledgements: Acknowledgements;
  /** Kept only when /metrics can be served. */
  metrics: Metrics | undefined;
  stateCounts: JobStateCounts;
  /** Sharded (npm run start:sharded), this process does the work of its shards' guilds only. */
  ownership: GuildOwnership;
  /** One owner per server: this process's lease on what it serves. */
  owner: ServerOwner;
}

export async function openBase(config: Config, overrides: AppOverrides): Promise<Base> {
  const logger = overrides.logger ?? createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config) });
  const now = overrides.now ?? Date.now;
  const registry = new ModelRegistry({ enabled: config.MODELS_ENABLED, priceOverrides: config.MODEL_PRICES });
  if (config.DEFAULT_MODEL !== undefined && !registry.get(config.DEFAULT_MODEL)) {
    throw new ConfigError([`DEFAULT_MODEL is invalid: "${config.DEFAULT_MODEL}" is not an enabled model (enabled: ${registry.list().map((f) => f.id).join(', ')})`]);
  }
  const store = overrides.store ?? (await openStore(config.DATABASE_URL));
  // Kie's per-account limits and the operator's ceiling: in-process on SQLite, atomic in the store on Postgres/Redis.
  const limits = await openSharedLimits(store, { onError: (err, limiter) => logger.warn({ err, limiter }, 'shared limit store error; retrying') });
  const stateCounts = new JobStateCounts();
  // prom-client is loaded only when /metrics can be served: a bot without HTTP saves its memory.
  const metrics =
    config.HTTP_PORT === undefined ? undefined : new (await import('../http/metrics.ts')).Metrics({ processMetrics: true, jobStates: () => stateCounts.counts() });
  const ledger = new Ledger({
    accounts: store.collection<Account>('accounts'),
    journalArchive: store.collection<JournalEntry[]>('journal'),
    defaultCredits: config.DEFAULT_GUILD_CREDITS,
    ceiling: config.DAILY_SPEND_CEILING === undefined ? undefined : limits.operatorCeiling(config.DAILY_SPEND_CEILING),
    now,
    observe: (operation) => metrics?.ledger(operation),
  });
  const acknowledgements = new Acknowledgements();
  // Acknowledgements first: no scheduled step (a create, a check, a delivery) starts while members wait for theirs.
  const scheduler = new Scheduler({ concurrency: config.POLL_CONCURRENCY, logger, now, giveWay: acknowledgements });
  const ownership = new GuildOwnership(config.SHARDING);
  const owner = new ServerOwner({ store, layout: config.SHARDING, logger, lease: overrides.lease });
  return { config, overrides, logger, now, registry, store, limits, ledger, scheduler, acknowledgements, metrics, stateCounts, ownership, owner };
}
