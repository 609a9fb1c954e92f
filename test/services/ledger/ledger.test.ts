import { describe, expect, it } from 'vitest';
import { OperatorCeiling, type OperatorDay } from '../../../src/services/ledger/ceiling.ts';
import { Ledger, type Account, type JournalEntry } from '../../../src/services/ledger/ledger.ts';
import { openStore } from '../../../src/services/store.ts';
import { ledgerContract } from '../../contract/ledger.contract.ts';
import { MemoryHarness } from '../../contract/harness.ts';

// The ledger's tests live in the store contract, which test/contract/ also runs on SQLite,
// Postgres and Redis.
ledgerContract(new MemoryHarness());

describe('ledger: observer (for metrics)', () => {
  it('reports each hold, capture and release that moved credits, and no repeat', async () => {
    const store = await openStore('memory://');
    const seen: string[] = [];
    const ledger = new Ledger({
      accounts: store.collection<Account>('accounts'),
      journalArchive: store.collection<JournalEntry[]>('journal'),
      defaultCredits: 100,
      observe: (operation, amount) => seen.push(`${operation}:${amount}`),
    });
    await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'j1', amount: 30 });
    await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'j1', amount: 30 });
    await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'j2', amount: 20 });
    await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'j3', amount: 1_000 });
    await ledger.capture('g1', 'j1');
    await ledger.capture('g1', 'j1');
    await ledger.release('g1', 'j2', 'failed');
    await ledger.release('g1', 'j2', 'failed');
    await ledger.release('g1', 'unknown', 'failed');
    expect(seen).toEqual(['hold:30', 'hold:20', 'capture:30', 'release:20']);
    await store.close();
  });
});

describe('operator ceiling: upgrading', () => {
  it("keeps the day's count an earlier version stored as its one-day record", async () => {
    const store = await openStore('memory://');
    const days = store.collection<OperatorDay>('operator');
    await days.set('daily', { day: '2026-12-02', held: 900 });
    const ceiling = new OperatorCeiling({ limit: 1_000, days });
    expect(await ceiling.reserve(101, '2026-12-02')).toBe(false);
    expect(await ceiling.reserve(100, '2026-12-02')).toBe(true);
    expect(await ceiling.reserve(1_000, '2026-12-03')).toBe(true);
    await store.close();
  });
});

describe('ledger: grants that only operators make', () => {
  const ledgerOf = async () => {
    const store = await openStore('memory://');
    return new Ledger({ accounts: store.collection<Account>('accounts'), journalArchive: store.collection<JournalEntry[]>('journal'), defaultCredits: 100 });
  };

  it('a keyed grant is applied once, however often it is repeated (an allowance after a crash)', async () => {
    const ledger = await ledgerOf();
    await ledger.grant('g1', 'op', 50, 'daily allowance', { key: 'allowance:day:2025-03-02', operator: true });
    await ledger.grant('g1', 'op', 50, 'daily allowance', { key: 'allowance:day:2025-03-02', operator: true });
    await ledger.grant('g1', 'op', 50, 'daily allowance', { key: 'allowance:day:2025-03-03', operator: true });
    const account = await ledger.account('g1');
    expect(account.balance).toBe(200);
    expect(account.journal.filter((e) => e.kind === 'grant' && e.operator)).toHaveLength(2);
  });

  it('set may lower the balance, and raises it only when allowed, in one update', async () => {
    const ledger = await ledgerOf();
    await expect(ledger.set('g1', 'admin', 101, undefined, { mayRaise: false })).rejects.toThrow(/only the bot’s operator can raise/);
    expect((await ledger.set('g1', 'admin', 100, undefined, { mayRaise: false })).balance).toBe(100);
    expect((await ledger.set('g1', 'admin', 60, undefined, { mayRaise: false })).balance).toBe(60);
    expect((await ledger.set('g1', 'op', 500, undefined, { operator: true })).balance).toBe(500);
    expect((await ledger.account('g1')).journal.at(-1)).toMatchObject({ kind: 'set', amount: 440, operator: true });
  });
});
