import type { T } from '../../i18n/index.ts';
import type { Job } from './job.ts';

/** What a status reply shows as progress. */
export interface ShownProgress {
  percent: number;
  /** From learned completion times, not from Kie. */
  estimate: boolean;
}

/** Shown as at most this until the video is delivered: "100%" would promise a file that is not there yet. */
const CEILING = 99;

/**
 * Progress from elapsed time and the usual completion time: linear to 90% at the usual time, then
 * creeping toward 99% without reaching it, so a slow task never shows a finished bar.
 */
export function estimatePercent(elapsedMs: number, expectedMs: number): number {
  if (!(expectedMs > 0) || !(elapsedMs > 0)) return 0;
  const r = elapsedMs / expectedMs;
  const raw = r <= 1 ? 90 * r : 90 + 9 * (1 - Math.exp(-(r - 1)));
  return Math.min(CEILING, Math.floor(raw));
}

/**
 * The progress to show next for a running job: Kie's figure where the model reports one, else the
 * estimate; never lower than what the reply already showed (`progressShown`), never 100 before
 * delivery. `undefined` when there is nothing to show yet.
 */
export function nextProgress(job: Job, now: number, reportsProgress: boolean): ShownProgress | undefined {
  const previous = job.progressShown ?? 0;
  if (reportsProgress || job.progress !== undefined) {
    if (job.progress === undefined) return undefined;
    return { percent: Math.min(CEILING, Math.max(previous, Math.floor(job.progress))), estimate: false };
  }
  if (job.submittedAt === undefined || job.expectedDoneAt === undefined) return undefined;
  const estimate = estimatePercent(now - job.submittedAt, job.expectedDoneAt - job.submittedAt);
  return { percent: Math.min(CEILING, Math.max(previous, estimate)), estimate: true };
}

/** The words for a status line: " 40%", " ~40% (estimate)", or nothing. */
export function progressText(job: Job, t: T): string {
  if (job.progressShown !== undefined) {
    if (job.progressEstimated) return t('jobs.progress.estimate', { percent: job.progressShown });
    return job.kieState === 'generating' && job.progressShown > 0 ? t('jobs.progress.percent', { percent: job.progressShown }) : '';
  }
  // Jobs checked before progressShown existed carry Kie's figure only.
  if (job.kieState === 'generating' && job.progress !== undefined && job.progress > 0) return t('jobs.progress.percent', { percent: Math.min(CEILING, job.progress) });
  return '';
}

/** Status edits follow an estimate in 5% steps, so it does not cost an edit per check. */
export function progressKey(job: Job): string {
  if (job.progressShown === undefined) return String(job.progress ?? '');
  return job.progressEstimated ? `~${Math.floor(job.progressShown / 5)}` : String(job.progressShown);
}
