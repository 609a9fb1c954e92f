import { failureText, type Failure } from '../../../src/errors/index.ts';
import { translator } from '../../../src/i18n/index.ts';
import { describe, expect, it } from 'vitest';
import { checkStep } from '../../../src/services/jobs/check.ts';
import { KieError } from '../../../src/services/kie/errors.ts';
import type { KiePort } from '../../../src/services/kie/types.ts';
import { applied, kie, logger, makeJob, task, timing } from './support.ts';

const NOW = Date.UTC(2026, 11, 2, 12);
const running = makeJob(NOW - 60_000, { state: 'running', kieTaskId: 't1', submittedAt: NOW - 60_000, kieState: 'waiting' });
const deps = (port: KiePort, jobTimeoutMs = 30 * 60_000) => ({ kie: port, timing, logger, now: () => NOW, jobTimeoutMs });

describe('check step', () => {
  it('a task still generating: progress recorded, the reply updated (throttled), checked again later', async () => {
    const outcome = await checkStep(running, deps(kie({ getTask: async () => task({ state: 'generating', progress: 40 }) })));
    expect(outcome).toMatchObject({ kind: 'wait', status: 'throttled' });
    expect((outcome as { at: number }).at).toBeGreaterThan(NOW);
    expect(applied(running, outcome as never)).toMatchObject({ kieState: 'generating', progress: 40, progressAt: NOW, checks: 1 });
  });

  it('"recordInfo is null" right after create, or a failed read: nothing changes, checked again later', async () => {
    for (const getTask of [async () => null, () => Promise.reject(new KieError({ kind: 'timeout', message: 'slow' }))]) {
      const outcome = await checkStep(running, deps(kie({ getTask })));
      expect(outcome.kind).toBe('wait');
      expect((outcome as { change?: unknown }).change).toBeUndefined();
    }
  });

  it('success: goes straight on to delivery with the result URL', async () => {
    const outcome = await checkStep(running, deps(kie({ getTask: async () => task({ state: 'success', resultUrls: ['https://files.example/v.mp4'] }) })));
    expect(outcome.kind).toBe('deliver');
    expect(applied(running, outcome as never)).toMatchObject({ state: 'delivering', kieState: 'success', resultUrl: 'https://files.example/v.mp4' });
  });

  it('success without a video fails (refunded) rather than delivering nothing', async () => {
    const outcome = await checkStep(running, deps(kie({ getTask: async () => task({ state: 'success', resultUrls: [] }) })));
    expect(outcome).toMatchObject({ kind: 'failed' });
    expect(said(outcome)).toBe('The video service finished but returned no video.');
  });

  it('a content refusal is worded for the member; other failures quote Kie briefly', async () => {
    const refused = await checkStep(running, deps(kie({ getTask: async () => task({ state: 'fail', failMsg: 'Content flagged by safety system' }) })));
    expect(refused).toMatchObject({ kind: 'failed' });
    expect(said(refused)).toMatch(/content rules/);
    const other = await checkStep(running, deps(kie({ getTask: async () => task({ state: 'fail', failMsg: 'GPU lost', failCode: '501' }) })));
    expect(other).toMatchObject({ kind: 'failed', why: 'task failed 501' });
    expect(said(other)).toBe('The video service could not make this video: GPU lost');
  });

  it('past JOB_TIMEOUT_MS: stopped without asking Kie, in words that fit the setting', async () => {
    const outcome = await checkStep(running, deps(kie({}), 45_000));
    expect(outcome).toMatchObject({ kind: 'failed', why: 'timeout' });
    expect(said(outcome)).toBe('The video service did not finish within 45 seconds, so the job was stopped.');
  });
});

/** The failure a step decided, as the member reads it in English. */
function said(outcome: unknown): string {
  return failureText((outcome as { reason: Failure }).reason, translator('en-US'));
}
