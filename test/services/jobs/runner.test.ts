import { afterEach, describe, expect, it } from 'vitest';
import type { LinkInfo, ResultSender } from '../../../src/services/delivery/result.ts';
import type { Delivery } from '../../../src/services/delivery/routes.ts';
import { ActiveJobs } from '../../../src/services/jobs/activeJobs.ts';
import type { Job } from '../../../src/services/jobs/job.ts';
import { JobStore } from '../../../src/services/jobs/jobStore.ts';
import { ResultButtons } from '../../../src/services/jobs/resultButtons.ts';
import { JobRunner } from '../../../src/services/jobs/runner.ts';
import { JOB_KIND, jobMeta, JobSchedule } from '../../../src/services/jobs/schedule.ts';
import { Settlement } from '../../../src/services/jobs/settle.ts';
import { StatusUpdates } from '../../../src/services/jobs/statusUpdates.ts';
import type { MessageBody } from '../../../src/services/jobs/statusView.ts';
import { Ledger, type Account, type JournalEntry } from '../../../src/services/ledger/ledger.ts';
import { Scheduler, type Entry } from '../../../src/services/scheduler.ts';
import { openStore, type Store } from '../../../src/services/store.ts';
import { until } from '../../support/wait.ts';
import { PollPlanner } from '../../../src/services/jobs/pollPlan.ts';
import { JobTiming } from '../../../src/services/jobs/timing.ts';
import { kie, logger, makeJob, modelsIn, registry, task } from './support.ts';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

/** The runner and scheduler as the composition root wires them, over an in-memory store. */
async function pipeline(getTask: () => Promise<ReturnType<typeof task> | null>) {
  store = await openStore('memory://');
  const jobs = new JobStore(store.collection<Job>('jobs'));
  const ledger = new Ledger({ accounts: store.collection<Account>('accounts'), journalArchive: store.collection<JournalEntry[]>('journal'), defaultCredits: 100 });
  const active = new ActiveJobs({ maxPerMember: 5, maxPerGuild: 5 });
  const edits: string[] = [];
  const delivery = { edit: async (_job: Job, body: MessageBody) => (edits.push(body.content), { route: 'interaction', messageId: 'r1', tokenDead: false }) } as unknown as Delivery;
  const results = {
    async send(job: Job, _url: string, compose: (link?: LinkInfo) => MessageBody) {
      edits.push(compose().content);
      return { kind: 'delivered', as: 'attachment', tokenDead: false, newReplyMessageId: undefined };
    },
  } as unknown as ResultSender;
  // Tasks of this model "usually" finish in 20 ms: the first check comes at once.
  const planner = new PollPlanner({ minIntervalMs: 1 });
  for (let i = 0; i < 5; i++) await planner.learn('sora-2-text-to-video', 20);
  const scheduler = new Scheduler({ concurrency: 2, logger });
  const schedule = new JobSchedule(scheduler);
  const runner = new JobRunner({
    kie: kie({ createTask: async () => ({ taskId: 't1' }), getTask }),
    store: jobs,
    schedule,
    entries: store.collection<Entry>('open'),
    timing: new JobTiming(planner, registry),
    models: modelsIn(store),
    results,
    buttons: new ResultButtons(),
    delivery,
    settlement: new Settlement({ store: jobs, ledger, active, logger, now: Date.now }),
    status: new StatusUpdates({ delivery, store: jobs, logger, now: Date.now }),
    active,
    logger,
    now: Date.now,
    jobTimeoutMs: 60_000,
    minPollIntervalMs: 1,
  });
  const open = store.collection<Entry>('open');
  scheduler.register(JOB_KIND, { entries: open, run: (id) => runner.run(id), resumed: (id, e) => runner.resumed(id, e) });
  const submit = async () => {
    const job = makeJob(Date.now());
    const hold = await ledger.hold({ guildId: job.guildId, memberId: job.memberId, jobId: job.id, amount: job.price });
    expect(hold.ok).toBe(true);
    await jobs.put(job);
    await scheduler.set(JOB_KIND, job.id, Date.now(), jobMeta(job));
    return job;
  };
  return { jobs, ledger, scheduler, runner, open, edits, submit };
}

describe('job runner', () => {
  it('queued → running → delivered: the hold is captured and the schedule entry is gone', async () => {
    const p = await pipeline(async () => task({ state: 'success', resultUrls: ['https://files.example/v.mp4'] }));
    const job = await p.submit();
    await until(async () => (await p.jobs.get(job.id))?.state === 'delivered', 5_000, 'delivered');
    const account = await p.ledger.account('g1');
    expect(account.balance).toBe(70);
    expect(account.settled[job.id]).toBe('captured');
    await until(async () => (await p.open.get(job.id)) === undefined, 2_000, 'the schedule entry removed');
    expect(p.edits.at(-1)).toContain('your video is ready');
    await p.scheduler.stop();
    await p.runner.stop();
  });

  it('a failed task: refunded, the member told, nothing left scheduled', async () => {
    const p = await pipeline(async () => task({ state: 'fail', failMsg: 'GPU lost' }));
    const job = await p.submit();
    await until(async () => (await p.jobs.get(job.id))?.state === 'failed', 5_000, 'failed');
    expect((await p.ledger.account('g1')).balance).toBe(100);
    await until(() => p.edits.some((e) => e.includes('You were not charged')), 2_000, 'the failure notice');
    expect(await p.open.get(job.id)).toBeUndefined();
    await p.scheduler.stop();
    await p.runner.stop();
  });
});

describe('job runner: whatever a crash between two writes left, the next run finishes', () => {
  it('a reservation whose job was never stored: the hold is released, the member told in the reply, the entry gone', async () => {
    const p = await pipeline(async () => null);
    const now = Date.now();
    const reserved = makeJob(now, { id: 'unsaved1' });
    await new JobSchedule(p.scheduler).reserve(reserved);
    await p.ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: reserved.id, amount: 30 });
    expect(await p.runner.run(reserved.id)).toBe('done');
    const account = await p.ledger.account('g1');
    expect(account.balance).toBe(100);
    expect(account.settled[reserved.id]).toBe('released');
    expect(p.edits.at(-1)).toContain('restarted before your request was saved');
  });

  it('a final job with its hold still open: delivered → captured, failed → released, notifying → released and told', async () => {
    const p = await pipeline(async () => null);
    const now = Date.now();
    // Balances carry over from case to case: one capture of 30, then two releases.
    const cases = [
      { id: 'done1', state: 'delivered' as const, settled: 'captured', balance: 70 },
      { id: 'fail1', state: 'failed' as const, settled: 'released', balance: 70 },
      { id: 'tell1', state: 'notifying' as const, settled: 'released', balance: 70 },
    ];
    for (const c of cases) {
      const job = makeJob(now, { id: c.id, state: c.state, failure: 'GPU lost' });
      await p.ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: job.id, amount: 30 });
      await p.jobs.put(job);
      expect(await p.runner.run(job.id)).toBe('done');
      const account = await p.ledger.account('g1');
      expect(account.settled[job.id]).toBe(c.settled);
      expect(account.balance).toBe(c.balance);
      expect(account.holds).toEqual({});
      if (c.state === 'notifying') {
        expect(p.edits.at(-1)).toContain('You were not charged');
        expect((await p.jobs.get(job.id))!.state).toBe('failed');
      }
      // Run again (a second crash before the entry was removed): nothing moves twice.
      expect(await p.runner.run(job.id)).toBe('done');
      expect((await p.ledger.account('g1')).balance).toBe(c.balance);
    }
  });

  it('a ledger write that throws after the final state: the run fails, the entry stays, and the next run settles', async () => {
    const p = await pipeline(async () => task({ state: 'fail', failMsg: 'GPU lost' }));
    const job = makeJob(Date.now(), { id: 'flaky1', state: 'running', kieTaskId: 't1' });
    await p.ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: job.id, amount: 30 });
    await p.jobs.put(job);
    const release = p.ledger.release.bind(p.ledger);
    let failures = 1;
    p.ledger.release = async (...args) => {
      if (failures-- > 0) throw new Error('store down');
      return release(...args);
    };
    await expect(p.runner.run(job.id)).rejects.toThrow('store down');
    expect((await p.jobs.get(job.id))!.state).toBe('notifying');
    expect((await p.ledger.account('g1')).balance).toBe(70);
    expect(await p.runner.run(job.id)).toBe('done');
    expect((await p.ledger.account('g1')).balance).toBe(100);
    expect((await p.jobs.get(job.id))!.state).toBe('failed');
  });
});
