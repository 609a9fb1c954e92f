import { failures, kieFailure } from '../../errors/index.ts';
import type { Logger } from '../../logger.ts';
import { KieError } from '../kie/errors.ts';
import type { KiePort } from '../kie/types.ts';
import { isModelFault, type ModelState } from '../models/state.ts';
import type { Job } from './job.ts';
import type { JobStore } from './jobStore.ts';
import { failed, wait, type StepOutcome } from './outcome.ts';
import type { JobTiming } from './timing.ts';

export interface CreateDeps {
  kie: KiePort;
  store: JobStore;
  timing: JobTiming;
  models: ModelState;
  logger: Logger;
  now: () => number;
  jobTimeoutMs: number;
  minPollIntervalMs: number;
}

/**
 * queued → running: sends the task to Kie (paced by the client's limiter). Never retries a POST
 * that may have reached Kie: a second one could pay twice.
 */
export async function createStep(job: Job, deps: CreateDeps, signal: AbortSignal): Promise<StepOutcome> {
  let taskId: string;
  try {
    ({ taskId } = await deps.kie.createTask(job.kieModel, job.input, {
      signal,
      // From here on a crash leaves the outcome unknown; until here the job simply stays queued.
      // Under the job's lock, so a `/jobs cancel` either wins (and nothing is sent) or sees `creating`.
      beforeSend: async () => {
        await deps.store.update(job.id, (j) => {
          // `creating` again: the client's own retry of a create Kie never saw (a 429, a refused connection).
          if (j.state !== 'queued' && j.state !== 'creating') throw new NotQueuedError(j.state);
          j.state = 'creating';
        });
      },
    }));
  } catch (error) {
    if (error instanceof NotQueuedError) {
      // Cancelled (and refunded) while it waited for a create slot: nothing was sent, nothing to save.
      deps.logger.info({ jobId: job.id, state: error.state }, 'create not sent: the job is no longer queued');
      return { kind: 'leave' };
    }
    if (error instanceof KieError && error.kind === 'cancelled') {
      deps.logger.info({ jobId: job.id }, 'create not sent before shutdown; stays queued');
      return { kind: 'leave' };
    }
    return createFailed(job, error, deps);
  }
  const now = deps.now();
  deps.logger.info({ jobId: job.id, guildId: job.guildId, taskId }, 'job submitted to Kie');
  await deps.models.reportSuccess(job.kieModel).catch(() => undefined);
  const expectedDoneAt = deps.timing.expectedDoneAt(job, now);
  return wait(
    deps.timing.firstCheckAt(job, now),
    (j) => {
      j.state = 'running';
      j.kieTaskId = taskId;
      j.submittedAt = now;
      j.kieState = 'waiting';
      j.expectedDoneAt = expectedDoneAt;
    },
    'forced',
  );
}

/** The job left `queued` (a cancel) before its create slot came: the request must not leave. */
export class NotQueuedError extends Error {
  readonly state: string;
  constructor(state: string) {
    super(`job is ${state}, not queued`);
    this.state = state;
    this.name = 'NotQueuedError';
  }
}

async function createFailed(job: Job, error: unknown, deps: CreateDeps): Promise<StepOutcome> {
  const log = deps.logger;
  // The client marks a create error retryable only when it proves nothing was created (a 429 or a
  // refused connection); anything else may hide a task Kie already billed.
  if (error instanceof KieError && error.retryable && (error.kind === 'rate_limited' || error.kind === 'connection')) {
    // Back in the queue, unless it has waited too long already.
    if (deps.now() - job.createdAt < deps.jobTimeoutMs) {
      log.warn({ jobId: job.id, kind: error.kind }, 'Kie create deferred; will retry');
      return wait(deps.now() + Math.max(deps.minPollIntervalMs, 10_000), (j) => {
        j.state = 'queued';
      });
    }
  }
  if (error instanceof KieError) {
    if (error.kind === 'insufficient_credits') log.error({ jobId: job.id }, 'the Kie account is out of credits: top it up at kie.ai');
    else if (error.kind === 'unauthorized') log.error({ jobId: job.id }, 'Kie refused the API key: check KIE_API_KEY');
    else log.warn({ jobId: job.id, kind: error.kind, code: error.code }, 'Kie create failed');
    if (error.kind === 'model_paused') {
      await deps.models.reportPaused(job.kieModel).catch(() => undefined);
      return failed(deps.models.pausedText(job.familyId), 'create: model_paused');
    }
    if (isModelFault(error.kind)) await deps.models.reportError(job.kieModel, error.kind).catch(() => undefined);
    return failed(kieFailure(error), `create: ${error.kind}`);
  }
  log.error({ jobId: job.id, err: error }, 'unexpected error creating the Kie task');
  return failed(failures.unreachableKie, 'create: unexpected');
}
