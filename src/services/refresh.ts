/**
 * Calls `load` every `everyMs` until stopped; a failed load keeps what is in memory. For in-memory
 * copies of store records that other processes on a shared store may change.
 */
export class Refresher {
  readonly #load: () => Promise<void>;
  #timer: NodeJS.Timeout | undefined;

  constructor(load: () => Promise<void>) {
    this.#load = load;
  }

  start(everyMs: number, onError?: (error: unknown) => void): void {
    this.stop();
    this.#timer = setInterval(() => {
      this.#load().catch((error: unknown) => onError?.(error));
    }, everyMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
