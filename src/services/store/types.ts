/** One kind of record. Keyv underneath; `entries` exists because restarts must find open jobs. */
export interface Collection<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  entries(): AsyncIterable<[string, T]>;
}

export const collectionNames = ['jobs', 'open', 'accounts', 'journal', 'meta', 'operator', 'lifecycle', 'tasks', 'models', 'challenges', 'challenge_close', 'memberJobs', 'hints'] as const;
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
  close(): Promise<void>;
}

export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}
