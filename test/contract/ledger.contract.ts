// The ledger's behaviour on any store: test/services/ledger runs it on memory, test/contract/*
// on SQLite, Postgres and Redis.
import { afterEach, describe, expect, it } from 'vitest';
import { OperatorCeiling, type OperatorDay } from '../../src/services/ledger/ceiling.ts';
import { Ledger, LedgerError, type Account, type JournalEntry } from '../../src/services/ledger/ledger.ts';
import type { Store } from '../../src/services/store.ts';
import type { StoreHarness } from './harness.ts';

export function makeLedger(store: Store, options: { defaultCredits?: number; dailyCeiling?: number; now?: () => number } = {}): Ledger {
  return new Ledger({
    accounts: store.collection<Account>('accounts'),
    journalArchive: store.collection<JournalEntry[]>('journal'),
    defaultCredits: options.defaultCredits ?? 0,
    ceiling: options.dailyCeiling === undefined ? undefined : new OperatorCeiling({ limit: options.dailyCeiling, days: store.collection<OperatorDay>('operator') }),
    now: options.now ?? Date.now,
  });
}

export function ledgerContract(harness: StoreHarness): void {
  describe(`ledger on ${harness.name}`, () => {
    afterEach(() => harness.closeAll());

    it('holds, captures and releases, each exactly once per job', async () => {
      const ledger = makeLedger(await harness.fresh());
      await ledger.grant('g1', 'admin', 100, 'launch');
      const held = await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'j1', amount: 30 });
      expect(held).toMatchObject({ ok: true, balance: 70 });
      await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'j2', amount: 45 });

      expect(await ledger.capture('g1', 'j1')).toMatchObject({ status: 'captured', amount: 30 });
      expect(await ledger.capture('g1', 'j1')).toMatchObject({ status: 'already', amount: 0 });
      expect(await ledger.release('g1', 'j1', 'late failure')).toMatchObject({ status: 'already', amount: 0 });

      expect(await ledger.release('g1', 'j2', 'task failed')).toMatchObject({ status: 'released', amount: 45, balance: 70 });
      expect(await ledger.release('g1', 'j2', 'task failed')).toMatchObject({ status: 'already' });
      expect(await ledger.capture('g1', 'j2')).toMatchObject({ status: 'already' });

      const account = await ledger.account('g1');
      expect(account.balance).toBe(70);
      expect(account.holds).toEqual({});
      expect(account.spentTotal).toBe(30);
    });

    it('refuses a hold the balance cannot cover, without changing anything', async () => {
      const ledger = makeLedger(await harness.fresh(), { defaultCredits: 40 });
      const refused = await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'j1', amount: 45 });
      expect(refused).toEqual({ ok: false, reason: 'balance', price: 45, balance: 40, remainingToday: null });
      const account = await ledger.account('g1');
      expect(account.balance).toBe(40);
      expect(account.holds).toEqual({});
    });

    it('survives a restart: a new ledger on the same store sees holds and settles them once', async () => {
      const first = makeLedger(await harness.fresh());
      await first.grant('g1', 'admin', 100);
      await first.hold({ guildId: 'g1', memberId: 'm1', jobId: 'j1', amount: 30 });
      const second = makeLedger(await harness.reopen());
      expect(await second.openHolds()).toEqual([{ guildId: 'g1', jobId: 'j1', hold: expect.objectContaining({ amount: 30, memberId: 'm1' }) }]);
      expect(await second.capture('g1', 'j1')).toMatchObject({ status: 'captured' });
      expect(await makeLedger(await harness.reopen()).capture('g1', 'j1')).toMatchObject({ status: 'already' });
      expect((await makeLedger(await harness.reopen()).account('g1')).balance).toBe(70);
    });

    it('caps a member per UTC day and resets at midnight UTC', async () => {
      let now = Date.parse('2026-11-25T23:59:00Z');
      const ledger = makeLedger(await harness.fresh(), { defaultCredits: 1000, now: () => now });
      await ledger.setDailyLimit('g1', 'admin', 60);
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'a', amount: 45 })).toMatchObject({ ok: true, remainingToday: 15 });
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'b', amount: 30 })).toMatchObject({ ok: false, reason: 'daily_limit', remainingToday: 15, dailyLimit: 60 });
      // Another member has their own allowance.
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm2', jobId: 'c', amount: 30 })).toMatchObject({ ok: true, remainingToday: 30 });
      // A refund gives the allowance back.
      await ledger.release('g1', 'a', 'failed');
      expect(await ledger.remainingToday('g1', 'm1')).toBe(60);
      await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'd', amount: 60 });
      expect(await ledger.remainingToday('g1', 'm1')).toBe(0);
      now = Date.parse('2026-11-26T00:00:01Z');
      expect(await ledger.remainingToday('g1', 'm1')).toBe(60);
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'e', amount: 30 })).toMatchObject({ ok: true, remainingToday: 30 });
      // Releasing yesterday's hold does not inflate today's allowance.
      await ledger.release('g1', 'd', 'failed');
      expect(await ledger.remainingToday('g1', 'm1')).toBe(30);
    });

    it('journals every change, newest first, across archive pages', async () => {
      const ledger = makeLedger(await harness.fresh());
      await ledger.grant('g1', 'admin', 10_000, 'season budget');
      for (let i = 0; i < 260; i++) await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: `j${i}`, amount: 1 });
      await ledger.release('g1', 'j0', 'task failed');
      const history = await ledger.history('g1', 1000);
      expect(history).toHaveLength(262);
      expect(history[0]).toMatchObject({ kind: 'release', amount: 1, jobId: 'j0', reason: 'task failed' });
      expect(history[1]).toMatchObject({ kind: 'hold', amount: -1, jobId: 'j259' });
      expect(history.at(-1)).toMatchObject({ kind: 'grant', amount: 10_000, by: 'admin', reason: 'season budget', balanceAfter: 10_000 });
      const account = await ledger.account('g1');
      expect(account.journal.length).toBeLessThanOrEqual(200);
    });

    it('never overdraws under 200 concurrent holds', async () => {
      const ledger = makeLedger(await harness.fresh(), { defaultCredits: 30 * 7 });
      const results = await Promise.all(Array.from({ length: 200 }, (_, i) => ledger.hold({ guildId: 'g1', memberId: `m${i % 5}`, jobId: `j${i}`, amount: 30 })));
      expect(results.filter((r) => r.ok)).toHaveLength(7);
      expect((await ledger.account('g1')).balance).toBe(0);
    });

    it('refuses bad amounts with a clear reason', async () => {
      const ledger = makeLedger(await harness.fresh());
      await expect(ledger.grant('g1', 'admin', -5)).rejects.toThrow(LedgerError);
      await expect(ledger.grant('g1', 'admin', 1.5)).rejects.toThrow(/whole number/);
      await expect(ledger.set('g1', 'admin', -1)).rejects.toThrow(/cannot be negative/);
      await expect(ledger.grant('g1', 'admin', 1e12)).rejects.toThrow(/cannot exceed/);
      expect((await ledger.account('g1')).balance).toBe(0);
    });

    it('keeps all guilds under the operator ceiling and gives it back on release', async () => {
      const ledger = makeLedger(await harness.fresh(), { defaultCredits: 1000, dailyCeiling: 100 });
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'a', amount: 60 })).toMatchObject({ ok: true });
      expect(await ledger.hold({ guildId: 'g2', memberId: 'm2', jobId: 'b', amount: 60 })).toMatchObject({ ok: false, reason: 'operator_ceiling' });
      expect((await ledger.account('g2')).balance).toBe(1000);
      await ledger.release('g1', 'a', 'failed');
      expect(await ledger.hold({ guildId: 'g2', memberId: 'm2', jobId: 'b', amount: 60 })).toMatchObject({ ok: true });
    });

    it('warns once when the balance drops below the alert threshold', async () => {
      const ledger = makeLedger(await harness.fresh(), { defaultCredits: 100 });
      await ledger.setLowBalanceThreshold('g1', 'admin', 50);
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'a', amount: 30 })).toMatchObject({ ok: true, lowBalance: null });
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'b', amount: 30 })).toMatchObject({ ok: true, lowBalance: { threshold: 50 } });
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'c', amount: 30 })).toMatchObject({ ok: true, lowBalance: null });
      await ledger.grant('g1', 'admin', 100);
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'd', amount: 90 })).toMatchObject({ ok: true, lowBalance: { threshold: 50 } });
    });
  });
}
