// MODEL_CHECK (default on): the bot asks Kie at start which models are live, so its first member
// already sees them in /models; nothing is created or paid for.
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../support/wait.ts';
import { startWorld, type World } from './world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('the model check at start', () => {
  it('records live models from Kie’s free answer, and creates nothing', async () => {
    world = await startWorld({ env: { MODEL_CHECK: 'on', MODELS_ENABLED: 'kling-3.0,veo-3.1' } });
    const w = world;
    await until(() => w.parsedLogs().some((l) => l['msg'] === 'model check'), 10_000, 'the model check');
    expect(w.app.models.statusOf('kling-3.0')).toBe('live');
    expect(w.app.models.statusOf('veo-3.1')).toBe('live');
    expect(w.kie.created()).toHaveLength(0);
  });
});
