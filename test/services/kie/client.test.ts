import { failureText, kieFailure as kieFailureMessage } from '../../../src/errors/index.ts';
import { translator } from '../../../src/i18n/index.ts';

/** What the member reads for a Kie error, in English. */
const kieFailure = (error: Parameters<typeof kieFailureMessage>[0]): string => failureText(kieFailureMessage(error), translator('en-US'));
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { KieClient, type KieClientOptions } from '../../../src/services/kie/client.ts';
import { KieError } from '../../../src/services/kie/errors.ts';
import { Limiter, type Clock } from '../../../src/services/kie/limiter.ts';
import { FakeKie, ManualClock, type FakeKieOptions } from '../../../sandbox/kie.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../../shared/fixtures/${name}`, import.meta.url));
const soraInput = { prompt: 'A lighthouse in a storm', aspect_ratio: 'portrait', n_frames: '10', remove_watermark: true };

let fakes: FakeKie[] = [];
afterEach(async () => {
  await Promise.all(fakes.map((f) => f.close()));
  fakes = [];
});

async function startFake(options: FakeKieOptions = {}): Promise<FakeKie> {
  const fake = await FakeKie.start(options);
  fakes.push(fake);
  return fake;
}

function clientFor(fake: FakeKie | string, options: Partial<KieClientOptions> = {}): KieClient {
  return new KieClient({
    baseUrl: typeof fake === 'string' ? fake : fake.url,
    apiKey: 'test-kie-key',
    timeoutMs: 2_000,
    backoff: { baseMs: 1, maxMs: 4 },
    ...options,
  });
}

async function rejection(promise: Promise<unknown>): Promise<KieError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(KieError);
    return error as KieError;
  }
  throw new Error('expected the call to fail');
}

/** A loopback port with nothing listening on it (connections are refused). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('KieClient: a task from create to result', () => {
  it('follows waiting → queuing → generating → success, reads the URL out of the resultJson string and the bytes are the video', async () => {
    const clock = new ManualClock();
    const fake = await startFake({ now: clock.now, plan: { waitingMs: 1_000, queueMs: 2_000, generateMs: 10_000 } });
    const client = clientFor(fake);

    const { taskId } = await client.createTask('sora-2-text-to-video', soraInput, { callBackUrl: 'https://bot.example/kie' });
    expect(taskId).toMatch(/^[0-9a-f]{32}$/);
    expect(fake.created()[0]?.body).toMatchObject({ model: 'sora-2-text-to-video', callBackUrl: 'https://bot.example/kie', input: soraInput });

    const waiting = await client.getTask(taskId);
    expect(waiting).toMatchObject({ taskId, model: 'sora-2-text-to-video', state: 'waiting', resultUrls: [], progress: 0, costTimeSec: null, completeTime: null, failCode: null, failMsg: null });
    await clock.advance(1_000);
    expect((await client.getTask(taskId))?.state).toBe('queuing');
    await clock.advance(7_000);
    expect(await client.getTask(taskId)).toMatchObject({ state: 'generating', progress: 50 });
    await clock.advance(5_000);

    const done = await client.getTask(taskId);
    expect(done).toMatchObject({ state: 'success', progress: 100, costTimeSec: 13, failCode: null, failMsg: null });
    expect(done?.completeTime).toBe((done?.createTime ?? 0) + 13_000);
    expect(done?.resultUrls).toHaveLength(1);
    const video = await fetch(done?.resultUrls[0] ?? '');
    expect(video.status).toBe(200);
    expect(Buffer.from(await video.arrayBuffer()).equals(fixture('sample-portrait.mp4'))).toBe(true);
  });

  it('reports a failed task with its failCode and failMsg and no result', async () => {
    const fake = await startFake({ plan: { waitingMs: 0, queueMs: 0, generateMs: 0, outcome: { fail: { code: '500', msg: 'Internal server error' } } } });
    const client = clientFor(fake);
    const { taskId } = await client.createTask('grok-imagine/text-to-video', { prompt: 'a cat', duration: '6', aspect_ratio: '9:16' });
    const task = await client.getTask(taskId);
    expect(task).toMatchObject({ state: 'fail', failCode: '500', failMsg: 'Internal server error', resultUrls: [], progress: null });
  });

  it('sees a task completed on demand by the fake', async () => {
    const fake = await startFake({ plan: { generateMs: Infinity } });
    const client = clientFor(fake);
    const { taskId } = await client.createTask('kling-3.0/video', { prompt: 'waves', duration: '5', mode: 'std', aspect_ratio: '16:9', sound: true });
    expect((await client.getTask(taskId))?.state).not.toBe('success');
    await fake.completeTask(taskId);
    const task = await client.getTask(taskId);
    expect(task?.state).toBe('success');
    const video = await fetch(task?.resultUrls[0] ?? '');
    expect(Buffer.from(await video.arrayBuffer()).equals(fixture('sample-landscape.mp4'))).toBe(true);
  });

  it('returns null while Kie answers "recordInfo is null" (brand-new or unknown task), without retrying', async () => {
    const clock = new ManualClock();
    const fake = await startFake({ now: clock.now, recordInfoNullMs: 3_000 });
    const client = clientFor(fake);
    const { taskId } = await client.createTask('sora-2-text-to-video', soraInput);
    expect(await client.getTask(taskId)).toBeNull();
    expect(fake.count('recordInfo')).toBe(1);
    await clock.advance(3_000);
    expect((await client.getTask(taskId))?.taskId).toBe(taskId);
    expect(await client.getTask('0123456789abcdef0123456789abcdef')).toBeNull();
  });

  it('reads the credit balance, fractions included', async () => {
    const fake = await startFake({ credits: 5916.25 });
    expect(await clientFor(fake).getCredits()).toBe(5916.25);
  });

  it('gets a fresh download link once a result URL has expired, and the link serves the same bytes', async () => {
    const clock = new ManualClock();
    const fake = await startFake({ now: clock.now, fileTtlMs: 60_000, plan: { waitingMs: 0, queueMs: 0, generateMs: 1_000 } });
    const client = clientFor(fake);
    const { taskId } = await client.createTask('sora-2-text-to-video', { ...soraInput, aspect_ratio: 'landscape' });
    await clock.advance(1_000);
    const url = (await client.getTask(taskId))?.resultUrls[0] ?? '';
    expect((await fetch(url)).status).toBe(200);

    await clock.advance(60_000);
    expect((await fetch(url)).status).toBe(404);
    const fresh = await client.getDownloadUrl(url);
    expect(fresh).not.toBe(url);
    const video = await fetch(fresh);
    expect(video.status).toBe(200);
    expect(Buffer.from(await video.arrayBuffer()).equals(fixture('sample-landscape.mp4'))).toBe(true);
  });

  it('refuses a download link for a URL Kie did not make, without retrying', async () => {
    const fake = await startFake();
    const error = await rejection(clientFor(fake).getDownloadUrl('https://example.com/not-kie.mp4'));
    expect(error).toMatchObject({ kind: 'invalid_request', code: 422, retryable: false });
    expect(fake.count('downloadUrl')).toBe(1);
  });
});

describe('KieClient: every Kie code becomes a KieError a member can read', () => {
  const cases: Array<{ code: number; msg?: string; httpStatus?: number; kind: string; retryable: boolean }> = [
    { code: 401, kind: 'unauthorized', retryable: false },
    { code: 402, kind: 'insufficient_credits', retryable: false },
    { code: 422, kind: 'invalid_request', retryable: false },
    { code: 429, kind: 'rate_limited', retryable: true },
    { code: 429, httpStatus: 429, kind: 'rate_limited', retryable: true },
    { code: 455, kind: 'unavailable', retryable: true },
    { code: 500, kind: 'server_error', retryable: true },
    { code: 500, msg: 'prompt is required', kind: 'invalid_request', retryable: false },
    { code: 500, msg: 'This interface is temporarily paused', kind: 'model_paused', retryable: false },
    { code: 500, httpStatus: 500, kind: 'server_error', retryable: true },
    { code: 501, kind: 'generation_failed', retryable: false },
    { code: 505, kind: 'feature_disabled', retryable: false },
  ];

  for (const c of cases) {
    it(`code ${c.code}${c.httpStatus ? ` over HTTP ${c.httpStatus}` : ''}${c.msg ? ` "${c.msg}"` : ''} → ${c.kind}`, async () => {
      const fake = await startFake();
      fake.failNext('credit', { code: c.code, ...(c.msg ? { msg: c.msg } : {}), ...(c.httpStatus ? { httpStatus: c.httpStatus } : {}) });
      const error = await rejection(clientFor(fake, { readRetries: 0 }).getCredits());
      expect(error).toMatchObject({ kind: c.kind, code: c.code, retryable: c.retryable });
      expect(kieFailure(error)).toMatch(/^[A-Z].{20,}[.!]$/);
      expect(kieFailure(error)).not.toMatch(/https?:|Bearer|stack/i);
    });
  }

  it('a wrong API key is unauthorized', async () => {
    const fake = await startFake({ apiKey: 'the-right-key' });
    const error = await rejection(clientFor(fake, { apiKey: 'a-wrong-key' }).createTask('sora-2-text-to-video', soraInput));
    expect(error).toMatchObject({ kind: 'unauthorized', code: 401 });
    expect(fake.created()).toHaveLength(0);
  });

  it('a paused model says so, and the member is told to pick another', async () => {
    const fake = await startFake();
    fake.pauseModel('sora-2-text-to-video');
    const error = await rejection(clientFor(fake).createTask('sora-2-text-to-video', soraInput));
    expect(error).toMatchObject({ kind: 'model_paused', code: 500, retryable: false });
    expect(kieFailure(error)).toMatch(/paused/);
    expect(fake.count('createTask')).toBe(1);
  });

  it('a missing field, a bad value and an unknown model are invalid requests that name the problem', async () => {
    const fake = await startFake();
    const client = clientFor(fake);
    const missing = await rejection(client.createTask('sora-2-text-to-video', { aspect_ratio: 'portrait' }));
    expect(missing).toMatchObject({ kind: 'invalid_request', code: 500 });
    expect(kieFailure(missing)).toContain('prompt is required');
    const badValue = await rejection(client.createTask('sora-2-text-to-video', { ...soraInput, n_frames: '20' }));
    expect(badValue).toMatchObject({ kind: 'invalid_request', code: 422 });
    expect(kieFailure(badValue)).toContain('n_frames');
    const unknown = await rejection(client.createTask('sora-3-text-to-video', soraInput));
    expect(unknown).toMatchObject({ kind: 'invalid_request', code: 422 });
    expect(fake.count('createTask')).toBe(3);
    expect(fake.created()).toHaveLength(0);
  });

  it('a proxy error page (HTTP 502, HTML) is a server error', async () => {
    const fake = await startFake();
    fake.failNext('credit', { code: 502, httpStatus: 502 });
    const error = await rejection(clientFor(fake, { readRetries: 0 }).getCredits());
    expect(error).toMatchObject({ kind: 'server_error', code: 502, retryable: true });
  });
});

describe('KieClient: createTask is retried only when no task can exist', () => {
  it('retries a 429 (HTTP 200 body) once and then succeeds: 2 creates seen, 1 task made', async () => {
    const fake = await startFake();
    fake.failNext('createTask', { code: 429 });
    const { taskId } = await clientFor(fake).createTask('sora-2-text-to-video', soraInput);
    expect(fake.count('createTask')).toBe(2);
    expect(fake.created().map((c) => c.taskId)).toEqual([taskId]);
  });

  it('retries a real HTTP 429 the same way', async () => {
    const fake = await startFake();
    fake.failNext('createTask', { code: 429, httpStatus: 429, times: 2 });
    await clientFor(fake).createTask('sora-2-text-to-video', soraInput);
    expect(fake.count('createTask')).toBe(3);
    expect(fake.created()).toHaveLength(1);
  });

  it('gives up on 429 after createRetries and says so', async () => {
    const fake = await startFake();
    fake.failNext('createTask', { code: 429, times: 10 });
    const error = await rejection(clientFor(fake, { createRetries: 2 }).createTask('sora-2-text-to-video', soraInput));
    expect(error).toMatchObject({ kind: 'rate_limited', retryable: true });
    expect(fake.count('createTask')).toBe(3);
  });

  it('does not retry a create that hangs: one request, a timeout error, and the task Kie made anyway stays single', async () => {
    const fake = await startFake();
    fake.hang('createTask', 1, { processFirst: true });
    const started = Date.now();
    const error = await rejection(clientFor(fake, { timeoutMs: 200 }).createTask('sora-2-text-to-video', soraInput));
    expect(error).toMatchObject({ kind: 'timeout', retryable: false });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(fake.count('createTask')).toBe(1);
    expect(fake.created()).toHaveLength(1);
  });

  it('does not retry a 500', async () => {
    const fake = await startFake();
    fake.failNext('createTask', { code: 500 });
    const error = await rejection(clientFor(fake).createTask('sora-2-text-to-video', soraInput));
    expect(error).toMatchObject({ kind: 'server_error', code: 500, retryable: false });
    expect(fake.count('createTask')).toBe(1);
  });

  it('does not retry an unreadable answer', async () => {
    for (const kind of ['not-json', 'bad-shape'] as const) {
      const fake = await startFake();
      fake.malformed('createTask', 1, kind);
      const error = await rejection(clientFor(fake).createTask('sora-2-text-to-video', soraInput));
      expect(error).toMatchObject({ kind: 'malformed', retryable: false });
      expect(fake.count('createTask')).toBe(1);
    }
  });

  it('retries a refused connection (nothing was sent) and succeeds once Kie is back', async () => {
    const port = await closedPort();
    let fake: FakeKie | undefined;
    const clock: Clock = {
      now: () => Date.now(),
      sleep: async () => {
        fake ??= await startFake({ port });
      },
    };
    const { taskId } = await clientFor(`http://127.0.0.1:${port}`, { clock }).createTask('sora-2-text-to-video', soraInput);
    expect(fake?.count('createTask')).toBe(1);
    expect(fake?.created().map((c) => c.taskId)).toEqual([taskId]);
  });

  it('reports a connection error when Kie stays unreachable', async () => {
    const port = await closedPort();
    const error = await rejection(clientFor(`http://127.0.0.1:${port}`, { createRetries: 1 }).createTask('sora-2-text-to-video', soraInput));
    expect(error).toMatchObject({ kind: 'connection', retryable: true });
    expect(error.message).toContain('ECONNREFUSED');
  });
});

describe('KieClient: creates waiting for a slot', () => {
  it('runs beforeSend once the slot is granted, and an abort while waiting sends nothing', async () => {
    const fake = await startFake({ createRateLimit: false });
    const clock = new ManualClock();
    const client = clientFor(fake, { createLimiter: new Limiter({ limit: 1, windowMs: 60_000, clock }) });
    const events: string[] = [];
    const first = await client.createTask('sora-2-text-to-video', soraInput, { beforeSend: async () => void events.push('first sent') });
    expect(first.taskId).toMatch(/^[0-9a-f]{32}$/);
    const controller = new AbortController();
    const waiting = client.createTask('sora-2-text-to-video', soraInput, { beforeSend: async () => void events.push('second sent'), signal: controller.signal });
    await new Promise((r) => setTimeout(r, 20));
    expect(client.queuedCreates).toBe(1);
    controller.abort();
    const error = await rejection(waiting);
    expect(error.kind).toBe('cancelled');
    expect(events).toEqual(['first sent']);
    expect(fake.count('createTask')).toBe(1);
    expect(client.queuedCreates).toBe(0);
  });
});

describe('KieClient: reads are retried on transient errors', () => {
  it('retries recordInfo through two 500s and succeeds', async () => {
    const fake = await startFake();
    const client = clientFor(fake);
    const { taskId } = await client.createTask('sora-2-text-to-video', soraInput);
    fake.failNext('recordInfo', { code: 500, times: 2 });
    expect((await client.getTask(taskId))?.taskId).toBe(taskId);
    expect(fake.count('recordInfo')).toBe(3);
  });

  it('retries 455, HTTP 502 and unreadable bodies', async () => {
    const fake = await startFake();
    fake.failNext('credit', { code: 455 });
    fake.failNext('credit', { code: 502, httpStatus: 502 });
    fake.malformed('credit', 1, 'truncated');
    expect(await clientFor(fake).getCredits()).toBe(10_000);
    expect(fake.count('credit')).toBe(4);
  });

  it('retries a recordInfo whose data has an unexpected shape', async () => {
    const fake = await startFake();
    const client = clientFor(fake);
    const { taskId } = await client.createTask('sora-2-text-to-video', soraInput);
    fake.malformed('recordInfo', 2, 'bad-shape');
    expect((await client.getTask(taskId))?.state).toBeDefined();
    expect(fake.count('recordInfo')).toBe(3);
  });

  it('retries a read that timed out', async () => {
    const fake = await startFake();
    fake.hang('credit', 1);
    expect(await clientFor(fake, { timeoutMs: 150 }).getCredits()).toBe(10_000);
    expect(fake.count('credit')).toBe(2);
  });

  it('stops after readRetries and throws the last error', async () => {
    const fake = await startFake();
    fake.failNext('credit', { code: 500, times: 10 });
    const error = await rejection(clientFor(fake, { readRetries: 2 }).getCredits());
    expect(error.kind).toBe('server_error');
    expect(fake.count('credit')).toBe(3);
  });

  it('does not retry what a retry cannot fix (402)', async () => {
    const fake = await startFake();
    fake.failNext('credit', { code: 402 });
    await rejection(clientFor(fake).getCredits());
    expect(fake.count('credit')).toBe(1);
  });

  it('backs off with capped, jittered delays', async () => {
    const fake = await startFake();
    fake.failNext('credit', { code: 500, times: 4 });
    const slept: number[] = [];
    const clock: Clock = { now: () => Date.now(), sleep: async (ms) => void slept.push(ms) };
    await clientFor(fake, { clock, backoff: { baseMs: 100, maxMs: 300 }, random: () => 1 }).getCredits();
    expect(slept).toEqual([100, 200, 300, 300]);
  });
});

describe('KieClient: the API key never leaks', () => {
  const secret = 'kie-SECRET-6f1d2c3b4a5e6f7a8b9c';

  function leaks(value: unknown): boolean {
    const texts = [JSON.stringify(value), inspect(value, { depth: 20, showHidden: true })];
    if (value instanceof Error) texts.push(value.message, value.stack ?? '', String(value));
    return texts.some((t) => t.includes(secret));
  }

  it('appears in no error, whatever went wrong, nor in any log line', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
    const fake = await startFake({ apiKey: secret });
    const client = clientFor(fake, { apiKey: secret, logger, readRetries: 1, createRetries: 1, timeoutMs: 150 });
    const errors: KieError[] = [];

    fake.failNext('credit', { code: 500, msg: `token ${secret} rejected`, times: 5 });
    errors.push(await rejection(client.getCredits()));
    fake.hang('createTask', 1);
    errors.push(await rejection(client.createTask('sora-2-text-to-video', soraInput)));
    fake.hang('recordInfo', 2);
    errors.push(await rejection(client.getTask('0123456789abcdef0123456789abcdef')));
    fake.malformed('downloadUrl', 2);
    errors.push(await rejection(client.getDownloadUrl(fake.fileUrl('sample-image.png'))));
    const port = await closedPort();
    errors.push(await rejection(clientFor(`http://127.0.0.1:${port}`, { apiKey: secret, logger, createRetries: 0 }).createTask('sora-2-text-to-video', soraInput)));
    errors.push(await rejection(clientFor(fake, { apiKey: `${secret}-wrong`, logger }).getCredits()));

    expect(errors.map((e) => e.kind)).toEqual(['server_error', 'timeout', 'timeout', 'malformed', 'connection', 'unauthorized']);
    expect(errors[0]?.message).toContain('[redacted]');
    for (const error of errors) {
      expect(leaks(error)).toBe(false);
      expect(error.cause).toBeUndefined();
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(secret);
  });
});
