import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render, translator } from '../../../src/i18n/index.ts';
import { KieClient } from '../../../src/services/kie/client.ts';
import { Limiter } from '../../../src/services/kie/limiter.ts';
import { KieRouter } from '../../../src/services/kie/router.ts';
import { VeoAdapter } from '../../../src/services/kie/veo.ts';
import { ModelRegistry } from '../../../src/services/models/registry.ts';
import { FakeKie } from '../../../sandbox/kie.ts';

let kie: FakeKie;
let client: KieRouter;
beforeAll(async () => {
  kie = await FakeKie.start({ apiKey: 'registry-key', createRateLimit: false });
  // Kie's create pacing is the limiter's own test; here it would only slow the sweep down.
  const jobs = new KieClient({ baseUrl: kie.url, apiKey: 'registry-key', createLimiter: new Limiter({ limit: 1000, windowMs: 1000 }) });
  const registry = new ModelRegistry();
  client = new KieRouter({ jobs, veo: new VeoAdapter(jobs), apiOf: (model) => registry.apiOf(model) });
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
          if (family.imageRequired && !imageUrl) {
            expect(resolved.ok, `${family.id} without an image`).toBe(false);
            continue;
          }
          if (!resolved.ok) throw new Error(`${family.id} ${JSON.stringify(combination)}: ${render(resolved.reason, translator('en-US'))}`);
          expect(resolved.request.price).toBeGreaterThan(0);
          expect(Number.isInteger(resolved.request.price)).toBe(true);
          const { taskId } = await client.createTask(resolved.request.kieModel, resolved.request.input);
          expect(taskId).toMatch(family.api === 'veo' ? /^veo_[0-9a-f]{24}$/ : /^[0-9a-f]{32}$/);
          tried += 1;
        }
      }
    }
    expect(tried).toBeGreaterThan(300);
    expect(new Set(kie.created().map((c) => `${c.api} ${c.model}`))).toEqual(
      new Set([
        'jobs sora-2-text-to-video',
        'jobs sora-2-image-to-video',
        'jobs sora-2-pro-text-to-video',
        'jobs sora-2-pro-image-to-video',
        'jobs kling-3.0/video',
        'jobs grok-imagine/text-to-video',
        'jobs grok-imagine/image-to-video',
        'jobs bytedance/seedance-2',
        'jobs bytedance/seedance-2-fast',
        'jobs wan/2-6-text-to-video',
        'jobs wan/2-6-image-to-video',
        'jobs hailuo/2-3-image-to-video-standard',
        'veo veo3_fast',
        'veo veo3',
      ]),
    );
  });

  it('prices Sora as published', () => {
    const registry = new ModelRegistry();
    const price = (model: string, duration: number, quality?: 'standard' | 'high') => {
      const r = registry.resolve(model, { prompt: 'x', duration, quality });
      return r.ok ? r.request.price : render(r.reason, translator('en-US'));
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
      return r.ok ? 'accepted' : render(r.reason, translator('en-US'));
    };
    expect(reason('sora-2', { prompt: 'x', quality: 'high' })).toMatch(/one quality only.*sora-2-pro/);
    expect(reason('sora-2', { prompt: 'x', duration: 5 })).toBe('Sora 2 makes 10 or 15 second videos, not 5.');
    expect(reason('sora-2', { prompt: 'x', aspect: 'square' })).toBe('Sora 2 supports portrait or landscape, not square.');
    expect(reason('grok-imagine', { prompt: 'x', duration: 15 })).toBe('Grok Imagine makes 6 or 10 second videos, not 15.');
    expect(reason('kling-3.0', { prompt: 'x'.repeat(2501) })).toMatch(/2501 characters; Kling 3.0 takes at most 2500/);
    expect(reason('veo-9', { prompt: 'x' })).toMatch(/not available here\. Available: sora-2, sora-2-pro, kling-3.0, grok-imagine/);
  });

  it('prices the new families as published, in whole credits', () => {
    const registry = new ModelRegistry();
    const image = 'https://files.example/first-frame.png';
    const price = (model: string, duration: number, quality?: 'standard' | 'high', imageUrl?: string) => {
      const r = registry.resolve(model, { prompt: 'x', duration, quality, imageUrl });
      return r.ok ? r.request.price : render(r.reason, translator('en-US'));
    };
    // Seedance 2: US$0.205/s (720p), US$0.51/s (1080p); fast: US$0.059/s (480p), US$0.124/s (720p).
    expect(price('seedance-2', 4)).toBe(164);
    expect(price('seedance-2', 15, 'high')).toBe(1530);
    expect(price('seedance-2-fast', 5)).toBe(59);
    expect(price('seedance-2-fast', 15, 'high')).toBe(372);
    // Wan 2.6 per clip: 5 s US$0.35 / 0.5225, 15 s US$1.05 / 1.575.
    expect(price('wan-2.6', 5)).toBe(70);
    expect(price('wan-2.6', 5, 'high')).toBe(105);
    expect(price('wan-2.6', 15, 'high')).toBe(315);
    // Hailuo 2.3 standard: 6 s US$0.15, 10 s US$0.25, 6 s 1080P US$0.25.
    expect(price('hailuo-2.3', 6, undefined, image)).toBe(30);
    expect(price('hailuo-2.3', 10, undefined, image)).toBe(50);
    expect(price('hailuo-2.3', 6, 'high', image)).toBe(50);
    // Veo 3.1 per clip: fast US$0.30, quality US$1.25.
    expect(price('veo-3.1', 8)).toBe(60);
    expect(price('veo-3.1', 8, 'high')).toBe(250);
  });

  it('sends each new family to the right Kie model and API', () => {
    const registry = new ModelRegistry();
    const image = 'https://files.example/first-frame.png';
    const request = (model: string, o: Partial<Parameters<ModelRegistry['resolve']>[1]> = {}) => {
      const r = registry.resolve(model, { prompt: 'a fox', ...o });
      if (!r.ok) throw new Error(render(r.reason, translator('en-US')));
      return { kieModel: r.request.kieModel, input: r.request.input, api: registry.apiOf(r.request.kieModel) };
    };
    expect(request('seedance-2', { duration: 7, aspect: 'portrait' })).toEqual({
      kieModel: 'bytedance/seedance-2',
      api: 'jobs',
      input: { prompt: 'a fox', duration: 7, resolution: '720p', aspect_ratio: '9:16', generate_audio: true, web_search: false },
    });
    expect(request('seedance-2-fast', { imageUrl: image, quality: 'high' }).input).toMatchObject({ first_frame_url: image, aspect_ratio: 'adaptive', resolution: '720p' });
    expect(request('wan-2.6').kieModel).toBe('wan/2-6-text-to-video');
    expect(request('wan-2.6', { imageUrl: image, duration: 10, quality: 'high' })).toEqual({
      kieModel: 'wan/2-6-image-to-video',
      api: 'jobs',
      input: { prompt: 'a fox', duration: '10', resolution: '1080p', image_urls: [image] },
    });
    expect(request('hailuo-2.3', { imageUrl: image, duration: 10 })).toEqual({
      kieModel: 'hailuo/2-3-image-to-video-standard',
      api: 'jobs',
      input: { prompt: 'a fox', image_url: image, duration: '10', resolution: '768P' },
    });
    expect(request('veo-3.1', { aspect: 'portrait' })).toEqual({
      kieModel: 'veo3_fast',
      api: 'veo',
      input: { prompt: 'a fox', aspectRatio: '9:16', generationType: 'TEXT_2_VIDEO' },
    });
    expect(request('veo-3.1', { quality: 'high', imageUrl: image })).toEqual({
      kieModel: 'veo3',
      api: 'veo',
      input: { prompt: 'a fox', aspectRatio: '16:9', generationType: 'FIRST_AND_LAST_FRAMES_2_VIDEO', imageUrls: [image] },
    });
    expect(registry.kieModels()).toEqual(expect.arrayContaining(['veo3_fast', 'veo3', 'bytedance/seedance-2-fast', 'wan/2-6-image-to-video']));
    expect(registry.familyOfKieModel('veo3')?.id).toBe('veo-3.1');
    // Registry order: Sora first, the new families after the old ones.
    expect(registry.list().map((f) => f.id)).toEqual(['sora-2', 'sora-2-pro', 'kling-3.0', 'grok-imagine', 'seedance-2', 'seedance-2-fast', 'wan-2.6', 'hailuo-2.3', 'veo-3.1']);
  });

  it('refuses what the new families do not offer, saying what is allowed', () => {
    const registry = new ModelRegistry();
    const image = 'https://files.example/first-frame.png';
    const reason = (model: string, o: Parameters<ModelRegistry['resolve']>[1]) => {
      const r = registry.resolve(model, o);
      return r.ok ? 'accepted' : render(r.reason, translator('en-US'));
    };
    expect(reason('hailuo-2.3', { prompt: 'x' })).toBe(
      'Hailuo 2.3 makes videos from a picture only: attach one with image: (it becomes the first frame), or pick a model that works from text alone, such as sora-2, sora-2-pro, or kling-3.0.',
    );
    expect(reason('hailuo-2.3', { prompt: 'x', imageUrl: image, duration: 10, quality: 'high' })).toBe('Hailuo 2.3 makes high quality videos only at 6 seconds, not 10.');
    expect(reason('seedance-2', { prompt: 'x', duration: 3 })).toMatch(/^Seedance 2 makes 4, 5, .* or 15 second videos, not 3\.$/);
    expect(reason('wan-2.6', { prompt: 'x', aspect: 'portrait' })).toBe('Wan 2.6 supports landscape, not portrait.');
    expect(reason('veo-3.1', { prompt: 'x', duration: 10 })).toBe('Veo 3.1 makes 8 second videos, not 10.');
    expect(reason('veo-3.1', { prompt: 'x'.repeat(1001) })).toMatch(/1001 characters; Veo 3.1 takes at most 1000/);
    // Combinations list only what is offered.
    expect(registry.combinations(registry.get('hailuo-2.3')!).filter((c) => c.quality === 'high').map((c) => c.duration)).not.toContain(10);
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
