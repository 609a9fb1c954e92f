import { failures, taskFailure } from '../../errors/index.ts';
import type { Logger } from '../../logger.ts';
import { KieError } from '../kie/errors.ts';
import type { KiePort, KieTask } from '../kie/types.ts';
import type { Job } from './job.ts';
import { nextProgress } from './progress.ts';
import { failed, wait, type StepOutcome } from './outcome.ts';
import type { JobTiming } from './timing.ts';

export interface CheckDeps {
  kie: KiePort;
  timing: JobTiming;
  logger: Logger;
  now: () => number;
  jobTimeoutMs: number;
}

/** running → (running | delivering | failed): reads the task once, whether a timer or a callback asked. */
export async function checkStep(job: Job, deps: CheckDeps): Promise<StepOutcome> {
  const now = deps.now();
  const submittedAt = job.submittedAt ?? job.createdAt;
  if (now - submittedAt > deps.jobTimeoutMs) {
    return failed(failures.timeout(deps.jobTimeoutMs), 'timeout');
  }
  let task: KieTask | null;
  try {
    task = await deps.kie.getTask(job.kieTaskId!, job.kieModel);
  } catch (error) {
    const kind = error instanceof KieError ? error.kind : 'unexpected';
    deps.logger.warn({ jobId: job.id, kind }, 'Kie status check failed; will retry');
    return wait(deps.timing.nextCheckAt(job, now));
  }
  // "recordInfo is null" right after create is normal.
  if (!task) return wait(deps.timing.nextCheckAt(job, now));
  if (task.state === 'success') {
    const url = task.resultUrls[0];
    if (!url) return failed(failures.noResult, 'success without result');
    const elapsed = task.completeTime && task.createTime ? task.completeTime - task.createTime : now - submittedAt;
    await deps.timing.learn(job, elapsed).catch(() => undefined);
    const completedAt = task.completeTime ?? undefined;
    return {
      kind: 'deliver',
      change: (j) => {
        j.state = 'delivering';
        j.kieState = 'success';
        j.resultUrl = url;
        if (completedAt) j.kieCompletedAt = completedAt;
      },
    };
  }
  if (task.state === 'fail') {
    deps.logger.info({ jobId: job.id, failCode: task.failCode }, 'Kie task failed');
    return failed(taskFailure(task), `task failed ${task.failCode ?? ''}`.trim());
  }
  const previous = job.progress !== undefined && job.progressAt !== undefined ? { at: job.progressAt, progress: job.progress } : undefined;
  const state = task.state;
  const progress = task.progress;
  const reportsProgress = deps.timing.reportsProgress(job);
  return wait(
    deps.timing.nextCheckAt(job, now, progress ?? undefined, previous),
    (j) => {
      j.kieState = state;
      j.checks += 1;
      if (progress !== null && progress !== j.progress) {
        j.progress = progress;
        j.progressAt = now;
      }
      // Stored with the job, so the reply's figure never goes back, across restarts too.
      const shown = nextProgress(j, now, reportsProgress);
      if (shown) {
        j.progressShown = shown.percent;
        j.progressEstimated = shown.estimate;
      }
    },
    'throttled',
  );
}
