export interface RateBoundOptions {
  /** Requests a client may make at once. */
  burst: number;
  /** Requests per second a client earns back. */
  perSecond: number;
  /** Clients remembered at most; past it, unknown clients share one bucket. */
  maxClients?: number;
  now?: () => number;
}

/**
 * A token bucket per client address. Behind a reverse proxy every request comes from the proxy,
 * so this is then a global bound, which is what protects the bot; forwarded-for headers are not
 * trusted, since anyone can send them.
 */
export class RateBound {
  readonly #burst: number;
  readonly #perMs: number;
  readonly #maxClients: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(options: RateBoundOptions) {
    this.#burst = options.burst;
    this.#perMs = options.perSecond / 1000;
    this.#maxClients = options.maxClients ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /** Takes one token for `client`; false when it has none left. */
  take(client: string): boolean {
    const now = this.#now();
    let key = client;
    if (!this.#buckets.has(key) && this.#buckets.size >= this.#maxClients) {
      this.#sweep(now);
      if (this.#buckets.size >= this.#maxClients) key = '*overflow*';
    }
    const bucket = this.#buckets.get(key) ?? { tokens: this.#burst, at: now };
    bucket.tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.at) * this.#perMs);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Forgets clients whose bucket has filled up again: they are indistinguishable from new ones. */
  #sweep(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * this.#perMs >= this.#burst) this.#buckets.delete(key);
    }
  }
}
