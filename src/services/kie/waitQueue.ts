/**
 * Callers waiting for a slot, first come first served. A caller whose signal aborts leaves the
 * queue and is rejected with the signal's reason; the owner hands out slots from the head.
 */
export class WaitQueue {
  readonly #waiting: Array<() => void> = [];

  get length(): number {
    return this.#waiting.length;
  }

  /** Joins the queue; resolves when granted. `joined` runs once the caller is in (e.g. to pump). */
  join(signal: AbortSignal | undefined, joined: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        const index = this.#waiting.indexOf(grant);
        if (index >= 0) this.#waiting.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(grant);
      joined();
    });
  }

  /** Grants the caller at the head of the queue, if any. */
  grantHead(): void {
    this.#waiting.shift()?.();
  }
}
