import { realClock, type Clock, type LimiterOptions } from '../kie/limiter.ts';
import { WaitQueue } from '../kie/waitQueue.ts';
import type { SlotLimiter, WindowLog } from './types.ts';

export interface WindowLimiterOptions extends LimiterOptions {
  name: string;
  log: WindowLog;
  /** Told about a store error; the limiter waits and asks again. */
  onError?: (error: unknown) => void;
}

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5_000;

/**
 * The sliding-window limiter of services/kie/limiter.ts, with the window kept in the shared store:
 * at most `limit` starts in any `windowMs + marginMs` across every process. Callers of this process
 * are served in arrival order; processes take slots as they ask. Times come from `clock` (the
 * processes' clocks agree to well within the margin on one host or under NTP).
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

  get pending(): number {
    return this.#waiting.length;
  }

  acquire(signal?: AbortSignal): Promise<void> {
    return this.#waiting.join(signal, () => void this.#pump());
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    return task();
  }

  // One pump per process asks the store for the head of the queue only, so the local order stays
  // FIFO and a slot is never recorded for a caller who has gone.
  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    let failures = 0;
    try {
      while (this.#waiting.length > 0) {
        let waitMs: number;
        try {
          waitMs = await this.#log.tryStart(this.#name, this.#clock.now(), this.#limit, this.#spanMs);
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
