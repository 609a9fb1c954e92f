import type { LimiterOptions, SlotLimiter } from '../kie/limiter.ts';

export type { SlotLimiter };

/**
 * A per-UTC-day budget shared by everyone (the operator's DAILY_SPEND_CEILING). `reserve` is atomic:
 * however many callers and processes race, the day's total never passes the ceiling.
 */
export interface DailyCeiling {
  /** Adds `amount` to `day`'s total if that keeps it at or under `ceiling`; false changes nothing. */
  reserve(day: string, amount: number, ceiling: number): Promise<boolean>;
  /** Takes `amount` back off `day`'s total (never below zero); a day already past is left alone. */
  giveBack(day: string, amount: number): Promise<void>;
  /** The day's total so far. */
  held(day: string): Promise<number>;
}

/** One store's limits: in-process on memory and SQLite, in the database on Postgres and Redis. */
export interface SharedLimits {
  /** True when the limits hold across every process using the store. */
  readonly shared: boolean;
  /** A sliding-window limiter named `name` (e.g. `kie-create`): one per name per process. */
  limiter(name: string, options: LimiterOptions): SlotLimiter;
  /** The daily ceiling named `name` (e.g. `operator`). */
  ceiling(name: string): DailyCeiling;
}

/**
 * The atomic step of a shared sliding-window limiter: record a start at `now` if fewer than `limit`
 * starts are within the last `spanMs`, else say how long until the oldest leaves the window.
 */
export interface WindowLog {
  /** 0 when the start was recorded; otherwise the milliseconds to wait before asking again. */
  tryStart(name: string, now: number, limit: number, spanMs: number): Promise<number>;
}
