import type { Logger } from '../../logger.ts';
import { describeScope } from '../store/lease.ts';
import type { LeaseOptions, OwnerLease, Store } from '../store/types.ts';
import { ownerScope, type ShardLayout } from './layout.ts';

/**
 * This process's lease on the servers it serves (DESIGN.md "One owner per guild"), as the
 * composition root uses it: taken before anything is resumed, released after the last write.
 */
export class ServerOwner {
  readonly lease: OwnerLease;
  readonly #serves: string;
  readonly #log: Logger;
  #held = false;

  constructor(options: { store: Store; layout: ShardLayout | undefined; logger: Logger; lease?: LeaseOptions | undefined }) {
    const scope = ownerScope(options.layout);
    this.lease = options.store.lease(scope, options.lease);
    this.#serves = describeScope(scope);
    this.#log = options.logger;
  }

  /** True once this process owns its servers: until then it must not act on anything for them. */
  get held(): boolean {
    return this.#held;
  }

  /** Waits while another process serves these servers (SQLite: StoreInUseError at once). */
  async take(): Promise<void> {
    const askedAt = Date.now();
    let waited = false;
    await this.lease.acquire((holders) => {
      waited = true;
      this.#log.warn({ serves: this.#serves, holders }, 'another bot process serves these servers; waiting until it stops');
    });
    this.#held = true;
    if (waited) this.#log.info({ serves: this.#serves, waitedMs: Date.now() - askedAt }, 'took over these servers');
  }

  release(): Promise<void> {
    this.#held = false;
    return this.lease.release();
  }
}
