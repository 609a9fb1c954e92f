import { LEDGER_LIMITS, LedgerError, utcDay, type Account, type MemberUsage } from './types.ts';

/** Pure rules on one account, shared by the ledger and its budget moves. */

const SETTLED_KEEP = 2_000;
const USAGE_DAYS_KEPT = 31;

export function daysBack(ms: number, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(utcDay(ms - i * 86_400_000));
  return out;
}

export function remaining(account: Account, memberId: string, day: string): number | null {
  if (account.dailyLimit <= 0) return null;
  return Math.max(0, account.dailyLimit - (account.usage[memberId]?.[day] ?? 0));
}

export function pruneUsage(days: Record<string, number>, now: number): void {
  // YYYY-MM-DD sorts as it reads: one comparison per stored day, not 31 date strings per hold.
  const oldestKept = utcDay(now - (USAGE_DAYS_KEPT - 1) * 86_400_000);
  for (const day of Object.keys(days)) if (day < oldestKept) delete days[day];
}

export function markSettled(account: Account, jobId: string, outcome: 'captured' | 'released'): void {
  account.settled[jobId] = outcome;
  const ids = Object.keys(account.settled);
  if (ids.length > SETTLED_KEEP) for (const id of ids.slice(0, ids.length - SETTLED_KEEP)) delete account.settled[id];
}

export function checkAmount(amount: number, what: string, min: number): void {
  if (!Number.isInteger(amount)) throw new LedgerError(`the ${what} must be a whole number of credits`);
  if (amount < min) throw new LedgerError(min > 0 ? `the ${what} must be at least ${min} credit` : `the ${what} cannot be negative`);
  if (amount > LEDGER_LIMITS.maxAmount) throw new LedgerError(`the ${what} cannot exceed ${LEDGER_LIMITS.maxAmount.toLocaleString('en-US')} credits`);
}

/** Credits each member used today and over the last 7 and 30 days, biggest spenders first. */
export function memberUsage(account: Account, now: number): MemberUsage[] {
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

/** A guild's account the first time it is seen, with the starting credits journaled. */
export function newAccount(guildId: string, startingCredits: number, now: number): Account {
  const account: Account = {
    guildId,
    balance: startingCredits,
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
  if (startingCredits > 0) {
    account.journal.push({ at: now, kind: 'grant', amount: startingCredits, balanceAfter: startingCredits, by: 'system', reason: 'starting credits' });
  }
  return account;
}
