import { failureText, kieFailure as kieFailureMessage } from '../../../src/errors/index.ts';
import { render, translator } from '../../../src/i18n/index.ts';

/** What the member reads for a Kie error, in English. */
const kieFailure = (error: Parameters<typeof kieFailureMessage>[0]): string => failureText(kieFailureMessage(error), translator('en-US'));
import { afterEach, describe, expect, it } from 'vitest';
import { KieClient } from '../../../src/services/kie/client.ts';
import { KieError } from '../../../src/services/kie/errors.ts';
import { KieRouter } from '../../../src/services/kie/router.ts';
import { VeoAdapter } from '../../../src/services/kie/veo.ts';
import { ModelRegistry } from '../../../src/services/models/registry.ts';
import { FakeKie, ManualClock, type FakeKieOptions } from '../../../sandbox/kie.ts';

const registry = new ModelRegistry();

let fakes: FakeKie[] = [];
afterEach(async () => {
  await Promise.all(fakes.map((f) => f.close()));
  fakes = [];
});

async function setup(options: FakeKieOptions = {}) {
  const clock = new ManualClock();
  const fake = await FakeKie.start({ now: clock.now, ...options });
  fakes.push(fake);
  const jobs = new KieClient({ baseUrl: fake.url, apiKey: 'test-kie-key', timeoutMs: 2_000, backoff: { baseMs: 1, maxMs: 4 }, readRetries: 1 });
  const kie = new KieRouter({ jobs, veo: new VeoAdapter(jobs), apiOf: (model) => registry.apiOf(model) });
  return { fake, clock, kie };
}

function priced(model: string, options: Partial<Parameters<ModelRegistry['resolve']>[1]> = {}) {
  const r = registry.resolve(model, { prompt: 'A heron takes off at dawn', ...options });
  if (!r.ok) throw new Error(render(r.reason, translator('en-US')));
  return r.request;
}

async function rejection(promise: Promise<unknown>): Promise<KieError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(KieError);
    return error as KieError;
  }
  throw new Error('expected a rejection');
}

describe('Veo adapter and the Kie router', () => {
  it("creates a Veo task on Veo's own endpoint and reads it there until the video is ready", async () => {
    const { fake, clock, kie } = await setup();
    const request = priced('veo-3.1', { aspect: 'portrait' });
    const { taskId } = await kie.createTask(request.kieModel, request.input, { callBackUrl: 'https://bot.example/kie/callback' });

    expect(fake.count('veoGenerate')).toBe(1);
    expect(fake.count('createTask')).toBe(0);
    const body = fake.requests.find((r) => r.route === 'veoGenerate')!.body;
    expect(body).toEqual({ prompt: 'A heron takes off at dawn', aspectRatio: '9:16', generationType: 'TEXT_2_VIDEO', model: 'veo3_fast', callBackUrl: 'https://bot.example/kie/callback' });

    const running = await kie.getTask(taskId, 'veo3_fast');
    expect(running).toMatchObject({ taskId, model: 'veo3_fast', state: 'generating', resultUrls: [], failCode: null, progress: null });
    expect(fake.count('veoRecordInfo')).toBe(1);
    expect(fake.count('recordInfo')).toBe(0);

    await clock.advance(5_000);
    const done = await kie.getTask(taskId, 'veo3_fast');
    expect(done?.state).toBe('success');
    expect(done?.resultUrls).toEqual([`${fake.url}/files/${taskId}/sample-portrait.mp4`]);
    expect(done?.costTimeSec).toBe(1);
    const video = await fetch(done!.resultUrls[0]!);
    expect(video.headers.get('content-type')).toBe('video/mp4');
  });

  it('sends a first frame as FIRST_AND_LAST_FRAMES_2_VIDEO and the quality model as veo3', async () => {
    const { fake, kie } = await setup();
    const image = fake.fileUrl('sample-image.png');
    const request = priced('veo-3.1', { quality: 'high', imageUrl: image });
    await kie.createTask(request.kieModel, request.input);
    expect(fake.created()[0]).toMatchObject({
      api: 'veo',
      model: 'veo3',
      input: { prompt: 'A heron takes off at dawn', aspectRatio: '16:9', generationType: 'FIRST_AND_LAST_FRAMES_2_VIDEO', imageUrls: [image] },
    });
  });

  it("sends the client's default callback URL with Veo's tasks too, as with the jobs API", async () => {
    const { fake } = await setup();
    const jobs = new KieClient({ baseUrl: fake.url, apiKey: 'test-kie-key', callbackUrl: 'https://bot.example/kie/callback' });
    const kie = new KieRouter({ jobs, veo: new VeoAdapter(jobs), apiOf: (model) => registry.apiOf(model) });
    await kie.createTask('veo3_fast', priced('veo-3.1').input);
    await kie.createTask('bytedance/seedance-2', priced('seedance-2').input);
    expect(fake.created().map((c) => c.body['callBackUrl'])).toEqual(['https://bot.example/kie/callback', 'https://bot.example/kie/callback']);
  });

  it('reports a failed Veo task with its reason', async () => {
    const { fake, clock, kie } = await setup({ plan: { outcome: { fail: { code: '400', msg: 'Your prompt was flagged by Website as violating content policies' } } } });
    const request = priced('veo-3.1');
    const { taskId } = await kie.createTask(request.kieModel, request.input);
    await clock.advance(5_000);
    expect(await kie.getTask(taskId, request.kieModel)).toMatchObject({ state: 'fail', failCode: '400', failMsg: 'Your prompt was flagged by Website as violating content policies', resultUrls: [] });
    expect(fake.task(taskId)).toMatchObject({ successFlag: 3, response: null });
  });

  it('maps a paused Veo model and a refused body to the same errors as the jobs API', async () => {
    const { fake, kie } = await setup();
    fake.pauseModel('veo3_fast');
    const request = priced('veo-3.1');
    expect((await rejection(kie.createTask(request.kieModel, request.input))).kind).toBe('model_paused');
    fake.resumeModel('veo3_fast');
    const refused = await rejection(kie.createTask('veo3_fast', { prompt: 'x', aspectRatio: '1:1' }));
    expect(refused.kind).toBe('invalid_request');
    expect(kieFailure(refused)).toMatch(/aspectRatio must be one of 16:9, 9:16, Auto/);
    expect(fake.created()).toHaveLength(0);
  });

  it('reads "no record yet" as null, and a task asked of the wrong API is not found there', async () => {
    const { kie, clock } = await setup({ recordInfoNullMs: 1_000 });
    const veo = await kie.createTask('veo3_fast', priced('veo-3.1').input);
    expect(await kie.getTask(veo.taskId, 'veo3_fast')).toBeNull();
    await clock.advance(1_000);
    expect(await kie.getTask(veo.taskId, 'veo3_fast')).not.toBeNull();
    // Without the model the router asks the jobs API, which does not know Veo's tasks.
    expect(await kie.getTask(veo.taskId)).toBeNull();
  });

  it('keeps the jobs API for every other family, with or without the model on getTask', async () => {
    const { fake, clock, kie } = await setup();
    const request = priced('seedance-2');
    const { taskId } = await kie.createTask(request.kieModel, request.input);
    expect(fake.created()[0]).toMatchObject({ api: 'jobs', model: 'bytedance/seedance-2' });
    await clock.advance(5_000);
    expect((await kie.getTask(taskId, request.kieModel))?.state).toBe('success');
    expect((await kie.getTask(taskId))?.state).toBe('success');
    expect(fake.count('veoRecordInfo')).toBe(0);
    expect(await kie.getCredits()).toBe(10_000);
  });
});
