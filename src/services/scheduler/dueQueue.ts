type Slot = { key: string; dueAt: number };

/**
 * Keys by due time: a binary heap with lazy deletion. Only the latest due time per key counts;
 * heap slots that disagree with it are stale and skipped when they reach the top.
 */
export class DueQueue {
  readonly #heap: Slot[] = [];
  readonly #due = new Map<string, number>();

  get size(): number {
    return this.#due.size;
  }

  dueAt(key: string): number | undefined {
    return this.#due.get(key);
  }

  set(key: string, dueAt: number): void {
    this.#due.set(key, dueAt);
    const heap = this.#heap;
    heap.push({ key, dueAt });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]!.dueAt <= heap[i]!.dueAt) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  }

  delete(key: string): void {
    this.#due.delete(key);
  }

  /** The earliest live entry, or undefined. */
  peek(): Slot | undefined {
    while (this.#heap.length > 0) {
      const top = this.#heap[0]!;
      if (this.#due.get(top.key) === top.dueAt) return top;
      this.#pop();
    }
    return undefined;
  }

  /** Takes the top entry out (after `peek` offered it). */
  take(key: string): void {
    this.#pop();
    this.#due.delete(key);
  }

  #pop(): void {
    const heap = this.#heap;
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
}
