import { Limiter, WindowLimiter, type LimiterOptions } from '../kie/limiter.ts';
import type { Store } from '../store.ts';
import { OperatorCeiling, type OperatorDay } from '../ledger/ceiling.ts';
import type { SharedLimits, SlotLimiter, SpendCeiling, WindowLog } from './types.ts';

export type { SharedLimits, SlotLimiter, SpendCeiling } from './types.ts';

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
  let ceiling: (limit: number) => SpendCeiling;
  // The database drivers' modules load only for those stores.
  if (backend.kind === 'postgres') {
    const { createLimitTables, PostgresSpendCeiling, PostgresWindowLog } = await import('./postgres.ts');
    await createLimitTables(backend.pool);
    log = new PostgresWindowLog(backend.pool);
    ceiling = (limit) => new PostgresSpendCeiling(backend.pool, limit);
  } else if (backend.kind === 'redis') {
    const { RedisSpendCeiling, RedisWindowLog } = await import('./redis.ts');
    log = new RedisWindowLog(backend.client);
    ceiling = (limit) => new RedisSpendCeiling(backend.client, limit);
  } else {
    // Today's one-process ceiling, in the same collection as before.
    ceiling = (limit) => new OperatorCeiling({ limit, days: store.collection<OperatorDay>('operator') });
  }
  const limiters = new Map<string, SlotLimiter>();
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
    operatorCeiling(limit: number): SpendCeiling {
      return ceiling(limit);
    },
  };
}
