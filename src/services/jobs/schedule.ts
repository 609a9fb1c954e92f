import type { Locale } from '../../i18n/index.ts';
import type { Entry, Kind, Scheduler } from '../scheduler.ts';
import type { Job } from './job.ts';
import type { Reserved } from './submit.ts';

/** The scheduler's kind for jobs; their entries keep the old `open` collection, so upgrades resume them. */
export const JOB_KIND = 'job';

/** How to reach the member of a reserved job: its interaction reply, while the token lasts. */
export interface UnsavedReply {
  channelId: string;
  /** The language to tell them in (the server's). */
  locale?: Locale;
  applicationId: string;
  token: string;
  expiresAt: number;
}

/** What the schedule keeps beside a job's due time: enough to rebuild the in-flight counts at start. */
export function jobMeta(job: Pick<Job, 'guildId' | 'memberId'>): Record<string, unknown> {
  return { guildId: job.guildId, memberId: job.memberId };
}

/**
 * The job pipeline's view of the scheduler (which knows nothing of jobs): when each job is next
 * due. A job's entry is written before its credits are held and goes only once they are settled,
 * so it is also the index of every job a crash may have left unfinished.
 */
export class JobSchedule {
  readonly #scheduler: Scheduler;

  constructor(scheduler: Scheduler) {
    this.#scheduler = scheduler;
  }

  register(kind: Omit<Kind, 'entries'> & { entries: Kind['entries'] }): void {
    this.#scheduler.register(JOB_KIND, kind);
  }

  /** Written before anything is held, not armed: whatever a crash leaves after it, the next start finds here. */
  reserve(job: Reserved): Promise<void> {
    const reply: UnsavedReply = { channelId: job.channelId, applicationId: job.applicationId, token: job.interactionToken, expiresAt: job.tokenExpiresAt, ...(job.locale ? { locale: job.locale } : {}) };
    return this.#scheduler.persist(JOB_KIND, job.id, job.createdAt, { ...jobMeta(job), reply });
  }

  /** Runs the job at `at` (now by default), in memory only: its entry is already persisted. */
  wake(jobId: string, at?: number): void {
    this.#scheduler.wake(JOB_KIND, jobId, at);
  }

  /** Persists and arms the job's next due time. */
  next(jobId: string, at: number, meta: Record<string, unknown>): Promise<void> {
    return this.#scheduler.set(JOB_KIND, jobId, at, meta);
  }

  /** The job is finished and settled (or was never held): its entry goes. */
  done(jobId: string): Promise<void> {
    return this.#scheduler.remove(JOB_KIND, jobId);
  }

  has(jobId: string): boolean {
    return this.#scheduler.has(JOB_KIND, jobId);
  }
}

export type { Entry };
