import { SerialRecords } from '../serial.ts';
import type { Collection } from '../store.ts';
import type { Job } from './job.ts';

/**
 * Jobs by id. Changes to one job go through the shared keyed serializer (as ledger accounts do), so
 * a scheduled step and a command never interleave read-modify-write on it. When a job is next due is
 * the scheduler's business.
 */
export class JobStore {
  readonly #jobs: Collection<Job>;
  readonly #records: SerialRecords<Job | undefined>;
  readonly #now: () => number;

  constructor(jobs: Collection<Job>, now: () => number = Date.now) {
    this.#jobs = jobs;
    this.#now = now;
    this.#records = new SerialRecords<Job | undefined>(
      {
        load: (id) => this.#jobs.get(id),
        // A change to a job that does not exist changes nothing.
        save: async (id, job) => {
          if (job) await this.#jobs.set(id, job);
        },
      },
      { cacheSize: 500 },
    );
  }

  async get(id: string): Promise<Job | undefined> {
    return this.#records.read(id);
  }

  /** Stores a new job. */
  async put(job: Job): Promise<void> {
    await this.#records.replace(job.id, job);
  }

  /** Applies `change` to the stored job in order with every other change; returns a copy of the result (or undefined if gone). */
  async update(id: string, change: (job: Job) => Job | void): Promise<Job | undefined> {
    return this.#records.update(id, (draft) => {
      if (!draft) return undefined;
      const next = change(draft) ?? draft;
      if (next !== draft) Object.assign(draft, next);
      draft.updatedAt = this.#now();
      return structuredClone(draft);
    });
  }
}
