// A store that "crashes" the process right after its k-th write: that write lands, and from then
// on every read and write of the app that uses it fails without touching the data, as if the
// process had been killed with SIGKILL at that instant. The data stays for the next app.
import { StoreError, type Collection, type CollectionName, type Store } from '../../src/services/store.ts';

export class CrashPlan {
  writes = 0;
  #crashed = false;
  readonly #onCrash = new Set<() => void>();
  readonly crashedAt: Promise<void>;

  readonly after: number;

  /** `after`: crash right after this many writes (Infinity: never, to count a scenario's writes). */
  constructor(after: number) {
    this.after = after;
    this.crashedAt = new Promise((resolve) => this.#onCrash.add(resolve));
  }

  get crashed(): boolean {
    return this.#crashed;
  }

  onCrash(listener: () => void): void {
    this.#onCrash.add(listener);
  }

  /** Counts a write that has landed; the k-th one crashes the app. */
  landed(): void {
    this.writes += 1;
    if (this.writes === this.after) {
      this.#crashed = true;
      for (const listener of this.#onCrash) listener();
    }
  }

  refuse(): never {
    throw new StoreError('the process crashed (crash test)');
  }
}

/** `base` as the crashing app sees it; `close` leaves `base` open (the harness closes it). */
export function crashingStore(base: Store, plan: CrashPlan): Store {
  const wrap = <T>(inner: Collection<T>): Collection<T> => ({
    async get(key) {
      if (plan.crashed) plan.refuse();
      return inner.get(key);
    },
    async set(key, value) {
      if (plan.crashed) plan.refuse();
      await inner.set(key, value);
      plan.landed();
    },
    async delete(key) {
      if (plan.crashed) plan.refuse();
      await inner.delete(key);
      plan.landed();
    },
    async *entries() {
      if (plan.crashed) plan.refuse();
      for await (const pair of inner.entries()) {
        if (plan.crashed) plan.refuse();
        yield pair;
      }
    },
  });
  return {
    description: `${base.description} (crashes after write ${plan.after})`,
    shared: base.shared,
    backend: base.backend,
    collection: <T>(name: CollectionName) => wrap(base.collection<T>(name)),
    lease: (scope, options) => base.lease(scope, options),
    async close() {},
  };
}

/** `base` for the app that starts after the crash: everything passes through; `close` leaves it open. */
export function borrowedStore(base: Store): Store {
  return {
    description: base.description,
    shared: base.shared,
    backend: base.backend,
    collection: (name) => base.collection(name),
    lease: (scope, options) => base.lease(scope, options),
    async close() {},
  };
}
