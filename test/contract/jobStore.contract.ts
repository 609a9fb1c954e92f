// The job store on any backend: jobs by id and the index of open jobs that a restart resumes from.
import { afterEach, describe, expect, it } from 'vitest';
import type { Job } from '../../src/services/jobs/job.ts';
import { JobStore, type OpenEntry } from '../../src/services/jobs/jobStore.ts';
import type { Store } from '../../src/services/store.ts';
import type { StoreHarness } from './harness.ts';

const T0 = Date.parse('2026-12-01T12:00:00Z');

export function sampleJob(id: string, overrides: Partial<Job> = {}): Job {
  return {
    id,
    guildId: 'g1',
    channelId: 'c1',
    memberId: 'm1',
    applicationId: 'app',
    interactionToken: 'interaction-token',
    tokenExpiresAt: T0 + 15 * 60_000,
    attachmentSizeLimit: 10 * 1024 * 1024,
    familyId: 'sora-2',
    familyLabel: 'Sora 2',
    kieModel: 'sora-2-text-to-video',
    input: { prompt: 'a lighthouse in a storm', n_frames: '10', aspect_ratio: 'landscape' },
    prompt: 'a lighthouse in a storm',
    duration: 10,
    aspect: 'landscape',
    quality: 'standard',
    price: 30,
    state: 'queued',
    createdAt: T0,
    updatedAt: T0,
    checks: 0,
    deliveryAttempts: 0,
    ...overrides,
  } as Job;
}

const jobStoreOn = (store: Store, now: () => number) => new JobStore(store.collection<Job>('jobs'), store.collection<OpenEntry>('open'), now);

async function openIds(jobs: JobStore): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for await (const [id, entry] of jobs.openEntries()) out[id] = entry.dueAt;
  return out;
}

export function jobStoreContract(harness: StoreHarness): void {
  describe(`job store on ${harness.name}`, () => {
    afterEach(() => harness.closeAll());

    it('keeps the open index in step with the job state', async () => {
      let now = T0;
      const jobs = jobStoreOn(await harness.fresh(), () => now);
      await jobs.put(sampleJob('j1'));
      await jobs.put(sampleJob('j2'));
      expect(await openIds(jobs)).toEqual({ j1: T0, j2: T0 });

      now = T0 + 1_000;
      await jobs.update('j1', (job) => ({ ...job, state: 'running', kieTaskId: 'task-1' }), T0 + 20_000);
      expect(await openIds(jobs)).toEqual({ j1: T0 + 20_000, j2: T0 });
      // Still open and no new due time: the scheduled time stays.
      await jobs.update('j1', (job) => void (job.checks += 1));
      expect(await openIds(jobs)).toEqual({ j1: T0 + 20_000, j2: T0 });
      await jobs.reschedule((await jobs.get('j2'))!, T0 + 5_000);
      expect(await openIds(jobs)).toEqual({ j1: T0 + 20_000, j2: T0 + 5_000 });

      await jobs.update('j1', (job) => ({ ...job, state: 'delivered', deliveredAs: 'attachment', finishedAt: now }));
      expect(await openIds(jobs)).toEqual({ j2: T0 + 5_000 });
      expect(await jobs.get('j1')).toMatchObject({ state: 'delivered', kieTaskId: 'task-1', checks: 1, updatedAt: T0 + 1_000 });
      expect(await jobs.update('gone', (job) => job)).toBeUndefined();
    });

    it('finds the open jobs again after a restart, with everything needed to finish them', async () => {
      const first = jobStoreOn(await harness.fresh(), () => T0);
      await first.put(sampleJob('j1', { state: 'running', kieTaskId: 'task-1', replyMessageId: 'msg-1' }), T0 + 9_000);
      await first.put(sampleJob('j2', { state: 'failed', failure: 'Kie refused the prompt' }));
      const second = jobStoreOn(await harness.reopen(), () => T0);
      expect(await openIds(second)).toEqual({ j1: T0 + 9_000 });
      expect(await second.get('j1')).toEqual(sampleJob('j1', { state: 'running', kieTaskId: 'task-1', replyMessageId: 'msg-1' }));
      expect(await second.get('j2')).toMatchObject({ state: 'failed', failure: 'Kie refused the prompt' });
    });

    it('applies concurrent changes to one job one after another', async () => {
      const jobs = jobStoreOn(await harness.fresh(), () => T0);
      await jobs.put(sampleJob('j1', { state: 'running' }));
      await Promise.all(Array.from({ length: 40 }, () => jobs.update('j1', (job) => void (job.checks += 1))));
      expect((await jobs.get('j1'))?.checks).toBe(40);
    });
  });
}
