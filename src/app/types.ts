import type { Client } from 'discord.js';
import type { HttpServer } from '../http/server.ts';
import type { Metrics } from '../http/metrics.ts';
import type { Logger } from '../logger.ts';
import type { Jobs } from '../services/jobs/service.ts';
import type { KiePort } from '../services/kie/types.ts';
import type { Ledger } from '../services/ledger/ledger.ts';
import type { ModelState } from '../services/models/state.ts';
import type { Scheduler } from '../services/scheduler.ts';
import type { LeaseOptions, OwnerLease, Store } from '../services/store.ts';

/** What `createApp` (app/createApp.ts, the composition root) hands back: the running bot's parts. */
export interface App {
  readonly client: Client;
  readonly ledger: Ledger;
  readonly jobs: Jobs;
  readonly store: Store;
  readonly logger: Logger;
  /** Prometheus metrics, kept only when the HTTP server runs (nothing else could read them). */
  readonly metrics: Metrics | undefined;
  /** The bot's HTTP server (health, readiness, metrics, Kie callbacks), when HTTP_PORT or PUBLIC_URL is set. */
  readonly http: HttpServer | undefined;
  /** What the bot has seen of each model family (live / paused / failing). */
  readonly models: ModelState;
  /** The persisted due-time schedule (jobs, challenge closes). */
  readonly scheduler: Scheduler;
  /** This process's lease on the servers it serves: `start` takes it, `stop` releases it; `lost` says it must exit. */
  readonly lease: OwnerLease;
  start(): Promise<void>;
  /** Stops taking commands, lets in-flight work finish, closes the gateway and the store. */
  stop(): Promise<void>;
}

export interface AppOverrides {
  logger?: Logger;
  /** An open store to use instead of opening DATABASE_URL (the crash tests wrap one); `stop` closes it. */
  store?: Store;
  kie?: KiePort;
  now?: () => number;
  /** What a Kie callback for this task triggers. Default: the job pipeline's TaskHints. */
  onTaskHint?: (taskId: string) => Promise<void>;
  /** Lease timings (tests: short TTLs). */
  lease?: LeaseOptions;
  /** How often the Kie account's balance is read (default 10 minutes; tests: shorter). */
  kieWatchMs?: number;
}
