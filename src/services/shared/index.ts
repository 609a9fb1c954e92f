import { Limiter, type LimiterOptions } from '../kie/limiter.ts';
import type { Store } from '../store.ts';
import { LocalDailyCeiling } from './localCeiling.ts';
import { createLimitTables, PostgresDailyCeiling, PostgresWindowLog } from './postgres.ts';
import { RedisDailyCeiling, RedisWindowLog } from './redis.ts';
import type { DailyCeiling, SharedLimits, SlotLimiter, WindowLog } from './types.ts';
import { WindowLimiter } from './windowLimiter.ts';

export type { DailyCeiling, SharedLimits, SlotLimiter } from './types.ts';

export interface SharedLimitsOptions {
  /** Told when the shared store fails during a limiter's wait (the limiter retries). */
  onError?: (error: unknown, name: string) => void;
}

/**
 * Kie's per-account limits and the operator's daily ceiling for the store the bot runs on. On
 * memory and SQLite (one process) they are today's in-process limiter and stored counter; on
 * Postgres and Redis every process shares them through the database's atomic operations.
 */
export async function openSharedLimits(store: Store, options: SharedLimitsOptions = {}): Promise<SharedLimits> {
  const backend = store.backend;
  let log: WindowLog | undefined;
  let ceiling: (name: string) => DailyCeiling;
  if (backend.kind === 'postgres') {
    await createLimitTables(backend.pool);
    log = new PostgresWindowLog(backend.pool);
    ceiling = (name) => new PostgresDailyCeiling(backend.pool, name);
  } else if (backend.kind === 'redis') {
    log = new RedisWindowLog(backend.client);
    ceiling = (name) => new RedisDailyCeiling(backend.client, name);
  } else {
    ceiling = (name) => new LocalDailyCeiling(store.collection('meta'), `ceiling:${name}`);
  }
  const limiters = new Map<string, SlotLimiter>();
  const ceilings = new Map<string, DailyCeiling>();
  return {
    shared: log !== undefined,
    limiter(name: string, limiterOptions: LimiterOptions): SlotLimiter {
      let limiter = limiters.get(name);
      if (!limiter) {
        limiter = log
          ? new WindowLimiter({ ...limiterOptions, name, log, onError: (error) => options.onError?.(error, name) })
          : new Limiter(limiterOptions);
        limiters.set(name, limiter);
      }
      return limiter;
    },
    ceiling(name: string): DailyCeiling {
      let counter = ceilings.get(name);
      if (!counter) ceilings.set(name, (counter = ceiling(name)));
      return counter;
    },
  };
}
