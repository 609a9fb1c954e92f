import type Keyv from 'keyv';
import type { Fence } from './lease.ts';
import { StoreError, type Collection } from './types.ts';

/** A Collection over one Keyv namespace. */
export class KeyvCollection<T> implements Collection<T> {
  readonly #keyv: Keyv<T>;
  readonly #name: string;
  readonly #isClosed: () => boolean;
  readonly #fence: Fence | undefined;
  /**
   * `isClosed`: for adapters that would quietly reconnect (@keyv/redis) when used after close.
   * `fence`: writes stop, before any I/O, once this process's lease is lost or released.
   */
  constructor(keyv: Keyv<T>, name: string, isClosed: () => boolean = () => false, fence?: Fence) {
    this.#keyv = keyv;
    this.#name = name;
    this.#isClosed = isClosed;
    this.#fence = fence;
  }
  #checkOpen(): void {
    if (this.#isClosed()) throw new StoreError(`the store is closed (${this.#name})`);
  }
  async get(key: string): Promise<T | undefined> {
    this.#checkOpen();
    return (await this.#keyv.get(key)) ?? undefined;
  }
  async set(key: string, value: T): Promise<void> {
    this.#checkOpen();
    this.#fence?.check();
    const ok = await this.#keyv.set(key, value);
    if (!ok) throw new StoreError(`could not write ${key}`);
  }
  async delete(key: string): Promise<void> {
    this.#checkOpen();
    this.#fence?.check();
    await this.#keyv.delete(key);
  }
  async *entries(): AsyncIterable<[string, T]> {
    this.#checkOpen();
    const iterator = this.#keyv.iterator;
    if (!iterator) throw new StoreError('this store cannot list its records');
    // Some adapters (@keyv/postgres) report a failed page as an 'error' event and end the listing
    // early. A listing cut short would make a restart forget open jobs, so it fails instead.
    let failure: unknown;
    const onError = (error: unknown) => {
      failure ??= error;
    };
    this.#keyv.on('error', onError);
    try {
      for await (const [key, value] of iterator.call(this.#keyv, undefined) as AsyncIterable<[string, T | undefined]>) {
        if (failure !== undefined) break;
        if (value !== undefined) yield [key, value];
      }
    } finally {
      this.#keyv.off('error', onError);
    }
    if (failure !== undefined) throw new StoreError(`could not list ${this.#name}: ${(failure as Error).message}`, { cause: failure });
  }
}

/** Keyv emits 'error' and would throw on it with no listener; every failure also reaches its caller. */
export function quiet<K extends Keyv>(keyv: K): K {
  keyv.on('error', () => undefined);
  return keyv;
}
