import type { LimiterOptions, SlotLimiter } from '../kie/limiter.ts';
import type { SpendCeiling } from '../ledger/ceiling.ts';

export type { SlotLimiter, SpendCeiling };

/** One store's limits: in-process on memory and SQLite, in the database on Postgres and Redis. */
export interface SharedLimits {
  /** True when the limits hold across every process using the store. */
  readonly shared: boolean;
  /** A sliding-window limiter named `name` (e.g. `kie-create`): one per name per process. */
  limiter(name: string, options: LimiterOptions): SlotLimiter;
  /**
   * The operator's DAILY_SPEND_CEILING of `limit` credits per UTC day across all guilds, for the
   * ledger's `ceiling` option. Shared: `reserve` is atomic however many processes race.
   */
  operatorCeiling(limit: number): SpendCeiling;
}

/**
 * The atomic step of a shared sliding-window limiter: record a start at `now` if fewer than `limit`
 * starts are within the last `spanMs`, else say how long until the oldest leaves the window.
 */
export interface WindowLog {
  /** 0 when the start was recorded; otherwise the milliseconds to wait before asking again. */
  tryStart(name: string, now: number, limit: number, spanMs: number): Promise<number>;
}
