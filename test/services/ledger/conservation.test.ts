// No path adds credits to a pool beyond what was taken out of it: whatever mix of holds, budget
// holds, captures, releases, budget moves and repeats (all of them idempotent by key) runs, and
// however they interleave, every credit is in exactly one place: the pool's balance, an open hold,
// an open challenge budget, or spent.
import { describe, expect, it } from 'vitest';
import { Ledger, type Account, type JournalEntry } from '../../../src/services/ledger/ledger.ts';
import { openStore } from '../../../src/services/store.ts';

const G = 'g1';

/** A small deterministic PRNG: the same operations every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function where(account: Account): { total: number; spent: number } {
  const held = Object.values(account.holds).reduce((sum, h) => sum + h.amount, 0);
  const budgets = Object.values(account.budgets ?? {}).reduce((sum, b) => sum + (b.returned ? 0 : b.left), 0);
  return { total: account.balance + held + budgets + account.spentTotal, spent: account.spentTotal };
}

describe('ledger: credits are conserved', () => {
  it('every credit is in the pool, a hold, an open budget or spent, after 40 rounds of concurrent mixed operations and repeats', async () => {
    const store = await openStore('memory://');
    const ledger = new Ledger({ accounts: store.collection<Account>('accounts'), journalArchive: store.collection<JournalEntry[]>('journal'), defaultCredits: 1000 });
    const next = random(21);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    let added = 1000;
    const jobs: string[] = [];
    const budgets: string[] = [];
    let job = 0;
    let budget = 0;
    for (let round = 0; round < 40; round++) {
      const ops: Array<() => Promise<unknown>> = [];
      for (let i = 0; i < 12; i++) {
        const roll = next();
        const amount = 1 + Math.floor(next() * 60);
        if (roll < 0.25) {
          const id = `j${job++}`;
          jobs.push(id);
          ops.push(() => ledger.hold({ guildId: G, memberId: pick(['a', 'b', 'c']), jobId: id, amount }));
        } else if (roll < 0.4 && budgets.length > 0) {
          const id = `j${job++}`;
          jobs.push(id);
          ops.push(() => ledger.holdFromBudget({ guildId: G, memberId: pick(['a', 'b']), jobId: id, amount, budget: pick(budgets) }));
        } else if (roll < 0.55 && jobs.length > 0) {
          const id = pick(jobs);
          ops.push(() => ledger.capture(G, id));
        } else if (roll < 0.75 && jobs.length > 0) {
          const id = pick(jobs);
          ops.push(() => ledger.release(G, id, 'test'));
        } else if (roll < 0.83) {
          const key = `b${budget++}`;
          budgets.push(key);
          ops.push(() => ledger.budgets.fund(G, 'admin', key, amount * 3, key));
        } else if (roll < 0.93 && budgets.length > 0) {
          const key = pick(budgets);
          ops.push(() => ledger.budgets.giveBack(G, 'system', key));
        } else {
          ops.push(async () => {
            await ledger.grant(G, 'operator', amount);
            added += amount;
          });
        }
      }
      await Promise.all(ops.map((op) => op().catch(() => undefined)));
      const account = await ledger.account(G);
      expect(account.balance).toBeGreaterThanOrEqual(0);
      expect(where(account).total).toBe(added);
    }
    // Settle everything twice over, return every budget twice: still nothing created.
    for (let pass = 0; pass < 2; pass++) {
      await Promise.all(jobs.map((id, i) => (i % 2 === 0 ? ledger.capture(G, id) : ledger.release(G, id, 'end'))));
      await Promise.all(budgets.map((key) => ledger.budgets.giveBack(G, 'system', key)));
    }
    const final = await ledger.account(G);
    expect(Object.keys(final.holds)).toEqual([]);
    expect(final.balance + final.spentTotal).toBe(added);
    await store.close();
  });
});
