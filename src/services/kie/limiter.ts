import { WaitQueue } from './waitQueue.ts';

/** Time as the limiter and the client see it; tests hand in a manual clock. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * What a caller of Kie needs from a rate limiter: the in-process `Limiter`, or a `WindowLimiter`
 * over a database's window log (services/shared) when several processes use one Kie account.
 */
export interface SlotLimiter {
  /**
   * Resolves when the caller may start; the start counts against the window from that moment.
   * Rejects only when `signal` aborts.
   */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Callers of this process waiting for a slot. */
  readonly pending: number;
}

export interface LimiterOptions {
  /** At most this many starts in any window. */
  limit: number;
  windowMs: number;
  /**
   * Added to the window. A slot is granted a moment before the request reaches Kie, and network
   * jitter can bring two requests closer together on Kie's clock than they were on ours.
   */
  marginMs?: number;
  clock?: Clock;
}

/**
 * The atomic step of a sliding-window limiter: record a start at `now` if fewer than `limit`
 * starts are within the last `spanMs`, else say how long until the oldest leaves the window. In
 * memory for one process; in Redis or Postgres (services/shared) for several.
 */
export interface WindowLog {
  /** 0 when the start was recorded; otherwise the milliseconds to wait before asking again. */
  tryStart(name: string, now: number, limit: number, spanMs: number): number | Promise<number>;
}

/** The window log of one process: start times per name, oldest first. */
export class MemoryWindowLog implements WindowLog {
  readonly #starts = new Map<string, number[]>();

  tryStart(name: string, now: number, limit: number, spanMs: number): number {
    let starts = this.#starts.get(name);
    if (!starts) this.#starts.set(name, (starts = []));
    while (starts.length > 0 && starts[0]! <= now - spanMs) starts.shift();
    if (starts.length < limit) {
      starts.push(now);
      return 0;
    }
    return starts[0]! + spanMs - now;
  }
}

export interface WindowLimiterOptions extends LimiterOptions {
  name: string;
  log: WindowLog;
  /** Told about a store error; the limiter waits and asks again. */
  onError?: (error: unknown) => void;
}

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5_000;

/**
 * Sliding-window limiter: however many callers arrive at once, at most `limit` are let through in
 * any `windowMs + marginMs`, in arrival order. Kie rejects (does not queue) requests over its
 * limit, so waiting here is cheaper than a 429. The window is kept in `log`: with a shared log the
 * limit holds across every process (their clocks agree to well within the margin on one host or
 * under NTP); callers of this process are served in arrival order, processes take slots as they ask.
 */
export class WindowLimiter implements SlotLimiter {
  readonly #name: string;
  readonly #log: WindowLog;
  readonly #limit: number;
  readonly #spanMs: number;
  readonly #clock: Clock;
  readonly #onError: (error: unknown) => void;
  readonly #waiting = new WaitQueue();
  #pumping = false;

  constructor(options: WindowLimiterOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) throw new RangeError('Limiter limit must be a positive integer');
    if (!(options.windowMs > 0)) throw new RangeError('Limiter windowMs must be positive');
    this.#name = options.name;
    this.#log = options.log;
    this.#limit = options.limit;
    this.#spanMs = options.windowMs + Math.max(0, options.marginMs ?? 0);
    this.#clock = options.clock ?? realClock;
    this.#onError = options.onError ?? (() => undefined);
  }

  /** Callers of this process waiting for a slot; lets the bot say "queued for a Kie slot". */
  get pending(): number {
    return this.#waiting.length;
  }

  /**
   * Resolves when the caller may start; the start counts against the window from that moment.
   * Aborting `signal` while waiting gives the place up and rejects with the signal's reason.
   */
  acquire(signal?: AbortSignal): Promise<void> {
    return this.#waiting.join(signal, () => void this.#pump());
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    return task();
  }

  // One pump per process hands out slots strictly from the head of the queue, which keeps the order
  // FIFO and the count exact when many callers arrive in the same tick; a slot is never recorded
  // for a caller who has gone. An in-memory log answers at once, without a turn of the event loop.
  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    let failures = 0;
    try {
      while (this.#waiting.length > 0) {
        let waitMs: number;
        try {
          const answer = this.#log.tryStart(this.#name, this.#clock.now(), this.#limit, this.#spanMs);
          waitMs = typeof answer === 'number' ? answer : await answer;
          failures = 0;
        } catch (error) {
          this.#onError(error);
          waitMs = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** failures++);
        }
        if (waitMs <= 0) {
          // A caller who aborted while the slot was being recorded leaves it unused.
          this.#waiting.grantHead();
          continue;
        }
        await this.#clock.sleep(waitMs);
      }
    } finally {
      this.#pumping = false;
    }
  }
}

/** The limiter of one process: a `WindowLimiter` over a window kept in memory. */
export class Limiter extends WindowLimiter {
  constructor(options: LimiterOptions) {
    super({ ...options, name: 'local', log: new MemoryWindowLog() });
  }
}
