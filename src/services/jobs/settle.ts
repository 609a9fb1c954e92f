import type { Failure } from '../../errors/index.ts';
import type { Logger } from '../../logger.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { ActiveJobs } from './activeJobs.ts';
import type { Job } from './job.ts';
import type { JobStore } from './jobStore.ts';

export interface SettleDeps {
  store: JobStore;
  ledger: Ledger;
  active: ActiveJobs;
  logger: Logger;
  now: () => number;
}

/**
 * Closes a job's money: capture when the video was delivered, release on every failure. The job's
 * final state is written first and decides; the hold is settled after it. A crash (or a ledger
 * write that throws) between the two leaves a final job whose schedule entry is still there, and
 * the runner settles it on its next run (`settle`): captures and releases are keyed by job id, so
 * repeating one is harmless.
 */
export class Settlement {
  readonly #d: SettleDeps;

  constructor(deps: SettleDeps) {
    this.#d = deps;
  }

  async delivered(job: Job, as: 'attachment' | 'link', tokenDead: boolean, newReplyMessageId: string | undefined): Promise<void> {
    const done = await this.#d.store.update(job.id, (j) => {
      j.state = 'delivered';
      j.deliveredAs = as;
      j.finishedAt = this.#d.now();
      if (tokenDead) j.tokenDead = true;
      if (newReplyMessageId) j.replyMessageId = newReplyMessageId;
    });
    const settlement = await this.#d.ledger.capture(job.guildId, job.id);
    this.close(job);
    this.#d.logger.info({ jobId: job.id, guildId: job.guildId, as, charged: settlement.amount, state: done?.state }, 'job delivered');
  }

  /**
   * Ends a job without a video and releases its hold; returns the stored job, to tell the member.
   * `tell`: the job stays `notifying` until the member has heard why.
   */
  async failed(job: Job, reason: Failure, why: string, tell: boolean): Promise<Job | undefined> {
    const failed = await this.#d.store.update(job.id, (j) => {
      j.state = tell ? 'notifying' : 'failed';
      j.failure = reason;
      j.finishedAt = this.#d.now();
    });
    const settlement = await this.#d.ledger.release(job.guildId, job.id, why);
    this.close(job);
    this.#d.logger.info({ jobId: job.id, guildId: job.guildId, why, refunded: settlement.amount }, 'job failed');
    return failed;
  }

  /**
   * Settles the hold of a job whose final state is already stored: captured if it was delivered,
   * released otherwise. Returns the credits that moved now (0 when it was settled already).
   */
  async settle(job: Job, why = 'settled after a restart'): Promise<number> {
    const { ledger } = this.#d;
    const settlement = job.state === 'delivered' ? await ledger.capture(job.guildId, job.id) : await ledger.release(job.guildId, job.id, job.cancelledBy ? 'cancelled' : why);
    this.close(job);
    if (settlement.amount > 0) this.#d.logger.info({ jobId: job.id, guildId: job.guildId, state: job.state, status: settlement.status, amount: settlement.amount }, 'settled a finished job');
    return settlement.amount;
  }

  /** A job reserved but never stored (a crash during submit): whatever was held goes back. */
  async unsaved(guildId: string, jobId: string, memberId: string): Promise<number> {
    const settlement = await this.#d.ledger.release(guildId, jobId, 'not saved before a restart');
    this.#d.active.release(jobId, guildId, memberId);
    if (settlement.amount > 0) this.#d.logger.info({ jobId, guildId, refunded: settlement.amount }, 'released the hold of a job that was never stored');
    return settlement.amount;
  }

  /** The member may start another job. */
  close(job: Job): void {
    this.#d.active.release(job.id, job.guildId, job.memberId);
  }
}
