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
 * What a caller of Kie needs from a rate limiter: this in-process `Limiter`, or the shared one in
 * services/shared when several processes use one Kie account.
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
 * Sliding-window limiter: however many callers arrive at once, at most `limit` are let through in
 * any `windowMs + marginMs`, in arrival order. Kie rejects (does not queue) requests over its
 * limit, so waiting here is cheaper than a 429.
 */
export class Limiter implements SlotLimiter {
  readonly #limit: number;
  readonly #spanMs: number;
  readonly #clock: Clock;
  /** Start times of the most recent grants still inside the window, oldest first. */
  readonly #starts: number[] = [];
  readonly #waiting = new WaitQueue();
  #pumping = false;

  constructor(options: LimiterOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) throw new RangeError('Limiter limit must be a positive integer');
    if (!(options.windowMs > 0)) throw new RangeError('Limiter windowMs must be positive');
    this.#limit = options.limit;
    this.#spanMs = options.windowMs + Math.max(0, options.marginMs ?? 0);
    this.#clock = options.clock ?? realClock;
  }

  /** Callers waiting for a slot; lets the bot say "queued for a Kie slot". */
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

  // One pump at a time hands out slots strictly from the head of the queue, which is what keeps
  // the order FIFO and the count exact when many callers arrive in the same tick.
  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (this.#waiting.length > 0) {
        const now = this.#clock.now();
        while (this.#starts.length > 0 && (this.#starts[0] ?? 0) <= now - this.#spanMs) this.#starts.shift();
        const oldest = this.#starts[0];
        if (this.#starts.length < this.#limit || oldest === undefined) {
          this.#starts.push(now);
          this.#waiting.grantHead();
          continue;
        }
        await this.#clock.sleep(oldest + this.#spanMs - now);
      }
    } finally {
      this.#pumping = false;
    }
  }
}
