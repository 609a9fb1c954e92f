// The job store and the scheduler's persisted entries on any backend: what a restart resumes from.
import { afterEach, describe, expect, it } from 'vitest';
import type { Job } from '../../src/services/jobs/job.ts';
import { pino } from 'pino';
import { JobStore } from '../../src/services/jobs/jobStore.ts';
import { Scheduler, type Entry, type Outcome } from '../../src/services/scheduler.ts';
import { until } from '../support/wait.ts';
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

const jobStoreOn = (store: Store, now: () => number) => new JobStore(store.collection<Job>('jobs'), now);
const logger = pino({ level: 'silent' });

/** A scheduler with the job kind registered over the store's `open` collection, as the bot wires it. */
function schedulerOn(store: Store, run: (id: string) => Promise<Outcome> = async () => 'done') {
  const scheduler = new Scheduler({ concurrency: 2, logger });
  const resumed: Record<string, Entry> = {};
  scheduler.register('job', { entries: store.collection<Entry>('open'), run, resumed: (id, entry) => void (resumed[id] = entry) });
  return { scheduler, resumed };
}

export function jobStoreContract(harness: StoreHarness): void {
  describe(`job store and scheduler on ${harness.name}`, () => {
    afterEach(() => harness.closeAll());

    it('stores jobs and applies changes in order; a change to a missing job changes nothing', async () => {
      let now = T0;
      const jobs = jobStoreOn(await harness.fresh(), () => now);
      await jobs.put(sampleJob('j1'));
      now = T0 + 1_000;
      await jobs.update('j1', (job) => ({ ...job, state: 'running', kieTaskId: 'task-1' }));
      await jobs.update('j1', (job) => void (job.checks += 1));
      await jobs.update('j1', (job) => ({ ...job, state: 'delivered', deliveredAs: 'attachment', finishedAt: now }));
      expect(await jobs.get('j1')).toMatchObject({ state: 'delivered', kieTaskId: 'task-1', checks: 1, updatedAt: T0 + 1_000 });
      expect(await jobs.update('gone', (job) => job)).toBeUndefined();
      expect(await jobs.get('gone')).toBeUndefined();
    });

    it('finds the open jobs again after a restart, with their due times and everything needed to finish them', async () => {
      const store = await harness.fresh();
      const first = jobStoreOn(store, () => T0);
      const { scheduler } = schedulerOn(store);
      await first.put(sampleJob('j1', { state: 'running', kieTaskId: 'task-1', replyMessageId: 'msg-1' }));
      await scheduler.persist('job', 'j1', T0 + 9_000, { guildId: 'g1', memberId: 'm1' });
      await first.put(sampleJob('j2', { state: 'failed', failure: 'Kie refused the prompt' }));
      await scheduler.stop();

      const reopened = await harness.reopen();
      const second = jobStoreOn(reopened, () => T0);
      const again = schedulerOn(reopened);
      expect(await again.scheduler.resume()).toEqual({ job: 1 });
      expect(again.resumed).toEqual({ j1: { dueAt: T0 + 9_000, guildId: 'g1', memberId: 'm1' } });
      expect(await second.get('j1')).toEqual(sampleJob('j1', { state: 'running', kieTaskId: 'task-1', replyMessageId: 'msg-1' }));
      expect(await second.get('j2')).toMatchObject({ state: 'failed', failure: 'Kie refused the prompt' });
      await again.scheduler.stop();
    });

    it('a finished run removes its entry from the store; a rescheduled one is saved with its new time', async () => {
      const store = await harness.fresh();
      const later = Date.now() + 60_000;
      const { scheduler } = schedulerOn(store, async (id) => (id === 'done' ? 'done' : { at: later, meta: { guildId: 'g1', memberId: 'm1' } }));
      await scheduler.set('job', 'done', Date.now(), { guildId: 'g1', memberId: 'm1' });
      await scheduler.set('job', 'again', Date.now(), { guildId: 'g1', memberId: 'm1' });
      const open = store.collection<Entry>('open');
      await until(async () => (await open.get('done')) === undefined && (await open.get('again'))?.dueAt === later, 5_000, 'the entries saved');
      await scheduler.stop();
    });

    it('applies concurrent changes to one job one after another', async () => {
      const jobs = jobStoreOn(await harness.fresh(), () => T0);
      await jobs.put(sampleJob('j1', { state: 'running' }));
      await Promise.all(Array.from({ length: 40 }, () => jobs.update('j1', (job) => void (job.checks += 1))));
      expect((await jobs.get('j1'))?.checks).toBe(40);
    });
  });
}
