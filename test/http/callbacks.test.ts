import { afterEach, describe, expect, it } from 'vitest';
import { FakeKie } from '../../sandbox/kie.ts';
import { Metrics } from '../../src/http/metrics.ts';
import { HttpServer } from '../../src/http/server.ts';
import { KieClient } from '../../src/services/kie/client.ts';
import type { KieTask } from '../../src/services/kie/types.ts';
import { until } from '../support/wait.ts';

const key = 'webhook-hmac-key-for-tests';

let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

/** The fake Kie, the bot's HTTP server and a KieClient that asks for callbacks, wired as the bot will be. */
async function world(options: { fakeKey?: string; serverKey?: string } = {}) {
  const metrics = new Metrics({ processMetrics: false });
  const fake = await FakeKie.start({ ...(options.fakeKey === undefined ? {} : { webhookHmacKey: options.fakeKey }), plan: { waitingMs: 0, queueMs: 0, generateMs: Infinity } });
  cleanups.push(() => fake.close());
  const seen: Array<KieTask | null> = [];
  const late: { kie?: KieClient } = {};
  const server = new HttpServer({
    host: '127.0.0.1',
    port: 0,
    metrics,
    ready: () => Promise.resolve({ ok: true }),
    // What the job pipeline will do: read the task once, never trust the callback's body.
    onTaskHint: async (taskId) => {
      seen.push((await late.kie?.getTask(taskId)) ?? null);
    },
    webhookKey: options.serverKey,
  });
  await server.start();
  cleanups.push(() => server.stop());
  const kie = new KieClient({ baseUrl: fake.url, apiKey: 'test-kie-key', timeoutMs: 2_000, callbackUrl: `${server.url}/kie/callback`, onRequest: (e, o) => metrics.kieCall(e, o) });
  late.kie = kie;
  return { fake, server, kie, metrics, seen };
}

describe('Kie callbacks through the fake Kie, the KieClient and the HTTP server', () => {
  it('sends callBackUrl with every create; a signed callback leads to exactly one recordInfo read', async () => {
    const { fake, kie, metrics, seen } = await world({ fakeKey: key, serverKey: key });
    const { taskId } = await kie.createTask('grok-imagine/text-to-video', { prompt: 'x' });
    expect(fake.created()[0]?.body['callBackUrl']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/kie\/callback$/);
    await fake.completeTask(taskId);
    await until(() => seen.length === 1, 5_000, 'the read after the callback');
    expect(seen[0]).toMatchObject({ taskId, state: 'success' });
    expect(fake.count('recordInfo')).toBe(1);
    const text = await metrics.text();
    expect(text).toContain('kiebot_callbacks_total{result="ok"} 1');
    expect(text).toContain('kiebot_kie_requests_total{endpoint="createTask",outcome="ok"} 1');
    expect(text).toContain('kiebot_kie_requests_total{endpoint="getTask",outcome="ok"} 1');
  });

  it('a per-call callBackUrl wins over the client default', async () => {
    const { fake, kie } = await world();
    await kie.createTask('grok-imagine/text-to-video', { prompt: 'x' }, { callBackUrl: 'https://elsewhere.example/cb' });
    expect(fake.created()[0]?.body['callBackUrl']).toBe('https://elsewhere.example/cb');
  });

  it('refuses callbacks signed with another key: no read, the fake sees 401', async () => {
    const { fake, kie, seen } = await world({ fakeKey: 'another-key', serverKey: key });
    const { taskId } = await kie.createTask('grok-imagine/text-to-video', { prompt: 'x' });
    await fake.completeTask(taskId);
    expect(fake.callbacks.map((c) => c.status)).toEqual([401]);
    expect(seen).toEqual([]);
    expect(fake.count('recordInfo')).toBe(0);
  });

  it('counts each Kie request by outcome, failures included', async () => {
    const { fake, kie, metrics } = await world();
    fake.failNext('createTask', { code: 402 });
    await expect(kie.createTask('grok-imagine/text-to-video', { prompt: 'x' })).rejects.toThrow();
    expect(await metrics.text()).toContain('kiebot_kie_requests_total{endpoint="createTask",outcome="insufficient_credits"} 1');
  });
});
