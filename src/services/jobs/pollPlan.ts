import type { Collection } from '../store.ts';

/**
 * When to ask Kie about a task next. Each Kie model's completion times are learned from finished
 * jobs; a task is not read before it could plausibly be done, checks thicken as it nears the typical
 * completion time, `progress` (Sora) is used to estimate what is left, and two checks of one task
 * are never closer than the configured minimum interval.
 */
export class PollPlanner {
  readonly #minIntervalMs: number;
  readonly #samples = new Map<string, number[]>();
  readonly #meta: Collection<number[]> | undefined;

  static readonly keep = 50;

  constructor(options: { minIntervalMs: number; meta?: Collection<number[]> }) {
    this.#minIntervalMs = options.minIntervalMs;
    this.#meta = options.meta;
  }

  async load(models: string[]): Promise<void> {
    if (!this.#meta) return;
    for (const model of models) {
      const samples = await this.#meta.get(`completion:${model}`);
      if (samples) this.#samples.set(model, samples);
    }
  }

  /** Records how long a finished task took, in ms from create to success. */
  async learn(model: string, ms: number): Promise<void> {
    if (!(ms > 0)) return;
    const samples = [...(this.#samples.get(model) ?? []), ms].slice(-PollPlanner.keep);
    this.#samples.set(model, samples);
    await this.#meta?.set(`completion:${model}`, samples);
  }

  #quantile(model: string, q: number, typicalMs: number): number {
    const samples = this.#samples.get(model);
    if (!samples || samples.length < 5) return typicalMs * (0.4 + q);
    const sorted = [...samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  }

  /** The usual time from create to success for this model: learned median, or the registry's guess. */
  expectedMs(model: string, typicalMs: number): number {
    return this.#quantile(model, 0.5, typicalMs);
  }

  firstCheckAt(model: string, submittedAt: number, typicalMs: number): number {
    const earliest = this.#quantile(model, 0.05, typicalMs) * 0.9;
    return submittedAt + Math.max(this.#minIntervalMs, earliest);
  }

  /**
   * `progress` is Kie's latest figure and `previous` the one before it with its time: the rate between
   * them estimates what is left. It can only bring a check forward from the learned schedule, never
   * push it back, because Kie's progress is coarse and sometimes stalls.
   */
  nextCheckAt(
    model: string,
    submittedAt: number,
    now: number,
    typicalMs: number,
    progress?: number,
    previous?: { at: number; progress: number },
  ): number {
    const elapsed = now - submittedAt;
    const median = this.#quantile(model, 0.5, typicalMs);
    const late = this.#quantile(model, 0.9, typicalMs);
    let wait: number;
    if (elapsed < median) wait = (median - elapsed) / 3;
    else if (elapsed < late) wait = this.#minIntervalMs;
    else wait = Math.min(30_000, (elapsed - late) / 4);
    if (progress !== undefined && previous && progress > previous.progress && progress < 100 && now > previous.at) {
      const rate = (progress - previous.progress) / (now - previous.at);
      wait = Math.min(wait, ((100 - progress) / rate) * 0.8);
    }
    return now + Math.max(this.#minIntervalMs, Math.min(wait, 60_000));
  }
}
