// Issue 17's rule at Kie: two processes on one Kie account (two KieClients, each with the create
// limiter of its own store connection) never pass 20 creates in any 10 s. The fake Kie enforces that
// rule on the same clock and answers HTTP 429, which createRetries: 0 would surface as a failure.
import { afterEach, describe, expect, it } from 'vitest';
import { FakeKie, ManualClock } from '../../sandbox/kie.ts';
import { defaultCreateLimit, KieClient } from '../../src/services/kie/client.ts';
import { openSharedLimits } from '../../src/services/shared/index.ts';
import { until } from '../support/wait.ts';
import type { StoreHarness } from './harness.ts';

export function kieLimitsContract(harness: StoreHarness): void {
  describe(`Kie's create limit across two processes on ${harness.name}`, () => {
    let fake: FakeKie | undefined;
    afterEach(async () => {
      await fake?.close();
      fake = undefined;
      await harness.closeAll();
    });

    it('sends 50 creates from two processes, never more than 20 in any 10 s at Kie, and all succeed', async () => {
      const clock = new ManualClock();
      fake = await FakeKie.start({ now: clock.now });
      const kie = fake;
      const stores = [await harness.fresh(), await harness.reopen()];
      const clients = await Promise.all(
        stores.map(async (store) => {
          const limits = await openSharedLimits(store);
          const createLimiter = limits.limiter('kie-create', { ...defaultCreateLimit, clock });
          return new KieClient({ baseUrl: kie.url, apiKey: 'test-kie-key', clock, timeoutMs: 5_000, createRetries: 0, createLimiter });
        }),
      );
      const input = (i: number) => ({ prompt: `job ${i}`, duration: '5', mode: 'std', aspect_ratio: '16:9' });
      // A create's start is stamped again with Kie's answer: the clock moves on only once all are back.
      let back = 0;
      const all = Promise.all(Array.from({ length: 50 }, (_, i) => clients[i % 2]!.createTask('kling-3.0/video', input(i)).finally(() => back++)));
      const settled = (created: number) => () => kie.created().length === created && back === created && clock.sleepers === clients.filter((c) => c.queuedCreates > 0).length;

      await until(settled(20), 10_000, '20 creates');
      await clock.advance(10_500);
      await until(settled(40), 10_000, '40 creates');
      await clock.advance(10_500);
      const results = await all;

      expect(new Set(results.map((r) => r.taskId)).size).toBe(50);
      expect(kie.count('createTask')).toBe(50);
    });

    it("counts each create from when it leaves: a store write slower than the margin in either process brings no 429 from Kie's own clock", async () => {
      const clock = new ManualClock();
      fake = await FakeKie.start({ now: clock.now, createRateLimit: { limit: 20, windowMs: 10_000 } });
      const kie = fake;
      const stores = [await harness.fresh(), await harness.reopen()];
      const clients = await Promise.all(
        stores.map(async (store) => {
          const limits = await openSharedLimits(store);
          const createLimiter = limits.limiter('kie-create', { ...defaultCreateLimit, clock });
          return new KieClient({ baseUrl: kie.url, apiKey: 'test-kie-key', clock, timeoutMs: 5_000, createRetries: 0, createLimiter });
        }),
      );
      const input = (i: number) => ({ prompt: `job ${i}`, duration: '5', mode: 'std', aspect_ratio: '16:9' });
      // Each process: half of its first ten take 3 s to store their "creating" write (margin: 0.5 s).
      let writing = 0;
      const beforeSend = (i: number) => async () => {
        if (i >= 20 || i % 4 < 2) return;
        writing++;
        await clock.sleep(3_000);
        writing--;
      };
      // The first 20 start at once; the other 20 queue behind them.
      let back = 0;
      const create = (i: number) => clients[i % 2]!.createTask('kling-3.0/video', input(i), { beforeSend: beforeSend(i) }).finally(() => back++);
      const first = Array.from({ length: 20 }, (_, i) => create(i));
      await until(() => kie.count('createTask') + writing === 20, 10_000, 'the first 20 slots');
      const all = Promise.allSettled([...first, ...Array.from({ length: 20 }, (_, j) => create(20 + j))]);
      const queued = () => clients.reduce((n, c) => n + c.queuedCreates, 0);
      // Settled: every create let through (but those still writing) has reached Kie and come back,
      // and only the writes and each process's limiter (while it has callers waiting) are asleep.
      const settled = (created: number, slow: number) => () =>
        kie.created().length === created &&
        writing === slow &&
        kie.count('createTask') + slow === 40 - queued() &&
        back === kie.count('createTask') &&
        clock.sleepers === slow + clients.filter((c) => c.queuedCreates > 0).length;

      await until(settled(10, 10), 10_000, 'the 10 fast creates');
      await clock.advance(3_000);
      await until(settled(20, 0), 10_000, 'the 10 slow creates, 3 s later');
      await clock.advance(7_500);
      await until(settled(30, 0), 10_000, '10 more creates at 10.5 s');
      await clock.advance(3_000);
      const results = await all;

      expect(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual([]);
      expect(kie.count('createTask')).toBe(40);
    });
  });
}
