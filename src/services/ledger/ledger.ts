import { UserError } from '../../errors.ts';
import type { Collection } from '../store.ts';
import { SerialRecords } from '../serial.ts';
import type { SpendCeiling } from './ceiling.ts';

/**
 * Per-guild credit accounts in Kie credits. A generation holds its price at submit; the hold is
 * captured when the video is delivered and released on every failure path. Holds are keyed by job
 * id, so capture and release are idempotent and safe to repeat after a crash.
 *
 * One guild's whole account (balance, open holds, per-member usage, recent journal) is one store
 * value, changed only through SerialRecords, so concurrent commands can never overdraw it.
 */

export type JournalKind = 'grant' | 'set' | 'hold' | 'capture' | 'release' | 'limit' | 'alert';

export interface JournalEntry {
  at: number;
  kind: JournalKind;
  /** Signed change to the available balance (0 for capture, limit and alert changes). */
  amount: number;
  balanceAfter: number;
  by: string;
  reason?: string;
  jobId?: string;
}

export interface Hold {
  amount: number;
  memberId: string;
  /** UTC day the hold counts against, YYYY-MM-DD. */
  day: string;
  at: number;
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

const JOURNAL_KEEP = 100;
const ARCHIVE_PAGE = 100;
const SETTLED_KEEP = 2_000;
const USAGE_DAYS_KEPT = 31;

export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function daysBack(ms: number, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(utcDay(ms - i * 86_400_000));
  return out;
}

/** A ledger refusal (bad amount, balance past the limit): safe to show, nothing was changed. */
export class LedgerError extends UserError {
  readonly detail: string;
  constructor(detail: string) {
    super(`That did not work: ${detail}.`);
    this.name = 'LedgerError';
    this.detail = detail;
  }
}

export interface LedgerOptions {
  accounts: Collection<Account>;
  journalArchive: Collection<JournalEntry[]>;
  defaultCredits: number;
  /** The operator's daily ceiling across all guilds; undefined = no ceiling. */
  ceiling?: SpendCeiling | undefined;
  now?: () => number;
  /** Told once per hold, capture or release that moved credits (repeats are not reported); for metrics. */
  observe?: (operation: 'hold' | 'capture' | 'release', amount: number) => void;
}

export class Ledger {
  readonly #accounts: SerialRecords<Account>;
  readonly #archive: Collection<JournalEntry[]>;
  readonly #store: Collection<Account>;
  readonly #defaultCredits: number;
  readonly #ceiling: SpendCeiling | undefined;
  readonly #now: () => number;
  readonly #observe: LedgerOptions['observe'];

  constructor(options: LedgerOptions) {
    this.#observe = options.observe;
    this.#store = options.accounts;
    this.#archive = options.journalArchive;
    this.#defaultCredits = options.defaultCredits;
    this.#ceiling = options.ceiling;
    this.#now = options.now ?? Date.now;
    this.#accounts = new SerialRecords<Account>({
      load: async (guildId) => (await this.#store.get(guildId)) ?? this.#newAccount(guildId),
      save: async (guildId, account) => {
        await this.#archiveOverflow(account);
        await this.#store.set(guildId, account);
      },
    });
  }

  #newAccount(guildId: string): Account {
    const now = this.#now();
    const account: Account = {
      guildId,
      balance: this.#defaultCredits,
      holds: {},
      usage: {},
      dailyLimit: 0,
      lowBalanceThreshold: 0,
      lowBalanceWarned: false,
      settled: {},
      journal: [],
      archivedPages: 0,
      spentTotal: 0,
    };
    if (this.#defaultCredits > 0) {
      account.journal.push({ at: now, kind: 'grant', amount: this.#defaultCredits, balanceAfter: this.#defaultCredits, by: 'system', reason: 'starting credits' });
    }
    return account;
  }

  /** Moves the oldest journal entries to archive pages before the account is written, so none is lost. */
  async #archiveOverflow(account: Account): Promise<void> {
    while (account.journal.length > JOURNAL_KEEP + ARCHIVE_PAGE) {
      const page = account.journal.splice(0, ARCHIVE_PAGE);
      await this.#archive.set(`${account.guildId}:${account.archivedPages}`, page);
      account.archivedPages += 1;
    }
  }

  async account(guildId: string): Promise<Account> {
    return this.#accounts.read(guildId);
  }

  /**
   * Takes `amount` out of the guild's balance for `jobId`, or refuses without changing anything.
   * Repeating a hold for the same job is a no-op that reports the current state.
   */
  async hold(request: { guildId: string; memberId: string; jobId: string; amount: number }): Promise<HoldResult> {
    const { guildId, memberId, jobId, amount } = request;
    if (!Number.isInteger(amount) || amount <= 0) throw new LedgerError(`hold amount must be a positive whole number, got ${amount}`);
    const now = this.#now();
    const day = utcDay(now);

    // Reserve against the operator ceiling first; give it back if the guild refuses.
    let reservedOperator = false;
    if (this.#ceiling) {
      if (!(await this.#ceiling.reserve(amount, day))) {
        const account = await this.#accounts.read(guildId);
        return { ok: false, reason: 'operator_ceiling', price: amount, balance: account.balance, remainingToday: remaining(account, memberId, day) };
      }
      reservedOperator = true;
    }

    let result: HoldResult;
    try {
      result = await this.#accounts.update(guildId, (account): HoldResult => {
        if (account.holds[jobId] || account.settled[jobId]) {
          return { ok: true, balance: account.balance, remainingToday: remaining(account, memberId, day), lowBalance: null, alreadyHeld: true };
        }
        const left = remaining(account, memberId, day);
        if (account.balance < amount) return { ok: false, reason: 'balance', price: amount, balance: account.balance, remainingToday: left };
        if (left !== null && left < amount) {
          return { ok: false, reason: 'daily_limit', price: amount, balance: account.balance, remainingToday: left, dailyLimit: account.dailyLimit };
        }
        account.balance -= amount;
        account.holds[jobId] = { amount, memberId, day, at: now };
        const memberUsage = (account.usage[memberId] ??= {});
        memberUsage[day] = (memberUsage[day] ?? 0) + amount;
        pruneUsage(memberUsage, now);
        account.journal.push({ at: now, kind: 'hold', amount: -amount, balanceAfter: account.balance, by: memberId, jobId });
        let lowBalance: { threshold: number } | null = null;
        if (account.lowBalanceThreshold > 0 && account.balance < account.lowBalanceThreshold && !account.lowBalanceWarned) {
          account.lowBalanceWarned = true;
          lowBalance = { threshold: account.lowBalanceThreshold };
        }
        return { ok: true, balance: account.balance, remainingToday: remaining(account, memberId, day), lowBalance, alreadyHeld: false };
      });
    } catch (error) {
      if (reservedOperator) await this.#ceiling?.giveBack(amount, day).catch(() => undefined);
      throw error;
    }
    if (reservedOperator && (!result.ok || result.alreadyHeld)) await this.#ceiling?.giveBack(amount, day);
    if (result.ok && !result.alreadyHeld) this.#observe?.('hold', amount);
    return result;
  }

  /** The video was delivered: the hold becomes spending. Idempotent. */
  async capture(guildId: string, jobId: string): Promise<Settlement> {
    const now = this.#now();
    const settlement = await this.#accounts.update(guildId, (account): Settlement => {
      const hold = account.holds[jobId];
      if (!hold) return { status: account.settled[jobId] ? 'already' : 'unknown', amount: 0, balance: account.balance };
      delete account.holds[jobId];
      markSettled(account, jobId, 'captured');
      account.spentTotal += hold.amount;
      account.journal.push({ at: now, kind: 'capture', amount: 0, balanceAfter: account.balance, by: hold.memberId, jobId, reason: `${hold.amount} credits spent` });
      return { status: 'captured', amount: hold.amount, balance: account.balance };
    });
    if (settlement.status === 'captured') this.#observe?.('capture', settlement.amount);
    return settlement;
  }

  /** No video: the member gets the credits back. Idempotent. */
  async release(guildId: string, jobId: string, reason: string): Promise<Settlement> {
    const now = this.#now();
    const settlement = await this.#accounts.update(guildId, (account): Settlement => {
      const hold = account.holds[jobId];
      if (!hold) return { status: account.settled[jobId] ? 'already' : 'unknown', amount: 0, balance: account.balance };
      delete account.holds[jobId];
      markSettled(account, jobId, 'released');
      account.balance += hold.amount;
      const memberUsage = account.usage[hold.memberId];
      if (memberUsage?.[hold.day] !== undefined) memberUsage[hold.day] = Math.max(0, memberUsage[hold.day]! - hold.amount);
      if (account.lowBalanceWarned && account.balance >= account.lowBalanceThreshold) account.lowBalanceWarned = false;
      account.journal.push({ at: now, kind: 'release', amount: hold.amount, balanceAfter: account.balance, by: hold.memberId, jobId, reason });
      return { status: 'released', amount: hold.amount, balance: account.balance };
    });
    if (settlement.status === 'released') await this.#ceiling?.giveBack(settlement.amount, utcDay(now));
    if (settlement.status === 'released') this.#observe?.('release', settlement.amount);
    return settlement;
  }

  async grant(guildId: string, by: string, amount: number, reason?: string): Promise<Account> {
    checkAmount(amount, 'grant', 1);
    const now = this.#now();
    return this.#accounts.update(guildId, (account) => {
      if (account.balance + amount > LEDGER_LIMITS.maxAmount) {
        throw new LedgerError(`that would make the balance larger than ${LEDGER_LIMITS.maxAmount.toLocaleString('en-US')} credits`);
      }
      account.balance += amount;
      if (account.balance >= account.lowBalanceThreshold) account.lowBalanceWarned = false;
      account.journal.push({ at: now, kind: 'grant', amount, balanceAfter: account.balance, by, ...(reason ? { reason } : {}) });
      return structuredClone(account);
    });
  }

  async set(guildId: string, by: string, amount: number, reason?: string): Promise<Account> {
    checkAmount(amount, 'set', 0);
    const now = this.#now();
    return this.#accounts.update(guildId, (account) => {
      const change = amount - account.balance;
      account.balance = amount;
      if (account.balance >= account.lowBalanceThreshold) account.lowBalanceWarned = false;
      account.journal.push({ at: now, kind: 'set', amount: change, balanceAfter: amount, by, ...(reason ? { reason } : {}) });
      return structuredClone(account);
    });
  }

  async setDailyLimit(guildId: string, by: string, limit: number): Promise<Account> {
    checkAmount(limit, 'daily limit', 0);
    const now = this.#now();
    return this.#accounts.update(guildId, (account) => {
      account.dailyLimit = limit;
      account.journal.push({ at: now, kind: 'limit', amount: 0, balanceAfter: account.balance, by, reason: limit === 0 ? 'daily limit removed' : `daily limit ${limit} credits per member` });
      return structuredClone(account);
    });
  }

  async setLowBalanceThreshold(guildId: string, by: string, threshold: number): Promise<Account> {
    checkAmount(threshold, 'alert threshold', 0);
    const now = this.#now();
    return this.#accounts.update(guildId, (account) => {
      account.lowBalanceThreshold = threshold;
      account.lowBalanceWarned = threshold > 0 && account.balance < threshold;
      account.journal.push({ at: now, kind: 'alert', amount: 0, balanceAfter: account.balance, by, reason: threshold === 0 ? 'low-balance alert off' : `low-balance alert below ${threshold} credits` });
      return structuredClone(account);
    });
  }

  /** Credits the member may still use today (UTC), or null when the guild sets no cap. */
  async remainingToday(guildId: string, memberId: string): Promise<number | null> {
    const account = await this.#accounts.read(guildId);
    return remaining(account, memberId, utcDay(this.#now()));
  }

  async usage(guildId: string): Promise<MemberUsage[]> {
    const account = await this.#accounts.read(guildId);
    const now = this.#now();
    const week = new Set(daysBack(now, 7));
    const month = new Set(daysBack(now, 30));
    const today = utcDay(now);
    return Object.entries(account.usage)
      .map(([memberId, days]) => {
        let last7Days = 0;
        let last30Days = 0;
        for (const [day, credits] of Object.entries(days)) {
          if (week.has(day)) last7Days += credits;
          if (month.has(day)) last30Days += credits;
        }
        return { memberId, today: days[today] ?? 0, last7Days, last30Days };
      })
      .filter((u) => u.last30Days > 0)
      .sort((a, b) => b.last30Days - a.last30Days);
  }

  /** Newest first, reaching into archive pages when the recent journal is not enough. */
  async history(guildId: string, limit: number): Promise<JournalEntry[]> {
    const account = await this.#accounts.read(guildId);
    const out = [...account.journal].reverse();
    for (let page = account.archivedPages - 1; page >= 0 && out.length < limit; page--) {
      const entries = (await this.#archive.get(`${guildId}:${page}`)) ?? [];
      out.push(...[...entries].reverse());
    }
    return out.slice(0, limit);
  }

  /** Every open hold in every guild, for reconciliation at start-up. */
  async openHolds(): Promise<Array<{ guildId: string; jobId: string; hold: Hold }>> {
    const out: Array<{ guildId: string; jobId: string; hold: Hold }> = [];
    for await (const [, value] of this.#store.entries()) {
      // Before the ceiling had its own collection, a day record shared this one: skip it.
      if (!('holds' in value)) continue;
      for (const [jobId, hold] of Object.entries(value.holds)) out.push({ guildId: value.guildId, jobId, hold });
    }
    return out;
  }
}

function remaining(account: Account, memberId: string, day: string): number | null {
  if (account.dailyLimit <= 0) return null;
  return Math.max(0, account.dailyLimit - (account.usage[memberId]?.[day] ?? 0));
}

function pruneUsage(days: Record<string, number>, now: number): void {
  // YYYY-MM-DD sorts as it reads: one comparison per stored day, not 31 date strings per hold.
  const oldestKept = utcDay(now - (USAGE_DAYS_KEPT - 1) * 86_400_000);
  for (const day of Object.keys(days)) if (day < oldestKept) delete days[day];
}

function markSettled(account: Account, jobId: string, outcome: 'captured' | 'released'): void {
  account.settled[jobId] = outcome;
  const ids = Object.keys(account.settled);
  if (ids.length > SETTLED_KEEP) for (const id of ids.slice(0, ids.length - SETTLED_KEEP)) delete account.settled[id];
}

function checkAmount(amount: number, what: string, min: number): void {
  if (!Number.isInteger(amount)) throw new LedgerError(`the ${what} must be a whole number of credits`);
  if (amount < min) throw new LedgerError(min > 0 ? `the ${what} must be at least ${min} credit` : `the ${what} cannot be negative`);
  if (amount > LEDGER_LIMITS.maxAmount) throw new LedgerError(`the ${what} cannot exceed ${LEDGER_LIMITS.maxAmount.toLocaleString('en-US')} credits`);
}
