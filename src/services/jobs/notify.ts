import type { Logger } from '../../logger.ts';
import { DiscordUnavailableError, type Delivery } from '../delivery/routes.ts';
import type { Job } from './job.ts';
import { DELIVERY_PATIENCE_MS, discordBackoffMs, wait, type StepOutcome } from './outcome.ts';
import type { ResultButtons } from './resultButtons.ts';
import { failedMessage } from './statusView.ts';

export interface NotifyDeps {
  delivery: Delivery;
  /** Buttons features put on a failure notice (e.g. Again); optional so older wiring still works. */
  buttons?: ResultButtons;
  logger: Logger;
  now: () => number;
}

/**
 * Tells the member a job failed. The refund is already made; if Discord is down, the job stays open
 * as `notifying` and the message is tried again later, so nobody is left wondering.
 */
export async function notifyStep(job: Job, deps: NotifyDeps): Promise<StepOutcome> {
  const now = deps.now();
  try {
    const buttons = (await deps.buttons?.forFailure(job).catch(() => [])) ?? [];
    await deps.delivery.edit(job, failedMessage(job, now, buttons));
  } catch (error) {
    const patient = now - (job.finishedAt ?? job.createdAt) < DELIVERY_PATIENCE_MS;
    if (error instanceof DiscordUnavailableError && patient) {
      const attempts = job.deliveryAttempts + 1;
      deps.logger.warn({ jobId: job.id, attempts }, 'Discord unavailable; will tell the member about the failure later');
      return wait(now + discordBackoffMs(attempts), (j) => {
        j.state = 'notifying';
        j.deliveryAttempts = attempts;
      });
    }
    deps.logger.warn({ jobId: job.id, err: error instanceof Error ? error.name : 'unknown' }, 'could not tell the member about the failure');
  }
  return { kind: 'told' };
}
