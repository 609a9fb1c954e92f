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
      const all = Promise.all(Array.from({ length: 50 }, (_, i) => clients[i % 2]!.createTask('kling-3.0/video', input(i))));
      const settled = (created: number) => () => kie.created().length === created && clock.sleepers === clients.filter((c) => c.queuedCreates > 0).length;

      await until(settled(20), 10_000, '20 creates');
      await clock.advance(10_500);
      await until(settled(40), 10_000, '40 creates');
      await clock.advance(10_500);
      const results = await all;

      expect(new Set(results.map((r) => r.taskId)).size).toBe(50);
      expect(kie.count('createTask')).toBe(50);
    });
  });
}
