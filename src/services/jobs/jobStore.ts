import type { Collection } from '../store.ts';
import type { Job } from './job.ts';

/**
 * Jobs by id. Writes to one job are serialized in-process so a scheduled step and a command never
 * interleave read-modify-write on it. When a job is next due is the scheduler's business.
 */
export class JobStore {
  readonly #jobs: Collection<Job>;
  readonly #locks = new Map<string, Promise<unknown>>();
  readonly #now: () => number;

  constructor(jobs: Collection<Job>, now: () => number = Date.now) {
    this.#jobs = jobs;
    this.#now = now;
  }

  get(id: string): Promise<Job | undefined> {
    return this.#jobs.get(id);
  }

  async put(job: Job): Promise<void> {
    await this.#jobs.set(job.id, job);
  }

  /** Applies `change` to the stored job under a per-job lock; returns the new job (or undefined if gone). */
  async update(id: string, change: (job: Job) => Job | void): Promise<Job | undefined> {
    const previous = this.#locks.get(id) ?? Promise.resolve();
    const run = previous.then(async () => {
      const job = await this.#jobs.get(id);
      if (!job) return undefined;
      const next = change(job) ?? job;
      next.updatedAt = this.#now();
      await this.put(next);
      return next;
    });
    const settled = run.catch(() => undefined);
    this.#locks.set(id, settled);
    void settled.then(() => {
      if (this.#locks.get(id) === settled) this.#locks.delete(id);
    });
    return run;
  }
}
