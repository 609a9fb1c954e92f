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

/** Closes a job's money: capture when the video was delivered, release on every failure. */
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

  /** Ends a job without a video: the hold is released; returns the stored job, to tell the member. */
  async failed(job: Job, reason: string, why: string): Promise<Job | undefined> {
    const failed = await this.#d.store.update(job.id, (j) => {
      j.state = 'failed';
      j.failure = reason;
      j.finishedAt = this.#d.now();
    });
    const settlement = await this.#d.ledger.release(job.guildId, job.id, why);
    this.close(job);
    this.#d.logger.info({ jobId: job.id, guildId: job.guildId, why, refunded: settlement.amount }, 'job failed');
    return failed;
  }

  /** The member may start another job. */
  close(job: Job): void {
    this.#d.active.release(job.id, job.guildId, job.memberId);
  }
}
