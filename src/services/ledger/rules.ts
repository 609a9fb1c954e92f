import { message } from '../../i18n/index.ts';
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

/** What an amount is for, and the least it may be. */
const AMOUNT_MIN = { grant: 1, set: 0, dailyLimit: 0, alertThreshold: 0, budget: 1 } as const;
export type AmountKind = keyof typeof AMOUNT_MIN;

export function checkAmount(amount: number, what: AmountKind): void {
  const min = AMOUNT_MIN[what];
  if (!Number.isInteger(amount)) throw new LedgerError(message(`credits.refused.${what}.whole`));
  if (amount < min) throw new LedgerError(message(`credits.refused.${what}.min`, { min }));
  if (amount > LEDGER_LIMITS.maxAmount) throw new LedgerError(message(`credits.refused.${what}.max`, { max: LEDGER_LIMITS.maxAmount }));
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
    account.journal.push({ at: now, kind: 'grant', amount: startingCredits, balanceAfter: startingCredits, by: 'system', note: message('credits.history.note.startingCredits') });
  }
  return account;
}
