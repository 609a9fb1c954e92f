import type { PricedRequest } from '../models/registry.ts';
import type { Job } from './job.ts';
import type { JobStore } from './jobStore.ts';
import type { MemberJobs } from './memberJobs.ts';
import type { JobSchedule } from './schedule.ts';
import type { StatusUpdates } from './statusUpdates.ts';
import type { MessageBody } from './statusView.ts';
import { quote, submitStep, type QuoteRequest, type Reserved, type SubmitDeps, type SubmitRequest } from './submit.ts';

export type { QuoteRequest, SubmitRequest } from './submit.ts';

export type JobsDeps = SubmitDeps & { store: JobStore; schedule: JobSchedule; status: StatusUpdates; memberJobs?: MemberJobs };

/** What commands (and buttons) ask of the job pipeline. */
export class Jobs {
  readonly #d: JobsDeps;

  constructor(deps: JobsDeps) {
    this.#d = deps;
  }

  /** Validates and prices a request without holding anything; refusals throw UserError. */
  quote(request: QuoteRequest): PricedRequest {
    return quote(request, this.#d);
  }

  /**
   * Holds the price and stores the job with its due time before anything says "queued". The job
   * does not start until `start`, so the reply is written before the first status edit.
   */
  async submit(request: SubmitRequest): Promise<Job> {
    const { schedule } = this.#d;
    // The schedule entry is written first (not armed until `start`): whatever a crash leaves after
    // it, a hold without a job or a job not yet started, the next start finds through it.
    const reservation = { reserve: (job: Reserved) => schedule.reserve(job), cancel: (jobId: string) => schedule.done(jobId) };
    const { job, release } = await submitStep(request, { ...this.#d, reservation });
    try {
      await this.#d.store.put(job);
    } catch (error) {
      await release('could not save the job');
      throw error;
    }
    // For /jobs; a lost index entry only hides the job from the list, so it never fails the job.
    await this.#d.memberJobs?.add(job).catch((error: unknown) => this.#d.logger.warn({ jobId: job.id, err: error instanceof Error ? error.name : 'unknown' }, 'could not index the job for /jobs'));
    this.#d.logger.info({ jobId: job.id, guildId: job.guildId, memberId: job.memberId, model: job.kieModel, price: job.price }, 'job queued');
    return job;
  }

  /** The public reply's body for a job just submitted ("Queued", with its Cancel button). */
  statusReply(job: Job): Promise<MessageBody> {
    return this.#d.status.message(job);
  }

  /** Called once the public reply exists, so later edits can fall back to the bot token. */
  async attachReply(jobId: string, messageId: string): Promise<void> {
    const job = await this.#d.store.update(jobId, (j) => {
      j.replyMessageId = messageId;
    });
    if (job) this.#d.status.shown(job);
  }

  /** Lets the schedule run a submitted job now. */
  start(jobId: string): void {
    this.#d.schedule.wake(jobId);
  }
}
