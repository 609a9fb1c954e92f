import type { Locale, Message } from '../../i18n/index.ts';

/** A community video challenge and its entries. One guild's challenges are one store value. */

/** `starting`: its number is taken, the budget and announcement may not be done yet (see starting.ts). */
export type ChallengeState = 'starting' | 'open' | 'closing' | 'closed' | 'cancelled';
export type Voting = 'anyone' | 'members-before-start';

export interface ChallengeEntry {
  jobId: string;
  memberId: string;
  /** Order of entry within the challenge, from 1: ties go to the earlier entry. */
  seq: number;
  at: number;
  /** The entry's own message in the challenge's channel; unset while it is being posted. */
  messageId?: string;
}

export interface Challenge {
  guildId: string;
  /** The short id members see (`#3`), per guild. */
  number: number;
  title: string;
  theme: string;
  channelId: string;
  createdBy: string;
  startedAt: number;
  endsAt: number;
  maxEntries: number;
  budget: number;
  /**
   * Names this start: the key of its start entry on the scheduler and of its budget in the ledger.
   * Unset on challenges from before starts were keyed (their budget is keyed by `challengeKey`).
   */
  startKey?: string;
  winnerRoleId?: string;
  voting: Voting;
  /** Bytes Discord accepts per message in this guild, from the start command. */
  attachmentSizeLimit: number;
  state: ChallengeState;
  /** How it ended: at the deadline, by /challenge end, or cancelled. */
  endedBy?: 'deadline' | 'end' | 'cancel';
  closedAt?: number;
  announcementId?: string;
  /** By job id: (challenge, job) is the entry's key, so a video cannot be entered twice. */
  entries: Record<string, ChallengeEntry>;
  lastSeq: number;
  /** Final standings, fixed at close. */
  results?: Array<{ jobId: string; memberId: string; votes: number; messageId?: string }>;
  resultsMessageId?: string;
  /** Set once the closing steps that must not repeat have run. */
  rolesDone?: boolean;
  /** What became of the winner role, said under the results (English text in challenges from earlier versions). */
  roleNote?: string | Message;
  budgetReturned?: number;
  /** The language of its public posts: the server's when it started (unset: English, challenges from earlier versions). */
  locale?: Locale;
}

export interface ChallengeBook {
  guildId: string;
  /** The last number handed out. */
  last: number;
  challenges: Record<string, Challenge>;
}

/** One entry's votes, keyed by member: a member is in the map or not, so a vote cannot count twice. */
export interface VoteRecord {
  voters: Record<string, number>;
  /** Set at close, in the same serialized write that reads the final count. */
  closed?: boolean;
}

/** The scheduler id of a challenge (and the ledger budget key of challenges from earlier versions). */
export const challengeKey = (guildId: string, number: number): string => `${guildId}:${number}`;
export const budgetKeyOf = (c: Pick<Challenge, 'guildId' | 'number' | 'startKey'>): string => c.startKey ?? challengeKey(c.guildId, c.number);
/** A start's own key, unique per start (the number is not known before the start's first write). */
export const newStartKey = (guildId: string, now: number): string => `${guildId}:start@${now}.${Math.random().toString(36).slice(2, 8)}`;
export const isStartKey = (key: string): boolean => key.includes(':start@');
export const voteKey = (guildId: string, number: number, jobId: string): string => `${guildId}:${number}:${jobId}`;

export function parseChallengeKey(key: string): { guildId: string; number: number } {
  const [guildId = '', n = ''] = key.split(':');
  return { guildId, number: Number(n) };
}

/** Taking entries and votes: open, and its deadline not passed (the close may not have run yet). */
export const isOpen = (c: Challenge, now: number): boolean => c.state === 'open' && now < c.endsAt;
