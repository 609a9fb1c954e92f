import type { Job, JobState } from './job.ts';
import { openStates } from './job.ts';

/** Open jobs by state, kept in memory as the runner changes them, for the metrics gauge. */
export class JobStateCounts {
  readonly #states = new Map<string, JobState>();

  changed(job: Pick<Job, 'id' | 'state'>): void {
    if (openStates.has(job.state)) this.#states.set(job.id, job.state);
    else this.#states.delete(job.id);
  }

  forget(jobId: string): void {
    this.#states.delete(jobId);
  }

  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const state of openStates) out[state] = 0;
    for (const state of this.#states.values()) out[state] = (out[state] ?? 0) + 1;
    return out;
  }
}
