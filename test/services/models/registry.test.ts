import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KieClient } from '../../../src/services/kie/client.ts';
import { Limiter } from '../../../src/services/kie/limiter.ts';
import { ModelRegistry } from '../../../src/services/models/registry.ts';
import { FakeKie } from '../../../sandbox/kie.ts';

let kie: FakeKie;
let client: KieClient;
beforeAll(async () => {
  kie = await FakeKie.start({ apiKey: 'registry-key', createRateLimit: false });
  // Kie's create pacing is the limiter's own test; here it would only slow the sweep down.
  client = new KieClient({ baseUrl: kie.url, apiKey: 'registry-key', createLimiter: new Limiter({ limit: 1000, windowMs: 1000 }) });
});
afterAll(async () => {
  await kie.close();
});

describe('model registry', () => {
  it('turns every option combination of every model into a priced input that Kie accepts', async () => {
    const registry = new ModelRegistry();
    const image = kie.fileUrl('sample-image.png');
    let tried = 0;
    for (const family of registry.list()) {
      for (const combination of registry.combinations(family)) {
        for (const imageUrl of [undefined, image]) {
          const resolved = registry.resolve(family.id, { prompt: 'A fox in the snow', ...combination, imageUrl });
          if (!resolved.ok) throw new Error(`${family.id} ${JSON.stringify(combination)}: ${resolved.reason}`);
          expect(resolved.request.price).toBeGreaterThan(0);
          expect(Number.isInteger(resolved.request.price)).toBe(true);
          const { taskId } = await client.createTask(resolved.request.kieModel, resolved.request.input);
          expect(taskId).toMatch(/^[0-9a-f]{32}$/);
          tried += 1;
        }
      }
    }
    expect(tried).toBeGreaterThan(40);
    expect(new Set(kie.created().map((c) => c.model))).toEqual(
      new Set(['sora-2-text-to-video', 'sora-2-image-to-video', 'sora-2-pro-text-to-video', 'sora-2-pro-image-to-video', 'kling-3.0/video', 'grok-imagine/text-to-video', 'grok-imagine/image-to-video']),
    );
  });

  it('prices Sora as published', () => {
    const registry = new ModelRegistry();
    const price = (model: string, duration: number, quality?: 'standard' | 'high') => {
      const r = registry.resolve(model, { prompt: 'x', duration, quality });
      return r.ok ? r.request.price : r.reason;
    };
    expect(price('sora-2', 10)).toBe(30);
    expect(price('sora-2', 15)).toBe(45);
    expect(price('sora-2-pro', 10)).toBe(90);
    expect(price('sora-2-pro', 15)).toBe(135);
    expect(price('sora-2-pro', 10, 'high')).toBe(200);
    expect(price('sora-2-pro', 15, 'high')).toBe(400);
  });

  it('refuses unsupported combinations and says what is allowed', () => {
    const registry = new ModelRegistry();
    const reason = (model: string, o: Parameters<ModelRegistry['resolve']>[1]) => {
      const r = registry.resolve(model, o);
      return r.ok ? 'accepted' : r.reason;
    };
    expect(reason('sora-2', { prompt: 'x', quality: 'high' })).toMatch(/one quality only.*sora-2-pro/);
    expect(reason('sora-2', { prompt: 'x', duration: 5 })).toBe('Sora 2 makes 10 or 15 second videos, not 5.');
    expect(reason('sora-2', { prompt: 'x', aspect: 'square' })).toBe('Sora 2 supports portrait or landscape, not square.');
    expect(reason('grok-imagine', { prompt: 'x', duration: 15 })).toBe('Grok Imagine makes 6 or 10 second videos, not 15.');
    expect(reason('kling-3.0', { prompt: 'x'.repeat(2501) })).toMatch(/2501 characters; Kling 3.0 takes at most 2500/);
    expect(reason('veo-9', { prompt: 'x' })).toMatch(/not available here\. Available: sora-2, sora-2-pro, kling-3.0, grok-imagine/);
  });

  it('lets the operator switch models off and override prices', () => {
    const registry = new ModelRegistry({ enabled: ['kling-3.0', 'sora-2'], priceOverrides: { 'sora-2': { 'standard:15': 50 } } });
    expect(registry.list().map((f) => f.id)).toEqual(['sora-2', 'kling-3.0']);
    const r = registry.resolve('sora-2', { prompt: 'x', duration: 15 });
    expect(r.ok && r.request.price).toBe(50);
    expect(registry.resolve('sora-2-pro', { prompt: 'x' }).ok).toBe(false);
    expect(() => new ModelRegistry({ enabled: ['sora-3'] })).toThrow(/unknown model "sora-3"/);
    expect(() => new ModelRegistry({ priceOverrides: { 'sora-2': { 'high:10': 10 } } })).toThrow(/has no option "high:10"/);
  });
});
