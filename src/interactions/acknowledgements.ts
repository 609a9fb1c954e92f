/**
 * Acknowledgements first. Discord gives an interaction 3 s to be acknowledged; what a job does after
 * its defer (hold, store, "Queued" reply) has no such limit. In a burst, the defers of the first
 * members come back while later members' defers are still on their way out, and the work behind the
 * first would take the event loop from the later ones. So the work behind a defer waits until no
 * acknowledgement of this process is still in flight, or `maxWaitMs` at most, so that a steady stream
 * of commands never starves the work behind them.
 */
export class Acknowledgements {
  readonly #maxWaitMs: number;
  #inFlight = 0;
  #waiting: Array<() => void> = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: { maxWaitMs?: number } = {}) {
    this.#maxWaitMs = options.maxWaitMs ?? 250;
  }

  /** Acknowledgements sent and not yet answered. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Sends an acknowledgement (a defer): counted as in flight until Discord answers it. */
  async send<T>(acknowledge: () => Promise<T>): Promise<T> {
    this.#inFlight++;
    try {
      return await acknowledge();
    } finally {
      this.#inFlight--;
      if (this.#inFlight === 0) this.#release();
    }
  }

  /** Resolves once no acknowledgement is in flight (at once when none is), or after `maxWaitMs`. */
  settled(): Promise<void> {
    if (this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      this.#timer ??= setTimeout(() => this.#release(), this.#maxWaitMs);
    });
  }

  #release(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const resolve of this.#waiting.splice(0)) resolve();
  }
}
