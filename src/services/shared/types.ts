import type { LimiterOptions, SlotLimiter, WindowLog } from '../kie/limiter.ts';
import type { SpendCeiling } from '../ledger/ceiling.ts';

export type { SlotLimiter, SpendCeiling, WindowLog };

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
