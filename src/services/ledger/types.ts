import { LedgerError } from '../../errors/index.ts';
import { message, type Message } from '../../i18n/index.ts';

export { LedgerError };

/** The ledger's records and answers; the rules that change them are in ledger.ts and rules.ts. */

export type JournalKind = 'grant' | 'set' | 'hold' | 'capture' | 'release' | 'limit' | 'alert' | 'budget';

export interface JournalEntry {
  at: number;
  kind: JournalKind;
  /** Signed change to the available balance (0 for capture, limit and alert changes). */
  amount: number;
  balanceAfter: number;
  by: string;
  /** Text as it was written: a member's own reason for a grant, a caller's short cause, or (before
   * entries carried `note`) the ledger's English wording, shown as it is. */
  reason?: string;
  /** What the ledger says about the change, worded in the reader's language when it is shown. */
  note?: Message;
  jobId?: string;
  /** Made by one of the bot's operators (`/operator`, an allowance): shown as "the bot's operator". */
  operator?: true;
}

export interface Hold {
  amount: number;
  memberId: string;
  /** UTC day the hold counts against, YYYY-MM-DD. */
  day: string;
  at: number;
  /** Set when a challenge budget paid the hold (its key); a refund goes back there while it is open. */
  budget?: string;
}

export interface Account {
  guildId: string;
  /** Available credits: open holds are already taken out. */
  balance: number;
  holds: Record<string, Hold>;
  /** memberId → UTC day → credits held or spent that day (released holds are given back). */
  usage: Record<string, Record<string, number>>;
  /** Per-member daily cap in credits; 0 = no cap. */
  dailyLimit: number;
  /** Warn once when the balance drops below this; 0 = never. */
  lowBalanceThreshold: number;
  lowBalanceWarned: boolean;
  /** Outcome of recently settled jobs, to tell a repeat from a first settlement. */
  settled: Record<string, 'captured' | 'released'>;
  /** Newest last; older entries move to archive pages. */
  journal: JournalEntry[];
  archivedPages: number;
  spentTotal: number;
  /** Challenge budgets: credits moved out of the pool for one challenge (see budgets.ts). */
  budgets?: Record<string, Budget>;
  /** Keys of the latest keyed grants (an allowance's period): a grant repeated after a crash adds nothing. */
  grantKeys?: string[];
}

/** Who made a grant or a set, and how it may be repeated. */
export interface GrantOptions {
  /** Journaled as the bot's operator's. */
  operator?: boolean;
  /** A grant with a key already applied is not applied again (the account is returned as it is). */
  key?: string;
}

/** `set` to more than the current balance adds credits: refused unless `mayRaise`. */
export class RaiseRefused extends LedgerError {
  constructor() {
    super(message('credits.refused.raise'));
    this.name = 'RaiseRefused';
  }
}

export type HoldRefusal =
  | { ok: false; reason: 'balance'; price: number; balance: number; remainingToday: number | null }
  | { ok: false; reason: 'daily_limit'; price: number; balance: number; remainingToday: number; dailyLimit: number }
  | { ok: false; reason: 'operator_ceiling'; price: number; balance: number; remainingToday: number | null };

export type HoldResult =
  | { ok: true; balance: number; remainingToday: number | null; lowBalance: { threshold: number } | null; alreadyHeld: boolean }
  | HoldRefusal;

export type Settlement = { status: 'captured' | 'released'; amount: number; balance: number } | { status: 'already' | 'unknown'; amount: 0; balance: number };

export interface MemberUsage {
  memberId: string;
  today: number;
  last7Days: number;
  last30Days: number;
}

export const LEDGER_LIMITS = { maxAmount: 100_000_000 } as const;

export interface Budget {
  /** Credits still set aside. */
  left: number;
  funded: number;
  /** Set once what was left went back to the pool; later refunds of its holds go to the pool too. */
  returned?: boolean;
  /** What went back to the pool when it was returned. */
  returnedAmount?: number;
  /** Shown in the journal, e.g. "challenge #3": a message (said in the reader's language) or text as it is. */
  label: string | Message;
}

export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
