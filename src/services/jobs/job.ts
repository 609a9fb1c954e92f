import type { Failure } from '../../errors/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Aspect, Quality } from '../models/registry.ts';

/**
 * Everything needed to finish a generation after a restart. Written before the reply says "queued".
 *
 * Life: queued (credits held, waiting for a Kie create slot) → creating (POST in flight) → running
 * (Kie task id known, polled) → delivering (result known, being sent) → delivered | failed
 * (→ notifying while Discord is down when the failure should be told).
 */
export type JobState = 'queued' | 'creating' | 'running' | 'delivering' | 'delivered' | 'failed' | 'notifying';

/** States the poller still has work for. `notifying`: failed and refunded, but the member is not told yet. */
export const openStates: ReadonlySet<JobState> = new Set(['queued', 'creating', 'running', 'delivering', 'notifying']);

export interface Job {
  id: string;
  guildId: string;
  channelId: string;
  memberId: string;
  applicationId: string;
  interactionToken: string;
  /** The interaction token edits the reply until then (15 minutes after the command). */
  tokenExpiresAt: number;
  /** Set once the token was refused: every later edit goes through the bot token. */
  tokenDead?: boolean;
  /** The public reply that shows this job; known after the first edit. */
  replyMessageId?: string;
  /** Bytes Discord accepts per message in that channel, as sent on the interaction. */
  attachmentSizeLimit: number;
  familyId: string;
  familyLabel: string;
  kieModel: string;
  input: Record<string, unknown>;
  prompt: string;
  duration: number;
  aspect: Aspect;
  quality: Quality;
  imageUrl?: string;
  price: number;
  /** The server's language when it was asked for: its public reply speaks it. Unset: English. */
  locale?: Locale;
  state: JobState;
  createdAt: number;
  updatedAt: number;
  kieTaskId?: string;
  submittedAt?: number;
  kieState?: string;
  progress?: number;
  /** When `progress` last changed. */
  progressAt?: number;
  /** When tasks of this model usually finish, from learned completion times; for the ETA. */
  expectedDoneAt?: number;
  checks: number;
  resultUrl?: string;
  /** Kie's `completeTime` for a task that succeeded (epoch ms, Kie's clock), for the delivery-delay metric. */
  kieCompletedAt?: number;
  deliveryAttempts: number;
  deliveredAs?: 'attachment' | 'link';
  /** Why it was not made, as a message (English text in jobs from earlier versions). */
  failure?: string | Failure;
  finishedAt?: number;
  /** The ledger's answer at submit, for the status line. */
  balanceAfterHold?: number;
  lowBalanceWarning?: number;
  /**
   * In a challenge's channel: its budget paid (with what was left in it), or the pool because the
   * budget could not cover it. English text in jobs from earlier versions.
   */
  paidFrom?: string | { challenge: number; budgetLeft?: number };
  /** Who cancelled it while it was still queued (the member, or an admin). */
  cancelledBy?: string;
  /** The progress the reply last showed (Kie's figure or an estimate): it never goes back. */
  progressShown?: number;
  /** `progressShown` is an estimate from learned completion times, not Kie's figure. */
  progressEstimated?: boolean;
  /** When the result message was removed with Delete. */
  resultDeletedAt?: number;
}

/** The first characters of a job id: what replies show and what `/jobs` accepts. */
export const SHORT_ID_LENGTH = 6;
export const shortId = (id: string): string => id.slice(0, SHORT_ID_LENGTH);

/** A short, unguessable, url-safe id that doubles as the reference members can quote. */
export function newJobId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12);
}
