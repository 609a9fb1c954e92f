// The free liveness check against the fake Kie over HTTP: "… is required" is live, "temporarily
// paused" is paused, anything else is unknown and never recorded as live.
import { afterEach, describe, expect, it } from 'vitest';
import { FakeKie } from '../../../sandbox/kie.ts';
import { KieClient } from '../../../src/services/kie/client.ts';
import { checkModels, probeModel } from '../../../src/services/models/check.ts';
import { ModelRegistry } from '../../../src/services/models/registry.ts';
import { ModelState, type ModelStateRecord } from '../../../src/services/models/state.ts';
import { openStore, type Store } from '../../../src/services/store.ts';

let fake: FakeKie | undefined;
let store: Store | undefined;
afterEach(async () => {
  await fake?.close();
  await store?.close();
  fake = undefined;
  store = undefined;
});

const client = (url: string, apiKey = 'test-kie-key') => new KieClient({ baseUrl: url, apiKey, timeoutMs: 2_000, backoff: { baseMs: 1, maxMs: 4 } });

describe('model check', () => {
  it('classifies live, paused and unknown answers, on the jobs API and on Veo, and creates nothing', async () => {
    fake = await FakeKie.start();
    fake.pauseModel('sora-2-text-to-video');
    fake.pauseModel('veo3');
    const kie = client(fake.url);
    expect((await probeModel(kie, 'jobs', 'kling-3.0/video')).answer).toBe('live');
    expect(await probeModel(kie, 'jobs', 'sora-2-text-to-video')).toEqual({ answer: 'paused', detail: 'This interface is temporarily paused' });
    expect((await probeModel(kie, 'veo', 'veo3_fast')).answer).toBe('live');
    expect((await probeModel(kie, 'veo', 'veo3')).answer).toBe('paused');
    // An answer that says nothing about the model: unknown, never live.
    expect((await probeModel(kie, 'jobs', 'no-such-model')).answer).toBe('unknown');
    expect((await probeModel(client(fake.url, 'wrong-key'), 'jobs', 'kling-3.0/video')).answer).toBe('unknown');
    expect(fake.created()).toHaveLength(0);
  });

  it('records each family: paused if a model is paused, live if its models answered live, nothing for unknown', async () => {
    fake = await FakeKie.start();
    fake.pauseModel('sora-2-image-to-video');
    store = await openStore('memory://');
    const registry = new ModelRegistry({ enabled: ['sora-2', 'kling-3.0', 'veo-3.1'] });
    const models = new ModelState({ registry, collection: store.collection<ModelStateRecord>('models') });

    const results = await checkModels({ kie: client(fake.url), registry, models });
    expect(results.map((r) => `${r.kieModel}=${r.answer}`)).toEqual([
      'sora-2-text-to-video=live',
      'sora-2-image-to-video=paused',
      'kling-3.0/video=live',
      'veo3_fast=live',
      'veo3=live',
    ]);
    expect(models.statusOf('sora-2')).toBe('paused');
    expect(models.statusOf('kling-3.0')).toBe('live');
    expect(models.statusOf('veo-3.1')).toBe('live');
    expect((await store.collection<ModelStateRecord>('models').get('sora-2'))?.status).toBe('paused');

    // With a key Kie refuses, every answer is unknown and nothing changes.
    const other = await openStore('memory://');
    const fresh = new ModelState({ registry, collection: other.collection<ModelStateRecord>('models') });
    const unknown = await checkModels({ kie: client(fake.url, 'wrong-key'), registry, models: fresh });
    expect(new Set(unknown.map((r) => r.answer))).toEqual(new Set(['unknown']));
    expect(fresh.statusOf('kling-3.0')).toBe('unknown');
    await other.close();
    expect(fake.created()).toHaveLength(0);
  });

  it('sends no probe while a member waits for a create slot, goes on once none does, and stops when aborted', async () => {
    fake = await FakeKie.start();
    const registry = new ModelRegistry({ enabled: ['kling-3.0', 'grok-imagine'] });
    let waiting = 2;
    const probes = () => fake!.requests.filter((r) => r.route === 'createTask').length;
    const run = checkModels({ kie: client(fake.url), registry, membersWaiting: () => waiting });
    await new Promise((r) => setTimeout(r, 500));
    expect(probes()).toBe(0);
    waiting = 0;
    const results = await run;
    expect(results.length).toBeGreaterThan(0);
    expect(probes()).toBe(results.length);

    // Aborted while it gives way: it returns without sending anything more.
    waiting = 1;
    const abort = new AbortController();
    const stopped = checkModels({ kie: client(fake.url), registry, membersWaiting: () => waiting, signal: abort.signal });
    await new Promise((r) => setTimeout(r, 300));
    abort.abort();
    expect(await stopped).toEqual([]);
    expect(probes()).toBe(results.length);
  });
});

