import type { Failure } from '../../errors/index.ts';
import type { Job } from './job.ts';

/**
 * What a step of a job decided. Steps talk to Kie and Discord but never to the scheduler, and do
 * not settle credits: the runner persists the outcome, settles, and asks the scheduler.
 */
export type StepOutcome =
  /** Still open: apply `change` (if any) and run the job again at `at`; `status` edits the reply after. */
  | { kind: 'wait'; at: number; change?: (job: Job) => void; status?: 'throttled' | 'forced' }
  /** Kie finished: apply `change` and go straight on to delivery. */
  | { kind: 'deliver'; change: (job: Job) => void }
  /** The video reached the member: capture the hold. */
  | { kind: 'delivered'; as: 'attachment' | 'link'; tokenDead: boolean; newReplyMessageId: string | undefined }
  /** No video: release the hold; `tell` says whether the member still needs to hear why. */
  | { kind: 'failed'; reason: Failure; why: string; tell: boolean }
  /** The failure notice was sent (or cannot be): the job is closed. */
  | { kind: 'told' }
  /** Nothing happened that needs saving (e.g. a create given up at shutdown): leave the job as stored. */
  | { kind: 'leave' };

export const wait = (at: number, change?: (job: Job) => void, status?: 'throttled' | 'forced'): StepOutcome => ({
  kind: 'wait',
  at,
  ...(change ? { change } : {}),
  ...(status ? { status } : {}),
});

export const failed = (reason: Failure, why: string, tell = true): StepOutcome => ({ kind: 'failed', reason, why, tell });

/** Back-off for Discord outages: 5 s doubling to at most 5 minutes. */
export function discordBackoffMs(attempts: number): number {
  return Math.min(5 * 60_000, 5_000 * 2 ** Math.min(attempts - 1, 6));
}

/** Discord outages: keep retrying a finished video (or a failure notice) this long. */
export const DELIVERY_PATIENCE_MS = 12 * 60 * 60_000;
