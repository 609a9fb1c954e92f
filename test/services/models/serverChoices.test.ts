// A server's model choices inside the operator's bound: order kept, defaults in the order
// (server → operator → first live), and a family the operator switches off drops out.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors/index.ts';
import { ModelRegistry } from '../../../src/services/models/registry.ts';
import { ServerChoices, type ServerModelsRecord } from '../../../src/services/models/serverChoices.ts';
import { ModelState, type ModelStateRecord } from '../../../src/services/models/state.ts';
import { openStore } from '../../../src/services/store.ts';

async function setup(enabled?: string[], operatorDefault?: string) {
  const store = await openStore('memory://');
  const registry = new ModelRegistry({ enabled });
  const models = new ModelState({ registry, collection: store.collection<ModelStateRecord>('models') });
  const collection = store.collection<ServerModelsRecord>('serverModels');
  const choices = new ServerChoices({ registry, models, collection, operatorDefault });
  return { store, registry, models, collection, choices };
}

describe('ServerChoices', () => {
  it('keeps the server’s order and default, and refuses others', async () => {
    const { store, choices } = await setup();
    const view = await choices.update('g1', { allowed: 'wan-2.6, kling-3.0', default: 'kling-3.0' });
    expect(view).toEqual({ allowed: ['wan-2.6', 'kling-3.0'], restricted: true, defaultModel: 'kling-3.0', serverDefault: true });
    expect(() => choices.assertAllowed('g1', 'sora-2')).toThrow(UserError);
    expect(() => choices.assertAllowed('g1', 'wan-2.6')).not.toThrow();
    // Another server is untouched.
    expect(choices.view('g2').restricted).toBe(false);
    expect(() => choices.assertAllowed('g2', 'sora-2')).not.toThrow();
    await store.close();
  });

  it('falls back to the operator’s default, then the first allowed model not known to be paused', async () => {
    const { store, choices, models } = await setup(undefined, 'sora-2');
    await choices.update('g1', { allowed: 'sora-2,kling-3.0' });
    expect(choices.defaultModel('g1')).toBe('sora-2');
    await choices.update('g1', { allowed: 'wan-2.6,kling-3.0' });
    expect(choices.defaultModel('g1')).toBe('wan-2.6');
    await models.reportPaused('wan/2-6-text-to-video');
    expect(choices.defaultModel('g1')).toBe('kling-3.0');
    await store.close();
  });

  it('the operator’s settings are the outer bound, also for what was stored before they changed', async () => {
    const first = await setup();
    await first.choices.update('g1', { allowed: 'wan-2.6,kling-3.0', default: 'wan-2.6' });
    const stored = await first.collection.get('g1');
    await first.store.close();

    const { store, collection, choices } = await setup(['kling-3.0', 'grok-imagine']);
    await collection.set('g1', stored!);
    await choices.load();
    expect(choices.view('g1')).toEqual({ allowed: ['kling-3.0'], restricted: true, defaultModel: 'kling-3.0', serverDefault: false });
    await expect(choices.update('g1', { allowed: 'sora-2' })).rejects.toThrow('is not a model the bot offers');
    await expect(choices.update('g1', { default: 'grok-imagine' })).rejects.toThrow('must be one of the models this server allows');
    expect((await choices.update('g1', { allowed: 'all', default: 'grok-imagine' })).defaultModel).toBe('grok-imagine');
    await store.close();
  });
});
