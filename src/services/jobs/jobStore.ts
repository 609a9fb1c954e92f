import type { Collection } from '../store.ts';
import { openStates, type Job } from './job.ts';

/** Small entry per open job: all the poller needs to schedule it without loading the job. */
export interface OpenEntry {
  dueAt: number;
  guildId: string;
  memberId: string;
}

/**
 * Jobs by id, plus an index of open jobs (the persisted schedule). Writes to one job are serialized
 * in-process so the poller and a command never interleave read-modify-write on it.
 */
export class JobStore {
  readonly #jobs: Collection<Job>;
  readonly #open: Collection<OpenEntry>;
  readonly #locks = new Map<string, Promise<unknown>>();
  readonly #now: () => number;

  constructor(jobs: Collection<Job>, open: Collection<OpenEntry>, now: () => number = Date.now) {
    this.#jobs = jobs;
    this.#open = open;
    this.#now = now;
  }

  get(id: string): Promise<Job | undefined> {
    return this.#jobs.get(id);
  }

  /**
   * Writes the job and keeps the open index in step with its state. Without `dueAt`, a job that
   * was open and stays open keeps its scheduled time (no second write); a newly open job is due now.
   */
  async put(job: Job, dueAt?: number, wasOpen = false): Promise<void> {
    await this.#jobs.set(job.id, job);
    if (!openStates.has(job.state)) {
      if (wasOpen) await this.#open.delete(job.id);
    } else if (dueAt !== undefined || !wasOpen) {
      await this.#open.set(job.id, { dueAt: dueAt ?? job.updatedAt, guildId: job.guildId, memberId: job.memberId });
    }
  }

  async reschedule(job: Job, dueAt: number): Promise<void> {
    await this.#open.set(job.id, { dueAt, guildId: job.guildId, memberId: job.memberId });
  }

  /** Applies `change` to the stored job under a per-job lock; returns the new job (or undefined if gone). */
  async update(id: string, change: (job: Job) => Job | void, dueAt?: number): Promise<Job | undefined> {
    const previous = this.#locks.get(id) ?? Promise.resolve();
    const run = previous.then(async () => {
      const job = await this.#jobs.get(id);
      if (!job) return undefined;
      const wasOpen = openStates.has(job.state);
      const next = change(job) ?? job;
      next.updatedAt = this.#now();
      await this.put(next, dueAt, wasOpen);
      return next;
    });
    const settled = run.catch(() => undefined);
    this.#locks.set(id, settled);
    void settled.then(() => {
      if (this.#locks.get(id) === settled) this.#locks.delete(id);
    });
    return run;
  }

  openEntries(): AsyncIterable<[string, OpenEntry]> {
    return this.#open.entries();
  }
}
