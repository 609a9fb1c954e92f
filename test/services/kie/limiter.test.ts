import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/**
 * Counts the creates that have come back to their caller: only then is a create's start stamped
 * with Kie's answer, so a test must see them back before it moves the clock on.
 */
function answers() {
  let back = 0;
  return {
    get back() {
      return back;
    },
    track: <T>(create: Promise<T>): Promise<T> => create.finally(() => back++),
  };
}

/** A loopback hop in front of the fake Kie that holds the requests `hold` picks until `release()`: a slow way to Kie. */
async function slowRoad(target: string, hold: (body: string) => boolean) {
  const held: Array<() => void> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const forward = () =>
        void fetch(`${target}${req.url ?? '/'}`, {
          method: req.method ?? 'GET',
          headers: { authorization: req.headers.authorization ?? '', 'content-type': req.headers['content-type'] ?? 'application/json' },
          ...(req.method === 'POST' ? { body } : {}),
        }).then(async (answer) => {
          res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await answer.arrayBuffer()));
        });
      if (hold(body)) held.push(forward);
      else forward();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get held() {
      return held.length;
    },
    release: () => held.splice(0).forEach((forward) => forward()),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
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
    const answered = answers();
    const all = Promise.all(Array.from({ length: 50 }, (_, i) => answered.track(client.createTask('kling-3.0/video', input(i)))));

    const kie = fake;
    await vi.waitFor(() => expect([kie.created().length, answered.back]).toEqual([20, 20]));
    expect(client.queuedCreates).toBe(30);
    await clock.advance(10_500);
    await vi.waitFor(() => expect([kie.created().length, answered.back]).toEqual([40, 40]));
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
    const answered = answers();
    const all = Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        answered.track(client.createTask('kling-3.0/video', input(i), { beforeSend: async () => (slowWrites.has(i) ? clock.sleep(3_000) : undefined) })),
      ),
    );
    // Settled: `created` creates at Kie, every create let through (but `slow` still writing) has
    // reached Kie and come back, and only those writes and the limiter (while callers wait) are asleep.
    const settled = (created: number, slow: number) => () =>
      kie.created().length === created &&
      kie.count('createTask') + slow === 40 - client.queuedCreates &&
      answered.back === kie.count('createTask') &&
      clock.sleepers === slow + (client.queuedCreates > 0 ? 1 : 0);

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

  it("counts a create from Kie's answer too: requests slow to reach Kie bring no 429 from Kie's own clock", async () => {
    const clock = new ManualClock();
    fake = await FakeKie.start({ now: clock.now, createRateLimit: { limit: 20, windowMs: 10_000 } });
    const kie = fake;
    // Every other one of the first 20 creates takes 3 s to reach Kie (a loaded machine, a slow link).
    const road = await slowRoad(kie.url, (body) => /"prompt":"job (1|3|5|7|9|11|13|15|17|19)"/.test(body));
    try {
      const client = new KieClient({ baseUrl: road.url, apiKey: 'test-kie-key', clock, timeoutMs: 5_000, createRetries: 0 });
      const input = (i: number) => ({ prompt: `job ${i}`, duration: '5', mode: 'std', aspect_ratio: '16:9' });
      const answered = answers();
      const all = Promise.allSettled(Array.from({ length: 40 }, (_, i) => answered.track(client.createTask('kling-3.0/video', input(i)))));
      // Settled: `created` creates at Kie, every create let through (but the held ones) has reached
      // Kie and come back, and the limiter alone is asleep while callers wait.
      const settled = (created: number) => () =>
        kie.created().length === created &&
        kie.count('createTask') + road.held === 40 - client.queuedCreates &&
        answered.back === kie.count('createTask') &&
        clock.sleepers === (client.queuedCreates > 0 ? 1 : 0);

      await until(() => settled(10)() && road.held === 10, 10_000, 'the 10 quick creates');
      await clock.advance(3_000);
      road.release();
      await until(settled(20), 10_000, 'the 10 slow creates, 3 s later');
      await clock.advance(7_500);
      await until(settled(30), 10_000, '10 more creates at 10.5 s');
      await clock.advance(3_000);
      const results = await all;

      expect(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual([]);
      expect(kie.count('createTask')).toBe(40);
    } finally {
      await road.close();
    }
  });
});
