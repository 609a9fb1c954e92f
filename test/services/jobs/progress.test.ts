import { translator } from '../../../src/i18n/index.ts';
const en = translator('en-US');
import { describe, expect, it } from 'vitest';
import type { Job } from '../../../src/services/jobs/job.ts';
import { estimatePercent, nextProgress, progressKey, progressText } from '../../../src/services/jobs/progress.ts';
import { statusMessage } from '../../../src/services/jobs/statusView.ts';

const t0 = Date.parse('2026-11-25T12:00:00Z');
const job = (overrides: Partial<Job> = {}): Job => ({
  id: 'job123', guildId: 'g', channelId: 'c', memberId: '42', applicationId: 'a', interactionToken: 't', tokenExpiresAt: t0 + 900_000,
  attachmentSizeLimit: 10_485_760, familyId: 'kling-3.0', familyLabel: 'Kling 3.0', kieModel: 'kling-3.0/video', input: {}, prompt: 'a cat',
  duration: 5, aspect: 'landscape', quality: 'standard', price: 100, state: 'running', createdAt: t0, updatedAt: t0, checks: 1,
  deliveryAttempts: 0, submittedAt: t0, expectedDoneAt: t0 + 100_000, kieState: 'generating', ...overrides,
});

describe('the progress estimate', () => {
  it('rises with elapsed time, reaches 90% at the usual completion time, and never reaches 100%', () => {
    expect(estimatePercent(0, 100_000)).toBe(0);
    expect(estimatePercent(50_000, 100_000)).toBe(45);
    expect(estimatePercent(100_000, 100_000)).toBe(90);
    expect(estimatePercent(200_000, 100_000)).toBe(95);
    expect(estimatePercent(10 * 100_000, 100_000)).toBe(98);
    expect(estimatePercent(1e12, 100_000)).toBe(99);
    let last = -1;
    for (let ms = 0; ms < 2_000_000; ms += 997) {
      const p = estimatePercent(ms, 100_000);
      expect(p).toBeGreaterThanOrEqual(last);
      expect(p).toBeLessThan(100);
      last = p;
    }
  });

  it('is zero without a usable usual time', () => {
    expect(estimatePercent(5_000, 0)).toBe(0);
    expect(estimatePercent(-5, 100)).toBe(0);
  });

  it('never goes back below what was shown, even when the usual time grows', () => {
    const shown = nextProgress(job({ progressShown: 80, progressEstimated: true, expectedDoneAt: t0 + 1_000_000 }), t0 + 10_000, false);
    expect(shown).toEqual({ percent: 80, estimate: true });
  });

  it('uses Kie’s figure where the model reports one, capped at 99 and never going back', () => {
    expect(nextProgress(job({ progress: 40 }), t0 + 90_000, true)).toEqual({ percent: 40, estimate: false });
    expect(nextProgress(job({ progress: 30, progressShown: 40 }), t0 + 90_000, true)).toEqual({ percent: 40, estimate: false });
    expect(nextProgress(job({ progress: 100 }), t0 + 90_000, true)).toEqual({ percent: 99, estimate: false });
    expect(nextProgress(job({}), t0 + 90_000, true)).toBeUndefined();
  });

  it('has nothing to show before the job reached Kie', () => {
    const { submittedAt: _s, expectedDoneAt: _e, ...notAtKie } = job();
    expect(nextProgress(notAtKie as Job, t0, false)).toBeUndefined();
  });
});

describe('progress in the status line', () => {
  it('marks an estimate as one', () => {
    const j = job({ progressShown: 40, progressEstimated: true });
    expect(progressText(j, en)).toBe(' ~40% (estimate)');
    expect(statusMessage(j, t0 + 44_000).embeds[0]!.description).toContain('🎬 Generating ~40% (estimate) · 44s elapsed');
    expect(statusMessage(job({ kieState: 'queuing', progressShown: 12, progressEstimated: true }), t0 + 12_000).embeds[0]!.description).toContain(
      '⏳ Queued at the video service · ~12% (estimate) · 12s elapsed',
    );
  });

  it('shows Kie’s figure plainly while generating', () => {
    expect(progressText(job({ progress: 40, progressShown: 40, progressEstimated: false }), en)).toBe(' 40%');
    expect(progressText(job({ kieState: 'waiting', progress: 0, progressShown: 0, progressEstimated: false }), en)).toBe('');
  });

  it('asks for a status edit per 5% of estimate, and per point of Kie progress', () => {
    expect(progressKey(job({ progressShown: 41, progressEstimated: true }))).toBe(progressKey(job({ progressShown: 44, progressEstimated: true })));
    expect(progressKey(job({ progressShown: 44, progressEstimated: true }))).not.toBe(progressKey(job({ progressShown: 45, progressEstimated: true })));
    expect(progressKey(job({ progressShown: 41, progressEstimated: false }))).not.toBe(progressKey(job({ progressShown: 42, progressEstimated: false })));
  });
});
