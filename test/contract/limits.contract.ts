// Kie's rate limits and the operator's daily ceiling on any store: in-process on memory and SQLite,
// shared by every process on Postgres and Redis (two stores opened on one server stand for two
// processes).
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../sandbox/kie.ts';
import { Ledger, type Account, type JournalEntry } from '../../src/services/ledger/ledger.ts';
import { openSharedLimits, type SlotLimiter, type SpendCeiling } from '../../src/services/shared/index.ts';
import type { Store } from '../../src/services/store.ts';
import { until } from '../support/wait.ts';
import type { StoreHarness } from './harness.ts';

/** True when no `limit + 1` consecutive starts fit inside one window. */
function withinLimit(starts: number[], limit: number, windowMs: number): boolean {
  const sorted = [...starts].sort((a, b) => a - b);
  for (let i = 0; i + limit < sorted.length; i++) {
    if ((sorted[i + limit] ?? 0) - (sorted[i] ?? 0) < windowMs) return false;
  }
  return true;
}

export function limitsContract(harness: StoreHarness): void {
  describe(`shared limits on ${harness.name}`, () => {
    afterEach(() => harness.closeAll());

    /** One store per process: two on a shared backend, one otherwise. */
    async function processes(): Promise<Store[]> {
      const first = await harness.fresh();
      return harness.shared ? [first, await harness.reopen()] : [first];
    }

    it(`lets 3 of 8 callers start per 1 s window${harness.shared ? ' across two processes' : ''}, each process in arrival order`, async () => {
      const clock = new ManualClock();
      const limits = await Promise.all((await processes()).map((store) => openSharedLimits(store)));
      expect(limits.every((l) => l.shared === harness.shared)).toBe(true);
      const limiters = limits.map((l) => l.limiter('kie-create', { limit: 3, windowMs: 1_000, clock }));
      const startedAt: number[] = [];
      const order = limiters.map((): number[] => []);
      const all = Array.from({ length: 8 }, (_, i) => {
        const which = i % limiters.length;
        return limiters[which]!.acquire().then(() => {
          startedAt.push(clock.now());
          order[which]!.push(i);
        });
      });
      // Settled: every process with callers left is asleep until the window frees a slot.
      const settled = (started: number) => () => startedAt.length === started && clock.sleepers === limiters.filter((l: SlotLimiter) => l.pending > 0).length;

      await until(settled(3), 10_000, '3 starts');
      await clock.advance(999);
      await until(settled(3), 10_000, 'still 3 starts');
      await clock.advance(1);
      await until(settled(6), 10_000, '6 starts');
      await clock.advance(1_000);
      await Promise.all(all);
      expect(startedAt).toHaveLength(8);
      expect(withinLimit(startedAt, 3, 1_000)).toBe(true);
      for (const seen of order) expect(seen).toEqual([...seen].sort((a, b) => a - b));
    });

    it('lets a caller who gives up while waiting leave the queue', async () => {
      const clock = new ManualClock();
      const limiter = (await openSharedLimits(await harness.fresh())).limiter('kie-read', { limit: 1, windowMs: 1_000, clock });
      await limiter.acquire();
      const controller = new AbortController();
      const waiting = limiter.acquire(controller.signal);
      const next = limiter.acquire();
      expect(limiter.pending).toBe(2);
      controller.abort(new Error('member left'));
      await expect(waiting).rejects.toThrow('member left');
      expect(limiter.pending).toBe(1);
      await until(() => clock.sleepers === 1, 10_000, 'the limiter to wait for the window');
      await clock.advance(1_000);
      await next;
      expect(limiter.pending).toBe(0);
    });

    it('counts a reserved start from its stamp, frees a released one, and will not stamp one that has lapsed', async () => {
      const clock = new ManualClock();
      const limiter = (await openSharedLimits(await harness.fresh())).limiter('kie-create', { limit: 2, windowMs: 1_000, clock });
      const a = await limiter.reserve();
      const b = await limiter.reserve();
      // `a` spends 600 ms on a store write and then leaves; `b` is never sent.
      await clock.advance(600);
      expect(await a.stamp()).toBe(true);
      await b.release();
      const c = await limiter.reserve();
      let dGranted = false;
      const d = limiter.reserve().then((slot) => {
        dGranted = true;
        return slot;
      });
      await until(() => clock.sleepers === 1, 10_000, 'the limiter to wait for the window');
      // `a` counts from 600, not from its grant at 0: no start before 1,600.
      await clock.advance(999);
      await until(() => clock.sleepers === 1, 10_000, 'the limiter to wait again');
      expect(dGranted).toBe(false);
      await clock.advance(1);
      await d;
      // `c` was granted at 600 and never stamped: at 1,600 its window is over, and so is its slot.
      expect(await c.stamp()).toBe(false);
      expect(await (await d).stamp()).toBe(true);
    });

    it(`keeps the day's total exactly at the operator ceiling under concurrent reserves${harness.shared ? ' from two processes' : ''}`, async () => {
      const ceilings = (await Promise.all((await processes()).map((store) => openSharedLimits(store)))).map((l) => l.operatorCeiling(100));
      const [a, b = a] = ceilings as [SpendCeiling, ...SpendCeiling[]];
      const day = '2026-12-02';
      const granted = await Promise.all(Array.from({ length: 40 }, (_, i) => ceilings[i % ceilings.length]!.reserve(7, day)));
      expect(granted.filter(Boolean)).toHaveLength(14);
      // 98 held: 3 more do not fit, in either process.
      expect(await a.reserve(3, day)).toBe(false);
      expect(await b.reserve(3, day)).toBe(false);
      await a.giveBack(7, day);
      expect(await b.reserve(9, day)).toBe(true);
      expect(await a.reserve(1, day)).toBe(false);
      expect(await a.reserve(101, '2026-12-05')).toBe(false);
      // Giving back more than was held leaves zero, not credit for later.
      await b.giveBack(1_000, day);
      expect(await a.reserve(100, day)).toBe(true);
      expect(await b.reserve(1, day)).toBe(false);
      // A new UTC day starts from nothing.
      expect(await b.reserve(100, '2026-12-03')).toBe(true);
      expect(await a.reserve(1, '2026-12-03')).toBe(false);
    });

    it('keeps the operator ceiling across a restart', async () => {
      const first = (await openSharedLimits(await harness.fresh())).operatorCeiling(100);
      expect(await first.reserve(60, '2026-12-02')).toBe(true);
      const second = (await openSharedLimits(await harness.reopen())).operatorCeiling(100);
      expect(await second.reserve(60, '2026-12-02')).toBe(false);
      expect(await second.reserve(40, '2026-12-02')).toBe(true);
    });

    it('gives a hold released after midnight UTC back to the day it was held on, never to the new day', async () => {
      const store = await harness.fresh();
      const limits = await openSharedLimits(store);
      let now = Date.parse('2026-12-02T23:58:00Z');
      const ledger = new Ledger({
        accounts: store.collection<Account>('accounts'),
        journalArchive: store.collection<JournalEntry[]>('journal'),
        defaultCredits: 10_000,
        ceiling: limits.operatorCeiling(1_000),
        now: () => now,
      });
      await ledger.budgets.fund('g1', 'admin', 'c1', 500, 'Winter');
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'late-pool', amount: 400 })).toMatchObject({ ok: true });
      expect(await ledger.holdFromBudget({ guildId: 'g1', memberId: 'm2', jobId: 'late-budget', amount: 300, budget: 'c1' })).toMatchObject({ ok: true, budgetLeft: 200 });
      // 700 of the 2nd's 1,000 are held; one of those jobs fails just before midnight.
      await ledger.release('g1', 'late-budget', 'task failed');
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm3', jobId: 'fills-2nd', amount: 600 })).toMatchObject({ ok: true });
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm3', jobId: 'over-2nd', amount: 1 })).toMatchObject({ ok: false, reason: 'operator_ceiling' });

      now = Date.parse('2026-12-03T00:02:00Z');
      expect(await ledger.holdFromBudget({ guildId: 'g1', memberId: 'm2', jobId: 'early-budget', amount: 300, budget: 'c1' })).toMatchObject({ ok: true });
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'early-pool', amount: 600 })).toMatchObject({ ok: true });
      // Yesterday's holds end today: their room was yesterday's, so today's 900 stays 900.
      await ledger.release('g1', 'late-pool', 'task failed');
      await ledger.release('g1', 'fills-2nd', 'timed out');
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm4', jobId: 'over-3rd', amount: 101 })).toMatchObject({ ok: false, reason: 'operator_ceiling' });
      expect(await ledger.holdFromBudget({ guildId: 'g1', memberId: 'm4', jobId: 'over-3rd-budget', amount: 101, budget: 'c1' })).toMatchObject({ ok: false, reason: 'operator_ceiling' });
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm4', jobId: 'fills-3rd', amount: 100 })).toMatchObject({ ok: true });
      // Today's own release frees today's room.
      await ledger.release('g1', 'early-budget', 'task failed');
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm4', jobId: 'after-3rd-release', amount: 300 })).toMatchObject({ ok: true });
      expect(await ledger.hold({ guildId: 'g1', memberId: 'm4', jobId: 'over-3rd-again', amount: 1 })).toMatchObject({ ok: false, reason: 'operator_ceiling' });
    });

    it("keeps each day's count when reserves for the day before arrive after midnight", async () => {
      // A second process (or the same one, its clock stepped back) still on the 2nd.
      const ceiling = (await openSharedLimits(await harness.fresh())).operatorCeiling(1_000);
      expect(await ceiling.reserve(900, '2026-12-02')).toBe(true);
      expect(await ceiling.reserve(600, '2026-12-03')).toBe(true);
      expect(await ceiling.reserve(200, '2026-12-02')).toBe(false);
      expect(await ceiling.reserve(100, '2026-12-02')).toBe(true);
      expect(await ceiling.reserve(500, '2026-12-03')).toBe(false);
      await ceiling.giveBack(300, '2026-12-02');
      expect(await ceiling.reserve(401, '2026-12-03')).toBe(false);
      expect(await ceiling.reserve(400, '2026-12-03')).toBe(true);
    });

    if (harness.shared) {
      it('holds the operator ceiling exactly for two processes, each owning half of 20 guilds', async () => {
        const stores = await processes();
        const ledgers = await Promise.all(
          stores.map(async (store) => {
            const limits = await openSharedLimits(store);
            return new Ledger({
              accounts: store.collection<Account>('accounts'),
              journalArchive: store.collection<JournalEntry[]>('journal'),
              defaultCredits: 1_000,
              ceiling: limits.operatorCeiling(500),
            });
          }),
        );
        const guilds = Array.from({ length: 20 }, (_, g) => `g${g}`);
        const owner = (g: number) => ledgers[g % 2]!;
        const results = await Promise.all(
          guilds.flatMap((guildId, g) => Array.from({ length: 10 }, (_, j) => owner(g).hold({ guildId, memberId: `m${j}`, jobId: `${guildId}-j${j}`, amount: 7 }))),
        );
        expect(results.filter((r) => r.ok)).toHaveLength(71);
        expect(results.filter((r) => !r.ok && r.reason === 'operator_ceiling')).toHaveLength(129);
        const spent = await Promise.all(guilds.map(async (guildId, g) => 1_000 - (await owner(g).account(guildId)).balance));
        expect(spent.reduce((a, b) => a + b, 0)).toBe(497);
      });

      it('waits out a store that fails instead of refusing; only the caller giving up ends the wait', async () => {
        const clock = new ManualClock();
        const store = await harness.reopen();
        const errors: unknown[] = [];
        const limiter = (await openSharedLimits(store, { onError: (error) => errors.push(error) })).limiter('kie-create', { limit: 20, windowMs: 10_000, clock });
        await store.close();
        const controller = new AbortController();
        const waiting = limiter.acquire(controller.signal);
        await until(() => errors.length === 1 && clock.sleepers === 1, 10_000, 'a store error');
        await clock.advance(250);
        await until(() => errors.length === 2 && clock.sleepers === 1, 10_000, 'a second try');
        controller.abort(new Error('gave up'));
        await expect(waiting).rejects.toThrow('gave up');
      });
    }
  });
}
