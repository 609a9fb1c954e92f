import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { render, translator } from '../../src/i18n/index.ts';
import { ModelRegistry } from '../../src/services/models/registry.ts';
import { FakeKie, ManualClock, validateInput, type FakeKieOptions } from '../../sandbox/kie.ts';
import { validateVeoBody } from '../../sandbox/kie/veo.ts';

/**
 * The fake is only useful if it behaves like Kie on the wire, so these tests talk to it with
 * plain fetch, the way Kie's docs describe the API, not through KieClient.
 */

const key = 'test-kie-key';
const auth = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
const soraInput = { prompt: 'A lighthouse', aspect_ratio: 'portrait', n_frames: '15', remove_watermark: true };

let fakes: FakeKie[] = [];
let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(fakes.map((f) => f.close()));
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  fakes = [];
  servers = [];
});

async function startFake(options: FakeKieOptions = {}): Promise<FakeKie> {
  const fake = await FakeKie.start(options);
  fakes.push(fake);
  return fake;
}

async function post(fake: FakeKie, path: string, body: unknown, headers: Record<string, string> = auth): Promise<{ status: number; contentType: string | null; json: Record<string, unknown> }> {
  const res = await fetch(`${fake.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, contentType: res.headers.get('content-type'), json: (await res.json()) as Record<string, unknown> };
}

async function get(fake: FakeKie, path: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${fake.url}${path}`, { headers: auth });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function create(fake: FakeKie, model: string, input: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<string> {
  const { json } = await post(fake, '/api/v1/jobs/createTask', { model, input, ...extra });
  expect(json['code']).toBe(200);
  return (json['data'] as { taskId: string }).taskId;
}

/** A loopback receiver for Kie's callbacks. */
async function receiver(): Promise<{ url: string; received: Array<{ headers: Record<string, unknown>; body: Record<string, unknown> }> }> {
  const received: Array<{ headers: Record<string, unknown>; body: Record<string, unknown> }> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown> });
      res.end('ok');
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/kie`, received };
}

describe('FakeKie: createTask', () => {
  it('answers like the wire: HTTP 200, msg, a 32-hex taskId with the same recordId, Kie content type', async () => {
    const fake = await startFake();
    const res = await post(fake, '/api/v1/jobs/createTask', { model: 'sora-2-text-to-video', input: soraInput });
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/json;charset=UTF-8');
    expect(res.json).toMatchObject({ code: 200, msg: 'success' });
    const data = res.json['data'] as { taskId: string; recordId: string };
    expect(data.taskId).toMatch(/^[0-9a-f]{32}$/);
    expect(data.recordId).toBe(data.taskId);
  });

  it('answers errors as HTTP 200 with the code in the body', async () => {
    const fake = await startFake();
    const wrongKey = await post(fake, '/api/v1/jobs/createTask', { model: 'sora-2-text-to-video', input: soraInput }, { authorization: 'Bearer nope' });
    expect(wrongKey).toMatchObject({ status: 200, json: { code: 401, msg: 'You do not have access permissions', data: null } });
    const missing = await post(fake, '/api/v1/jobs/createTask', { model: 'sora-2-text-to-video', input: { n_frames: '10' } });
    expect(missing.json).toMatchObject({ code: 500, msg: 'prompt is required' });
    const unknown = await post(fake, '/api/v1/jobs/createTask', { model: 'sora-3', input: soraInput });
    expect(unknown.json['code']).toBe(422);
    expect(String(unknown.json['msg'])).toContain('not supported');
    fake.pauseModel('sora-2-text-to-video');
    const paused = await post(fake, '/api/v1/jobs/createTask', { model: 'sora-2-text-to-video', input: {} });
    expect(paused.json).toMatchObject({ code: 500, msg: 'This interface is temporarily paused' });
    fake.resumeModel('sora-2-text-to-video');
    expect(fake.created()).toHaveLength(0);
    expect(fake.count('createTask')).toBe(4);
  });

  it('is strict about inputs, model by model', () => {
    const image = { image_urls: ['https://files.example/cat.png'] };
    const accepted: Array<[string, Record<string, unknown>]> = [
      ['sora-2-text-to-video', soraInput],
      ['sora-2-image-to-video', { ...soraInput, ...image }],
      ['sora-2-pro-text-to-video', { ...soraInput, size: 'high', upload_method: 'oss' }],
      ['sora-2-pro-image-to-video', { ...soraInput, ...image, size: 'standard' }],
      ['kling-3.0/video', { prompt: 'x', duration: '15', mode: '4K', sound: false, aspect_ratio: '1:1' }],
      ['kling-3.0/video', { multi_shots: true, multi_prompt: [{ prompt: 'a', duration: 3 }], duration: '3', mode: 'pro' }],
      ['grok-imagine/text-to-video', { prompt: 'x', duration: '10', resolution: '720p', mode: 'spicy', aspect_ratio: '2:3' }],
      ['grok-imagine/image-to-video', { ...image, duration: '6' }],
      ['grok-imagine/image-to-video', { task_id: 'abc', index: 5 }],
    ];
    for (const [model, input] of accepted) expect(validateInput(model, input), `${model} ${JSON.stringify(input)}`).toBeUndefined();

    const rejected: Array<[string, unknown, number, RegExp]> = [
      ['sora-2-text-to-video', { ...soraInput, n_frames: '20' }, 422, /n_frames/],
      ['sora-2-text-to-video', { ...soraInput, n_frames: 10 }, 422, /n_frames/],
      ['sora-2-text-to-video', { ...soraInput, aspect_ratio: 'square' }, 422, /aspect_ratio/],
      ['sora-2-text-to-video', { ...soraInput, size: 'high' }, 422, /size/],
      ['sora-2-text-to-video', { ...soraInput, prompt: 'x'.repeat(10_001) }, 422, /prompt/],
      ['sora-2-text-to-video', { ...soraInput, prompt: '' }, 500, /prompt is required/],
      ['sora-2-image-to-video', soraInput, 500, /image_urls is required/],
      ['sora-2-image-to-video', { ...soraInput, image_urls: ['a', 'b'] }, 422, /image_urls/],
      ['sora-2-pro-image-to-video', { ...soraInput, ...image, size: 'ultra' }, 422, /size/],
      ['sora-2-text-to-video', undefined, 500, /input is required/],
      ['kling-3.0/video', { prompt: 'x', duration: '2', mode: 'std' }, 422, /duration/],
      ['kling-3.0/video', { prompt: 'x', duration: '5' }, 500, /mode is required/],
      ['kling-3.0/video', { duration: '5', mode: 'std' }, 500, /prompt is required/],
      ['kling-3.0/video', { prompt: 'x', duration: '5', mode: 'std', aspect_ratio: 'portrait' }, 422, /aspect_ratio/],
      ['grok-imagine/text-to-video', { prompt: 'x', duration: '15' }, 422, /duration/],
      ['grok-imagine/text-to-video', { prompt: 'x', image_urls: ['https://a.example/b.png'] }, 422, /image_urls/],
      ['grok-imagine/image-to-video', { prompt: 'x' }, 500, /image_urls is required/],
      ['grok-imagine/image-to-video', { task_id: 'abc', index: 6 }, 422, /index/],
    ];
    for (const [model, input, code, msg] of rejected) {
      const problem = validateInput(model, input);
      expect(problem?.code, `${model} ${JSON.stringify(input)}`).toBe(code);
      expect(problem?.msg).toMatch(msg);
    }
  });

  it('is strict about the new families too, as the registry assumes them', () => {
    const url = 'https://files.example/cat.png';
    const seedance = { prompt: 'x', duration: 5, resolution: '720p', aspect_ratio: '16:9', generate_audio: true, web_search: false };
    const wan = { prompt: 'x', duration: '5', resolution: '720p' };
    const hailuo = { prompt: 'x', image_url: url, duration: '6', resolution: '768P' };
    const accepted: Array<[string, Record<string, unknown>]> = [
      ['bytedance/seedance-2', { ...seedance, resolution: '1080p', duration: 15 }],
      ['bytedance/seedance-2', { ...seedance, first_frame_url: url, last_frame_url: url, aspect_ratio: 'adaptive' }],
      ['bytedance/seedance-2', { ...seedance, reference_image_urls: [url] }],
      ['bytedance/seedance-2-fast', { ...seedance, resolution: '480p', duration: 4 }],
      ['wan/2-6-text-to-video', { ...wan, duration: '15', resolution: '1080p' }],
      ['wan/2-6-image-to-video', { ...wan, image_urls: [url] }],
      ['hailuo/2-3-image-to-video-standard', { ...hailuo, duration: '10' }],
      ['hailuo/2-3-image-to-video-standard', { ...hailuo, resolution: '1080P' }],
    ];
    for (const [model, input] of accepted) expect(validateInput(model, input), `${model} ${JSON.stringify(input)}`).toBeUndefined();

    const rejected: Array<[string, unknown, number, RegExp]> = [
      ['bytedance/seedance-2', { ...seedance, duration: '5' }, 422, /duration must be an integer from 4 to 15/],
      ['bytedance/seedance-2', { ...seedance, duration: 16 }, 422, /duration/],
      ['bytedance/seedance-2', { ...seedance, web_search: undefined }, 500, /web_search is required/],
      ['bytedance/seedance-2', { ...seedance, aspect_ratio: 'portrait' }, 422, /aspect_ratio/],
      ['bytedance/seedance-2', { ...seedance, first_frame_url: url, reference_image_urls: [url] }, 422, /cannot be combined/],
      ['bytedance/seedance-2', { ...seedance, first_frame_url: [url] }, 422, /first_frame_url must be an http\(s\) URL/],
      ['bytedance/seedance-2-fast', { ...seedance, resolution: '1080p' }, 422, /resolution/],
      ['wan/2-6-text-to-video', { ...wan, duration: 5 }, 422, /duration/],
      ['wan/2-6-text-to-video', { ...wan, aspect_ratio: '16:9' }, 422, /aspect_ratio is not a supported input/],
      ['wan/2-6-text-to-video', { ...wan, image_urls: [url] }, 422, /image_urls is not a supported input/],
      ['wan/2-6-image-to-video', wan, 500, /image_urls is required/],
      ['hailuo/2-3-image-to-video-standard', { ...hailuo, image_url: undefined }, 500, /image_url is required/],
      ['hailuo/2-3-image-to-video-standard', { ...hailuo, image_url: [url] }, 422, /image_url/],
      ['hailuo/2-3-image-to-video-standard', { ...hailuo, duration: '10', resolution: '1080P' }, 422, /not available at 1080P/],
      ['hailuo/2-3-image-to-video-standard', { ...hailuo, resolution: '1080p' }, 422, /resolution/],
    ];
    for (const [model, input, code, msg] of rejected) {
      const problem = validateInput(model, input);
      expect(problem?.code, `${model} ${JSON.stringify(input)}`).toBe(code);
      expect(problem?.msg).toMatch(msg);
    }
  });

  it("accepts every input the bot's model registry can produce", () => {
    const registry = new ModelRegistry();
    for (const family of registry.list()) {
      for (const combination of registry.combinations(family)) {
        for (const imageUrl of [undefined, 'https://files.example/first-frame.png']) {
          const resolved = registry.resolve(family.id, { prompt: 'A fox in the snow', ...combination, imageUrl });
          if (family.imageRequired && !imageUrl) continue;
          if (!resolved.ok) throw new Error(render(resolved.reason, translator('en-US')));
          const { kieModel, input } = resolved.request;
          const problem = family.api === 'veo' ? validateVeoBody({ ...input, model: kieModel }) : validateInput(kieModel, input);
          expect(problem, `${kieModel} ${JSON.stringify(input)}`).toBeUndefined();
        }
      }
    }
  });

  it("enforces Kie's 20 creates per 10 s with a real HTTP 429, on its own clock", async () => {
    const clock = new ManualClock();
    const fake = await startFake({ now: clock.now });
    for (let i = 0; i < 20; i++) await create(fake, 'sora-2-text-to-video', soraInput);
    const over = await post(fake, '/api/v1/jobs/createTask', { model: 'sora-2-text-to-video', input: soraInput });
    expect(over).toMatchObject({ status: 429, json: { code: 429 } });
    await clock.advance(10_000);
    await create(fake, 'sora-2-text-to-video', soraInput);
    expect(fake.created()).toHaveLength(21);
  });

  it('can fail the next calls with any code and HTTP status, then recovers', async () => {
    const fake = await startFake();
    fake.failNext('createTask', { code: 402, times: 2 });
    fake.failNext('createTask', { code: 429, httpStatus: 429 });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await post(fake, '/api/v1/jobs/createTask', { model: 'sora-2-text-to-video', input: soraInput }));
    expect(answers.map((a) => [a.status, a.json['code']])).toEqual([
      [200, 402],
      [200, 402],
      [429, 429],
      [200, 200],
    ]);
    expect(answers[0]?.json['msg']).toBe('The current credits are insufficient. Please top up.');
  });
});

describe('FakeKie: recordInfo', () => {
  it('walks the states by its clock, with resultJson a JSON string, param double-encoded and progress for Sora only', async () => {
    const clock = new ManualClock();
    const fake = await startFake({ now: clock.now, plan: { waitingMs: 1_000, queueMs: 1_000, generateMs: 4_000, creditsConsumed: 45 } });
    const sora = await create(fake, 'sora-2-text-to-video', soraInput, { callBackUrl: 'https://bot.example/cb' });
    const grok = await create(fake, 'grok-imagine/text-to-video', { prompt: 'x', duration: '6' });
    const data = async (taskId: string) => (await get(fake, `/api/v1/jobs/recordInfo?taskId=${taskId}`)).json['data'] as Record<string, unknown>;

    const first = await data(sora);
    expect(first).toMatchObject({ state: 'waiting', resultJson: '', failCode: null, failMsg: null, costTime: null, completeTime: null, progress: 0, createTime: clock.now() });
    const param = JSON.parse(String(first['param'])) as Record<string, unknown>;
    expect(param['callBackUrl']).toBe('https://bot.example/cb');
    expect(typeof param['input']).toBe('string');
    expect(JSON.parse(String(param['input']))).toMatchObject({ prompt: 'A lighthouse', n_frames: 15 });
    expect('progress' in (await data(grok))).toBe(false);
    expect('creditsConsumed' in first).toBe(false);

    await clock.advance(1_000);
    expect((await data(sora))['state']).toBe('queuing');
    await clock.advance(2_000);
    expect(await data(sora)).toMatchObject({ state: 'generating', progress: 25 });
    await clock.advance(3_000);
    const done = await data(sora);
    expect(done).toMatchObject({ state: 'success', progress: 100, costTime: 6, completeTime: clock.now(), creditsConsumed: 45 });
    const result = JSON.parse(String(done['resultJson'])) as { resultUrls: string[]; resultWaterMarkUrls: string[] };
    expect(result.resultUrls[0]).toMatch(/\/files\/[0-9a-f]{32}\/sample-portrait\.mp4$/);
    expect(result.resultWaterMarkUrls).toHaveLength(1);
    expect('resultWaterMarkUrls' in JSON.parse(String((await data(grok))['resultJson']))).toBe(false);
  });

  it('says "recordInfo is null" for an unknown task and for one younger than recordInfoNullMs', async () => {
    const clock = new ManualClock();
    const fake = await startFake({ now: clock.now, recordInfoNullMs: 2_000 });
    const taskId = await create(fake, 'sora-2-text-to-video', soraInput);
    const nullAnswer = { status: 200, json: { code: 422, msg: 'recordInfo is null', data: null } };
    expect(await get(fake, `/api/v1/jobs/recordInfo?taskId=${taskId}`)).toMatchObject(nullAnswer);
    expect(await get(fake, '/api/v1/jobs/recordInfo?taskId=ffffffffffffffffffffffffffffffff')).toMatchObject(nullAnswer);
    await clock.advance(2_000);
    expect((await get(fake, `/api/v1/jobs/recordInfo?taskId=${taskId}`)).json['code']).toBe(200);
  });

  it('lets a test end a task on demand, as success or failure, and refuses to end one twice', async () => {
    const fake = await startFake({ plan: { generateMs: Infinity } });
    const ok = await create(fake, 'sora-2-text-to-video', soraInput);
    const bad = await create(fake, 'sora-2-text-to-video', soraInput);
    await fake.completeTask(ok);
    await fake.completeTask(bad, { fail: { code: 'SENSITIVE_WORD_ERROR', msg: 'The prompt was flagged' } });
    expect(fake.task(ok)).toMatchObject({ state: 'success' });
    expect(fake.task(bad)).toMatchObject({ state: 'fail', failCode: 'SENSITIVE_WORD_ERROR', failMsg: 'The prompt was flagged', resultJson: '', costTime: 0 });
    await expect(fake.completeTask(ok)).rejects.toThrow(/already ended/);
  });

  it('can hang, delay and garble answers', async () => {
    const fake = await startFake();
    fake.malformed('credit', 1, 'not-json');
    const garbled = await fetch(`${fake.url}/api/v1/chat/credit`, { headers: auth });
    expect(garbled.status).toBe(200);
    expect(await garbled.text()).toContain('<html>');

    fake.delay('credit', 100);
    const started = Date.now();
    expect((await get(fake, '/api/v1/chat/credit')).json).toMatchObject({ code: 200, data: 10_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    fake.delay('credit', 0);

    fake.hang('credit');
    const hung = fetch(`${fake.url}/api/v1/chat/credit`, { headers: auth, signal: AbortSignal.timeout(150) });
    await expect(hung).rejects.toThrow();
    expect(fake.count('credit')).toBe(3);
  });
});

describe('FakeKie: files and download links', () => {
  it('serves results until fileTtlMs, then 403 if asked; download-url links outlive them', async () => {
    const clock = new ManualClock();
    const fake = await startFake({ now: clock.now, fileTtlMs: 1_000, expiredStatus: 403, downloadUrlTtlMs: 5_000, plan: { waitingMs: 0, queueMs: 0, generateMs: 0 } });
    fake.addFile('custom.mp4', Buffer.from('not really a video'), 'video/mp4');
    fake.planNext({ resultFile: 'custom.mp4' });
    const taskId = await create(fake, 'kling-3.0/video', { prompt: 'x', duration: '5', mode: 'std' });
    const url = JSON.parse(String(fake.task(taskId)?.['resultJson'])).resultUrls[0] as string;
    expect(await (await fetch(url)).text()).toBe('not really a video');

    await clock.advance(1_000);
    expect((await fetch(url)).status).toBe(403);
    const link = await post(fake, '/api/v1/common/download-url', { url });
    expect(link.json['code']).toBe(200);
    const fresh = String(link.json['data']);
    expect(await (await fetch(fresh)).text()).toBe('not really a video');
    await clock.advance(5_000);
    expect((await fetch(fresh)).status).toBe(403);

    expect((await post(fake, '/api/v1/common/download-url', { url: 'https://elsewhere.example/x.mp4' })).json).toMatchObject({ code: 422, msg: 'url is wrong' });
    expect((await post(fake, '/api/v1/common/download-url', { url: `${fake.url}/files/nothing.mp4` })).json).toMatchObject({ code: 422, msg: 'url is wrong' });
  });

  it('serves input images for image-to-video', async () => {
    const fake = await startFake();
    const res = await fetch(fake.fileUrl('sample-image.png'));
    expect(res.headers.get('content-type')).toBe('image/png');
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });
});

describe('FakeKie: callbacks', () => {
  it('POSTs code 200 with the recordInfo data on success and 501 on failure, signed when a key is set', async () => {
    const hmacKey = 'webhook-key';
    const clock = new ManualClock();
    const fake = await startFake({ now: clock.now, webhookHmacKey: hmacKey, plan: { waitingMs: 0, queueMs: 0, generateMs: 5_000 } });
    const { url, received } = await receiver();
    const ok = await create(fake, 'sora-2-text-to-video', soraInput, { callBackUrl: url });
    const bad = await create(fake, 'sora-2-text-to-video', soraInput, { callBackUrl: url });
    fake.setTaskPlan(bad, { outcome: { fail: { code: '500', msg: 'Internal server error' } } });

    await fake.tick();
    expect(received).toHaveLength(0);
    await clock.advance(5_000);
    await fake.tick();
    await fake.tick();
    expect(received).toHaveLength(2);

    const byTask = (id: string) => received.find((r) => (r.body['data'] as { taskId: string }).taskId === id);
    expect(byTask(ok)?.body).toMatchObject({ code: 200, msg: 'Playground task completed successfully.', data: { state: 'success' } });
    expect(typeof (byTask(ok)?.body['data'] as { resultJson: unknown }).resultJson).toBe('string');
    expect(byTask(bad)?.body).toMatchObject({ code: 501, msg: 'Playground task failed.', data: { state: 'fail', resultJson: null, failCode: '500' } });

    const headers = byTask(ok)?.headers ?? {};
    const timestamp = String(headers['x-webhook-timestamp']);
    expect(timestamp).toBe(String(Math.floor(clock.now() / 1000)));
    expect(headers['x-webhook-signature']).toBe(createHmac('sha256', hmacKey).update(`${ok}.${timestamp}`).digest('base64'));

    await fake.resendCallback(ok);
    expect(received).toHaveLength(3);
    expect(fake.callbacks.every((c) => c.status === 200)).toBe(true);
  });

  it('sends the callback at once when a test completes the task', async () => {
    const fake = await startFake({ plan: { generateMs: Infinity } });
    const { url, received } = await receiver();
    const taskId = await create(fake, 'grok-imagine/text-to-video', { prompt: 'x' }, { callBackUrl: url });
    await fake.completeTask(taskId);
    expect(received.map((r) => r.body['code'])).toEqual([200]);
    expect(received[0]?.headers['x-webhook-signature']).toBeUndefined();
  });

  it('reports progress to progressCallBackUrl while a Sora task generates', async () => {
    const clock = new ManualClock();
    const fake = await startFake({ now: clock.now, plan: { waitingMs: 0, queueMs: 0, generateMs: 1_000 } });
    const { url, received } = await receiver();
    await create(fake, 'sora-2-text-to-video', soraInput, { progressCallBackUrl: url });
    await clock.advance(500);
    await fake.tick();
    expect(received[0]?.body).toMatchObject({ code: 200, data: { state: 'generating', progress: 50 } });
  });
});

describe('FakeKie: Veo 3.1 on its own endpoint', () => {
  const veo = { prompt: 'A heron at dawn', model: 'veo3_fast', aspectRatio: '16:9', generationType: 'TEXT_2_VIDEO' };

  it('creates a task from a flat body and reports it through record-info by successFlag', async () => {
    const clock = new ManualClock();
    const fake = await startFake({ now: clock.now });
    const res = await post(fake, '/api/v1/veo/generate', veo);
    expect(res).toMatchObject({ status: 200, json: { code: 200, msg: 'success' } });
    const taskId = (res.json['data'] as { taskId: string }).taskId;
    const running = await get(fake, `/api/v1/veo/record-info?taskId=${taskId}`);
    expect(running.json['data']).toMatchObject({ taskId, successFlag: 0, response: null, errorCode: null, errorMessage: null, completeTime: null });
    expect(JSON.parse((running.json['data'] as { paramJson: string }).paramJson)).toEqual(veo);
    await clock.advance(1_000);
    const done = (await get(fake, `/api/v1/veo/record-info?taskId=${taskId}`)).json['data'] as Record<string, unknown>;
    expect(done).toMatchObject({ successFlag: 1, response: { taskId, resultUrls: [`${fake.url}/files/${taskId}/sample-landscape.mp4`] } });
    // The jobs API does not know Veo's tasks, nor Veo's endpoint the jobs tasks.
    expect((await get(fake, `/api/v1/jobs/recordInfo?taskId=${taskId}`)).json).toMatchObject({ code: 422, msg: 'recordInfo is null' });
    const jobsTask = await create(fake, 'sora-2-text-to-video', soraInput);
    expect((await get(fake, `/api/v1/veo/record-info?taskId=${jobsTask}`)).json).toMatchObject({ code: 422 });
    expect(fake.created().map((c) => c.api)).toEqual(['veo', 'jobs']);
  });

  it('refuses what Veo does not take, pauses like the jobs API and shares its create limit', async () => {
    const clock = new ManualClock();
    const fake = await startFake({ now: clock.now, createRateLimit: { limit: 3, windowMs: 10_000 } });
    const refusals: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...veo, prompt: undefined }, /prompt is required/],
      [{ ...veo, model: 'veo4' }, /model must be one of/],
      [{ ...veo, aspectRatio: '1:1' }, /aspectRatio/],
      [{ ...veo, duration: 8 }, /duration is not a supported parameter/],
      [{ ...veo, imageUrls: ['https://files.example/a.png'] }, /not allowed for TEXT_2_VIDEO/],
      [{ ...veo, generationType: 'FIRST_AND_LAST_FRAMES_2_VIDEO' }, /takes 1 or 2 imageUrls/],
      [{ ...veo, model: 'veo3', generationType: 'REFERENCE_2_VIDEO', imageUrls: ['https://files.example/a.png'] }, /only supported by veo3_fast/],
      [{ ...veo, prompt: 'x'.repeat(1_001) }, /at most 1000/],
    ];
    for (const [body, msg] of refusals) {
      const problem = validateVeoBody(body);
      expect(problem?.code, JSON.stringify(body)).toBe(422);
      expect(problem?.msg).toMatch(msg);
    }
    fake.pauseModel('veo3_fast');
    expect((await post(fake, '/api/v1/veo/generate', veo)).json).toMatchObject({ code: 500, msg: 'This interface is temporarily paused' });
    expect((await post(fake, '/api/v1/veo/generate', { ...veo, model: 'veo3' })).json['code']).toBe(200);
    await create(fake, 'sora-2-text-to-video', soraInput);
    expect((await post(fake, '/api/v1/veo/generate', { ...veo, model: 'veo3' })).status).toBe(429);
  });

  it("sends Veo's own callback shape: data.info.resultUrls on success, code 501 on failure", async () => {
    const clock = new ManualClock();
    const fake = await startFake({ now: clock.now });
    const hook = await receiver();
    const ok = (await post(fake, '/api/v1/veo/generate', { ...veo, callBackUrl: hook.url })).json['data'] as { taskId: string };
    fake.planNext({ outcome: { fail: { code: '400', msg: 'Your prompt was flagged by Website as violating content policies' } } });
    const bad = (await post(fake, '/api/v1/veo/generate', { ...veo, callBackUrl: hook.url })).json['data'] as { taskId: string };
    await clock.advance(1_000);
    await fake.tick();
    const byTask = new Map(hook.received.map((r) => [(r.body['data'] as { taskId: string }).taskId, r.body]));
    expect(byTask.get(ok.taskId)).toMatchObject({ code: 200, data: { taskId: ok.taskId, info: { resultUrls: [`${fake.url}/files/${ok.taskId}/sample-landscape.mp4`] }, fallbackFlag: false } });
    expect(byTask.get(bad.taskId)).toMatchObject({ code: 501, msg: 'Your prompt was flagged by Website as violating content policies', data: { taskId: bad.taskId } });
  });
});
