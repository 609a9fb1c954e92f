import { failures, UserError } from '../../errors/index.ts';
import { message } from '../../i18n/index.ts';
import type { Logger } from '../../logger.ts';
import type { Job } from './job.ts';
import type { JobStore } from './jobStore.ts';
import type { JobSchedule } from './schedule.ts';
import type { Settlement } from './settle.ts';
import type { StatusUpdates } from './statusUpdates.ts';

export interface CancelDeps {
  store: JobStore;
  settlement: Settlement;
  schedule: JobSchedule;
  status: StatusUpdates;
  logger: Logger;
  now: () => number;
}

export type CancelOutcome =
  | { kind: 'cancelled'; job: Job; refunded: number }
  /** Already sent to Kie (or being sent): Kie has no way to stop a task. */
  | { kind: 'at-kie'; job: Job }
  | { kind: 'finished'; job: Job };

class NotCancellable extends Error {}

/**
 * Cancels a job that is still waiting for a Kie create slot. Decided under the job's lock, the
 * same one the create step takes just before sending, so exactly one of them wins: a cancelled job
 * is never sent, a sent job is never refunded here. The cancel is a failure like any other: the job
 * becomes `notifying`, its hold is released through the settlement, and the runner tells the member
 * in the public reply and closes the job (after a crash at any point, the next run finishes it).
 */
export class CancelQueued {
  readonly #d: CancelDeps;

  constructor(deps: CancelDeps) {
    this.#d = deps;
  }

  async cancel(jobId: string, by: string): Promise<CancelOutcome> {
    const { store, settlement, schedule, status, logger } = this.#d;
    let refused: Job | undefined;
    let cancelled: Job | undefined;
    try {
      cancelled = await store.update(jobId, (j) => {
        if (j.state !== 'queued') {
          refused = j;
          throw new NotCancellable();
        }
        j.state = 'notifying';
        j.failure = failures.cancelled(by === j.memberId);
        j.cancelledBy = by;
        j.finishedAt = this.#d.now();
      });
    } catch (error) {
      if (!(error instanceof NotCancellable) || !refused) throw error;
      const finished = refused.state === 'delivered' || refused.state === 'failed' || refused.state === 'notifying';
      return { kind: finished ? 'finished' : 'at-kie', job: refused };
    }
    if (!cancelled) throw new UserError(message('history.cancel.gone'));
    const refunded = await settlement.settle(cancelled);
    status.forget(cancelled.id);
    logger.info({ jobId: cancelled.id, guildId: cancelled.guildId, by, refunded }, 'job cancelled while queued');
    // The runner tells the member in the public reply and closes the job.
    schedule.wake(cancelled.id);
    return { kind: 'cancelled', job: cancelled, refunded };
  }
}
