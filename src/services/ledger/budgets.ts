import type { Account, Hold, JournalEntry } from './ledger.ts';

/**
 * Challenge budgets inside a guild's account: credits moved out of the pool and set aside for one
 * challenge. They live in the same store value as the pool, so every move is one atomic write under
 * the guild's serializer, and the journal shows each one.
 */
export interface Budget {
  /** Credits still set aside. */
  left: number;
  funded: number;
  /** Set once what was left went back to the pool; later refunds of its holds go to the pool too. */
  returned?: boolean;
  /** Shown in the journal and the status line, e.g. "challenge #3". */
  label: string;
}

/** What budget-aware accounts carry on top of the plain account. */
export type BudgetAccount = Account & { budgets?: Record<string, Budget> };
/** A hold paid from a challenge budget remembers which one. */
export type BudgetHold = Hold & { budget?: string };

export type FundResult = { ok: true; balance: number; already: boolean } | { ok: false; balance: number };

/** Pool → budget. Refused (nothing changed) when the pool cannot cover it; repeating is a no-op. */
export function fund(account: BudgetAccount, key: string, amount: number, label: string, by: string, now: number): FundResult {
  const budgets = (account.budgets ??= {});
  if (budgets[key]) return { ok: true, balance: account.balance, already: true };
  if (account.balance < amount) return { ok: false, balance: account.balance };
  account.balance -= amount;
  budgets[key] = { left: amount, funded: amount, label };
  account.journal.push(entry(now, -amount, account.balance, by, `${amount} credits moved to the ${label} budget`));
  return { ok: true, balance: account.balance, already: false };
}

/** Budget → pool, once: what is left goes back. Returns the credits moved (0 on a repeat). */
export function giveBack(account: BudgetAccount, key: string, by: string, now: number): number {
  const budget = account.budgets?.[key];
  if (!budget || budget.returned) return 0;
  const left = budget.left;
  budget.left = 0;
  budget.returned = true;
  account.balance += left;
  account.journal.push(entry(now, left, account.balance, by, `${left} credits left in the ${budget.label} budget returned to the pool`));
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

function entry(at: number, amount: number, balanceAfter: number, by: string, reason: string): JournalEntry {
  return { at, kind: 'budget', amount, balanceAfter, by, reason };
}
