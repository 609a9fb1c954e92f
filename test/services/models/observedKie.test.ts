import { afterEach, describe, expect, it } from 'vitest';
import { KieClient } from '../../../src/services/kie/client.ts';
import { KieRouter } from '../../../src/services/kie/router.ts';
import { VeoAdapter } from '../../../src/services/kie/veo.ts';
import { ObservedKie } from '../../../src/services/models/observedKie.ts';
import { ModelRegistry } from '../../../src/services/models/registry.ts';
import { ModelState, type ModelStateRecord } from '../../../src/services/models/state.ts';
import { openStore } from '../../../src/services/store.ts';
import { FakeKie, ManualClock } from '../../../sandbox/kie.ts';

let fakes: FakeKie[] = [];
afterEach(async () => {
  await Promise.all(fakes.map((f) => f.close()));
  fakes = [];
});

async function setup() {
  const clock = new ManualClock();
  const fake = await FakeKie.start({ now: clock.now });
  fakes.push(fake);
  const registry = new ModelRegistry();
  const store = await openStore('memory://');
  const state = new ModelState({ registry, collection: store.collection<ModelStateRecord>('models'), now: clock.now });
  const jobs = new KieClient({ baseUrl: fake.url, apiKey: 'test-kie-key', timeoutMs: 2_000, backoff: { baseMs: 1, maxMs: 4 }, readRetries: 0 });
  const kie = new ObservedKie(new KieRouter({ jobs, veo: new VeoAdapter(jobs), apiOf: (m) => registry.apiOf(m) }), state);
  const input = (family: string, imageUrl?: string) => {
    const r = registry.resolve(family, { prompt: 'a lantern in the fog', imageUrl });
    if (!r.ok) throw new Error(r.reason);
    return r.request;
  };
  return { fake, clock, state, kie, input };
}

describe('ObservedKie: model state from real traffic', () => {
  it('marks a family paused when Kie says so, refused until the back-off ends, and live again after a successful retry', async () => {
    const { fake, clock, state, kie, input } = await setup();
    const veo = input('veo-3.1');
    fake.pauseModel('veo3_fast');
    await expect(kie.createTask(veo.kieModel, veo.input)).rejects.toMatchObject({ kind: 'model_paused' });
    expect(state.statusOf('veo-3.1')).toBe('paused');
    expect(state.isPaused('veo3_fast')).toBe(true);

    await clock.advance(10 * 60_000);
    expect(state.isAvailable('veo-3.1')).toEqual({ ok: true, trial: true });
    fake.resumeModel('veo3_fast');
    await kie.createTask(veo.kieModel, veo.input);
    expect(state.statusOf('veo-3.1')).toBe('live');
    expect(state.isAvailable('veo-3.1')).toEqual({ ok: true, trial: false });
  });

  it('counts Kie-side faults towards failing, not refusals of the request', async () => {
    const { fake, state, kie, input } = await setup();
    const wan = input('wan-2.6');
    fake.failNext('createTask', { code: 500, times: 3 });
    for (let i = 0; i < 3; i++) await expect(kie.createTask(wan.kieModel, wan.input)).rejects.toMatchObject({ kind: 'server_error' });
    expect(state.statusOf('wan-2.6')).toBe('failing');
    fake.failNext('createTask', { code: 422, msg: 'prompt is too long', times: 3 });
    const kling = input('kling-3.0');
    for (let i = 0; i < 3; i++) await expect(kie.createTask(kling.kieModel, kling.input)).rejects.toMatchObject({ kind: 'invalid_request' });
    expect(state.statusOf('kling-3.0')).toBe('unknown');
  });

  it('reports a finished task as a success only when the caller names the model', async () => {
    const { clock, state, kie, input } = await setup();
    const seedance = input('seedance-2');
    const { taskId } = await kie.createTask(seedance.kieModel, seedance.input);
    await state.reportError(seedance.kieModel);
    await clock.advance(5_000);
    await kie.getTask(taskId);
    expect(state.view(['seedance-2'])[0]?.recentErrors).toBe(1);
    expect((await kie.getTask(taskId, seedance.kieModel))?.state).toBe('success');
    expect(state.view(['seedance-2'])[0]?.recentErrors).toBe(0);
  });
});
