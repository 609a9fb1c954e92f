/**
 * Callers waiting for a slot, first come first served. A caller whose signal aborts leaves the
 * queue and is rejected with the signal's reason; the owner hands out slots from the head.
 */
export class WaitQueue<T = void> {
  readonly #waiting: Array<(value: T) => void> = [];

  get length(): number {
    return this.#waiting.length;
  }

  /** Joins the queue; resolves with what it is granted. `joined` runs once the caller is in (e.g. to pump). */
  join(signal: AbortSignal | undefined, joined: () => void): Promise<T> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const grant = (value: T) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
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

  /** Grants `value` to the caller at the head of the queue; false when nobody is waiting. */
  grantHead(value: T): boolean {
    const grant = this.#waiting.shift();
    grant?.(value);
    return grant !== undefined;
  }
}
