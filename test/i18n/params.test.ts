import { describe, expect, it } from 'vitest';
import { modelPaused } from '../../src/errors/failures.ts';
import { render, translator } from '../../src/i18n/index.ts';
import { ModelRegistry } from '../../src/services/models/registry.ts';

/** What code puts into a message is in the reader's language too: option names and choices as their `/sora` shows them. */
describe('values put into messages', () => {
  const registry = new ModelRegistry({});
  const refusal = (locale: Parameters<typeof translator>[0], o: Parameters<ModelRegistry['resolve']>[1]) => {
    const r = registry.resolve('sora-2', o);
    return r.ok ? 'accepted' : render(r.reason, translator(locale));
  };

  it('names aspects as the member’s /sora list does', () => {
    expect(refusal('en-US', { prompt: 'x', aspect: 'square' })).toBe('Sora 2 supports portrait or landscape, not square.');
    expect(refusal('pt-BR', { prompt: 'x', aspect: 'square' })).toContain('retrato ou paisagem');
    expect(refusal('pt-BR', { prompt: 'x', aspect: 'square' })).toContain('quadrado');
    expect(refusal('es-ES', { prompt: 'x', aspect: 'square' })).not.toMatch(/portrait|landscape|square/);
  });

  it('suggests other models with the model option’s name in the reader’s language', () => {
    const paused = modelPaused('Sora 2', undefined, ['sora-2-pro', 'kling-3.0']);
    expect(render(paused, translator('en-US'))).toContain('Try `model:sora-2-pro` or `model:kling-3.0`.');
    expect(render(paused, translator('pt-BR'))).toContain('`modelo:sora-2-pro` ou `modelo:kling-3.0`');
  });
});
