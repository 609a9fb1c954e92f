import { afterEach, describe, expect, it } from 'vitest';
import { hasVideo, replyOf } from './results-support.ts';
import { startWorld, type World } from './world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('progress for a model without Kie progress', () => {
  it('shows an estimate, marked as one, that only rises and stays below 100% until the video arrives', async () => {
    // Learned: tasks take about 6 s; this one takes about 17 s, so the estimate has to creep, not finish.
    // Status edits are at least 5 s apart and follow the estimate in 5% steps: the first check (~81%)
    // and any later one (past 90%) fall in different steps however late a loaded machine runs them.
    world = await startWorld({ learnedMs: 6000, kie: { plan: { waitingMs: 500, queueMs: 500, generateMs: 16_000 } } });
    const sent = await world.sora({ prompt: 'a slow sunrise over a harbour', model: 'grok-imagine' });
    const reply = await replyOf(world, sent.token, hasVideo, 30_000);
    expect(world.kie.created()[0]!.model).toBe('grok-imagine/text-to-video');

    const shown = (reply.payloads as Array<{ embeds?: Array<{ description?: string }> }>)
      .map((p) => p.embeds?.[0]?.description ?? '')
      .map((d) => /~(\d+)% \(estimate\)/.exec(d)?.[1])
      .filter((p): p is string => p !== undefined)
      .map(Number);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < shown.length; i++) expect(shown[i]).toBeGreaterThanOrEqual(shown[i - 1]!);
    for (const p of shown) expect(p).toBeLessThan(100);
    expect(new Set(shown).size).toBeGreaterThanOrEqual(2);
    // Delivered: no percentage at all, just done.
    expect(JSON.stringify(reply.embeds)).not.toMatch(/\d+%/);
  }, 40_000);
});
