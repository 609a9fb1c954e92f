/** One kind of record. Keyv underneath; `entries` exists because restarts must find open jobs. */
export interface Collection<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  entries(): AsyncIterable<[string, T]>;
}

export const collectionNames = ['jobs', 'open', 'accounts', 'journal', 'meta', 'operator', 'lifecycle', 'tasks', 'models', 'challenges', 'challenge_close', 'memberJobs', 'hints', 'serverModels', 'serverSettings', 'moderation', 'allowances', 'kie_watch'] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * What the store runs on, for the shared limits (services/shared): a store that several processes
 * can share hands out its connection so counters can use the database's own atomic operations.
 */
export type StoreBackend =
  | { kind: 'memory' | 'sqlite' }
  | { kind: 'postgres'; pool: import('pg').Pool }
  | { kind: 'redis'; client: import('@keyv/redis').RedisClientType };

export interface Store {
  collection<T>(name: CollectionName): Collection<T>;
  /** Where the data lives, without credentials, for log lines. */
  readonly description: string;
  /** True when several processes may open this store at once (Postgres, Redis). */
  readonly shared: boolean;
  readonly backend: StoreBackend;
  /** The lease a bot process takes on what it serves (see lease.ts); the store fences its writes by it. */
  lease(scope: LeaseScope, options?: LeaseOptions): OwnerLease;
  close(): Promise<void>;
}

/**
 * What a process serves: shards `ids` of `count`. A process that serves every server (npm start,
 * or one process holding every shard) is shard 0 of 1, so it overlaps every other owner.
 */
export interface LeaseScope {
  readonly count: number;
  readonly ids: readonly number[];
}

export interface LeaseOptions {
  /** Redis: how long a lease outlives its last renewal (a killed holder's replacement waits this long at most). */
  ttlMs?: number;
  /** How often the holder renews (Redis) or checks (Postgres, SQLite) its lease. */
  renewMs?: number;
  /** How often a waiting process asks again. */
  retryMs?: number;
  /** The holder's clock for its own deadline (tests: a process whose clock stood still). */
  now?: () => number;
}

export interface OwnerLease {
  /**
   * Resolves once this process owns its scope. Postgres and Redis wait for another holder to stop
   * (`onWait` hears who holds it each time that changes); SQLite throws StoreInUseError at once.
   */
  acquire(onWait?: (holders: string[]) => void): Promise<void>;
  /** Resolves with the reason once the lease is no longer this process's: it must stop at once. */
  readonly lost: Promise<string>;
  /** After the last write: another process may take over at once. Aborts a pending `acquire`. */
  release(): Promise<void>;
}

export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}
