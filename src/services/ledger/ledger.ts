import { isMessage, message, type Message } from '../../i18n/index.ts';
import type { Collection } from '../store.ts';
import { Accounts } from './accounts.ts';
import { Budgets, holdFrom, refundTo } from './budgets.ts';
import type { SpendCeiling } from './ceiling.ts';
import { checkAmount, markSettled, memberUsage, pruneUsage, remaining } from './rules.ts';
import { LEDGER_LIMITS, LedgerError, RaiseRefused, utcDay, type Account, type GrantOptions, type Hold, type HoldResult, type JournalEntry, type MemberUsage, type Settlement } from './types.ts';

export * from './types.ts';

/** A grant's or a set's reason on its journal entry: a member's text as written, a message as data. */
const said = (reason: string | Message | undefined): Pick<JournalEntry, 'reason' | 'note'> => (isMessage(reason) ? { note: reason } : reason ? { reason } : {});

/** Keyed grants remembered per account: an allowance's key is repeated at most once, right after a crash. */
const GRANT_KEYS_KEPT = 50;

/**
 * Per-guild credit accounts in Kie credits. A generation holds its price at submit; the hold is
 * captured when the video is delivered and released on every failure path. Holds are keyed by job
 * id, so capture and release are idempotent and safe to repeat after a crash.
 *
 * One guild's whole account (balance, open holds, per-member usage, recent journal) is one store
 * value, changed only through SerialRecords, so concurrent commands can never overdraw it.
 */

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
  readonly #accounts: Accounts;
  readonly #ceiling: SpendCeiling | undefined;
  readonly #now: () => number;
  readonly #observe: LedgerOptions['observe'];
  /** Challenge budgets: credits set aside inside a guild's account (same serializer, same value). */
  readonly budgets: Budgets;

  constructor(options: LedgerOptions) {
    this.#observe = options.observe;
    this.#ceiling = options.ceiling;
    this.#now = options.now ?? Date.now;
    this.#accounts = new Accounts({ accounts: options.accounts, journalArchive: options.journalArchive, defaultCredits: options.defaultCredits, now: this.#now });
    this.budgets = new Budgets(this.#accounts, this.#now);
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
    if (!Number.isInteger(amount) || amount <= 0) throw new LedgerError(message('credits.refused.holdAmount', { amount: String(amount) }));
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
      account.journal.push({ at: now, kind: 'capture', amount: 0, balanceAfter: account.balance, by: hold.memberId, jobId, note: message('credits.history.note.spent', { amount: hold.amount }) });
      return { status: 'captured', amount: hold.amount, balance: account.balance };
    });
    if (settlement.status === 'captured') this.#observe?.('capture', settlement.amount);
    return settlement;
  }

  /**
   * No video: the member gets the credits back. Idempotent. `reason` is shown in `/credits history`:
   * a message is worded in the reader's language, text (a short cause) as it is.
   */
  async release(guildId: string, jobId: string, reason: string | Message): Promise<Settlement> {
    const now = this.#now();
    // The ceiling counted the hold on the day it was made: a release after midnight frees that
    // day's room, never today's.
    let heldOn = '';
    const settlement = await this.#accounts.update(guildId, (account): Settlement => {
      const hold = account.holds[jobId];
      if (!hold) return { status: account.settled[jobId] ? 'already' : 'unknown', amount: 0, balance: account.balance };
      heldOn = hold.day;
      delete account.holds[jobId];
      markSettled(account, jobId, 'released');
      const to = refundTo(account, hold);
      if (to === 'pool') account.balance += hold.amount;
      const memberUsage = account.usage[hold.memberId];
      if (memberUsage?.[hold.day] !== undefined) memberUsage[hold.day] = Math.max(0, memberUsage[hold.day]! - hold.amount);
      if (account.lowBalanceWarned && account.balance >= account.lowBalanceThreshold) account.lowBalanceWarned = false;
      const refund = to === 'pool' ? hold.amount : 0;
      const budget = account.budgets?.[hold.budget ?? '']?.label ?? message('credits.history.note.budgetName');
      const note = to === 'budget' ? message('credits.history.note.backToBudget', { why: reason, amount: hold.amount, budget }) : isMessage(reason) ? reason : undefined;
      account.journal.push({ at: now, kind: 'release', amount: refund, balanceAfter: account.balance, by: hold.memberId, jobId, ...(isMessage(reason) ? {} : { reason }), ...(note ? { note } : {}) });
      return { status: 'released', amount: hold.amount, balance: account.balance };
    });
    if (settlement.status === 'released') await this.#ceiling?.giveBack(settlement.amount, heldOn);
    if (settlement.status === 'released') this.#observe?.('release', settlement.amount);
    return settlement;
  }

  /** `reason`: a member's own text (shown as written), or a message the ledger's reader sees in their language. */
  async grant(guildId: string, by: string, amount: number, reason?: string | Message, options: GrantOptions = {}): Promise<Account> {
    checkAmount(amount, 'grant');
    const now = this.#now();
    return this.#accounts.update(guildId, (account) => {
      if (options.key !== undefined && account.grantKeys?.includes(options.key)) return structuredClone(account);
      if (account.balance + amount > LEDGER_LIMITS.maxAmount) {
        throw new LedgerError(message('credits.refused.balanceTooLarge', { max: LEDGER_LIMITS.maxAmount }));
      }
      account.balance += amount;
      if (account.balance >= account.lowBalanceThreshold) account.lowBalanceWarned = false;
      // The key is stored in the same write as the credits: a repeat after a crash finds it.
      if (options.key !== undefined) account.grantKeys = [...(account.grantKeys ?? []), options.key].slice(-GRANT_KEYS_KEPT);
      account.journal.push({ at: now, kind: 'grant', amount, balanceAfter: account.balance, by, ...said(reason), ...(options.operator ? { operator: true as const } : {}) });
      return structuredClone(account);
    });
  }

  /** `mayRaise: false` refuses (RaiseRefused) a balance above the current one: that would add credits. */
  async set(guildId: string, by: string, amount: number, reason?: string | Message, options: { operator?: boolean; mayRaise?: boolean } = {}): Promise<Account> {
    checkAmount(amount, 'set');
    const now = this.#now();
    return this.#accounts.update(guildId, (account) => {
      const change = amount - account.balance;
      if (change > 0 && options.mayRaise === false) throw new RaiseRefused();
      account.balance = amount;
      if (account.balance >= account.lowBalanceThreshold) account.lowBalanceWarned = false;
      account.journal.push({ at: now, kind: 'set', amount: change, balanceAfter: amount, by, ...said(reason), ...(options.operator ? { operator: true as const } : {}) });
      return structuredClone(account);
    });
  }

  async setDailyLimit(guildId: string, by: string, limit: number): Promise<Account> {
    checkAmount(limit, 'dailyLimit');
    const now = this.#now();
    return this.#accounts.update(guildId, (account) => {
      account.dailyLimit = limit;
      const note = limit === 0 ? message('credits.history.note.limitRemoved') : message('credits.history.note.limitSet', { amount: limit });
      account.journal.push({ at: now, kind: 'limit', amount: 0, balanceAfter: account.balance, by, note });
      return structuredClone(account);
    });
  }

  async setLowBalanceThreshold(guildId: string, by: string, threshold: number): Promise<Account> {
    checkAmount(threshold, 'alertThreshold');
    const now = this.#now();
    return this.#accounts.update(guildId, (account) => {
      account.lowBalanceThreshold = threshold;
      account.lowBalanceWarned = threshold > 0 && account.balance < threshold;
      const note = threshold === 0 ? message('credits.history.note.alertOff') : message('credits.history.note.alertSet', { amount: threshold });
      account.journal.push({ at: now, kind: 'alert', amount: 0, balanceAfter: account.balance, by, note });
      return structuredClone(account);
    });
  }

  /** Credits the member may still use today (UTC), or null when the guild sets no cap. */
  async remainingToday(guildId: string, memberId: string): Promise<number | null> {
    const account = await this.#accounts.read(guildId);
    return remaining(account, memberId, utcDay(this.#now()));
  }

  async usage(guildId: string): Promise<MemberUsage[]> {
    return memberUsage(await this.#accounts.read(guildId), this.#now());
  }

  /**
   * `hold`, paid from the challenge budget `budget` when it covers the whole price, else from the
   * pool as usual. Choosing and taking are one update of the guild's account, so concurrent holds
   * can overdraw neither the budget nor the pool.
   */
  async holdFromBudget(request: { guildId: string; memberId: string; jobId: string; amount: number; budget: string }): Promise<HoldResult & { budgetLeft?: number }> {
    const { guildId, amount } = request;
    if (!Number.isInteger(amount) || amount <= 0) throw new LedgerError(message('credits.refused.holdAmount', { amount: String(amount) }));
    const now = this.#now();
    const day = utcDay(now);
    // Budget credits are still spending at Kie: they count against the operator's ceiling too.
    if (this.#ceiling && !(await this.#ceiling.reserve(amount, day))) return this.hold(request);
    let result: (HoldResult & { budgetLeft: number }) | 'pool';
    try {
      result = await this.#accounts.update(guildId, (account) => holdFrom(account, request, now, day));
    } catch (error) {
      await this.#ceiling?.giveBack(amount, day).catch(() => undefined);
      throw error;
    }
    if (result !== 'pool') {
      this.#observe?.('hold', amount);
      return result;
    }
    // The pool pays (or this is a repeat): the ordinary hold decides, with its own ceiling check.
    await this.#ceiling?.giveBack(amount, day);
    return this.hold(request);
  }

  /** Newest first, reaching into archive pages when the recent journal is not enough. */
  history(guildId: string, limit: number): Promise<JournalEntry[]> {
    return this.#accounts.history(guildId, limit);
  }

  /** Every open hold in every guild, for reconciliation at start-up. */
  async openHolds(): Promise<Array<{ guildId: string; jobId: string; hold: Hold }>> {
    const out: Array<{ guildId: string; jobId: string; hold: Hold }> = [];
    for await (const account of this.#accounts.all()) {
      for (const [jobId, hold] of Object.entries(account.holds)) out.push({ guildId: account.guildId, jobId, hold });
    }
    return out;
  }
}
