import { message, type Message } from '../../i18n/index.ts';
import type { Accounts } from './accounts.ts';
import { checkAmount, pruneUsage, remaining } from './rules.ts';
import type { Account, Budget, Hold, HoldResult, JournalEntry } from './types.ts';

export type { Budget } from './types.ts';

/**
 * Challenge budgets inside a guild's account: credits moved out of the pool and set aside for one
 * challenge. They live in the same store value as the pool, so every move is one atomic write under
 * the guild's serializer, and the journal shows each one.
 */
/** What budget-aware accounts carry on top of the plain account. */
export type BudgetAccount = Account & { budgets?: Record<string, Budget> };
/** A hold paid from a challenge budget remembers which one. */
export type BudgetHold = Hold & { budget?: string };

export type FundResult = { ok: true; balance: number; already: boolean } | { ok: false; balance: number };

/** Pool → budget. Refused (nothing changed) when the pool cannot cover it; repeating is a no-op. */
export function fund(account: BudgetAccount, key: string, amount: number, label: string | Message, by: string, now: number): FundResult {
  const budgets = (account.budgets ??= {});
  if (budgets[key]) return { ok: true, balance: account.balance, already: true };
  if (account.balance < amount) return { ok: false, balance: account.balance };
  account.balance -= amount;
  budgets[key] = { left: amount, funded: amount, label };
  account.journal.push(entry(now, -amount, account.balance, by, message('credits.history.note.toBudget', { amount, budget: label })));
  return { ok: true, balance: account.balance, already: false };
}

/** Budget → pool, once: what is left goes back. Returns the credits it moved (a repeat moves nothing and says the same). */
export function giveBack(account: BudgetAccount, key: string, by: string, now: number): number {
  const budget = account.budgets?.[key];
  if (!budget) return 0;
  if (budget.returned) return budget.returnedAmount ?? 0;
  const left = budget.left;
  budget.left = 0;
  budget.returned = true;
  budget.returnedAmount = left;
  account.balance += left;
  account.journal.push(entry(now, left, account.balance, by, message('credits.history.note.budgetReturned', { amount: left, budget: budget.label })));
  return left;
}

/** Takes `amount` from an open budget that covers all of it; false when it cannot (the pool pays). */
export function take(account: BudgetAccount, key: string, amount: number): boolean {
  const budget = account.budgets?.[key];
  if (!budget || budget.returned || budget.left < amount) return false;
  budget.left -= amount;
  return true;
}

/** A released hold that the budget paid goes back to the budget while it is open, else to the pool. */
export function refundTo(account: BudgetAccount, hold: BudgetHold): 'budget' | 'pool' {
  const budget = hold.budget === undefined ? undefined : account.budgets?.[hold.budget];
  if (!budget || budget.returned) return 'pool';
  budget.left += hold.amount;
  return 'budget';
}

function entry(at: number, amount: number, balanceAfter: number, by: string, note: Message): JournalEntry {
  return { at, kind: 'budget', amount, balanceAfter, by, note };
}

/**
 * A hold paid from budget `budget` when it covers the whole price (and the member's daily cap
 * allows it); 'pool' when the ordinary hold should decide instead (or it is a repeat).
 */
export function holdFrom(
  account: BudgetAccount,
  request: { jobId: string; memberId: string; amount: number; budget: string },
  now: number,
  day: string,
): (HoldResult & { budgetLeft: number }) | 'pool' {
  const { jobId, memberId, amount, budget } = request;
  if (account.holds[jobId] || account.settled[jobId]) return 'pool';
  const left = remaining(account, memberId, day);
  if (left !== null && left < amount) return 'pool';
  if (!take(account, budget, amount)) return 'pool';
  account.holds[jobId] = { amount, memberId, day, at: now, budget } as BudgetHold;
  const memberUsage = (account.usage[memberId] ??= {});
  memberUsage[day] = (memberUsage[day] ?? 0) + amount;
  pruneUsage(memberUsage, now);
  const budgetLeft = account.budgets![budget]!.left;
  const note = message('credits.history.note.fromBudget', { amount, budget: account.budgets![budget]!.label, left: budgetLeft });
  account.journal.push({ at: now, kind: 'hold', amount: 0, balanceAfter: account.balance, by: memberId, jobId, note });
  return { ok: true, balance: account.balance, remainingToday: remaining(account, memberId, day), lowBalance: null, alreadyHeld: false, budgetLeft };
}

/** A guild's challenge budgets: funded from the pool and returned to it, journaled. */
export class Budgets {
  readonly #accounts: Accounts;
  readonly #now: () => number;

  constructor(accounts: Accounts, now: () => number) {
    this.#accounts = accounts;
    this.#now = now;
  }

  /** Moves `amount` from the pool into budget `key`, or refuses when the pool cannot cover it. */
  /** `label` names the budget in the journal: a message (worded for each reader) or text as it is. */
  fund(guildId: string, by: string, key: string, amount: number, label: string | Message): Promise<FundResult> {
    checkAmount(amount, 'budget');
    const now = this.#now();
    return this.#accounts.update(guildId, (account) => fund(account, key, amount, label, by, now));
  }

  /** Moves what is left of budget `key` back to the pool (journaled), once; returns the credits moved. */
  giveBack(guildId: string, by: string, key: string): Promise<number> {
    const now = this.#now();
    return this.#accounts.update(guildId, (account) => giveBack(account, key, by, now));
  }

  async get(guildId: string, key: string): Promise<Budget | undefined> {
    return ((await this.#accounts.read(guildId)) as BudgetAccount).budgets?.[key];
  }
}
