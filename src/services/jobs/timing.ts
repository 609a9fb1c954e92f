import type { ModelRegistry } from '../models/registry.ts';
import type { Job } from './job.ts';
import type { PollPlanner } from './pollPlan.ts';

/** With callbacks on, polls are only a safety net: the first comes this much after the usual finish, then at most this often. */
const SAFETY_NET_FACTOR = 3;
const SAFETY_NET_INTERVAL_MS = 60_000;

/**
 * When to ask Kie about a job next: the poll plan with the model's typical time from the registry.
 * With Kie's callbacks on (`safetyNet`), polling is sparse: a lost callback costs a delay, never a job.
 */
export class JobTiming {
  readonly #planner: PollPlanner;
  readonly #registry: ModelRegistry;
  readonly #safetyNet: boolean;

  constructor(planner: PollPlanner, registry: ModelRegistry, options: { safetyNet?: boolean } = {}) {
    this.#planner = planner;
    this.#registry = registry;
    this.#safetyNet = options.safetyNet ?? false;
  }

  typicalMs(job: Job): number {
    return (this.#registry.get(job.familyId)?.typicalSeconds ?? 180) * 1000;
  }

  /** Kie reports `progress` for this model (Sora); others get an estimate. */
  reportsProgress(job: Job): boolean {
    return this.#registry.get(job.familyId)?.reportsProgress ?? false;
  }

  firstCheckAt(job: Job, now: number): number {
    const planned = this.#planner.firstCheckAt(job.kieModel, now, this.typicalMs(job));
    if (!this.#safetyNet) return planned;
    return Math.max(planned, now + this.#planner.expectedMs(job.kieModel, this.typicalMs(job)) * SAFETY_NET_FACTOR);
  }

  expectedDoneAt(job: Job, now: number): number {
    return now + this.#planner.expectedMs(job.kieModel, this.typicalMs(job));
  }

  nextCheckAt(job: Job, now: number, progress?: number, previous?: { at: number; progress: number }): number {
    const planned = this.#planner.nextCheckAt(job.kieModel, job.submittedAt ?? job.createdAt, now, this.typicalMs(job), progress, previous);
    return this.#safetyNet ? Math.max(planned, now + SAFETY_NET_INTERVAL_MS) : planned;
  }

  learn(job: Job, ms: number): Promise<void> {
    return this.#planner.learn(job.kieModel, ms);
  }
}
