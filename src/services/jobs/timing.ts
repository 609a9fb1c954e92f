import type { ModelRegistry } from '../models/registry.ts';
import type { Job } from './job.ts';
import type { PollPlanner } from './pollPlan.ts';

/** When to ask Kie about a job next: the poll plan with the model's typical time from the registry. */
export class JobTiming {
  readonly #planner: PollPlanner;
  readonly #registry: ModelRegistry;

  constructor(planner: PollPlanner, registry: ModelRegistry) {
    this.#planner = planner;
    this.#registry = registry;
  }

  typicalMs(job: Job): number {
    return (this.#registry.get(job.familyId)?.typicalSeconds ?? 180) * 1000;
  }

  /** Kie reports `progress` for this model (Sora); others get an estimate. */
  reportsProgress(job: Job): boolean {
    return this.#registry.get(job.familyId)?.reportsProgress ?? false;
  }

  firstCheckAt(job: Job, now: number): number {
    return this.#planner.firstCheckAt(job.kieModel, now, this.typicalMs(job));
  }

  expectedDoneAt(job: Job, now: number): number {
    return now + this.#planner.expectedMs(job.kieModel, this.typicalMs(job));
  }

  nextCheckAt(job: Job, now: number, progress?: number, previous?: { at: number; progress: number }): number {
    return this.#planner.nextCheckAt(job.kieModel, job.submittedAt ?? job.createdAt, now, this.typicalMs(job), progress, previous);
  }

  learn(job: Job, ms: number): Promise<void> {
    return this.#planner.learn(job.kieModel, ms);
  }
}
