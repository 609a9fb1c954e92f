import { failureText } from '../../../src/errors/index.ts';
import { translator } from '../../../src/i18n/index.ts';
import { describe, expect, it } from 'vitest';
import { ModelRegistry } from '../../../src/services/models/registry.ts';
import { alternatives, chooseDefault } from '../../../src/services/models/advice.ts';
import { isModelFault, ModelState, type ModelStateRecord } from '../../../src/services/models/state.ts';
import { openStore } from '../../../src/services/store.ts';

const MIN = 60_000;

async function setup(registry = new ModelRegistry()) {
  const store = await openStore('memory://');
  let now = 1_776_000_000_000;
  const clock = {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
  const collection = store.collection<ModelStateRecord>('models');
  const state = new ModelState({ registry, collection, now: clock.now });
  return { store, state, clock, collection, registry };
}

describe('model state', () => {
  it('starts unknown, which is available, and turns live on a success', async () => {
    const { state } = await setup();
    expect(state.statusOf('seedance-2')).toBe('unknown');
    expect(state.isAvailable('seedance-2')).toEqual({ ok: true, trial: false });
    await state.reportSuccess('bytedance/seedance-2');
    expect(state.statusOf('seedance-2')).toBe('live');
    expect(state.view(['seedance-2'])).toEqual([expect.objectContaining({ familyId: 'seedance-2', label: 'Seedance 2', status: 'live', recentErrors: 0 })]);
  });

  it('refuses a paused family until the back-off ends (10 minutes, then hourly), then lets one request retry', async () => {
    const { state, clock } = await setup();
    const since = clock.now();
    await state.reportPaused('sora-2-image-to-video', 'This interface is temporarily paused');
    // The whole family, whichever of its Kie ids was refused.
    expect(state.isAvailable('sora-2')).toEqual({ ok: false, since, retryAt: since + 10 * MIN });
    expect(state.isAvailable('sora-2-pro')).toEqual({ ok: true, trial: false });

    clock.advance(10 * MIN);
    expect(state.isAvailable('sora-2')).toEqual({ ok: true, trial: true });
    // The retry says paused again: now an hour, and `since` stays the first pause.
    await state.reportPaused('sora-2-text-to-video');
    expect(state.isAvailable('sora-2')).toEqual({ ok: false, since, retryAt: clock.now() + 60 * MIN });
    clock.advance(60 * MIN);
    await state.reportPaused('sora-2-text-to-video');
    expect(state.isAvailable('sora-2')).toMatchObject({ ok: false, retryAt: clock.now() + 60 * MIN });

    clock.advance(60 * MIN);
    expect(state.isAvailable('sora-2').ok).toBe(true);
    await state.reportSuccess('sora-2-text-to-video');
    expect(state.statusOf('sora-2')).toBe('live');
    expect(state.isAvailable('sora-2')).toEqual({ ok: true, trial: false });
    // A new pause starts the back-off from 10 minutes again.
    await state.reportPaused('sora-2-text-to-video');
    expect(state.isAvailable('sora-2')).toMatchObject({ ok: false, retryAt: clock.now() + 10 * MIN });
  });

  it('marks a family failing after 3 Kie-side errors in 15 minutes, still available, and live again as they age out or on success', async () => {
    const { state, clock } = await setup();
    await state.reportError('wan/2-6-text-to-video', 'Internal server error');
    await state.reportError('wan/2-6-image-to-video');
    expect(state.statusOf('wan-2.6')).toBe('live');
    await state.reportError('wan/2-6-text-to-video');
    expect(state.statusOf('wan-2.6')).toBe('failing');
    expect(state.isAvailable('wan-2.6')).toEqual({ ok: true, trial: false });
    expect(state.view(['wan-2.6'])[0]).toMatchObject({ status: 'failing', recentErrors: 3, detail: 'Internal server error' });
    clock.advance(16 * MIN);
    expect(state.statusOf('wan-2.6')).toBe('live');
    await state.reportError('wan/2-6-text-to-video');
    await state.reportError('wan/2-6-text-to-video');
    await state.reportError('wan/2-6-text-to-video');
    expect(state.statusOf('wan-2.6')).toBe('failing');
    await state.reportSuccess('wan/2-6-text-to-video');
    expect(state.statusOf('wan-2.6')).toBe('live');
    // Errors do not end a pause.
    await state.reportPaused('wan/2-6-text-to-video');
    await state.reportError('wan/2-6-text-to-video');
    expect(state.statusOf('wan-2.6')).toBe('paused');
  });

  it('persists in the store and is shared: another instance on the same store sees it after load', async () => {
    const { state, collection, registry, clock } = await setup();
    await state.reportPaused('veo3');
    expect(await collection.get('veo-3.1')).toMatchObject({ status: 'paused', pauses: 1 });
    const other = new ModelState({ registry, collection, now: clock.now });
    expect(other.statusOf('veo-3.1')).toBe('unknown');
    await other.load();
    expect(other.statusOf('veo-3.1')).toBe('paused');
    expect(other.isAvailable('veo-3.1').ok).toBe(false);
  });

  it('on reload takes what another process wrote later, and keeps its own newer record', async () => {
    const { state, collection, registry, clock } = await setup();
    const other = new ModelState({ registry, collection, now: clock.now });
    await other.reportPaused('wan/2-6-text-to-video');
    clock.advance(1_000);
    await state.reportSuccess('bytedance/seedance-2');
    // Another process saw Seedance paused earlier than this one saw it live.
    await collection.set('seedance-2', { status: 'paused', since: clock.now() - 5_000, retryAt: clock.now() + 60_000, pauses: 1, errors: [], updatedAt: clock.now() - 5_000 });
    await state.load();
    expect(state.statusOf('wan-2.6')).toBe('paused');
    expect(state.statusOf('seedance-2')).toBe('live');
  });

  it('ignores Kie model ids of no enabled family', async () => {
    const { state, collection } = await setup(new ModelRegistry({ enabled: ['kling-3.0'] }));
    await state.reportPaused('bytedance/seedance-2');
    await state.reportPaused('some/other-model');
    expect(await collection.get('seedance-2')).toBeUndefined();
    expect(state.view().map((v) => v.familyId)).toEqual(['kling-3.0']);
  });

  it('chooses the default: the first family in registry order not known to be paused', async () => {
    const { state } = await setup();
    const ids = new ModelRegistry().list().map((f) => f.id);
    expect(chooseDefault(state, ids)).toBe('sora-2');
    await state.reportPaused('sora-2-text-to-video');
    await state.reportPaused('sora-2-pro-text-to-video');
    expect(chooseDefault(state, ids)).toBe('kling-3.0');
    expect(alternatives(state, 'sora-2', ids)).toEqual(['kling-3.0', 'grok-imagine', 'seedance-2']);
    // A server's own list and order come first when given.
    expect(chooseDefault(state, ['sora-2', 'veo-3.1', 'wan-2.6'])).toBe('veo-3.1');
    expect(chooseDefault(state, ['sora-2', 'sora-2-pro'])).toBe('sora-2');
  });

  it('answers the pipeline by Kie model id and words a refusal with live alternatives', async () => {
    const { state, clock } = await setup();
    expect(state.isPaused('veo3')).toBe(false);
    await state.reportPaused('veo3');
    await state.reportPaused('bytedance/seedance-2');
    expect(state.isPaused('veo3_fast')).toBe(true);
    expect(state.isPaused('unknown/model')).toBe(false);
    expect(failureText(state.pausedText('veo-3.1', ['seedance-2', 'veo-3.1', 'wan-2.6', 'kling-3.0']), translator('en-US'))).toBe(
      `Veo 3.1 is paused at the video service right now (paused <t:${Math.floor(clock.now() / 1000)}:R>). You were not charged. Try \`model:wan-2.6\` or \`model:kling-3.0\`.`,
    );
    clock.advance(10 * MIN);
    expect(state.isPaused('veo3')).toBe(false);
  });

  it('says which Kie errors are about the model', () => {
    expect(['server_error', 'unavailable', 'timeout', 'malformed'].every((k) => isModelFault(k as never))).toBe(true);
    expect(['invalid_request', 'insufficient_credits', 'rate_limited', 'unauthorized', 'model_paused', 'connection'].some((k) => isModelFault(k as never))).toBe(false);
  });
});
