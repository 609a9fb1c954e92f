import { failures } from '../../errors/index.ts';
import type { Logger } from '../../logger.ts';
import type { ResultSender } from '../delivery/result.ts';
import type { Job } from './job.ts';
import { DELIVERY_PATIENCE_MS, discordBackoffMs, failed, wait, type StepOutcome } from './outcome.ts';
import type { ResultButtons } from './resultButtons.ts';
import { deliveredMessage } from './statusView.ts';

export interface DeliverDeps {
  results: ResultSender;
  buttons: ResultButtons;
  logger: Logger;
  now: () => number;
}

/** delivering → delivered: hands the Kie result to delivery, and decides what a fault means. */
export async function deliverStep(job: Job, deps: DeliverDeps): Promise<StepOutcome> {
  const now = deps.now();
  const done: Job = { ...job, state: 'delivered', finishedAt: now };
  const buttons = await deps.buttons.for(done, 4);
  const sent = await deps.results.send(job, job.resultUrl!, (link) => deliveredMessage(done, now, link, buttons));
  switch (sent.kind) {
    case 'delivered':
      return { kind: 'delivered', as: sent.as, tokenDead: sent.tokenDead, newReplyMessageId: sent.newReplyMessageId };
    case 'gone':
      return failed(failures.resultGone, 'result gone');
    case 'unreachable':
      deps.logger.warn({ jobId: job.id, guildId: job.guildId }, 'video ready but the member cannot be reached; refunding');
      return failed(failures.unpostable, 'unreachable', false);
    case 'retry': {
      if (now - job.createdAt > DELIVERY_PATIENCE_MS) {
        return failed(failures.abandoned, `delivery abandoned: ${sent.why}`, false);
      }
      const attempts = job.deliveryAttempts + 1;
      deps.logger.warn({ jobId: job.id, attempts, why: sent.why }, 'delivery postponed');
      return wait(now + discordBackoffMs(attempts), (j) => {
        j.deliveryAttempts = attempts;
      });
    }
  }
}
