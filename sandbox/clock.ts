// A manual clock for tests: the fake Kie's `now` and the limiter's sleeps move only when told.
// Exported from kie.ts as well, where the tests have always found it.
import type { Clock } from '../src/services/kie/limiter.ts';

/**
 * A clock that moves only when told to: `advance(ms)` wakes every sleeper due by then, in order.
 * With `autoAdvance`, `sleep(ms)` moves time forward itself, for code that sleeps one at a time.
 */
export class ManualClock implements Clock {
  #now: number;
  readonly #autoAdvance: boolean;
  #timers: Array<{ at: number; resolve: () => void }> = [];

  constructor(start = 1_776_000_000_000, options: { autoAdvance?: boolean } = {}) {
    this.#now = start;
    this.#autoAdvance = options.autoAdvance ?? false;
  }

  readonly now = (): number => this.#now;

  readonly sleep = (ms: number): Promise<void> => {
    if (this.#autoAdvance) {
      this.#now += Math.max(0, ms);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#timers.push({ at: this.#now + Math.max(0, ms), resolve }));
  };

  /** Sleepers not yet woken. */
  get sleepers(): number {
    return this.#timers.length;
  }

  async advance(ms: number): Promise<void> {
    // Whatever is already runnable happens at the current time, before the clock moves.
    await new Promise((resolve) => setImmediate(resolve));
    const target = this.#now + ms;
    for (;;) {
      this.#timers.sort((a, b) => a.at - b.at);
      const next = this.#timers[0];
      if (!next || next.at > target) break;
      this.#timers.shift();
      this.#now = next.at;
      next.resolve();
      // Let the woken code run (and maybe sleep again) before looking for the next timer.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.#now = target;
  }
}
