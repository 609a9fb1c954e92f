import { afterEach, describe, expect, it, vi } from 'vitest';
import { KieClient } from '../../../src/services/kie/client.ts';
import { Limiter } from '../../../src/services/kie/limiter.ts';
import { FakeKie, ManualClock } from '../../../sandbox/kie.ts';
import { until } from '../../support/wait.ts';

/** True when no `limit + 1` consecutive starts fit inside one window. */
function withinLimit(starts: number[], limit: number, windowMs: number): boolean {
  const sorted = [...starts].sort((a, b) => a - b);
  for (let i = 0; i + limit < sorted.length; i++) {
    if ((sorted[i + limit] ?? 0) - (sorted[i] ?? 0) < windowMs) return false;
  }
  return true;
}

describe('Limiter', () => {
  it('lets 20 of 50 simultaneous callers start per 10 s window, in arrival order, until all have started', async () => {
    const clock = new ManualClock();
    const limiter = new Limiter({ limit: 20, windowMs: 10_000, clock });
    const startedAt: number[] = [];
    const order: number[] = [];
    const all = Array.from({ length: 50 }, (_, i) =>
      limiter.run(async () => {
        startedAt.push(clock.now());
        order.push(i);
      }),
    );

    await clock.advance(0);
    expect(order).toHaveLength(20);
    expect(limiter.pending).toBe(30);

    await clock.advance(9_999);
    expect(order).toHaveLength(20);
    await clock.advance(1);
    expect(order).toHaveLength(40);
    expect(limiter.pending).toBe(10);

    await clock.advance(10_000);
    await Promise.all(all);
    expect(order).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(limiter.pending).toBe(0);
    expect(withinLimit(startedAt, 20, 10_000)).toBe(true);
  });

  it('widens the window by the safety margin', async () => {
    const clock = new ManualClock();
    const limiter = new Limiter({ limit: 2, windowMs: 1_000, marginMs: 250, clock });
    let started = 0;
    const all = Array.from({ length: 3 }, () => limiter.run(async () => void started++));
    await clock.advance(1_000);
    expect(started).toBe(2);
    await clock.advance(250);
    await Promise.all(all);
    expect(started).toBe(3);
  });

  it('keeps the limit for callers arriving at scattered times', async () => {
    const clock = new ManualClock();
    const limiter = new Limiter({ limit: 3, windowMs: 1_000, clock });
    const startedAt: number[] = [];
    const order: number[] = [];
    const all: Promise<void>[] = [];
    for (let i = 0; i < 30; i++) {
      all.push(
        limiter.run(async () => {
          startedAt.push(clock.now());
          order.push(i);
        }),
      );
      await clock.advance((i * 37) % 400);
    }
    while (limiter.pending > 0) await clock.advance(100);
    await Promise.all(all);
    expect(order).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(withinLimit(startedAt, 3, 1_000)).toBe(true);
  });

  it('rejects a nonsensical configuration', () => {
    expect(() => new Limiter({ limit: 0, windowMs: 1_000 })).toThrow(RangeError);
    expect(() => new Limiter({ limit: 1, windowMs: 0 })).toThrow(RangeError);
  });
});

describe('KieClient under the create limit', () => {
  let fake: FakeKie | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('sends 50 creates fired at once without ever exceeding 20 per 10 s at Kie, and all 50 succeed in batches, first come first served', async () => {
    const clock = new ManualClock();
    // The fake enforces Kie's own 20-per-10-s rule on the same clock and would answer HTTP 429.
    fake = await FakeKie.start({ now: clock.now });
    const client = new KieClient({ baseUrl: fake.url, apiKey: 'test-kie-key', clock, timeoutMs: 5_000 });
    const input = (i: number) => ({ prompt: `job ${i}`, duration: '5', mode: 'std', aspect_ratio: '16:9' });
    const all = Promise.all(Array.from({ length: 50 }, (_, i) => client.createTask('kling-3.0/video', input(i))));

    const kie = fake;
    await vi.waitFor(() => expect(kie.created()).toHaveLength(20));
    expect(client.queuedCreates).toBe(30);
    await clock.advance(10_500);
    await vi.waitFor(() => expect(kie.created()).toHaveLength(40));
    await clock.advance(10_500);
    const results = await all;

    expect(new Set(results.map((r) => r.taskId)).size).toBe(50);
    expect(kie.count('createTask')).toBe(50); // no 429, so no retries
    const starts = kie.requests.filter((r) => r.route === 'createTask').map((r) => r.at);
    expect(withinLimit(starts, 20, 10_000)).toBe(true);
    // Requests within one batch race over separate sockets; across batches the order is strict.
    const batchOf = (prompt: unknown) => Math.floor(Number(String(prompt).slice(4)) / 20);
    expect(kie.created().map((c) => batchOf(c.input['prompt']))).toEqual(Array.from({ length: 50 }, (_, i) => Math.floor(i / 20)));
  });

  it("counts a create from when it leaves, not from its slot: a store write slower than the margin brings no 429 from Kie's own clock", async () => {
    const clock = new ManualClock();
    fake = await FakeKie.start({ now: clock.now, createRateLimit: { limit: 20, windowMs: 10_000 } });
    const kie = fake;
    // createRetries 0: a 429 fails the create instead of being retried out of sight.
    const client = new KieClient({ baseUrl: kie.url, apiKey: 'test-kie-key', clock, timeoutMs: 5_000, createRetries: 0 });
    const input = (i: number) => ({ prompt: `job ${i}`, duration: '5', mode: 'std', aspect_ratio: '16:9' });
    // Every other job of the first 20 takes 3 s to store its "creating" write; the margin is 0.5 s.
    const slowWrites = new Set(Array.from({ length: 10 }, (_, i) => 2 * i + 1));
    const all = Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => client.createTask('kling-3.0/video', input(i), { beforeSend: async () => (slowWrites.has(i) ? clock.sleep(3_000) : undefined) })),
    );
    // Settled: `created` creates at Kie, every create let through (but `slow` still writing) has
    // reached Kie, and only those writes and the limiter (while callers wait) are asleep.
    const settled = (created: number, slow: number) => () =>
      kie.created().length === created && kie.count('createTask') + slow === 40 - client.queuedCreates && clock.sleepers === slow + (client.queuedCreates > 0 ? 1 : 0);

    await until(settled(10, 10), 10_000, 'the 10 fast creates');
    await clock.advance(3_000);
    await until(settled(20, 0), 10_000, 'the 10 slow creates, 3 s later');
    // The fast ten leave Kie's window at 10 s (our window: 10.5 s); the slow ten only at 13 s.
    await clock.advance(7_500);
    await until(settled(30, 0), 10_000, '10 more creates at 10.5 s');
    await clock.advance(3_000);
    const results = await all;

    expect(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual([]);
    expect(kie.count('createTask')).toBe(40);
    expect(withinLimit(kie.requests.filter((r) => r.route === 'createTask').map((r) => r.at), 20, 10_000)).toBe(true);
  });
});
