import { failureText, type Failure } from '../../../src/errors/index.ts';
import { translator } from '../../../src/i18n/index.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { createStep, type CreateDeps } from '../../../src/services/jobs/create.ts';
import { JobStore } from '../../../src/services/jobs/jobStore.ts';
import type { Job } from '../../../src/services/jobs/job.ts';
import { KieError } from '../../../src/services/kie/errors.ts';
import type { KiePort } from '../../../src/services/kie/types.ts';
import { openStore, type Store } from '../../../src/services/store.ts';
import { applied, kie, logger, makeJob, modelsIn, timing } from './support.ts';

const NOW = Date.UTC(2026, 11, 2, 12);
let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function deps(port: KiePort, job: Job): Promise<CreateDeps> {
  store = await openStore('memory://');
  const jobs = new JobStore(store.collection<Job>('jobs'), () => NOW);
  await jobs.put(job);
  return { kie: port, store: jobs, timing, models: modelsIn(store, () => NOW), logger, now: () => NOW, jobTimeoutMs: 30 * 60_000, minPollIntervalMs: 1_000 };
}

describe('create step', () => {
  it('marks the job `creating` before the request leaves, then runs it with the task id and a first check after the typical wait', async () => {
    const job = makeJob(NOW);
    let stateWhenSent = '';
    const d = await deps(
      kie({
        createTask: async (_model, _input, options) => {
          await options?.beforeSend?.();
          stateWhenSent = (await d.store.get(job.id))!.state;
          return { taskId: 'task-9' };
        },
      }),
      job,
    );
    const outcome = await createStep(job, d, new AbortController().signal);
    expect(stateWhenSent).toBe('creating');
    expect(outcome.kind).toBe('wait');
    if (outcome.kind !== 'wait') return;
    expect(outcome.status).toBe('forced');
    expect(outcome.at).toBeGreaterThan(NOW);
    expect(applied(job, outcome)).toMatchObject({ state: 'running', kieTaskId: 'task-9', submittedAt: NOW, kieState: 'waiting' });
  });

  it('a 429 proves nothing was created: back to the queue, tried again later', async () => {
    const job = makeJob(NOW);
    const d = await deps(kie({ createTask: () => Promise.reject(new KieError({ kind: 'rate_limited', message: '429' })) }), job);
    const outcome = await createStep(job, d, new AbortController().signal);
    expect(outcome).toMatchObject({ kind: 'wait', at: NOW + 10_000 });
    expect(applied(job, outcome as { change?: (j: Job) => void }).state).toBe('queued');
  });

  it('an error that may hide a paid task is not retried: the job fails with the member-safe words', async () => {
    const job = makeJob(NOW);
    const d = await deps(kie({ createTask: () => Promise.reject(new KieError({ kind: 'server_error', message: '500 at Kie' })) }), job);
    const outcome = await createStep(job, d, new AbortController().signal);
    expect(outcome).toMatchObject({ kind: 'failed', why: 'create: server_error', tell: true });
    expect(failureText((outcome as { reason: Failure }).reason, translator('en-US'))).not.toContain('500 at Kie');
  });

  it('a paused model is remembered, so the next request for it is refused before anything is held', async () => {
    const job = makeJob(NOW);
    const d = await deps(kie({ createTask: () => Promise.reject(new KieError({ kind: 'model_paused', message: 'temporarily paused' })) }), job);
    const outcome = await createStep(job, d, new AbortController().signal);
    expect(outcome).toMatchObject({ kind: 'failed', why: 'create: model_paused' });
    expect(failureText((outcome as { reason: Failure }).reason, translator('en-US'))).toMatch(/Sora 2 is paused.*Try `model:sora-2-pro`/);
    expect(d.models.isPaused('sora-2-text-to-video')).toBe(true);
  });

  it('given up at shutdown before sending: nothing to save, the job stays queued for the next start', async () => {
    const job = makeJob(NOW);
    const d = await deps(kie({ createTask: () => Promise.reject(new KieError({ kind: 'cancelled', message: 'aborted' })) }), job);
    expect(await createStep(job, d, new AbortController().signal)).toEqual({ kind: 'leave' });
    expect((await d.store.get(job.id))!.state).toBe('queued');
  });
});
