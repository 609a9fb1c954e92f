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
  /**
   * Resolves with a slot whose start the caller moves with `stamp()`: a create stamps it as it
   * leaves (after storing its job, however slowly) and again once Kie has answered, so neither
   * that work nor a slow way to Kie eats into the margin. Rejects only when `signal` aborts.
   */
  reserve(signal?: AbortSignal): Promise<Slot>;
  /** Callers of this process waiting for a slot. */
  readonly pending: number;
}

/** A granted start, counted from its grant, or from its latest stamp, until released. */
export interface Slot {
  /**
   * The start counts from now on. False when the slot lapsed (not stamped within a window of its
   * last time) or the log could not be reached: before sending, send nothing on it and reserve
   * another.
   */
  stamp(): Promise<boolean>;
  /** Nothing will be sent on this slot: it is free again once this resolves (it never rejects). */
  release(): Promise<void>;
}

export interface LimiterOptions {
  /** At most this many starts in any window. */
  limit: number;
  windowMs: number;
  /**
   * Added to the window. A start is recorded a moment before the request reaches Kie (after the
   * log's own write, and the HTTP client's turn), and network jitter can bring two requests closer
   * together on Kie's clock than they were on ours.
   */
  marginMs?: number;
  clock?: Clock;
}

/**
 * The atomic steps of a sliding-window limiter over start times. In memory for one process; in
 * Redis or Postgres (services/shared) for several.
 *
 * Why stamping keeps the limit: a start counts from its grant until it is stamped, and a stamp
 * only moves it later while it still counts (within `spanMs` of its time). So every start is
 * counted without a gap from its grant until `spanMs` after its final time, and whichever start of
 * any window was granted last saw all the others counted: at most `limit` in any window.
 */
export interface WindowLog {
  /**
   * Records start `id` at `now` if fewer than `limit` starts are after `now - spanMs`; 0 when
   * recorded, otherwise the milliseconds to wait before asking again.
   */
  tryStart(name: string, now: number, limit: number, spanMs: number, id: string): number | Promise<number>;
  /** Moves start `id` to `now` if it still counts (its time is after `now - spanMs`); false otherwise. */
  stamp(name: string, id: string, now: number, spanMs: number): boolean | Promise<boolean>;
  /** Forgets start `id`: nothing was sent on it. */
  release(name: string, id: string): void | Promise<void>;
}

/** The window log of one process: start times by id, per name. */
export class MemoryWindowLog implements WindowLog {
  readonly #starts = new Map<string, Map<string, number>>();

  tryStart(name: string, now: number, limit: number, spanMs: number, id: string): number {
    let starts = this.#starts.get(name);
    if (!starts) this.#starts.set(name, (starts = new Map()));
    let oldest = Infinity;
    for (const [key, at] of starts) {
      if (at <= now - spanMs) starts.delete(key);
      else oldest = Math.min(oldest, at);
    }
    if (starts.size < limit) {
      starts.set(id, now);
      return 0;
    }
    return Math.max(1, oldest + spanMs - now);
  }

  stamp(name: string, id: string, now: number, spanMs: number): boolean {
    const starts = this.#starts.get(name);
    const at = starts?.get(id);
    if (!starts || at === undefined || at <= now - spanMs) return false;
    starts.set(id, Math.max(at, now));
    return true;
  }

  release(name: string, id: string): void {
    this.#starts.get(name)?.delete(id);
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
  readonly #waiting = new WaitQueue<string>();
  #pumping = false;
  /** Start ids: unique within the process; the random part keeps processes apart on a shared log. */
  readonly #idPrefix = Math.random().toString(36).slice(2, 10);
  #nextId = 0;

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
  async acquire(signal?: AbortSignal): Promise<void> {
    await this.#waiting.join(signal, () => void this.#pump());
  }

  async reserve(signal?: AbortSignal): Promise<Slot> {
    const id = await this.#waiting.join(signal, () => void this.#pump());
    return {
      stamp: async () => {
        try {
          const answer = this.#log.stamp(this.#name, id, this.#clock.now(), this.#spanMs);
          return typeof answer === 'boolean' ? answer : await answer;
        } catch (error) {
          this.#onError(error);
          return false;
        }
      },
      release: () => this.#release(id),
    };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    return task();
  }

  /** If the log cannot be reached, the start just counts until its window ends. */
  async #release(id: string): Promise<void> {
    try {
      await this.#log.release(this.#name, id);
    } catch (error) {
      this.#onError(error);
    }
  }

  // One pump per process hands out slots strictly from the head of the queue, which keeps the order
  // FIFO and the count exact when many callers arrive in the same tick. An in-memory log answers at
  // once, without a turn of the event loop.
  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    let failures = 0;
    try {
      while (this.#waiting.length > 0) {
        const id = `${this.#idPrefix}:${this.#nextId++}`;
        let waitMs: number;
        try {
          const answer = this.#log.tryStart(this.#name, this.#clock.now(), this.#limit, this.#spanMs, id);
          waitMs = typeof answer === 'number' ? answer : await answer;
          failures = 0;
        } catch (error) {
          this.#onError(error);
          waitMs = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** failures++);
        }
        if (waitMs <= 0) {
          // Everyone who asked may have given up while the start was being recorded: free it.
          if (!this.#waiting.grantHead(id)) await this.#release(id);
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
