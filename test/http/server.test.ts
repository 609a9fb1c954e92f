import { request } from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeKie } from '../../sandbox/kie.ts';
import { kieSignature } from '../../src/http/kieCallback.ts';
import { Metrics } from '../../src/http/metrics.ts';
import { HttpServer, type HttpServerOptions, type Readiness } from '../../src/http/server.ts';
import { until } from '../support/wait.ts';

const key = 'webhook-hmac-key-for-tests';
const taskId = '0123456789abcdef0123456789abcdef';
const start = 1_776_000_000_000;

let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

interface Harness {
  server: HttpServer;
  metrics: Metrics;
  hints: string[];
  logs: string[];
  clock: { now: number };
}

async function startServer(options: Partial<HttpServerOptions> = {}): Promise<Harness> {
  const hints: string[] = [];
  const logs: string[] = [];
  const clock = { now: start };
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (logs.push(chunk.toString()), done()) });
  const metrics = new Metrics({ processMetrics: false });
  const server = new HttpServer({
    host: '127.0.0.1',
    port: 0,
    metrics,
    ready: () => Promise.resolve({ ok: true }),
    onTaskHint: (id) => {
      hints.push(id);
      return Promise.resolve();
    },
    webhookKey: key,
    logger: pino({ level: 'info' }, sink),
    now: () => clock.now,
    ...options,
  });
  await server.start();
  cleanups.push(() => server.stop());
  return { server, metrics, hints, logs, clock };
}

function callbackBody(id: string, state = 'success'): string {
  return JSON.stringify({ code: 200, msg: 'Playground task completed successfully.', data: { taskId: id, model: 'kling-3.0/video', state, resultJson: '{"resultUrls":["https://evil.example/x.mp4"]}' } });
}

function signed(id: string, atMs: number, withKey = key): Record<string, string> {
  const timestamp = String(Math.floor(atMs / 1000));
  return { 'content-type': 'application/json', 'x-webhook-timestamp': timestamp, 'x-webhook-signature': kieSignature(withKey, id, timestamp) };
}

async function post(h: Harness, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const res = await fetch(`${h.server.url}/kie/callback`, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}

describe('HttpServer: Kie callbacks', () => {
  it('answers 200 to a correctly signed callback and hints only the task id', async () => {
    const h = await startServer();
    const res = await post(h, callbackBody(taskId), signed(taskId, start));
    expect(res).toEqual({ status: 200, text: 'ok\n' });
    await until(() => h.hints.length === 1, 5_000, 'the hint');
    expect(h.hints).toEqual([taskId]);
  });

  it('answers before the hint is handled: the work happens after Kie has its 200', async () => {
    let release = () => {};
    const handled: string[] = [];
    const h = await startServer({
      onTaskHint: (id) =>
        new Promise<void>((resolve) => {
          release = () => {
            handled.push(id);
            resolve();
          };
        }),
    });
    expect((await post(h, callbackBody(taskId), signed(taskId, start))).status).toBe(200);
    expect(handled).toEqual([]);
    release();
    await until(() => handled.length === 1, 5_000, 'the hint');
  });

  it.each([
    ['missing', {}, 'missing'],
    ['with a signature made with another key', signed(taskId, start, 'some-other-key'), 'bad'],
    ['with a signature for another task', signed('ffffffffffffffffffffffffffffffff', start), 'bad'],
    ['with a signature that is not base64 of the right length', { 'x-webhook-timestamp': String(start / 1000), 'x-webhook-signature': 'x' }, 'bad'],
    ['stale: signed 6 minutes ago', signed(taskId, start - 6 * 60_000), 'stale'],
    ['from the future: signed 6 minutes ahead', signed(taskId, start + 6 * 60_000), 'stale'],
  ])('refuses a callback %s with 401, logs a warning and hints nothing', async (_what, headers, result) => {
    const h = await startServer();
    const res = await post(h, callbackBody(taskId), { 'content-type': 'application/json', ...headers });
    expect(res).toEqual({ status: 401, text: 'unauthorized\n' });
    expect(h.hints).toEqual([]);
    const warning = h.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l['level'] === 40);
    expect(warning).toMatchObject({ result, msg: 'Kie callback refused: signature missing, wrong or stale' });
    expect(await h.metrics.text()).toContain(`kiebot_callbacks_total{result="${result}"} 1`);
  });

  it('accepts a timestamp within 5 minutes either way', async () => {
    const h = await startServer();
    expect((await post(h, callbackBody(taskId), signed(taskId, start - 4 * 60_000))).status).toBe(200);
    expect((await post(h, callbackBody(taskId), signed(taskId, start + 4 * 60_000))).status).toBe(200);
  });

  it('without a key, takes every callback as an unsigned hint', async () => {
    const h = await startServer({ webhookKey: undefined });
    expect((await post(h, callbackBody(taskId), { 'content-type': 'application/json' })).status).toBe(200);
    await until(() => h.hints.length === 1, 5_000, 'the hint');
    expect(await h.metrics.text()).toContain('kiebot_callbacks_total{result="unsigned"} 1');
  });

  it('finds the task id where Kie puts it (data.taskId, data.task_id, taskId) and refuses a body without one with 400', async () => {
    const h = await startServer({ webhookKey: undefined });
    for (const body of [{ data: { task_id: 'veo_task_abc123' } }, { taskId: 'abc' }]) {
      expect((await post(h, JSON.stringify(body), {})).status).toBe(200);
    }
    await until(() => h.hints.length === 2, 5_000, 'the hints');
    expect(h.hints.sort()).toEqual(['abc', 'veo_task_abc123']);
    for (const body of ['not json', '[]', '{"data":{"taskId":"../../etc/passwd"}}', '{"data":{"taskId":42}}', '']) {
      expect((await post(h, body, {})).status).toBe(400);
    }
    expect(h.hints).toHaveLength(2);
    expect(await h.metrics.text()).toContain('kiebot_callbacks_total{result="malformed"} 5');
  });

  it('refuses a 1 MB body with 413, declared or streamed, and hints nothing', async () => {
    const h = await startServer({ webhookKey: undefined });
    const big = Buffer.alloc(1024 * 1024, 'a');
    expect((await post(h, big.toString(), {})).status).toBe(413);
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(`${h.server.url}/kie/callback`, { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 16; i++) req.write(big.subarray(0, 64 * 1024));
      req.end();
    });
    expect(streamed).toBe(413);
    expect(h.hints).toEqual([]);
  });

  it('answers 429 once a client is past its rate bound', async () => {
    const h = await startServer({ rate: { burst: 3, perSecond: 0.001 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(h, callbackBody(taskId), signed(taskId, start))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect((await fetch(`${h.server.url}/healthz`)).status).toBe(429);
    h.clock.now += 10_000; // ten seconds earn 0.01 tokens: still refused
    expect((await fetch(`${h.server.url}/healthz`)).status).toBe(429);
    h.clock.now += 1_000_000;
    expect((await fetch(`${h.server.url}/healthz`)).status).toBe(200);
  });

  it('never echoes the key, the signature or the body', async () => {
    const h = await startServer();
    const headers = signed(taskId, start, 'wrong-key');
    const res = await post(h, callbackBody(taskId), headers);
    for (const secret of [key, headers['x-webhook-signature'] ?? '', 'evil.example']) expect(res.text).not.toContain(secret);
    expect(h.logs.join('')).not.toContain(key);
  });

  it("verifies the fake Kie's signed callbacks end to end", async () => {
    const h = await startServer({ now: Date.now });
    const fake = await FakeKie.start({ webhookHmacKey: key, plan: { generateMs: Infinity } });
    cleanups.push(() => fake.close());
    const created = await fetch(`${fake.url}/api/v1/jobs/createTask`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-kie-key', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'grok-imagine/text-to-video', input: { prompt: 'x' }, callBackUrl: `${h.server.url}/kie/callback` }),
    });
    const id = ((await created.json()) as { data: { taskId: string } }).data.taskId;
    await fake.completeTask(id);
    expect(fake.callbacks.map((c) => c.status)).toEqual([200]);
    await until(() => h.hints.length === 1, 5_000, 'the hint');
    expect(h.hints).toEqual([id]);
  });
});

describe('HttpServer: health, readiness, metrics, routing', () => {
  it('/healthz answers 200 while the process is up', async () => {
    const h = await startServer();
    const res = await fetch(`${h.server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok\n');
  });

  it('/readyz follows the injected check: 200 when ready, 503 with a one-line reason when not', async () => {
    let verdict: Readiness = { ok: false, reason: 'gateway not ready' };
    const h = await startServer({ ready: () => Promise.resolve(verdict) });
    let res = await fetch(`${h.server.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.text()).toBe('not ready: gateway not ready\n');
    verdict = { ok: true };
    res = await fetch(`${h.server.url}/readyz`);
    expect([res.status, await res.text()]).toEqual([200, 'ready\n']);
    verdict = { ok: false, reason: 'store closed:\nSQLITE_MISUSE' };
    res = await fetch(`${h.server.url}/readyz`);
    expect([res.status, await res.text()]).toEqual([503, 'not ready: store closed: SQLITE_MISUSE\n']);
  });

  it('/readyz answers 503 when the check throws or hangs, without echoing the error', async () => {
    const thrown = await startServer({ ready: () => Promise.reject(new Error('secret-ish detail')) });
    const res = await fetch(`${thrown.server.url}/readyz`);
    expect([res.status, await res.text()]).toEqual([503, 'not ready: readiness check failed\n']);
    const hung = await startServer({ ready: () => new Promise(() => {}), readyTimeoutMs: 50 });
    expect((await fetch(`${hung.server.url}/readyz`)).status).toBe(503);
  });

  it('/metrics serves Prometheus text with the bot series', async () => {
    const h = await startServer();
    h.metrics.jobFinished('delivered', 'kling-3.0');
    await post(h, callbackBody(taskId), signed(taskId, start));
    const res = await fetch(`${h.server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await res.text();
    expect(text).toContain('kiebot_jobs_finished_total{outcome="delivered",model="kling-3.0"} 1');
    expect(text).toContain('kiebot_callbacks_total{result="ok"} 1');
    expect(text).toContain('kiebot_http_requests_total{route="kie_callback",status="200"} 1');
  });

  it('answers 404 for unknown paths and 405 for a wrong method', async () => {
    const h = await startServer();
    expect((await fetch(`${h.server.url}/`)).status).toBe(404);
    expect((await fetch(`${h.server.url}/kie/callback/../../etc`)).status).toBe(404);
    const get = await fetch(`${h.server.url}/kie/callback`);
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    expect((await fetch(`${h.server.url}/metrics`, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('stop() waits for hints under way', async () => {
    let finished = false;
    const h = await startServer({
      onTaskHint: async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        finished = true;
      },
    });
    await post(h, callbackBody(taskId), signed(taskId, start));
    await h.server.stop();
    expect(finished).toBe(true);
  });
});
