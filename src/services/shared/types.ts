import type { LimiterOptions } from '../kie/limiter.ts';

/**
 * What a caller of Kie needs from a rate limiter. The in-process `Limiter` (services/kie/limiter.ts)
 * and the shared `WindowLimiter` both fit, so KieClient can take either.
 */
export interface SlotLimiter {
  /**
   * Resolves when the caller may start; the start counts against the window from that moment.
   * Rejects only when `signal` aborts (a store outage is waited out, never turned into a refusal).
   */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Callers of this process waiting for a slot. */
  readonly pending: number;
}

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
