/**
 * The one keyed serializer (ledger accounts, job records). Runs read-modify-write operations on
 * one record at a time, per key, with group commit: while one
 * write is in flight, further operations queue up, are applied in order to a copy, and are persisted
 * together by the next single write. Each caller's promise settles only after the write that
 * contains its change has completed, so "resolved" always means "durable".
 *
 * Keyv has no transactions; one write of one key is atomic in every backend, and one guild's events
 * reach one process, so per-key serialization in-process is enough for correctness.
 */

export interface RecordIO<T> {
  load(key: string): Promise<T>;
  save(key: string, value: T): Promise<void>;
}

interface Pending<T> {
  apply(draft: T): unknown;
  /** Replaces the whole record instead of changing it. */
  replace?: { value: T };
  readOnly: boolean;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Lane<T> {
  cached: T | undefined;
  queue: Pending<T>[];
  running: boolean;
}

/** Records kept in memory between operations, least recently used dropped first. */
const DEFAULT_CACHE = 1_000;

export class SerialRecords<T> {
  readonly #io: RecordIO<T>;
  /** In use order: the first idle lane is the least recently used. */
  readonly #lanes = new Map<string, Lane<T>>();
  readonly #cacheSize: number;

  constructor(io: RecordIO<T>, options: { cacheSize?: number } = {}) {
    this.#io = io;
    this.#cacheSize = options.cacheSize ?? DEFAULT_CACHE;
  }

  /** Records held in memory now (busy ones plus at most `cacheSize` idle ones). */
  get cached(): number {
    return this.#lanes.size;
  }

  /**
   * `apply` mutates the draft and returns a result, or throws BEFORE mutating to refuse (the
   * refusal reaches only its own caller). It must be synchronous so batches stay ordered.
   */
  update<R>(key: string, apply: (draft: T) => R): Promise<R> {
    return this.#enqueue(key, apply, false);
  }

  /** Replaces the whole record, in order with the other operations on it. */
  replace(key: string, value: T): Promise<void> {
    return this.#enqueue(key, () => undefined, false, { value });
  }

  /** A consistent snapshot (includes every change whose promise has resolved). */
  read(key: string): Promise<T> {
    return this.#enqueue(key, (draft) => structuredClone(draft), true);
  }

  #enqueue<R>(key: string, apply: (draft: T) => R, readOnly: boolean, replace?: { value: T }): Promise<R> {
    let lane = this.#lanes.get(key);
    if (lane) {
      this.#lanes.delete(key); // re-inserted below: most recently used last
    } else {
      lane = { cached: undefined, queue: [], running: false };
    }
    this.#lanes.set(key, lane);
    const promise = new Promise<R>((resolve, reject) => {
      lane.queue.push({ apply, readOnly, ...(replace ? { replace } : {}), resolve: resolve as (v: unknown) => void, reject });
    });
    if (!lane.running) void this.#drain(key, lane);
    return promise;
  }

  /** Forget cached copies (e.g. after the store was changed by something else). */
  forget(key?: string): void {
    if (key === undefined) this.#lanes.clear();
    else if (!this.#lanes.get(key)?.running) this.#lanes.delete(key);
  }

  async #drain(key: string, lane: Lane<T>): Promise<void> {
    lane.running = true;
    try {
      while (lane.queue.length > 0) {
        const batch = lane.queue.splice(0, lane.queue.length);
        let base: T;
        try {
          base = lane.cached ?? (await this.#io.load(key));
        } catch (error) {
          for (const op of batch) op.reject(error);
          continue;
        }
        let draft = structuredClone(base);
        const done: Array<{ op: Pending<T>; result: unknown }> = [];
        for (const op of batch) {
          try {
            if (op.replace) draft = structuredClone(op.replace.value);
            done.push({ op, result: op.apply(draft) });
          } catch (error) {
            op.reject(error);
          }
        }
        if (done.every(({ op }) => op.readOnly)) {
          for (const { op, result } of done) op.resolve(result);
          lane.cached = base;
          continue;
        }
        try {
          await this.#io.save(key, draft);
          lane.cached = draft;
          for (const { op, result } of done) op.resolve(result);
        } catch (error) {
          // The stored copy is unknown now: reload before the next batch.
          lane.cached = undefined;
          for (const { op } of done) op.reject(error);
        }
      }
    } finally {
      lane.running = false;
      this.#evict();
    }
  }

  /** Drops the least recently used idle records beyond the cache size; busy ones stay. */
  #evict(): void {
    if (this.#lanes.size <= this.#cacheSize) return;
    for (const [key, lane] of this.#lanes) {
      if (this.#lanes.size <= this.#cacheSize) break;
      if (!lane.running && lane.queue.length === 0) this.#lanes.delete(key);
    }
  }
}
