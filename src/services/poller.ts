import type { Logger } from '../logger.ts';

/**
 * A due-time schedule of job ids: one timer for the earliest due entry, never one per job, and no
 * job record in memory. When an entry is due, `handler(jobId)` runs with bounded concurrency; the
 * handler itself persists the next due time and calls `schedule` again.
 */
export class Poller {
  readonly #heap: Array<{ id: string; dueAt: number }> = [];
  /** Latest due time per id; heap entries that disagree are stale and skipped. */
  readonly #due = new Map<string, number>();
  readonly #running = new Set<string>();
  readonly #inFlight = new Set<Promise<void>>();
  readonly #handler: (jobId: string) => Promise<void>;
  readonly #concurrency: number;
  readonly #now: () => number;
  readonly #log: Logger;
  #timer: NodeJS.Timeout | undefined;
  #timerAt = Infinity;
  #stopped = false;

  constructor(options: { handler: (jobId: string) => Promise<void>; concurrency: number; logger: Logger; now?: () => number }) {
    this.#handler = options.handler;
    this.#concurrency = options.concurrency;
    this.#log = options.logger;
    this.#now = options.now ?? Date.now;
  }

  get size(): number {
    return this.#due.size;
  }

  schedule(jobId: string, dueAt: number): void {
    if (this.#stopped) return;
    this.#due.set(jobId, dueAt);
    push(this.#heap, { id: jobId, dueAt });
    this.#arm();
  }

  unschedule(jobId: string): void {
    this.#due.delete(jobId);
  }

  dueAt(jobId: string): number | undefined {
    return this.#due.get(jobId);
  }

  /** Stops taking due entries and waits for running handlers to finish. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await Promise.allSettled([...this.#inFlight]);
  }

  #arm(): void {
    if (this.#stopped) return;
    const top = this.#peekLive();
    if (!top) return;
    if (this.#running.size >= this.#concurrency) return; // a finishing handler re-arms
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

  #peekLive(): { id: string; dueAt: number } | undefined {
    while (this.#heap.length > 0) {
      const top = this.#heap[0]!;
      if (this.#due.get(top.id) === top.dueAt && !this.#running.has(top.id)) return top;
      if (this.#due.get(top.id) === top.dueAt && this.#running.has(top.id)) {
        // Rescheduled while its handler runs: keep it, but it cannot start until that handler ends.
        return undefined;
      }
      pop(this.#heap);
    }
    return undefined;
  }

  #runDue(): void {
    const now = this.#now();
    while (!this.#stopped && this.#running.size < this.#concurrency) {
      const top = this.#peekLive();
      if (!top || top.dueAt > now) break;
      pop(this.#heap);
      this.#due.delete(top.id);
      this.#start(top.id);
    }
    this.#arm();
  }

  #start(id: string): void {
    this.#running.add(id);
    const run = this.#handler(id)
      .catch((error: unknown) => {
        this.#log.error({ jobId: id, err: error }, 'job check failed unexpectedly');
      })
      .finally(() => {
        this.#running.delete(id);
        this.#inFlight.delete(run);
        if (!this.#stopped) this.#runDue();
      });
    this.#inFlight.add(run);
  }
}

function push(heap: Array<{ id: string; dueAt: number }>, item: { id: string; dueAt: number }): void {
  heap.push(item);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]!.dueAt <= heap[i]!.dueAt) break;
    [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
    i = parent;
  }
}

function pop(heap: Array<{ id: string; dueAt: number }>): void {
  const last = heap.pop();
  if (heap.length === 0 || !last) return;
  heap[0] = last;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let smallest = i;
    if (l < heap.length && heap[l]!.dueAt < heap[smallest]!.dueAt) smallest = l;
    if (r < heap.length && heap[r]!.dueAt < heap[smallest]!.dueAt) smallest = r;
    if (smallest === i) break;
    [heap[smallest], heap[i]] = [heap[i]!, heap[smallest]!];
    i = smallest;
  }
}
