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
