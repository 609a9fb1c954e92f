import type { Logger } from '../logger.ts';
import { DueQueue } from './scheduler/dueQueue.ts';
import type { Collection } from './store.ts';

/** A persisted entry: when the work is next due, plus whatever small facts its kind keeps beside it. */
export type Entry = { dueAt: number } & Record<string, unknown>;

/**
 * What a unit of work says when it ran:
 * - `{ at, meta }`: run me again then (persisted as `{ ...meta, dueAt: at }`);
 * - `'done'`: forget me (the entry is deleted);
 * - `'detached'`: my owner took the work elsewhere (e.g. a long wait for a rate-limit slot) and will
 *   call `set` or `remove` itself; the persisted entry stays as it is, so a restart resumes it.
 */
export type Outcome = { at: number; meta?: Record<string, unknown> } | 'done' | 'detached';

export interface Kind {
  /** Where this kind's due times live: a restart reads them back. */
  entries: Collection<Entry>;
  run(id: string): Promise<Outcome>;
  /** Called for each entry read back at start, before it is armed. */
  resumed?(id: string, entry: Entry): void;
}

/** Work more urgent than any scheduled run (members waiting for their acknowledgement): a due run starts once it is settled. */
export interface GiveWay {
  settled(): Promise<void>;
}

/** After a run that threw, try again this much later rather than dropping the work until a restart. */
const RETRY_AFTER_FAULT_MS = 60_000;

/**
 * The persisted due-time schedule for any kind of work. One timer for the earliest entry, never one
 * per entry; no record of the work in memory beyond its key and due time; at most `concurrency`
 * runs at once. It knows nothing about what the work is: each kind registers how to run it.
 */
export class Scheduler {
  readonly #kinds = new Map<string, Kind>();
  readonly #queue = new DueQueue();
  readonly #running = new Set<string>();
  /** Woken while running (a callback, a command): armed once that run ends, never blocking the queue. */
  readonly #wokenWhileRunning = new Map<string, number>();
  readonly #inFlight = new Set<Promise<void>>();
  readonly #concurrency: number;
  readonly #now: () => number;
  readonly #log: Logger;
  readonly #giveWay: GiveWay | undefined;
  #timer: NodeJS.Timeout | undefined;
  #timerAt = Infinity;
  #stopped = false;

  constructor(options: { concurrency: number; logger: Logger; now?: () => number; giveWay?: GiveWay }) {
    this.#concurrency = options.concurrency;
    this.#giveWay = options.giveWay;
    this.#log = options.logger;
    this.#now = options.now ?? Date.now;
  }

  register(kind: string, spec: Kind): void {
    if (kind.includes('\u0000')) throw new Error(`bad kind name: ${kind}`);
    this.#kinds.set(kind, spec);
  }

  /** Entries armed in memory. */
  get size(): number {
    return this.#queue.size;
  }

  has(kind: string, id: string): boolean {
    const key = keyOf(kind, id);
    return this.#queue.dueAt(key) !== undefined || this.#running.has(key);
  }

  /** Persists the due time (with `meta`) and arms it. */
  async set(kind: string, id: string, dueAt: number, meta: Record<string, unknown> = {}): Promise<void> {
    await this.persist(kind, id, dueAt, meta);
    this.wake(kind, id, dueAt);
  }

  /** Persists a due time without arming it: the caller wakes it when it is ready (see `wake`). */
  async persist(kind: string, id: string, dueAt: number, meta: Record<string, unknown> = {}): Promise<void> {
    await kindOf(this.#kinds, kind).entries.set(id, { ...meta, dueAt });
  }

  /** Arms an entry in memory only (its persisted due time is already right). */
  wake(kind: string, id: string, dueAt: number = this.#now()): void {
    if (this.#stopped) return;
    const key = keyOf(kind, id);
    if (this.#running.has(key)) {
      // Kept aside rather than in the queue: a running entry at the head of the queue would hold
      // back everything due behind it until its run ends.
      const earlier = this.#wokenWhileRunning.get(key);
      this.#wokenWhileRunning.set(key, earlier === undefined ? dueAt : Math.min(earlier, dueAt));
      return;
    }
    this.#queue.set(key, dueAt);
    this.#arm();
  }

  async remove(kind: string, id: string): Promise<void> {
    const key = keyOf(kind, id);
    this.#queue.delete(key);
    this.#wokenWhileRunning.delete(key);
    await kindOf(this.#kinds, kind).entries.delete(id);
  }

  /**
   * Reads every kind's entries back and arms them; returns how many per kind. `owns`: when several
   * processes share the store, each resumes only the entries it owns (e.g. its shards' guilds).
   */
  async resume(options: { owns?: (entry: Entry, kind: string) => boolean } = {}): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const [kind, spec] of this.#kinds) {
      counts[kind] = 0;
      for await (const [id, entry] of spec.entries.entries()) {
        if (options.owns && !options.owns(entry, kind)) continue;
        spec.resumed?.(id, entry);
        this.wake(kind, id, entry.dueAt);
        counts[kind] += 1;
      }
    }
    return counts;
  }

  /** Stops taking due entries and waits for running work to finish. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await Promise.allSettled([...this.#inFlight]);
  }

  #arm(): void {
    if (this.#stopped) return;
    const top = this.#queue.peek();
    if (!top) return;
    if (this.#running.size >= this.#concurrency) return; // a finishing run re-arms
    if (this.#timer && this.#timerAt <= top.dueAt) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timerAt = top.dueAt;
    // setTimeout caps at ~24.8 days; a far-off entry just re-arms when it fires early.
    const delay = Math.min(Math.max(0, top.dueAt - this.#now()), 2 ** 31 - 1);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#timerAt = Infinity;
      this.#runDue();
    }, delay);
    this.#timer.unref?.();
  }

  #runDue(): void {
    const now = this.#now();
    while (!this.#stopped && this.#running.size < this.#concurrency) {
      const top = this.#queue.peek();
      if (!top || top.dueAt > now) break;
      this.#queue.take(top.key);
      this.#start(top.key);
    }
    this.#arm();
  }

  #start(key: string): void {
    const [kind, id] = splitKey(key);
    this.#running.add(key);
    const spec = kindOf(this.#kinds, kind);
    const run = (this.#giveWay ? this.#giveWay.settled().then(() => spec.run(id)) : spec.run(id))
      .catch((error: unknown): Outcome => {
        this.#log.error({ kind, id, err: error }, 'scheduled work failed unexpectedly; will try again');
        return { at: this.#now() + RETRY_AFTER_FAULT_MS };
      })
      .then((outcome) => this.#settle(kind, id, key, outcome))
      .catch((error: unknown) => this.#log.error({ kind, id, err: error }, 'could not save the next due time'))
      .finally(() => {
        this.#running.delete(key);
        this.#inFlight.delete(run);
        if (!this.#stopped) this.#runDue();
      });
    this.#inFlight.add(run);
  }

  async #settle(kind: string, id: string, key: string, outcome: Outcome): Promise<void> {
    if (outcome === 'done') {
      this.#running.delete(key);
      await this.remove(kind, id);
      return;
    }
    try {
      if (outcome !== 'detached') await this.persist(kind, id, outcome.at, outcome.meta);
    } finally {
      // Woken again while it ran (e.g. a callback said the task may be done): the earlier time wins.
      // Re-armed only after the persist, so a second run cannot start before its due time is saved.
      const woken = this.#wokenWhileRunning.get(key);
      this.#wokenWhileRunning.delete(key);
      this.#running.delete(key);
      const at = outcome === 'detached' ? woken : woken === undefined ? outcome.at : Math.min(woken, outcome.at);
      if (at !== undefined) this.wake(kind, id, at);
    }
  }
}

function kindOf(kinds: ReadonlyMap<string, Kind>, kind: string): Kind {
  const spec = kinds.get(kind);
  if (!spec) throw new Error(`no scheduled work of kind "${kind}" is registered`);
  return spec;
}

function keyOf(kind: string, id: string): string {
  return `${kind}\u0000${id}`;
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}
