import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import type { Delivery } from '../../../src/services/delivery/routes.ts';
import { ActiveJobs } from '../../../src/services/jobs/activeJobs.ts';
import { createStep, type CreateDeps } from '../../../src/services/jobs/create.ts';
import { CancelQueued } from '../../../src/services/jobs/cancel.ts';
import type { Job } from '../../../src/services/jobs/job.ts';
import { JobStore } from '../../../src/services/jobs/jobStore.ts';
import { ResultButtons } from '../../../src/services/jobs/resultButtons.ts';
import { JobRunner, type RunnerDeps } from '../../../src/services/jobs/runner.ts';
import { JOB_KIND, JobSchedule } from '../../../src/services/jobs/schedule.ts';
import { Settlement } from '../../../src/services/jobs/settle.ts';
import { StatusUpdates } from '../../../src/services/jobs/statusUpdates.ts';
import type { KiePort } from '../../../src/services/kie/types.ts';
import { Ledger } from '../../../src/services/ledger/ledger.ts';
import { Scheduler, type Entry } from '../../../src/services/scheduler.ts';
import { openStore } from '../../../src/services/store.ts';
import { until } from '../../support/wait.ts';

const logger = createLogger({ level: 'silent', secrets: [] });

async function setup() {
  const store = await openStore('memory://');
  const now = () => Date.now();
  const jobs = new JobStore(store.collection<Job>('jobs'), now);
  const ledger = new Ledger({ accounts: store.collection('accounts') as never, journalArchive: store.collection('journal'), defaultCredits: 100, now });
  const active = new ActiveJobs({ maxPerMember: 5, maxPerGuild: 50 });
  const told: Job[] = [];
  const delivery = {
    edit: async (job: Job) => {
      told.push(job);
      return { route: 'interaction', messageId: 'm1', tokenDead: false };
    },
  } as unknown as Delivery;
  const scheduler = new Scheduler({ concurrency: 2, logger, now });
  const schedule = new JobSchedule(scheduler);
  const settlement = new Settlement({ store: jobs, ledger, active, logger, now });
  const status = new StatusUpdates({ delivery, store: jobs, logger, now });
  const history = new CancelQueued({ store: jobs, settlement, schedule, status, logger, now });

  const job: Job = {
    id: 'job0000000001', guildId: 'g1', channelId: 'c1', memberId: 'm1', applicationId: 'a', interactionToken: 't', tokenExpiresAt: now() + 900_000,
    attachmentSizeLimit: 1, familyId: 'sora-2', familyLabel: 'Sora 2', kieModel: 'sora-2-text-to-video', input: { prompt: 'x' }, prompt: 'x',
    duration: 10, aspect: 'landscape', quality: 'standard', price: 30, state: 'queued', createdAt: now(), updatedAt: now(), checks: 0, deliveryAttempts: 0,
  };
  const hold = await ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: job.id, amount: 30 });
  expect(hold.ok).toBe(true);
  active.claim(job.id, 'g1', 'm1');
  await jobs.put(job);

  // A Kie whose create slot opens when the test says so; `sent` counts requests that left.
  let openSlot!: () => void;
  const slot = new Promise<void>((resolve) => (openSlot = resolve));
  let sent = 0;
  const kie: KiePort = {
    async createTask(_model, _input, options) {
      await slot;
      await options?.beforeSend?.();
      sent += 1;
      return { taskId: 'task1' };
    },
    getTask: async () => null,
    getCredits: async () => 0,
    getDownloadUrl: async (url) => url,
  };
  const timing = { firstCheckAt: (_j: Job, t: number) => t + 1000, expectedDoneAt: (_j: Job, t: number) => t + 5000 };
  const createDeps = { kie, store: jobs, timing, models: { reportSuccess: async () => {}, reportPaused: async () => {}, reportError: async () => {}, pausedText: () => '' }, logger, now, jobTimeoutMs: 60_000, minPollIntervalMs: 50 } as unknown as CreateDeps;
  // The runner tells the member of a cancel and closes the job; its create never runs here (the
  // tests drive createStep themselves), so a queued job's run is left detached.
  const entries = store.collection<Entry>('open');
  const runner = new JobRunner({ ...createDeps, schedule, entries, settlement, status, active, delivery, buttons: new ResultButtons() } as unknown as RunnerDeps);
  scheduler.register(JOB_KIND, { entries, run: async (id) => ((await jobs.get(id))?.state === 'queued' ? 'detached' : runner.run(id)) });
  await scheduler.persist(JOB_KIND, job.id, now());
  return { store, jobs, ledger, history, scheduler, job, told, createDeps, openSlot, sent: () => sent };
}

describe('cancel against the create step', () => {
  it('a cancel while the create waits for its slot wins: refunded once, never sent, the reply told', async () => {
    const t = await setup();
    const creating = createStep(t.job, t.createDeps, new AbortController().signal);
    const outcome = await t.history.cancel(t.job.id, 'm1');
    expect(outcome.kind).toBe('cancelled');
    t.openSlot();
    expect(await creating).toEqual({ kind: 'leave' });
    expect(t.sent()).toBe(0);
    const account = await t.ledger.account('g1');
    expect(account.balance).toBe(100);
    expect(account.journal.filter((e) => e.kind === 'release')).toHaveLength(1);
    await until(async () => (await t.jobs.get(t.job.id))!.state === 'failed', 2_000, 'the runner to close the cancelled job');
    expect(t.told).toHaveLength(1);
    await until(async () => (await t.store.collection('open').get(t.job.id)) === undefined, 2_000, 'the schedule entry removed');
    expect(t.scheduler.has(JOB_KIND, t.job.id)).toBe(false);
    expect(account.journal.filter((e) => e.kind === 'release')).toHaveLength(1);
  });

  it('a cancel racing the slot opening: exactly one of them wins, never both', async () => {
    const winners = new Set<string>();
    for (let round = 0; round < 20; round++) {
      const t = await setup();
      const creating = createStep(t.job, t.createDeps, new AbortController().signal);
      // The slot opens, then the cancel arrives 0…19 microtask turns later: every interleaving
      // around the job's lock, from the cancel first to the create's beforeSend first.
      t.openSlot();
      for (let i = 0; i < round; i++) await Promise.resolve();
      const cancelling = t.history.cancel(t.job.id, 'm1');
      const [created, cancelled] = await Promise.all([creating, cancelling]);
      const account = await t.ledger.account('g1');
      const releases = account.journal.filter((e) => e.kind === 'release').length;
      winners.add(cancelled.kind);
      if (cancelled.kind === 'cancelled') {
        expect(t.sent()).toBe(0);
        expect(created.kind).toBe('leave');
        expect(releases).toBe(1);
      } else {
        expect(cancelled.kind).toBe('at-kie');
        expect(t.sent()).toBe(1);
        expect(created.kind).toBe('wait');
        expect(releases).toBe(0);
      }
    }
    // Both orders happened: the test covered each winner.
    expect([...winners].sort()).toEqual(['at-kie', 'cancelled']);
  });

  it('refuses a job already at Kie and one already finished, changing nothing', async () => {
    const t = await setup();
    await t.jobs.update(t.job.id, (j) => {
      j.state = 'running';
    });
    expect((await t.history.cancel(t.job.id, 'm1')).kind).toBe('at-kie');
    await t.jobs.update(t.job.id, (j) => {
      j.state = 'delivered';
    });
    expect((await t.history.cancel(t.job.id, 'm1')).kind).toBe('finished');
    expect((await t.ledger.account('g1')).balance).toBe(70);
  });
});
